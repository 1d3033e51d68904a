// Shared by the Compare view's charts: which scenario a series belongs to, and the table behind
// every chart, from which the CSV and JSON downloads are written.

import { toCsvText } from '../../shared/io/csv.ts';

/** A scenario as the charts show it: its name and colour (the same on every chart). */
export interface ScenarioRef {
  /** `before`, or `after-<letter>` for an "after" column. */
  key: string;
  name: string;
  colour: string;
}

export type Cell = string | number | null;

/** The numbers behind a chart, one row per drawn element, in full precision. */
export interface DataTable {
  columns: string[];
  rows: Cell[][];
}

/** RFC 4180 CSV with CRLF line ends (web/shared/io/csv.ts, formulas defused); numbers unrounded so
 *  the file matches the result document. */
export function toCsv(table: DataTable): string {
  return toCsvText([table.columns, ...table.rows]);
}

/** The same table as a list of objects keyed by column, with the scenarios and a title. */
export function toJson(table: DataTable, meta: { title: string; unit?: string; scenarios: ScenarioRef[] }): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])));
  return JSON.stringify({ ...meta, columns: table.columns, rows }, null, 2) + '\n';
}

export { wrapLabel } from './wrap-label.ts';
