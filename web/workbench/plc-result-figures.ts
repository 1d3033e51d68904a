import { unitName } from '../app/data-words.ts';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ResultDocument } from '../shared/contract/api-types.ts';
import { formatPercent } from '../app/format.ts';
import { figure as read } from '../shared/model/result-types.ts';
import { figureUnit, formatFigure, labelTag, unitTag, type FigureKey } from '../app/figures.ts';
import { quantifiedOnlyNote } from '../common/not-quantified-words.ts';
import { figureCard } from '../common/base-styles.ts';
import { badgeStyles } from '../common/button-styles.ts';

/** The headline figures of one result; it only formats what the core computed. */
@localized()
@customElement('plc-result-figures')
export class PlcResultFigures extends LitElement {
  static override styles = [
    figureCard,
    badgeStyles,
    css`
      :host {
        display: block;
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
        gap: var(--sl-spacing-small);
        margin: 0;
      }
      .value.text {
        font-size: var(--sl-font-size-large);
      }
      .unit {
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-700);
      }
      .note {
        display: block;
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-neutral-700);
        margin-top: var(--sl-spacing-2x-small);
      }
      .figure.warn {
        border-color: var(--sl-color-warning-300);
      }
    `,
  ];

  @property({ attribute: false }) result?: ResultDocument;

  private figure(key: string, label: unknown, value: string, unit: unknown, note: unknown = nothing, valueClass = '') {
    return html`<div class="figure" data-figure=${key}>
      <dt>${label}</dt>
      <dd><span class="value ${valueClass}">${value}</span> <span class="unit">${unit}</span>${note}</dd>
    </div>`;
  }

  /** A figure of the catalogue: its label, value and unit. */
  private catalogued(key: string, figure: FigureKey, r: ResultDocument, note: unknown = nothing) {
    const currency = r.economics.currency;
    return this.figure(key, labelTag(figure), formatFigure(figure, read(r, figure), currency), unitTag(figure, currency, true), note);
  }

  private bottleneck(result: ResultDocument) {
    const id = result.mass.bottleneckUnitId;
    if (id === null) {
      return this.figure('bottleneck', msg('Bottleneck unit'), msg('none'), '', html`<span class="note">${msg('no unit has a capacity limit')}</span>`, 'text');
    }
    const unit = result.mass.units.find((u) => u.id === id);
    const name = unitName(id, unit?.name);
    const utilization = unit?.utilization;
    const note = utilization == null ? nothing : html`<span class="note">${msg(str`${formatPercent(utilization)} of its capacity used`)}</span>`;
    return this.figure('bottleneck', msg('Bottleneck unit'), name, '', note, 'text');
  }

  private closure(result: ResultDocument) {
    // MODEL.md 3 step 12: the balance must close to within 1e-9 of the feed.
    const errorT = Math.abs(result.mass.closureErrorT);
    const closed = errorT <= 1e-9 * Math.max(result.mass.feedT, 1e-300);
    return html`<div class="figure ${closed ? '' : 'warn'}" data-figure="closure">
      <dt>${msg('Mass balance')}</dt>
      <dd>
        <span class="badge ${closed ? 'success' : 'danger'}" role="status">${closed ? msg('closes') : msg('does not close')}</span>
        <span class="note"
          >${msg(str`error ${errorT === 0 ? '0' : formatFigure('mass.closureErrorT', errorT)} t of ${formatFigure('mass.feedT', result.mass.feedT)} t fed`)}</span
        >
      </dd>
    </div>`;
  }

  /** A release total with, beside it, what it leaves out (never a bare total). */
  private release(key: string, figure: 'pcddf.air' | 'pcddf.total', r: ResultDocument) {
    const missing = quantifiedOnlyNote(figure, r.notQuantifiedItems);
    return this.catalogued(key, figure, r, missing ? html`<span class="note" data-testid="not-quantified">${missing}</span>` : nothing);
  }

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const backlog =
      r.mass.backlogT > 0
        ? html`<span class="note"
            >${msg(str`${formatFigure('mass.backlogT', r.mass.backlogT)} ${figureUnit('mass.backlogT')} of feed cannot be processed`)}</span
          >`
        : nothing;
    return html`<dl>
      ${this.catalogued('productT', 'mass.productT', r, backlog)}
      ${this.catalogued('burnedPlasticT', 'mass.burnedPlasticT', r, html`<span class="note">${msg('open burning, dump fires and fuel')}</span>`)}
      ${this.release('pcddfAir', 'pcddf.air', r)} ${this.release('pcddfTotal', 'pcddf.total', r)}
      ${this.catalogued('hclKg', 'air.hclKg', r, html`<span class="note">${msg('acid gas from the chlorine (PVC) of what burns or melts')}</span>`)}
      ${this.catalogued('profit', 'economics.profit', r)} ${this.bottleneck(r)} ${this.closure(r)}
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-result-figures': PlcResultFigures;
  }
}
