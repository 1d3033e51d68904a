import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { HEADLINE_FIGURES, type HeadlineFigure } from '../shared/model/result-types.ts';
import type { FigureDistribution } from '../shared/contract/api-types.ts';
import { formatShare } from './uncertainty-words.ts';
import { formatFigure, inFigureOrder, labelTag, unitTag } from '../app/figures.ts';
import { compactTable, scrollCue } from '../common/base-styles.ts';

/** P5, P50, P95 and mean of every headline figure: before, after and the difference. */
@localized()
@customElement('plc-mc-table')
export class PlcMcTable extends LitElement {
  static override styles = [
    compactTable,
    scrollCue,
    css`
      :host {
        display: block;
      }
      .wrap {
        overflow-x: auto;
      }
      table {
        width: 100%;
      }
      td {
        text-align: right;
        white-space: nowrap;
      }
      thead th {
        text-align: right;
        font-weight: var(--sl-font-weight-semibold);
      }
      thead th:first-child {
        text-align: left;
      }
      th[scope='rowgroup'] {
        text-align: left;
        padding-top: var(--sl-spacing-x-small);
        font-weight: var(--sl-font-weight-semibold);
      }
      th[scope='row'] {
        text-align: left;
        font-weight: normal;
        color: var(--sl-color-neutral-700);
        white-space: nowrap;
      }
      .unit {
        font-weight: normal;
        color: var(--sl-color-neutral-700);
      }
      tr.chosen th[scope='rowgroup'] {
        color: var(--sl-color-primary-700);
      }
    `,
  ];

  @property({ attribute: false }) distributions?: Record<HeadlineFigure, FigureDistribution>;
  @property() currency = '';
  @property() chosen: HeadlineFigure = 'pcddf.air';

  private row(f: HeadlineFigure, name: string, s: FigureDistribution['before'] | undefined, p?: FigureDistribution['probability']) {
    if (!s) return nothing;
    const v = (x: number) => formatFigure(f, x, this.currency);
    return html`<tr>
      <th scope="row">${name}</th>
      <td>${v(s.p5)}</td>
      <td>${v(s.p50)}</td>
      <td>${v(s.p95)}</td>
      <td>${v(s.mean)}</td>
      ${this.paired ? html`<td>${p === undefined ? '' : p.equal === 1 ? msg('same') : formatShare(p.better)}</td>` : nothing}
    </tr>`;
  }

  private get paired(): boolean {
    return !!this.distributions?.[HEADLINE_FIGURES[0]].after;
  }

  override render() {
    const d = this.distributions;
    if (!d) return nothing;
    const paired = this.paired;
    return html`<div class="wrap table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Figure')}</th>
            <th scope="col">${msg('P5')}</th>
            <th scope="col">${msg('P50')}</th>
            <th scope="col">${msg('P95')}</th>
            <th scope="col">${msg('Mean')}</th>
            ${paired ? html`<th scope="col">${msg('After better')}</th>` : nothing}
          </tr>
        </thead>
        ${inFigureOrder(HEADLINE_FIGURES).map((f) => {
          const x = d[f];
          return html`<tbody data-figure=${f}>
            <tr class=${f === this.chosen ? 'chosen' : ''}>
              <th scope="rowgroup" colspan=${paired ? 6 : 5}>${labelTag(f)} <span class="unit">(${unitTag(f, this.currency)})</span></th>
            </tr>
            ${
              paired
                ? html`${this.row(f, msg('Before'), x.before)}${this.row(f, msg('After'), x.after)}
                  ${this.row(f, msg('Difference'), x.difference, x.probability)}`
                : this.row(f, msg('Scenario'), x.before)
            }
          </tbody>`;
        })}
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-mc-table': PlcMcTable;
  }
}
