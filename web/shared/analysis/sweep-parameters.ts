// A sweep's parameters (sweep-axes.ts) and its grid as CSV (sweep-csv.ts) in one place. The
// Workbench imports each part where it needs it, so that the CSV writer (papaparse) loads with a
// download rather than with the page.

export { sweepParameters, type SweepParameter } from './sweep-axes.ts';
export { sweepCsv } from './sweep-csv.ts';
