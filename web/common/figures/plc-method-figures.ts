import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ReleaseMethod } from '../../app/release-method.ts';
import { RELEASE_METHODS } from '../../shared/model/keys.ts';
import type { ResultDocument } from '../../shared/model/result-types.ts';
import { formatFigure, labelTag, unitTag } from '../../app/figures.ts';
import { formatChangePercent } from '../compare-words.ts';
import { notQuantifiedClause } from '../not-quantified-words.ts';
import type { ComparedScenario } from './plc-headline-cards.ts';
import { methodName } from '../plc-method-switch.ts';
import '../plc-scenario-chip.ts';
import { shrinkingBlock } from '../base-styles.ts';
import { compactTable } from '../base-styles.ts';

const FIGURES = [
  ['pcddf.total', 'pcddfTotal'],
  ['pcddf.air', 'pcddfAir'],
] as const;

/** "−99.99 %", or "—" when before is 0 (no percentage of nothing). */
function signedPercent(before: number, after: number): string {
  if (before === 0) return '—';
  const p = ((after - before) / Math.abs(before)) * 100;
  return `${p < 0 ? '−' : p > 0 ? '+' : ''}${formatChangePercent(p)} %`;
}

/**
 * The headline dioxin figures under both release methods, before and after, side by side: one
 * evaluation carries both (result.chlorine.byMethod), so nothing is run again. The method in use
 * is marked; the percentages are of the quantified releases, and the words below say what is not.
 */
@localized()
@customElement('plc-method-figures')
export class PlcMethodFigures extends LitElement {
  static override styles = [
    shrinkingBlock,
    compactTable,
    css`
      h4 {
        margin: 0 0 var(--sl-spacing-2x-small);
        font-size: var(--sl-font-size-medium);
      }
      .wrap {
        overflow-x: auto;
      }
      thead th {
        text-align: right;
        vertical-align: bottom;
      }
      thead th:first-child {
        text-align: left;
      }
      thead th + th {
        min-width: 5.5rem;
      }
      td {
        padding-left: var(--sl-spacing-large);
      }
      td {
        text-align: right;
      }
      th[scope='row'] {
        text-align: left;
        font-weight: normal;
      }
      tbody th[scope='rowgroup'] {
        text-align: left;
        font-weight: var(--sl-font-weight-semibold);
        padding-top: var(--sl-spacing-x-small);
      }
      tr.in-use th[scope='row'],
      tr.in-use td {
        font-weight: var(--sl-font-weight-semibold);
        background: var(--sl-color-primary-50);
      }
      .change {
        display: block;
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-neutral-700);
        white-space: nowrap;
      }
      .tag {
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-primary-800);
      }
      p {
        margin: var(--sl-spacing-2x-small) 0 0;
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-neutral-700);
      }
    `,
  ];

  @property({ attribute: false }) comparisons: ComparedScenario[] = [];
  @property() method: ReleaseMethod = 'toolkit';

  private row(method: ReleaseMethod, [figure, key]: (typeof FIGURES)[number], before: ResultDocument) {
    const b = before.chlorine.byMethod[method][key];
    const inUse = method === this.method;
    return html`<tr class=${inUse ? 'in-use' : ''} data-method=${method}>
      <th scope="row">${methodName(method)}${inUse ? html` <span class="tag">(${msg('in use')})</span>` : nothing}</th>
      <td data-column="before"><span class="value">${formatFigure(figure, b)}</span></td>
      ${this.comparisons.map((c, i) => {
        const a = c.doc.after.chlorine.byMethod[method][key];
        return html`<td data-column=${i}><span class="value">${formatFigure(figure, a)}</span><span class="change">${signedPercent(b, a)}</span></td>`;
      })}
    </tr>`;
  }

  override render() {
    if (this.comparisons.length === 0) return nothing;
    const before = this.comparisons[0].doc.before;
    const items = [before.notQuantifiedItems, ...this.comparisons.map((c) => c.doc.after.notQuantifiedItems)];
    const missing = notQuantifiedClause('pcddf.total', ...items);
    return html`<h4>${msg('PCDD/F under both methods')} (${unitTag('pcddf.total')})</h4>
      <div class="wrap">
        <table data-testid="method-figures">
          <thead>
            <tr>
              <th scope="col">${msg('Method')}</th>
              <th scope="col">${msg('Before', { id: 'method-figures-before' })}</th>
              ${this.comparisons.map((c) => html`<th scope="col"><plc-scenario-chip name=${c.shortName} colour=${c.ref.colour}></plc-scenario-chip></th>`)}
            </tr>
          </thead>
          ${FIGURES.map(
            (f) =>
              html`<tbody data-figure=${f[0]}>
                <tr>
                  <th scope="rowgroup" colspan=${this.comparisons.length + 2}>${labelTag(f[0])}</th>
                </tr>
                ${RELEASE_METHODS.map((m) => this.row(m, f, before))}
              </tbody>`,
          )}
        </table>
      </div>
      <p data-testid="method-figures-note">
        ${missing ? msg(str`Changes are of the quantified releases; ${missing}.`) : msg('Changes are after − before, as a share of before.')}
        ${msg('Both methods come from the same runs: only the dioxin factors of burning differ.')}
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-method-figures': PlcMethodFigures;
  }
}
