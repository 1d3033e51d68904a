// The part every chart's options share: sized by its box and drawn at once (no animation: a
// figure that moves while the user reads it reads as a change). Horizontal bar charts add their
// bars along x.
export const STILL_CHART = { responsive: true, maintainAspectRatio: false, animation: false } as const;

export const HORIZONTAL_BARS = { indexAxis: 'y', ...STILL_CHART } as const;
