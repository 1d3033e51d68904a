import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { pcddfChartData, pcddfChartOptions, pcddfSeries, type PcddfBySource } from '../common/charts/pcddf-by-source.ts';
import { figureUnit, formatFigure, unitTag } from '../app/figures.ts';
import '../common/charts/plc-chart.ts';
import { releaseLabel } from '../app/labels.ts';
import { numbersTable } from '../common/charts/numbers-table.ts';
import { chartPanelStyles } from '../common/charts/chart-panel-styles.ts';

/** PCDD/F by source and release vector: a stacked bar chart and the same numbers as a table. */
@localized()
@customElement('plc-pcddf-chart')
export class PlcPcddfChart extends LitElement {
  static override styles = chartPanelStyles;

  @property({ attribute: false }) bySource: PcddfBySource = {};
  /** The chart's options for their axis title: the same object while the unit stays, so that a new
   *  result with the same bars is not drawn again (ChartElement compares what it is given). */
  private options: { unit: string; options: ReturnType<typeof pcddfChartOptions> } | null = null;

  private chartOptions(unit: string, format: (n: number) => string) {
    if (this.options?.unit !== unit) this.options = { unit, options: pcddfChartOptions(unit, format) };
    return this.options.options;
  }

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
        deferred
        .data=${pcddfChartData(series, label)}
        .options=${this.chartOptions(unit, format)}
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
