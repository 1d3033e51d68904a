// The columns of a comparison ("After A", "After B", …): each keeps its letter and colour for its
// life, whoever draws it (Compare's cards and charts, the report's measure table).

/** One "after" scenario of a comparison: the baseline with these catalogue measures applied. */
export interface CompareColumn {
  /** Stable for the column's life: it fixes the column's letter and colour. */
  id: number;
  measureIds: string[];
}

// Okabe–Ito, colour-blind-safe; the baseline is dark grey.
export const BASELINE_COLOUR = '#4d4d4d';
const COLUMN_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

export function columnColour(column: CompareColumn): string {
  return COLUMN_COLOURS[(column.id - 1) % COLUMN_COLOURS.length];
}

/** A, B, …, Z, AA, AB, … from the column's id. */
export function columnLetter(column: CompareColumn): string {
  let n = column.id;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
