import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { VillageFigure, VillageResultDocument } from '../shared/analysis/village.ts';
import { formatCompactMoney, formatNumber, formatPercent } from '../app/format.ts';
import { labelTag } from '../app/figures.ts';
import { notQuantifiedSentence, quantifiedOnlyNote } from '../common/not-quantified-words.ts';
import { DAYS_PER_YEAR } from './village-model.ts';
import { massText, nationalFigureText, nationalSourceText, shareText, teqText } from './village-words.ts';

/** The figures the totals show, and how an amount of each reads (per year, a day, a household). */
const CARDS: { figure: VillageFigure; amount: (perYear: number, currency: string) => string }[] = [
  { figure: 'pcddf.total', amount: (x) => teqText(x / 1e6) },
  { figure: 'air.hclKg', amount: (x) => massText(x / 1e3) },
  { figure: 'mass.burnedPlasticT', amount: (x) => massText(x) },
  { figure: 'air.pm25Kg', amount: (x) => massText(x / 1e3) },
  { figure: 'economics.profit', amount: (x, c) => formatCompactMoney(x, c) },
];

/**
 * The village's totals in words and everyday units: a year, a day (the year ÷ 365), a household,
 * and PCDD/F as a share of Viet Nam's open-burning inventory with its source. Next to every total
 * or percentage of releases, what is not quantified (the brick melt's PCDD/F…).
 */
@localized()
@customElement('plc-village-totals')
export class PlcVillageTotals extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .lead {
      font-size: var(--sl-font-size-medium);
      margin: 0 0 var(--sl-spacing-small);
      max-width: 52rem;
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
      gap: var(--sl-spacing-small);
      margin: 0;
    }
    .card {
      border: 1px solid var(--sl-color-neutral-300);
      border-radius: var(--sl-border-radius-large);
      padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
      background: var(--sl-color-neutral-0);
      min-width: 0;
    }
    dt {
      font-weight: var(--sl-font-weight-semibold);
    }
    dd {
      margin: 0.15rem 0 0;
    }
    .big {
      font-size: var(--sl-font-size-x-large);
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    .small {
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-800);
    }
    .nq {
      font-size: var(--sl-font-size-small);
      border-left: 3px solid #b7791f;
      padding-left: var(--sl-spacing-x-small);
      margin: var(--sl-spacing-2x-small) 0 0;
    }
    .national {
      margin: var(--sl-spacing-medium) 0 0;
      padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
      border-left: 4px solid #12372a;
      background: var(--sl-color-neutral-50);
      max-width: 52rem;
    }
    .national p {
      margin: 0 0 var(--sl-spacing-2x-small);
    }
    .nq-inline {
      display: block;
      font-size: var(--sl-font-size-small);
      border-left: 3px solid #b7791f;
      padding-left: var(--sl-spacing-x-small);
      margin-top: var(--sl-spacing-2x-small);
    }
    :host([compact]) dl {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0.3rem;
    }
    :host([compact]) .big {
      font-size: 1.05rem;
    }
    :host([compact]) .lead,
    :host([compact]) .national {
      font-size: 0.85rem;
      margin-top: 0.4rem;
    }
    :host([compact]) .card {
      padding: 0.2rem 0.4rem;
      line-height: 1.25;
    }
    :host([compact]) .small,
    :host([compact]) .nq,
    :host([compact]) .nq-inline,
    :host([compact]) .source {
      font-size: 0.72rem;
    }
    :host([compact]) dd {
      margin: 0;
    }
    .source {
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
    }
  `;

  @property({ attribute: false }) doc: VillageResultDocument | null = null;
  @property() currency = 'VND';
  /** Smaller, three cards a row: the printed one-page summary. */
  @property({ type: Boolean, reflect: true }) compact = false;

  private renderCard(card: (typeof CARDS)[number], doc: VillageResultDocument) {
    const { figure, amount } = card;
    const year = doc.totals[figure];
    const before = doc.adoptionCurve[0].totals[figure];
    const h = doc.households;
    const nq = figure === 'pcddf.total' ? quantifiedOnlyNote('pcddf.total', doc.notQuantifiedItems) : null;
    return html`<div class="card" data-figure=${figure}>
      <dt>${labelTag(figure)}</dt>
      <dd class="big" data-testid="year">${msg(str`${amount(year, this.currency)} a year`)}</dd>
      <dd class="small" data-testid="day">${msg(str`${amount(year / DAYS_PER_YEAR, this.currency)} a day`)}</dd>
      <dd class="small" data-testid="household">${msg(str`${amount(h > 0 ? year / h : NaN, this.currency)} a year per household`)}</dd>
      ${year !== before ? html`<dd class="small">${msg(str`nobody adopting: ${amount(before, this.currency)} a year`)}</dd>` : nothing}
      ${nq ? html`<dd class="nq" data-testid="not-quantified">${nq}</dd>` : nothing}
    </div>`;
  }

  private renderNational(doc: VillageResultDocument) {
    const national = doc.national;
    if (!national) return html`<p class="national">${msg('The village file gives no national figure to compare with.')}</p>`;
    const g = doc.pcddfGTeqPerYear.withAdoption;
    const nq = notQuantifiedSentence('pcddf.total', doc.notQuantifiedItems);
    const share = shareText(national.shareOfNational.withAdoption);
    const share6b = shareText(national.openBurningShareOfNational.withAdoption);
    return html`<div class="national" data-testid="national">
      <p>
        ${
          nq
            ? msg(str`The village's quantified PCDD/F, ${teqText(g.total)} a year, is ${share} of ${nationalFigureText(national)}.`)
            : msg(str`The village's PCDD/F, ${teqText(g.total)} a year, is ${share} of ${nationalFigureText(national)}.`)
        }
        ${msg(str`Its open burning and dump fires alone (the inventory's category 6b), ${teqText(g.openBurning)} a year, are ${share6b} of it.`)}
        ${nq ? html`<span class="nq-inline" data-testid="national-not-quantified">${nq}</span>` : nothing}
      </p>
      <p class="source">${msg(str`Source of the national figure: ${nationalSourceText(national)}.`)}</p>
    </div>`;
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    const adopting = doc.groups.reduce((s, g) => s + g.households * g.share, 0);
    const households = formatNumber(doc.households, { maximumFractionDigits: 1 });
    return html`
      <p class="lead" data-testid="lead">
        ${msg(
          str`${households} households in ${formatNumber(doc.groups.length)} groups; ${formatNumber(adopting, { maximumFractionDigits: 1 })} of them (${formatPercent(doc.households > 0 ? adopting / doc.households : 0)}) adopt the measures. A day is a year's total divided by 365.`,
        )}
      </p>
      <dl>
        ${CARDS.map((c) => this.renderCard(c, doc))}
        <div class="card" data-figure="economics.workersPaid">
          <dt>${labelTag('economics.workersPaid')}</dt>
          <dd class="big">${msg(str`${formatNumber(doc.totals['economics.workersPaid'], { maximumFractionDigits: 0 })} workers`)}</dd>
          <dd class="small">
            ${msg(str`${formatNumber(doc.households > 0 ? doc.totals['economics.workersPaid'] / doc.households : NaN, { maximumFractionDigits: 1 })} per household`)}
          </dd>
        </div>
      </dl>
      ${this.renderNational(doc)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-village-totals': PlcVillageTotals;
  }
}
