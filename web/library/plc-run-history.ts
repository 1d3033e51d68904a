import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import type { RunRecord } from '../common/db.ts';
import { formatWhen } from './library-format.ts';
import { hiddenBox, visuallyHidden, wordTable } from '../common/base-styles.ts';
import { dataTable } from '../common/charts/numbers-table.ts';

/**
 * Recorded results with their provenance: when, which scenario revision, the emission-factor
 * library and the app version. Fires `plc-open-run` (detail: the RunRecord) when the user asks to
 * re-open the scenario revision a run was computed from.
 */
@localized()
@customElement('plc-run-history')
export class PlcRunHistory extends LitElement {
  static override styles = [
    visuallyHidden,
    wordTable,
    css`
      :host {
        display: block;
        overflow-x: auto;
      }
      caption {
        ${hiddenBox}
      }
      th,
      td {
        padding: var(--sl-spacing-2x-small) var(--sl-spacing-x-small);
        border-bottom: 1px solid var(--sl-color-neutral-200);
        vertical-align: middle;
      }
      th {
        font-weight: var(--sl-font-weight-semibold);
      }
      code {
        font-family: var(--sl-font-mono);
        font-size: 0.9em;
      }
      .empty {
        color: var(--sl-color-neutral-700);
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) runs: RunRecord[] = [];

  private open(run: RunRecord): void {
    this.dispatchEvent(new CustomEvent<RunRecord>('plc-open-run', { detail: run, bubbles: true, composed: true }));
  }

  override render() {
    if (this.runs.length === 0) return html`<p class="empty">${msg('No result has been recorded for this scenario yet.')}</p>`;
    return dataTable({
      caption: msg('Recorded results of this scenario'),
      head: html`<th scope="col">${msg('When')}</th>
        <th scope="col">${msg('Revision')}</th>
        <th scope="col">${msg('Emission factors')}</th>
        <th scope="col">${msg('App')}</th>
        <th scope="col">${msg('Seed')}</th>
        <th scope="col"><span class="visually-hidden">${msg('Actions')}</span></th>`,
      rows: this.runs.map(
        (run) =>
          html`<tr data-run=${run.id}>
            <td>${formatWhen(run.createdAt)}</td>
            <td title=${run.scenarioHash}>${run.scenarioRevision}</td>
            <td><code>${run.efLibraryId}</code> ${msg(str`v${run.efLibraryVersion}`, { desc: 'Version of the emission-factor library' })}</td>
            <td>${run.appVersion}</td>
            <td>${run.seed ?? '—'}</td>
            <td><sl-button size="small" data-action="open-run" @click=${() => this.open(run)}>${msg('Open this revision')}</sl-button></td>
          </tr>`,
      ),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-run-history': PlcRunHistory;
  }
}
