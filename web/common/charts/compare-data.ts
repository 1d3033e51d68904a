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
  /** Per column, the unit of its numbers (null for words): the CSV header says it, "flow (t/yr)". */
  units?: (string | null)[];
  /** Per column, the precision the CSV writes its numbers at (the figure's, roundToFigure); the JSON keeps every digit. */
  round?: (((n: number) => number) | null)[];
}

/** RFC 4180 CSV with CRLF line ends (web/shared/io/csv.ts, formulas defused): each header with
 *  its unit, each number at its column's precision. */
export function toCsv(table: DataTable): string {
  const head = table.columns.map((c, i) => (table.units?.[i] ? `${c} (${table.units[i]})` : c));
  const rows = table.rows.map((row) =>
    row.map((cell, i) => {
      const round = table.round?.[i];
      return typeof cell === 'number' && round ? round(cell) : cell;
    }),
  );
  return toCsvText([head, ...rows]);
}

/** The same table as a list of objects keyed by column, at full precision, with the scenarios, a
 *  title and the unit of each column that has one. */
export function toJson(table: DataTable, meta: { title: string; unit?: string; scenarios: ScenarioRef[] }): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])));
  const units = table.units && Object.fromEntries(table.columns.flatMap((c, i) => (table.units?.[i] ? [[c, table.units[i]]] : [])));
  return JSON.stringify({ ...meta, columns: table.columns, ...(units ? { units } : {}), rows }, null, 2) + '\n';
}

export { wrapLabel } from './wrap-label.ts';
