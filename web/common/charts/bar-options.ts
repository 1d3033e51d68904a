// The part every horizontal bar chart's options share: bars along x, sized by their box, drawn
// at once (no animation: a figure that moves while the user reads it reads as a change).
export const HORIZONTAL_BARS = { indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false } as const;
