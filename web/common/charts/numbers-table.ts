// The "Show the numbers" disclosure under every chart: one table a screen reader can read and a
// user can copy, styled by chartPanelStyles. One place for its markup (issue 15): the chart
// elements give the column headers and the rows, never the wrapper.

import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** One table row: its header cell, the value cells, and an optional `data-row` key for tests. */
export interface NumbersRow {
  header: unknown;
  cells: readonly unknown[];
  key?: string;
}

export interface NumbersTable {
  /** Column headers, the first one over the row headers. */
  head: readonly unknown[];
  /** The rows, as specs or as ready `<tr>` templates (when a row needs more than a header and cells). */
  rows: readonly (NumbersRow | TemplateResult)[];
  caption?: unknown;
  /** What follows the table inside the disclosure (a second table, a note). */
  after?: unknown;
  /** The id of the heading that names the table. */
  labelledBy?: string;
  summary?: unknown;
}

/** A value row: `<th scope="row">` then one `<td>` a value. */
export function numbersRow(row: NumbersRow): TemplateResult {
  return html`<tr data-row=${row.key ?? nothing}>
    <th scope="row">${row.header}</th>
    ${row.cells.map((c) => html`<td>${c}</td>`)}
  </tr>`;
}

/** A table with a sticky header row, inside a scrolling wrapper. */
export function plainTable(t: Omit<NumbersTable, 'after' | 'summary'>): TemplateResult {
  return html`<div class="table-wrap">
    ${dataTable({
      labelledBy: t.labelledBy ?? 'title',
      caption: t.caption,
      head: t.head.map((h) => html`<th scope="col">${h}</th>`),
      rows: t.rows.map((r) => ('header' in r ? numbersRow(r) : r)),
    })}
  </div>`;
}

/** Any data table of the app: the header cells (`<th scope="col">` templates, as the caller
 *  needs them) and the rows (`<tr>` templates) inside the one markup of caption, head and body. */
export interface DataTable {
  head: unknown;
  rows: unknown;
  caption?: unknown;
  testId?: string;
  className?: string;
  labelledBy?: string;
}

export function dataTable(t: DataTable): TemplateResult {
  return html`<table data-testid=${t.testId ?? nothing} class=${t.className ?? nothing} aria-labelledby=${t.labelledBy ?? nothing}>
    ${
      t.caption === undefined
        ? nothing
        : html`<caption>
            ${t.caption}
          </caption>`
    }
    <thead>
      <tr>
        ${t.head}
      </tr>
    </thead>
    <tbody>
      ${t.rows}
    </tbody>
  </table>`;
}

/** The disclosure with the table, closed until the user opens it. */
export function numbersTable(t: NumbersTable): TemplateResult {
  return html`<details>
    <summary>${t.summary ?? msg('Show the numbers')}</summary>
    ${plainTable(t)} ${t.after ?? nothing}
  </details>`;
}
