import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { provenanceOf, type IndicatorFactor, type IndicatorProvenance } from '../shared/survey/indicators.ts';
import type { GroupIndicator, IndicatorKey, IndicatorValue } from '../shared/survey/indicators.ts';
import { evaluationStyles } from './evaluation-styles.ts';
import { formatNumber, indicatorLabelTag, indicatorUnitTag, intervalText, missingReason, periodWord, statusWord, valueOrMissing } from './evaluation-words.ts';
import { dataTable } from '../common/charts/numbers-table.ts';

const fmt = (v: number | null, signed = false) => (v === null ? '—' : formatNumber(v, signed));

/** The figure whose provenance is shown: one indicator of one or more households and periods,
 *  and for a group figure the group's change. */
export interface ProvenanceSubject {
  key: IndicatorKey;
  /** "Group", or a household code. */
  scope: string;
  values: IndicatorValue[];
  group?: GroupIndicator;
}

/**
 * Where a figure comes from (provenanceOf in shared/indicators.ts): the formula, the measured
 * inputs of every household and period behind it, the emission factors and constants with their
 * source and status ("unverified" for M, "estimate" for E), and why a value is missing.
 */
@localized()
@customElement('plc-provenance-panel')
export class PlcProvenancePanel extends LitElement {
  static override styles = [
    evaluationStyles,
    css`
      h3 {
        font-size: var(--sl-font-size-medium);
      }
      h4 {
        margin: var(--sl-spacing-small) 0 var(--sl-spacing-2x-small);
        font-size: var(--sl-font-size-small);
      }
      .formula {
        font-family: var(--sl-font-mono);
        font-size: var(--sl-font-size-x-small);
        background: var(--sl-color-neutral-50);
        padding: var(--sl-spacing-x-small);
        border-radius: var(--sl-border-radius-medium);
        overflow-wrap: anywhere;
        margin: 0;
      }
      table {
        width: 100%;
      }
      td.text,
      th.text {
        text-align: left;
        white-space: normal;
      }
      .status {
        display: inline-block;
        min-width: 1.4em;
        text-align: center;
        border-radius: 0.3em;
        font-weight: 600;
        background: var(--sl-color-neutral-100);
      }
      .status-M,
      .status-E {
        background: var(--sl-color-warning-100);
        color: var(--sl-color-warning-800);
      }
      ul {
        margin: 0;
        padding-left: 1.25rem;
        font-size: var(--sl-font-size-small);
      }
    `,
  ];

  @property({ attribute: false }) subject: ProvenanceSubject | null = null;

  private factors(list: IndicatorProvenance[]) {
    const seen = new Map<string, IndicatorFactor>();
    for (const p of list) for (const f of p.factors) seen.set(f.pointer ?? f.name, f);
    const factors = [...seen.values()];
    if (factors.length === 0) return html`<p class="note">${msg('No emission factor or constant: the figure is measured quantities only.')}</p>`;
    return html`<div class="table-wrap">
      ${dataTable({
        testId: 'provenance-factors',
        head: html`<th scope="col">${msg('Factor')}</th>
          <th scope="col">${msg('Value')}</th>
          <th scope="col">${msg('Status')}</th>
          <th scope="col" class="text">${msg('Source')}</th>`,
        rows: factors.map(
          (f) =>
            html`<tr>
              <th scope="row">${f.name}</th>
              <td>${f.value} <span class="unit">${f.unit}</span></td>
              <td><span class="status status-${f.status ?? 'none'}">${f.status ?? '?'}</span> ${statusWord(f.status)}</td>
              <td class="text">${f.source}</td>
            </tr>`,
        ),
      })}
    </div>`;
  }

  private inputs(list: IndicatorProvenance[]) {
    const columns = [...new Set(list.flatMap((p) => p.inputs.map((i) => i.column)))];
    return html`<div class="table-wrap">
      ${dataTable({
        testId: 'provenance-inputs',
        head: html`<th scope="col">${msg('Household')}</th>
          <th scope="col">${msg('Period')}</th>
          ${columns.map((c) => html`<th scope="col">${c}</th>`)}
          <th scope="col">${msg('Figure')}</th>`,
        rows: list.map(
          (p) =>
            html`<tr>
              <th scope="row">${p.householdId}</th>
              <td class="text">${periodWord(p.period)}</td>
              ${columns.map((c) => html`<td>${valueOrMissing(p.inputs.find((i) => i.column === c)?.value)}</td>`)}
              <td>${valueOrMissing(p.value, false, p.missing.map(missingReason).join('; '))}</td>
            </tr>`,
        ),
      })}
    </div>`;
  }

  override render() {
    const s = this.subject;
    if (!s) return nothing;
    const list = s.values.map(provenanceOf);
    const missing = list.flatMap((p) => p.missing.map((m) => `${p.householdId} ${periodWord(p.period)}: ${missingReason(m)}`));
    const notes = [...new Set(list.flatMap((p) => p.notes))];
    return html`
      <h3>${indicatorLabelTag(s.key)} (${indicatorUnitTag(s.key)}): ${s.scope}</h3>
      ${s.group ? html`<p class="note" data-testid="provenance-group">${msg(str`Group: before ${fmt(s.group.before.mean)} (n = ${s.group.before.n}), after ${fmt(s.group.after.mean)} (n = ${s.group.after.n}), change ${fmt(s.group.change.mean, true)}, 95 % interval ${intervalText(s.group)} (n = ${s.group.change.n}).`)}<br />${s.group.method}</p>` : nothing}
      <h4>${msg('Formula')}</h4>
      <p class="formula" data-testid="provenance-formula">${list[0]?.formula ?? ''}</p>
      <h4>${msg('Measured inputs')}</h4>
      ${this.inputs(list)}
      <h4>${msg('Emission factors and constants')}</h4>
      ${this.factors(list)} ${listSection(msg('Missing'), missing)} ${listSection(msg('Notes'), notes)}
    `;
  }
}

/** A sub-heading and its list, or nothing when the list is empty. */
function listSection(title: string, items: string[]) {
  return items.length > 0
    ? html`<h4>${title}</h4>
        <ul>
          ${items.map((x) => html`<li>${x}</li>`)}
        </ul>`
    : nothing;
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-provenance-panel': PlcProvenancePanel;
  }
}
