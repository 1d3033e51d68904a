import { LitElement, css, html, nothing } from 'lit';
import { renderProblem } from '../common/issue-list-ready.ts';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import type { Period, Survey } from '../shared/contract/api-types.ts';
import type { MvmState } from './evaluation-model.ts';
import { evaluationStyles } from './evaluation-styles.ts';
import { formatNumber, valueOrMissing } from './evaluation-words.ts';
import { formatFigure, labelTag, unitTag } from '../app/figures.ts';
import { dataTable } from '../common/charts/numbers-table.ts';
import { selectField, selectFieldStyles } from '../common/fields/select-field.ts';

/**
 * Measured versus modelled for one household: the worker builds a scenario from its
 * measurements (on the current scenario for a "before" row, with its village's BAT/BEP measures
 * for an "after" row), runs it and flags every figure that disagrees beyond the tolerance, with
 * the parameter to revisit in words. Fires `plc-mvm-run` ({ householdId, period }).
 */
@localized()
@customElement('plc-measured-modelled')
export class PlcMeasuredModelled extends LitElement {
  static override styles = [
    evaluationStyles,
    selectFieldStyles,
    css`
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sl-spacing-small);
        align-items: flex-end;
        margin-bottom: var(--sl-spacing-small);
      }
      .select-field {
        min-width: 10rem;
      }
      table {
        width: 100%;
      }
      tr.flagged {
        background: var(--sl-color-warning-50);
      }
      td.words {
        text-align: left;
        white-space: normal;
      }
      thead th.text {
        text-align: left;
      }
      ul.flags {
        padding-left: 1.25rem;
        margin: var(--sl-spacing-small) 0;
      }
      ul.flags li {
        margin: var(--sl-spacing-2x-small) 0;
      }
      .template {
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-700);
      }
      details {
        margin-top: var(--sl-spacing-small);
        font-size: var(--sl-font-size-small);
      }
    `,
  ];

  @property({ attribute: false }) survey: Survey | null = null;
  @property({ attribute: false }) state: MvmState | null = null;
  @state() private householdId = '';
  @state() private period: Period = 'before';

  private run(): void {
    const first = this.survey?.records[0];
    const householdId = this.householdId || first?.householdId || '';
    if (!householdId) return;
    this.dispatchEvent(new CustomEvent('plc-mvm-run', { detail: { householdId, period: this.period }, bubbles: true, composed: true }));
  }

  private renderResult(s: MvmState) {
    if (s.status === 'working') return html`<p role="status">${msg("Building the household's scenario and running it…")}</p>`;
    if (s.status === 'failed') return html`<sl-alert variant="danger" open>${s.message}</sl-alert>`;
    const o = s.outcome;
    if (!o) return nothing;
    if (!o.ok) return html`<sl-alert variant="warning" open data-testid="mvm-errors">${renderProblem(this, o.errors, 'mvm-problem')}</sl-alert>`;
    const v = o.value;
    const tolerance = formatNumber(v.tolerance * 100);
    const currency = v.result.economics.currency;
    return html` <p class="template">
        ${
          v.template.measureIds.length > 0
            ? msg(
                str`Modelled on "${v.template.name}" with the ${v.template.measureIds.length} BAT/BEP measures of its village's after variant; tolerance ±${tolerance} %.`,
              )
            : msg(str`Modelled on "${v.template.name}" (the current scenario); tolerance ±${tolerance} %.`)
        }
      </p>
      <div class="table-wrap">
        ${dataTable({
          testId: 'mvm-table',
          head: html`<th scope="col">${msg('Figure')}</th>
            <th scope="col">${msg('Measured')}</th>
            <th scope="col">${msg('Modelled')}</th>
            <th scope="col">${msg('Difference')}</th>
            <th scope="col" class="text">${msg('Reading')}</th>`,
          rows: v.items.map(
            (i) =>
              html`<tr class=${i.flagged ? 'flagged' : ''} data-item=${i.key}>
                <th scope="row">${labelTag(i.figure)} <span class="unit">(${unitTag(i.figure, currency)})</span></th>
                <td>${i.measured === null ? valueOrMissing(null) : formatFigure(i.figure, i.measured)}</td>
                <td>${formatFigure(i.figure, i.modelled)}</td>
                <td>
                  ${i.relativeDifference === null ? '—' : Math.abs(i.relativeDifference) < 5e-5 ? '0 %' : `${formatNumber(i.relativeDifference * 100, true)} %`}
                </td>
                <td class="words">
                  ${i.flagged ? html`<strong class="worse">${msg('disagrees')}</strong>` : i.measured === null ? msg('not measured') : msg('agrees')}
                </td>
              </tr>`,
          ),
        })}
      </div>
      ${
        v.flags.length > 0
          ? html`<h4>${msg('Where model and measurement disagree, and what to revisit')}</h4>
              <ul class="flags" data-testid="mvm-flags">
                ${v.flags.map((f) => html`<li>${f.message}</li>`)}
              </ul>`
          : html`<p data-testid="mvm-flags">${msg(str`Every measured figure agrees with the model within ±${tolerance} %.`)}</p>`
      }
      <details>
        <summary>
          ${v.assumptions.length === 1 ? msg("How the household's scenario was built (1 assumption)") : msg(str`How the household's scenario was built (${v.assumptions.length} assumptions)`)}
        </summary>
        <ul>
          ${v.assumptions.map((a) => html`<li>${a}</li>`)}
        </ul>
      </details>`;
  }

  override render() {
    const s = this.survey;
    if (!s) return nothing;
    const ids = [...new Set(s.records.map((r) => r.householdId))];
    const householdId = this.householdId || ids[0];
    const periods = s.records.filter((r) => r.householdId === householdId).map((r) => r.period);
    return html` <div class="controls">
        ${selectField({
          label: msg('Household'),
          size: 'small',
          value: householdId,
          testid: 'mvm-household',
          choices: ids.map((id) => ({ value: id, label: id })),
          onChange: (v) => (this.householdId = v),
        })}
        ${selectField<Period>({
          label: msg('Period'),
          size: 'small',
          value: this.period,
          testid: 'mvm-period',
          choices: [
            { value: 'before', label: msg('before'), disabled: !periods.includes('before') },
            { value: 'after', label: msg('after'), disabled: !periods.includes('after') },
          ],
          onChange: (v) => (this.period = v),
        })}
        <sl-button size="small" variant="primary" data-testid="mvm-run" ?loading=${this.state?.status === 'working'} @click=${() => this.run()}
          >${msg('Compare with the model')}</sl-button
        >
      </div>
      ${this.state ? this.renderResult(this.state) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-measured-modelled': PlcMeasuredModelled;
  }
}
