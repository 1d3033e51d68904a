// The annex's tables of sourced values — conversion constants, emission factors, release
// parameters: one markup for the four columns (what, value, status, source). Each caller gives
// its own header words and rows.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { citationWords } from './annex-words.ts';

export function sourcedTable(testId: string, nameHeader: string, sourceHeader: string, rows: unknown): TemplateResult {
  return html`<table data-testid=${testId}>
    <colgroup>
      <col class="pointer" />
      <col class="value" />
      <col class="status" />
      <col />
    </colgroup>
    <thead>
      <tr>
        <th scope="col" class="text">${nameHeader}</th>
        <th scope="col">${msg('Value')}</th>
        <th scope="col">${msg('Status')}</th>
        <th scope="col" class="text">${sourceHeader}</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

/** A factor's or parameter's source cell: the reference in words, then its default distribution. */
export function sourceCell(f: { reference?: string | null; dist?: string | null }): TemplateResult {
  return html`<td class="text" lang="en">${citationWords(f.reference)}${f.dist ? html`<br /><em>${f.dist}</em>` : nothing}</td>`;
}
