import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/badge/badge.js';
import type { ResultDocument } from '../shared/contract/api-types.ts';
import type { ScenarioDocument } from '../app/session.ts';
import { formatMoney, formatPercent, formatQuantity, formatScientific } from '../app/format.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import { quantifiedOnlyNote } from '../common/not-quantified-words.ts';

/** The headline figures of one result; it only formats what the core computed. */
@localized()
@customElement('plc-result-figures')
export class PlcResultFigures extends LitElement {
  static override styles = css`
    :host { display: block; }
    /* White on Shoelace's 600 shades is below 4.5:1 at badge size (axe); one shade darker passes. */
    sl-badge { --sl-color-primary-600: var(--sl-color-primary-700); --sl-color-success-600: var(--sl-color-success-700);
      --sl-color-danger-600: var(--sl-color-danger-700); }
    dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: var(--sl-spacing-small); margin: 0; }
    .figure { background: var(--sl-color-neutral-0); border: 1px solid var(--sl-color-neutral-200);
      border-radius: var(--sl-border-radius-large); padding: var(--sl-spacing-small) var(--sl-spacing-medium); min-width: 0; }
    dt { font-size: var(--sl-font-size-small); color: var(--sl-color-neutral-700); }
    dd { margin: var(--sl-spacing-2x-small) 0 0; }
    .value { font-size: var(--sl-font-size-x-large); font-weight: var(--sl-font-weight-semibold);
      font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
    .value.text { font-size: var(--sl-font-size-large); }
    .unit { font-size: var(--sl-font-size-small); color: var(--sl-color-neutral-700); }
    .note { display: block; font-size: var(--sl-font-size-x-small); color: var(--sl-color-neutral-700);
      margin-top: var(--sl-spacing-2x-small); }
    .figure.warn { border-color: var(--sl-color-warning-300); }
  `;

  @property({ attribute: false }) result?: ResultDocument;
  @property({ attribute: false }) scenario?: ScenarioDocument;

  private figure(key: string, label: string, value: string, unit: string, note: unknown = nothing, valueClass = '') {
    return html`<div class="figure" data-figure=${key}>
      <dt>${label}</dt>
      <dd><span class="value ${valueClass}">${value}</span> <span class="unit">${unit}</span>${note}</dd>
    </div>`;
  }

  private bottleneck(result: ResultDocument) {
    const id = result.mass.bottleneckUnitId;
    if (id === null) {
      return this.figure('bottleneck', msg('Bottleneck unit'), msg('none'), '',
        html`<span class="note">${msg('no unit has a capacity limit')}</span>`, 'text');
    }
    const unit = result.mass.units.find((u) => u.id === id);
    const name = unit?.name || id;
    const utilization = unit?.utilization;
    const note = utilization == null ? nothing
      : html`<span class="note">${msg(str`${formatPercent(utilization)} of its capacity used`)}</span>`;
    return this.figure('bottleneck', msg('Bottleneck unit'), name, '', note, 'text');
  }

  private closure(result: ResultDocument) {
    // MODEL.md 3 step 12: the balance must close to within 1e-9 of the feed.
    const errorT = Math.abs(result.mass.closureErrorT);
    const closed = errorT <= 1e-9 * Math.max(result.mass.feedT, 1e-300);
    return html`<div class="figure ${closed ? '' : 'warn'}" data-figure="closure">
      <dt>${msg('Mass balance')}</dt>
      <dd>
        <sl-badge variant=${closed ? 'success' : 'danger'}>${closed ? msg('closes') : msg('does not close')}</sl-badge>
        <span class="note">${msg(str`error ${errorT === 0 ? '0' : formatScientific(errorT)} t of ${formatQuantity(result.mass.feedT)} t fed`)}</span>
      </dd>
    </div>`;
  }

  /** A release total with, beside it, what it leaves out (never a bare total). */
  private release(key: string, figure: HeadlineFigure, label: string, value: number, unit: string, r: ResultDocument) {
    const missing = quantifiedOnlyNote(figure, r.notQuantifiedItems);
    return this.figure(key, label, formatQuantity(value), unit,
      missing ? html`<span class="note" data-testid="not-quantified">${missing}</span>` : nothing);
  }

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const perYear = msg('t/yr');
    const teq = msg('µg TEQ/yr');
    const backlog = r.mass.backlogT > 0
      ? html`<span class="note">${msg(str`${formatQuantity(r.mass.backlogT)} t/yr of feed cannot be processed`)}</span>`
      : nothing;
    return html`<dl>
      ${this.figure('productT', msg('Product'), formatQuantity(r.mass.productT), perYear, backlog)}
      ${this.figure('burnedPlasticT', msg('Plastic burned'), formatQuantity(r.mass.burnedPlasticT), perYear,
        html`<span class="note">${msg('open burning, dump fires and fuel')}</span>`)}
      ${this.release('pcddfAir', 'pcddf.air', msg('PCDD/F to air'), r.pcddf.air, teq, r)}
      ${this.release('pcddfTotal', 'pcddf.total', msg('PCDD/F, all releases'), r.pcddf.total, teq, r)}
      ${this.figure('hclKg', msg('Hydrogen chloride (HCl)'), formatQuantity(r.air.hclKg), msg('kg/yr'),
        html`<span class="note">${msg('acid gas from the chlorine (PVC) of what burns or melts')}</span>`)}
      ${this.figure('profit', msg('Profit'), formatMoney(r.economics.profit, r.economics.currency), msg('per year'))}
      ${this.bottleneck(r)}
      ${this.closure(r)}
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-result-figures': PlcResultFigures;
  }
}
