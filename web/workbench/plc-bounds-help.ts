import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { BOUNDS, type Bound } from '../shared/model/bounds.ts';
import { formatNumber } from '../app/format.ts';
import { messageLang } from '../app/locale.ts';
import { dataTable } from '../common/charts/numbers-table.ts';
import { referenceTableStyles } from './editor-styles.ts';

/** A number of the table as people read it: 1,000,000 and 0.01 in words' digits, 1e12 as 10¹². */
function shown(x: number): string {
  if (x !== 0 && (Math.abs(x) >= 1e9 || Math.abs(x) < 1e-4)) return formatNumber(x, { notation: 'scientific', maximumSignificantDigits: 3 });
  return formatNumber(x, { maximumFractionDigits: 6 });
}

function range(b: Bound): string {
  const lo = b.minExclusive ? msg(str`more than ${shown(b.min)}`) : shown(b.min);
  const text = `${lo} – ${shown(b.max)}`;
  if (b.zeroAllowed) return msg(str`0, or ${text}`);
  return b.integer ? msg(str`${text}, whole numbers`) : text;
}

function unit(b: Bound): string {
  const words: Record<string, string> = { day: msg('days'), worker: msg('workers'), 'h/day': msg('h/day') };
  const u = words[b.unit] ?? b.unit;
  if (b.note?.includes('currency')) return msg('scenario currency');
  if (b.note?.includes('per TJ')) return msg(str`${u} (per TJ for coal, wood and LPG)`);
  return u;
}

/** The field in words with its keys left open ("feed share of …"). */
const words = (b: Bound) => b.label[messageLang()].replace(/\{\d\}/g, '…');

/**
 * The editor's help on accepted ranges: every number of a scenario with the range the schema
 * accepts (web/shared/model/field-table.ts, the table README.md shows too), in the page's language.
 */
@localized()
@customElement('plc-bounds-help')
export class PlcBoundsHelp extends LitElement {
  static override styles = [
    referenceTableStyles,
    css`
      td.range {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      code {
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-neutral-600);
      }
    `,
  ];

  override render() {
    return html` <p>
        ${msg('Every number of a line must lie in its range; a value outside it gets a message beside its field and the results keep showing the last valid line. Shares of one group (composition, routes) must add up to 1.')}
      </p>
      ${dataTable({
        testId: 'bounds-table',
        head: html`<th scope="col">${msg('Number')}</th>
          <th scope="col">${msg('Accepted range')}</th>
          <th scope="col">${msg('Unit')}</th>`,
        rows: BOUNDS.map(
          (b) =>
            html`<tr data-pattern=${b.pattern}>
              <td>${words(b)}<br /><code>${b.pattern}</code></td>
              <td class="range">${range(b)}</td>
              <td>${unit(b)}</td>
            </tr>`,
        ),
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-bounds-help': PlcBoundsHelp;
  }
}
