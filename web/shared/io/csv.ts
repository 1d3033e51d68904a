// The one CSV writer of the app (issue 14), on papaparse's `unparse`: RFC 4180 quoting, CRLF line
// ends, and spreadsheet formulas defused as OWASP's CSV-injection guidance asks: a text cell that
// starts with "=", "+", "-", "@", a tab or a carriage return gets a leading "'" (and quotes), so
// a spreadsheet shows it as text instead of running it. Numbers stay numbers (a negative profit is
// written -5, not '-5); a number that is not finite is an empty cell. No DOM, no Node APIs.

import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

/** What OWASP lists as the first character of a formula (papaparse's own pattern misses a
 *  formula cell that contains a line break, so the pattern is given here). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The rows as CSV text, each ending with CRLF. */
export function toCsvText(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  const cells = rows.map((row) => row.map((c) => (c === undefined || (typeof c === 'number' && !Number.isFinite(c)) ? null : c)));
  return Papa.unparse(cells, { newline: '\r\n', escapeFormulae: FORMULA_START }) + '\r\n';
}

/** A cell read back from a CSV this app wrote: the "'" put in front of a formula is taken off. */
export function unescapeCsvCell(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
