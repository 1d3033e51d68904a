import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { pcddfChartData, pcddfChartOptions, pcddfSeries, type PcddfBySource } from '../common/charts/pcddf-by-source.ts';
import { figureUnit, formatFigure, unitTag } from '../app/figures.ts';
import '../common/charts/plc-chart.ts';
import { releaseLabel } from '../app/labels.ts';
import { numbersTable } from '../common/charts/numbers-table.ts';
import { panelHeading } from '../common/base-styles.ts';

/** PCDD/F by source and release vector: a stacked bar chart and the same numbers as a table. */
@localized()
@customElement('plc-pcddf-chart')
export class PlcPcddfChart extends LitElement {
  static override styles = [
    panelHeading,
    css`
      :host {
        display: block;
      }
      details {
        margin-top: var(--sl-spacing-small);
      }
      summary {
        cursor: pointer;
        color: var(--sl-color-primary-700);
      }
      .table-wrap {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        margin-top: var(--sl-spacing-x-small);
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        padding: var(--sl-spacing-3x-small) var(--sl-spacing-small);
        border-bottom: 1px solid var(--sl-color-neutral-200);
      }
      td {
        text-align: right;
      }
      th[scope='row'] {
        text-align: left;
        font-weight: normal;
      }
      .empty {
        color: var(--sl-color-neutral-700);
      }
    `,
  ];

  @property({ attribute: false }) bySource: PcddfBySource = {};

  override render() {
    const series = pcddfSeries(this.bySource);
    const title = msg('PCDD/F releases by source');
    if (series.sources.length === 0) {
      return html`<h3>${title}</h3>
        <p class="empty">${msg('No PCDD/F releases in this scenario.')}</p>`;
    }
    // Every bar is part of the PCDD/F of all releases: its unit and precision.
    const unit = figureUnit('pcddf.total');
    const format = (n: number) => formatFigure('pcddf.total', n);
    const label = releaseLabel;
    return html`
      <h3 id="title">${title}</h3>
      <plc-chart
        .data=${pcddfChartData(series, label)}
        .options=${pcddfChartOptions(unit, format)}
        label=${msg('Stacked bar chart of PCDD/F releases by source and release vector; the table below gives the numbers.')}
      ></plc-chart>
      ${numbersTable({
        head: [msg('Source'), ...series.vectors.map((v) => html`${label(v)} (${unitTag('pcddf.total')})`)],
        rows: series.sources.map((s, i) => ({ header: label(s), cells: series.vectors.map((_, v) => format(series.values[v][i])) })),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-pcddf-chart': PlcPcddfChart;
  }
}
