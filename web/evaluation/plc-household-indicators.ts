import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { SurveyIndicatorsResult } from '../shared/contract/api-types.ts';
import type { IndicatorKey, IndicatorValue } from '../shared/survey/indicators.ts';
import type { ProvenanceRequest } from './plc-indicator-table.ts';
import { evaluationStyles, wideTable } from './evaluation-styles.ts';
import { indicatorLabelTag, indicatorUnitTag, INDICATORS, missingReason, valueOrMissing } from './evaluation-words.ts';
import { dataTable } from '../common/charts/numbers-table.ts';
import { villageName } from './evaluation-model.ts';

const why = (v: IndicatorValue | undefined) => (v === undefined ? msg('no row for this period') : v.missing.map(missingReason).join('; '));

/**
 * Per household: with `indicator` set, that indicator before, after and the change; with
 * `indicator` empty, the change of every indicator (a compact matrix for the report).
 */
@localized()
@customElement('plc-household-indicators')
export class PlcHouseholdIndicators extends LitElement {
  static override styles = [
    evaluationStyles,
    wideTable,
    css`
      th[scope='row'] {
        white-space: nowrap;
      }
      .matrix th[scope='col'] {
        white-space: normal;
        font-size: var(--sl-font-size-x-small);
      }
    `,
  ];

  @property({ attribute: false }) indicators: SurveyIndicatorsResult | null = null;
  @property() indicator: IndicatorKey | '' = 'pcddfAirUgTeqPerTProduct';
  @property({ type: Boolean }) interactive = false;

  private figure(content: unknown, key: IndicatorKey, householdId: string) {
    if (!this.interactive) return content;
    const detail: ProvenanceRequest = { kind: 'household', key, householdId };
    return html`<button
      class="figure"
      title=${msg('Where this figure comes from')}
      @click=${() => this.dispatchEvent(new CustomEvent('plc-provenance', { detail, bubbles: true, composed: true }))}
    >
      ${content}
    </button>`;
  }

  private single(r: SurveyIndicatorsResult, key: IndicatorKey) {
    return html`${dataTable({
      testId: 'household-table',
      caption: html`${indicatorLabelTag(key)} (${indicatorUnitTag(key)}) ${msg('per household.')}`,
      head: html`<th scope="col">${msg('Household')}</th>
        <th scope="col">${msg('Village')}</th>
        <th scope="col">${msg('Before')}</th>
        <th scope="col">${msg('After')}</th>
        <th scope="col">${msg('Change')}</th>`,
      rows: r.households.map((h) => {
        const b = h.before?.[key];
        const a = h.after?.[key];
        const change = b?.value != null && a?.value != null ? a.value - b.value : null;
        return html`<tr data-household=${h.householdId}>
          <th scope="row">${h.householdId}</th>
          <td class="text">${villageName(h.village)}</td>
          <td data-cell="before">${this.figure(valueOrMissing(b?.value, false, why(b)), key, h.householdId)}</td>
          <td data-cell="after">${this.figure(valueOrMissing(a?.value, false, why(a)), key, h.householdId)}</td>
          <td data-cell="change">${valueOrMissing(change, true, msg('needs both a before and an after value'))}</td>
        </tr>`;
      }),
    })}`;
  }

  private matrix(r: SurveyIndicatorsResult) {
    return html`${dataTable({
      className: 'matrix',
      testId: 'household-matrix',
      caption: html`${msg('Change after − before per household, every indicator; "—" where a value is missing in either period.')}`,
      head: html`<th scope="col">${msg('Household')}</th>
        ${INDICATORS.map((k) => html`<th scope="col">${indicatorLabelTag(k, 'short')}<br /><span class="unit">${indicatorUnitTag(k)}</span></th>`)}`,
      rows: r.households.map(
        (h) =>
          html`<tr data-household=${h.householdId}>
            <th scope="row">${h.householdId}</th>
            ${INDICATORS.map((k) => {
              const b = h.before?.[k].value;
              const a = h.after?.[k].value;
              return html`<td>${valueOrMissing(b != null && a != null ? a - b : null, true)}</td>`;
            })}
          </tr>`,
      ),
    })}`;
  }

  override render() {
    const r = this.indicators;
    if (!r) return nothing;
    return html`<div class="table-wrap">${this.indicator ? this.single(r, this.indicator) : this.matrix(r)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-household-indicators': PlcHouseholdIndicators;
  }
}
