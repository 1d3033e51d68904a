// The annex's tables of sourced values — conversion constants, emission factors, release
// parameters: one markup for the four columns (what, value, status, source). Each caller gives
// its own header words and rows.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../app/format.ts';
import { annexNote } from './annex-words.ts';
import { langMarked } from '../common/note-html.ts';
import { wideTable } from './evaluation-styles.ts';

/** Their columns: fixed widths so that long sources wrap rather than widen the page; small type,
 *  smaller on paper. Listed after evaluationStyles by the elements that draw these tables. */
export const sourcedTableStyles = [
  wideTable,
  css`
    table {
      font-size: var(--sl-font-size-x-small);
      table-layout: fixed;
    }
    col.pointer {
      width: 30%;
    }
    col.value {
      width: 11%;
    }
    col.status {
      width: 14%;
    }
    td {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    @media print {
      table {
        font-size: 7.5pt;
      }
    }
  `,
];

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

/** A source note in the reader's language where it has a translation, else quoted and marked English. */
export function noteHtml(note: unknown): TemplateResult | string {
  return langMarked(annexNote(note));
}

/** A default distribution in the reader's language, numbers in the page's format; null for a kind it does not know. */
export function distributionWords(d: Record<string, unknown> | null | undefined): string | null {
  const n = (key: string) => (typeof d?.[key] === 'number' ? formatNumber(d[key] as number, { maximumSignificantDigits: 6 }) : '?');
  switch (d?.type) {
    case 'lognormal':
      return msg(str`lognormal, median ${n('median')}, geometric SD ${n('gsd')}`);
    case 'triangular':
      return msg(str`triangular, lowest ${n('min')}, most likely ${n('mode')}, highest ${n('max')}`);
    case 'uniform':
      return msg(str`uniform from ${n('min')} to ${n('max')}`);
    case 'normal':
      return msg(str`normal, mean ${n('mean')}, SD ${n('sd')}`);
    default:
      return null;
  }
}

/** A factor's or parameter's source cell: the reference in words, then its default distribution
 *  (in the reader's language where the kind is known, else by the library's code for it, marked English). */
export function sourceCell(f: { reference?: string | null; distribution?: Record<string, unknown> | null }): TemplateResult {
  const words = distributionWords(f.distribution);
  const d = f.distribution;
  const dist = words ? html`<br /><em>${words}</em>` : d ? html`<br /><em lang="en">${String(d.type)}</em>` : nothing;
  return html`<td class="text">${noteHtml(f.reference)}${dist}</td>`;
}
