import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { SurveyIndicatorsResult } from '../shared/contract/api-types.ts';
import type { GroupIndicator, IndicatorKey } from '../shared/survey/indicators.ts';
import { evaluationStyles, wideTable } from './evaluation-styles.ts';
import { changeVerdict, indicatorLabelTag, indicatorUnitTag, INDICATORS, intervalText, valueOrMissing } from './evaluation-words.ts';
import { dataTable } from '../common/charts/numbers-table.ts';

/** Which figure's provenance to show: a group figure, or one household's. */
export type ProvenanceRequest = { kind: 'group'; key: IndicatorKey } | { kind: 'household'; key: IndicatorKey; householdId: string };

/**
 * The group's indicators: the mean before and after (with n), the mean paired change after −
 * before and its 95 % bootstrap interval. With `interactive`, each figure is a button that asks
 * for its provenance (`plc-provenance` event).
 */
@localized()
@customElement('plc-indicator-table')
export class PlcIndicatorTable extends LitElement {
  static override styles = [
    evaluationStyles,
    wideTable,
    css`
      th[scope='row'] {
        white-space: normal;
        min-width: 12rem;
      }
      td.verdict {
        text-align: left;
        white-space: normal;
      }
      @media print {
        td[data-cell='interval'] {
          white-space: normal;
        }
        th[scope='row'] {
          min-width: 0;
          width: 30%;
        }
      }
    `,
  ];

  @property({ attribute: false }) indicators: SurveyIndicatorsResult | null = null;
  @property({ type: Boolean }) interactive = false;

  private ask(detail: ProvenanceRequest): void {
    this.dispatchEvent(new CustomEvent('plc-provenance', { detail, bubbles: true, composed: true }));
  }

  private figure(content: unknown, key: IndicatorKey) {
    if (!this.interactive) return content;
    return html`<button class="figure" @click=${() => this.ask({ kind: 'group', key })} title=${msg('Where this figure comes from')}>${content}</button>`;
  }

  private verdict(g: GroupIndicator) {
    switch (changeVerdict(g)) {
      case 'better':
        return html`<span class="better">${msg('better')}</span>`;
      case 'worse':
        return html`<span class="worse">${msg('worse')}</span>`;
      case 'unclear':
        return msg('unclear (interval includes 0)');
      default:
        return '—';
    }
  }

  override render() {
    const r = this.indicators;
    if (!r) return nothing;
    return html`<div class="table-wrap">
      ${dataTable({
        testId: 'group-table',
        caption: html`${msg('Group of households: mean before and after; change = mean of the paired changes (after − before) of the households with both values, with its 95 % bootstrap interval.')}`,
        head: html`<th scope="col">${msg('Indicator')}</th>
          <th scope="col">${msg('Before')}</th>
          <th scope="col">${msg('After')}</th>
          <th scope="col">${msg('Change')}</th>
          <th scope="col">${msg('95 % interval')}</th>
          <th scope="col">${msg('n')}</th>
          <th scope="col" class="text">${msg('Verdict')}</th>`,
        rows: INDICATORS.map((key) => {
          const g = r.group[key];
          return html`<tr data-indicator=${key}>
            <th scope="row">${indicatorLabelTag(key)} <span class="unit">(${indicatorUnitTag(key)})</span></th>
            <td data-cell="before">
              ${this.figure(valueOrMissing(g.before.mean), key)}<br /><span class="unit"
                >${msg(str`n = ${g.before.n}`, { desc: 'Number of households behind a mean (sample size)' })}</span
              >
            </td>
            <td data-cell="after">
              ${this.figure(valueOrMissing(g.after.mean), key)}<br /><span class="unit"
                >${msg(str`n = ${g.after.n}`, { desc: 'Number of households behind a mean (sample size)' })}</span
              >
            </td>
            <td data-cell="change">${this.figure(valueOrMissing(g.change.mean, true), key)}</td>
            <td data-cell="interval">${intervalText(g)}</td>
            <td data-cell="n">${g.change.n}</td>
            <td class="verdict">${this.verdict(g)}</td>
          </tr>`;
        }),
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-indicator-table': PlcIndicatorTable;
  }
}
