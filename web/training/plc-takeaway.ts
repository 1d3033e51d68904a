import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { BeforeAfterPair } from './plc-before-after.ts';
import { labelTag, unitTag } from '../app/figures.ts';
import { dataTable } from '../common/charts/numbers-table.ts';
import { visuallyHidden } from '../common/base-styles.ts';
import { focusRing } from './training-styles.ts';
import { printAlone } from '../common/print-alone.ts';

/** One figure before and after, as a before/after pair (its label, the short one, and unit are the
 *  catalogue's; the after bar is green only when better, red and hatched the other way when worse),
 *  with the change in words. */
export interface TakeawayRow extends BeforeAfterPair {
  /** "better", "worse" or "no change", in words for the reader. */
  changeText: string;
}

/** What one household takes home; every text already formatted by the training view. */
export interface TakeawayData {
  title: string;
  place: string;
  date: string;
  rows: TakeawayRow[];
  /** Why some figures get worse, one sentence each (empty when none does). */
  worse: string[];
  levers: { label: string; value: string }[];
  /** Whether any lever was moved; with none moved the page says that no change was tried. */
  changed: boolean;
  recommendations: string[];
  footnotes: string[];
}

/** The one-page printable take-away for a household; "Print" prints only this. */
@localized()
@customElement('plc-takeaway')
export class PlcTakeaway extends LitElement {
  static override styles = [
    visuallyHidden,
    css`
      :host {
        display: block;
        color: #111;
      }
      article {
        background: #fff;
        border: 2px solid #c4c4c4;
        border-radius: 0.75rem;
        padding: 1em 1.2em;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0.3em 1em;
        align-items: baseline;
        border-bottom: 3px solid #1b6e3a;
        padding-bottom: 0.4em;
      }
      h3 {
        margin: 0;
        font-size: 1.4em;
      }
      .meta {
        color: #222;
        font-size: 0.9em;
      }
      h4 {
        margin: 0.9em 0 0.3em;
        font-size: 1.05em;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        text-align: left;
        padding: 0.35em 0.4em;
        border-bottom: 1px solid #bbb;
        vertical-align: top;
      }
      thead th {
        font-size: 0.85em;
        color: #222;
        border-bottom: 2px solid #555;
      }
      td.num {
        text-align: right;
        font-weight: 700;
        font-size: 1.15em;
        white-space: nowrap;
      }
      .unit {
        display: block;
        font-weight: 400;
        font-size: 0.8em;
        color: #333;
      }
      .bars {
        width: 28%;
      }
      .bars svg {
        display: block;
        width: 100%;
        height: 1.6em;
      }
      .change {
        display: block;
        font-size: 0.8em;
        color: #333;
        font-weight: 400;
      }
      tr[data-verdict='worse'] .change {
        color: #7d2414;
        font-weight: 700;
      }
      tr[data-verdict='better'] .change {
        color: #0b4f27;
        font-weight: 700;
      }
      ul.worse {
        margin: 0;
        padding-left: 1.2em;
      }
      ul.levers {
        margin: 0;
        padding-left: 1.2em;
        columns: 2 16em;
      }
      ol {
        margin: 0;
        padding-left: 1.4em;
      }
      ol li {
        margin: 0.25em 0;
        font-size: 1.05em;
      }
      .foot {
        margin: 0.9em 0 0;
        font-size: 0.75em;
        color: #333;
      }
      .foot p {
        margin: 0.15em 0;
      }
      .actions {
        margin-top: 0.6em;
      }
      thead th.num {
        text-align: right;
      }
      thead th.legend {
        font-weight: 400;
        font-size: 0.75em;
      }
      button {
        font: inherit;
        font-weight: 700;
        padding: 0.5em 1.2em;
        min-height: 2.75rem;
        border-radius: 0.5rem;
        border: 2px solid #1b6e3a;
        background: #1b6e3a;
        color: #fff;
        cursor: pointer;
      }
      button:focus-visible {
        ${focusRing}
      }
      /* A phone: the bars give way, long amounts wrap rather than push the page sideways. */
      @media screen and (max-width: 40rem) {
        .bars,
        thead {
          display: none;
        }
        table,
        tbody {
          display: block;
        }
        tr {
          display: grid;
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
          border-bottom: 1px solid #bbb;
          padding: 0.3em 0;
        }
        th,
        td {
          border: none;
          padding: 0.1em 0.3em;
        }
        tr th {
          grid-column: 1 / -1;
        }
        td.num {
          text-align: left;
          white-space: normal;
          font-size: 1em;
          overflow-wrap: anywhere;
        }
        /* An amount and its currency sign stay on one line ("463.121.725 ₫"). */
        td.num .amount {
          display: block;
          white-space: nowrap;
          overflow-wrap: normal;
          font-size: 0.95em;
        }
        td.num::before {
          content: attr(data-label);
          display: block;
          font-size: 0.75em;
          font-weight: 400;
          color: #333;
        }
        article {
          padding: 0.7em;
        }
      }
      /* One A4 page in either language (test/e2e/takeaway-pdf.mjs prints both and counts the pages). */
      @media print {
        :host {
          font-size: 10pt;
        }
        th,
        td {
          padding: 0.2em 0.4em;
        }
        h4 {
          margin: 0.6em 0 0.2em;
        }
        article {
          border: none;
          padding: 0;
          border-radius: 0;
        }
        .actions {
          display: none;
        }
        tr,
        li {
          break-inside: avoid;
        }
      }
    `,
  ];

