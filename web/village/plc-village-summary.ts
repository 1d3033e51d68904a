import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { VillageResultDocument } from '../shared/analysis/village.ts';
import { formatCompactMoney, formatDate, formatPercent } from '../app/format.ts';
import { getLocale } from '../app/locale.ts';
import { figureLabel, formatFigure } from '../app/figures.ts';
import { releaseLabel } from '../app/labels.ts';
import { quantifiedOnlyNote } from '../common/not-quantified-words.ts';
import { bulkValue } from './village-model.ts';
import { releaseText } from './plc-village-inventory.ts';
import { bulkUnit, toolkitText, villageName } from './village-words.ts';
import { printAlone } from '../common/print-alone.ts';
import './plc-village-totals.ts';

const CURVE_FIGURES = ['pcddf.total', 'air.hclKg', 'mass.burnedPlasticT', 'economics.profit'] as const;
const CURVE_SHARES = [0, 3, 5, 10];

/** The village on one printable page: totals in words, the national comparison, the adoption curve
 *  at a few shares and the inventory's releases by source. "Print" prints only this. */
@localized()
@customElement('plc-village-summary')
export class PlcVillageSummary extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: #111;
      background: #fff;
    }
    article {
      border: 1px solid #c4c4c4;
      border-radius: 0.5rem;
      padding: 1rem;
      max-width: 190mm;
    }
    header {
      border-bottom: 3px solid #12372a;
      margin-bottom: 0.5rem;
    }
    h3 {
      margin: 0;
      font-size: 1.3em;
    }
    .meta {
      font-size: 0.85em;
      color: #333;
    }
    h4 {
      margin: 0.7rem 0 0.3rem;
    }
    table {
      border-collapse: collapse;
      font-size: 0.85em;
      width: 100%;
    }
    th,
    td {
      border-bottom: 1px solid #ccc;
      padding: 0.15rem 0.35rem;
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    th:first-child {
      text-align: left;
    }
    .nq {
      font-size: 0.85em;
    }
    .scroll {
      overflow-x: auto;
    }
    @media print {
      :host {
        font-size: 8.5pt;
        line-height: 1.3;
      }
      h4 {
        margin: 0.4rem 0 0.15rem;
      }
      article {
        border: none;
        padding: 0;
      }
    }
  `;

  @property({ attribute: false }) doc: VillageResultDocument | null = null;
  @property() currency = 'VND';
  @property({ type: Number }) printedAt = Date.now();

  /** Prints only the summary: a copy goes into the page body with print rules, and leaves after. */
  async print(): Promise<void> {
    const copy = document.createElement('plc-village-summary');
    copy.doc = this.doc;
    copy.currency = this.currency;
    copy.lang = getLocale();
    await printAlone('plc-village-print', copy);
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    const nq = quantifiedOnlyNote('pcddf.total', doc.notQuantifiedItems);
    return html`<article data-testid="village-summary">
      <header>
        <h3>${villageName(doc, getLocale())}</h3>
        <p class="meta">${msg(str`Village summary · ${formatDate(this.printedAt)} · figures per year unless said`)}</p>
      </header>
      <plc-village-totals compact .doc=${doc} currency=${this.currency}></plc-village-totals>
      <h4>${msg('If more households adopt the measures')}</h4>
      <div class="scroll" tabindex="0" role="region" aria-label=${msg('If more households adopt the measures')}>
        <table>
          <thead>
            <tr>
              <th scope="col">${msg('Households adopting')}</th>
              ${CURVE_FIGURES.map((f) => html`<th scope="col">${figureLabel(f, 'short')} (${bulkUnit(f, this.currency)})</th>`)}
            </tr>
          </thead>
          <tbody>
            ${CURVE_SHARES.map((k) => {
              const p = doc.adoptionCurve[k];
              return html`<tr>
                <th scope="row">${formatPercent(p.share)}</th>
                ${CURVE_FIGURES.map((f) => html`<td>${f === 'economics.profit' ? formatCompactMoney(p.totals[f], this.currency) : formatFigure(f, bulkValue(f, p.totals[f]))}</td>`)}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <h4>${msg('PCDD/F inventory by source (g TEQ/yr, Toolkit layout)')}</h4>
      <table>
        <tbody>
          ${doc.inventory.map(
            (r) =>
              html`<tr>
                <th scope="row">${toolkitText(r.category)} · ${releaseLabel(r.source)}</th>
                <td>${releaseText(r)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${nq ? html`<p class="nq">${nq}</p>` : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-village-summary': PlcVillageSummary;
  }
}
