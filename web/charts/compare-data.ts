// Shared by the Compare view's charts: which scenario a series belongs to, and the table behind
// every chart, from which the CSV and JSON downloads are written.

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

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : cell;
  // RFC 4180: quote fields with a comma, quote or line break; double the quotes inside.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends; numbers unrounded so the file matches the result document. */
export function toCsv(table: DataTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The same table as a list of objects keyed by column, with the scenarios and a title. */
export function toJson(table: DataTable, meta: { title: string; unit?: string; scenarios: ScenarioRef[] }): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])));
  return JSON.stringify({ ...meta, columns: table.columns, rows }, null, 2) + '\n';
}

export { wrapLabel } from './wrap-label.ts';
