// The sweep grid as CSV, apart from the sweep's parameters (sweep-axes.ts) so that the
// CSV writer (papaparse) loads with a download, not with the Workbench.

import { toCsvText, type CsvCell } from '../io/csv.ts';

/** The sweep grid as CSV: one row per point, the parameter columns then every figure. */
export function sweepCsv(axes: { label: string; values: number[] }[], figures: { label: string; values: ArrayLike<number> }[]): string {
  const rows: CsvCell[][] = [[...axes.map((a) => a.label), ...figures.map((f) => f.label)]];
  const n0 = axes[0].values.length;
  const n1 = axes[1]?.values.length ?? 1;
  for (let i0 = 0; i0 < n0; i0++) {
    for (let i1 = 0; i1 < n1; i1++) {
      const at = i0 * n1 + i1;
      const cells: CsvCell[] = [axes[0].values[i0]];
      if (axes[1]) cells.push(axes[1].values[i1]);
      // A point that is not possible (NaN) is an empty cell (toCsvText).
      for (const f of figures) cells.push(f.values[at]);
      rows.push(cells);
    }
  }
  return toCsvText(rows);
}