  @property({ attribute: false }) data: TakeawayData | null = null;
  /** The copy made for printing has no Print button. */
  @property({ type: Boolean }) printCopy = false;

  /** Prints only the take-away: a copy goes into the page body with print rules, and leaves after. */
  async print(): Promise<void> {
    const copy = document.createElement('plc-takeaway');
    copy.data = this.data;
    copy.printCopy = true;
    copy.lang = document.documentElement.lang;
    await printAlone('plc-print-root', copy);
  }

  private renderRow(r: TakeawayRow) {
    // SVG bars sized by attributes: the Content-Security-Policy forbids inline style attributes.
    const top = Math.max(Math.abs(r.before), Math.abs(r.after), 1e-300);
    const width = (v: number) => Math.max(0.5, (Math.abs(v) / top) * 100);
    // Green only for better; a worse after is red with stripes the other way; no change is grey.
    const [fill, light, angle] =
      r.verdict === 'better' ? ['#1b6e3a', '#8fc3a2', 45] : r.verdict === 'worse' ? ['#a3361f', '#e6a99c', -45] : ['#5a5a5a', '#b5b5b5', 45];
    return html`<tr data-row=${r.key} data-verdict=${r.verdict}>
      <th scope="row">${labelTag(r.figure, 'short')}<span class="unit">${unitTag(r.figure, '', true)}</span></th>
      <td class="num before" data-label=${msg('Before')}><span class="amount">${r.beforeText}</span></td>
      <td class="num after" data-label=${msg('After')}><span class="amount">${r.afterText}</span><span class="change">${r.changeText}</span></td>
      <td class="bars" aria-hidden="true">
        <svg viewBox="0 0 100 22" preserveAspectRatio="none">
          ${svg`<defs><pattern id="stripes-${r.key}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})">
          <rect width="4" height="4" fill=${fill}></rect><rect width="1.5" height="4" fill=${light}></rect></pattern></defs>
          <rect x="0" y="1" height="9" width=${width(r.before)} fill="#4a4a4a" stroke="#111" stroke-width="0.4"></rect>
          <rect x="0" y="12" height="9" width=${width(r.after)} fill="url(#stripes-${r.key})" stroke="#111" stroke-width="0.4"></rect>`}
        </svg>
      </td>
    </tr>`;
  }

  override render() {
    const d = this.data;
    if (!d) return nothing;
    return html`<article aria-labelledby="takeaway-title">
      <header>
        <h3 id="takeaway-title">${d.title}</h3>
        <span class="meta">${d.place} · ${d.date}</span>
      </header>
      <h4>
        ${
          d.changed
            ? msg('Your line: before and after the changes', { desc: 'Training take-away: heading of the key-numbers table' })
            : msg('Your line today', { desc: 'Training take-away: heading of the key-numbers table when no lever was moved' })
        }
      </h4>
      ${
        d.changed
          ? nothing
          : html`<p class="no-change" data-testid="takeaway-no-change">
              ${msg('No change was tried: every lever is where it started, so "after" is the same as "before". Move a lever in step 4 to see what a change does.')}
            </p>`
      }
      ${dataTable({
        head: html`<th scope="col">${msg('Figure')}</th>
          <th scope="col" class="num">${msg('Before')}</th>
          <th scope="col" class="num">${msg('After')}</th>
          <th scope="col" class="legend">
            ${msg('Bars: grey = before; striped = after, green when better, red when worse', { desc: 'Training take-away: legend of the small bars' })}
          </th>`,
        rows: d.rows.map((r) => this.renderRow(r)),
      })}
      ${
        d.worse.length > 0
          ? html`<h4>${msg('Why some figures get worse', { id: 'takeaway-why', desc: 'Training take-away: heading of the reasons' })}</h4>
              <ul class="worse" data-testid="takeaway-worse">
                ${d.worse.map((w) => html`<li>${w}</li>`)}
              </ul>`
          : nothing
      }
      <h4>${d.changed ? msg('What was changed', { desc: 'Training take-away: the levers the trainer set' }) : msg('How the line works now')}</h4>
      <ul class="levers" data-testid="takeaway-levers">
        ${d.levers.map((l) => html`<li><strong>${l.label}:</strong> ${l.value}</li>`)}
      </ul>
      <h4>${msg('Three things to do', { desc: 'Training take-away: heading of the recommendations' })}</h4>
      <ol data-testid="recommendations">
        ${d.recommendations.map((r) => html`<li>${r}</li>`)}
      </ol>
      <div class="foot">${d.footnotes.map((f) => html`<p>${f}</p>`)}</div>
      ${
        this.printCopy
          ? nothing
          : html`<div class="actions">
              <button type="button" data-testid="print" @click=${() => void this.print()}>${msg('Print the take-away')}</button>
            </div>`
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-takeaway': PlcTakeaway;
  }
}
