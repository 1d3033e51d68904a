import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { sampleIndexes, throughputChartData, timelineOptions, xyOf } from './dynamics-timeline.ts';
import { formatQuantity } from '../app/format.ts';
import { figureHeading, figureUnit, formatFigure, labelTag, unitTag } from '../app/figures.ts';
import { chartPanelStyles, emptyChartPanel } from '../common/charts/chart-panel-styles.ts';
import '../common/charts/plc-line-chart.ts';
import { numbersTable } from '../common/charts/numbers-table.ts';

const TABLE_ROWS = 25;

/** Cumulative tonnes processed and produced over the working days of one replication. */
@localized()
@customElement('plc-throughput-chart')
export class PlcThroughputChart extends LitElement {
  static override styles = chartPanelStyles;

  /** Working days elapsed at each point, and the cumulative tonnes at that point. */
  @property({ attribute: false }) days: number[] = [];
  @property({ attribute: false }) processedT: number[] = [];
  @property({ attribute: false }) productT: number[] = [];

  override render() {
    const title = msg('Throughput over time');
    if (this.days.length === 0) return emptyChartPanel(title, msg('No points to draw.'));
    const day = msg('Working day');
    const rows = sampleIndexes(this.days, TABLE_ROWS);
    return html`
      <h3 id="title">${title}</h3>
      <p class="note">${msg('Cumulative tonnes since the first day, in the first replication (one sample path, not an average).')}</p>
      <plc-line-chart
        .data=${throughputChartData(xyOf(this.days, this.processedT), xyOf(this.days, this.productT), {
          processed: figureHeading('dynamics.cumulativeProcessedT'),
          product: figureHeading('dynamics.cumulativeProductT'),
        })}
        .options=${timelineOptions({ x: day, y: msg(str`Cumulative tonnes (${figureUnit('dynamics.cumulativeProcessedT')})`) }, formatQuantity)}
        label=${msg('Line chart of the cumulative tonnes processed and produced over the working days; the table below gives the numbers.')}
      ></plc-line-chart>
      ${numbersTable({
        caption: msg(str`${rows.length} of the ${this.days.length} points, near round working days`),
        head: [
          day,
          html`${labelTag('dynamics.cumulativeProcessedT')} (${unitTag('dynamics.cumulativeProcessedT')})`,
          html`${labelTag('dynamics.cumulativeProductT')} (${unitTag('dynamics.cumulativeProductT')})`,
        ],
        rows: rows.map((i) => ({
          header: formatQuantity(this.days[i]),
          cells: [formatFigure('dynamics.cumulativeProcessedT', this.processedT[i]), formatFigure('dynamics.cumulativeProductT', this.productT[i])],
        })),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-throughput-chart': PlcThroughputChart;
  }
}
