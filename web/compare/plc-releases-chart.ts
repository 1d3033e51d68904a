import { LitElement, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { cssProps } from '../common/directives/css-props.ts';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import { releasesChartData, releasesChartOptions, releasesSeries, releasesTable, type ReleasesMode, type ScenarioResult } from './compare-releases.ts';
import { figureUnit, formatFigure, unitTag } from '../app/figures.ts';
import { chartPanelStyles } from '../common/charts/chart-panel-styles.ts';
import { comparePanelStyles } from './compare-panel-styles.ts';
import { releaseLabel } from '../app/labels.ts';
import { notQuantifiedSentence } from '../common/not-quantified-words.ts';
import type { PlcCanvasChart } from '../common/charts/plc-canvas-chart.ts';
import '../common/charts/plc-canvas-chart.ts';
import '../common/charts/plc-chart-export.ts';
import '../common/plc-scenario-chip.ts';
import { numbersTable } from '../common/charts/numbers-table.ts';

/** PCDD/F releases of every compared scenario side by side, by release vector or by source. */
@localized()
@customElement('plc-releases-chart')
export class PlcReleasesChart extends LitElement {
  static override styles = [chartPanelStyles, comparePanelStyles];

  @property() mode: ReleasesMode = 'vector';
  @property({ attribute: false }) scenarios: ScenarioResult[] = [];
  /** Releases fall by orders of magnitude: on a linear axis the "after" bars would vanish. */
  @state() private logarithmic = true;
  @query('plc-canvas-chart') private canvasChart?: PlcCanvasChart;

  override render() {
    const series = releasesSeries(this.scenarios, this.mode);
    const title = this.mode === 'vector' ? msg('PCDD/F releases by vector') : msg('PCDD/F releases by source');
    // Every bar is part of the PCDD/F of all releases: its unit and precision.
    const unit = figureUnit('pcddf.total');
    const format = (n: number) => formatFigure('pcddf.total', n);
    const refs = series.scenarios;
    const rows = series.categories.length * Math.max(1, refs.length);
    const height = `${Math.max(14, 4.5 + rows * 1.1)}rem`;
    const categoryHeader = this.mode === 'vector' ? msg('Release vector') : msg('Source');
    // A source with no number draws no bar: say so beside the chart.
    const missing = notQuantifiedSentence('pcddf.total', ...this.scenarios.map((s) => s.result.notQuantifiedItems));
    return html`
      <h3 id="title">${title}</h3>
      <ul class="chips" aria-label=${msg('Scenarios in this chart')}>
        ${refs.map((s) => html`<li><plc-scenario-chip name=${s.name} colour=${s.colour}></plc-scenario-chip></li>`)}
      </ul>
      ${
        series.categories.length === 0
          ? html`<p class="empty">${msg('No PCDD/F releases in these scenarios.')}</p>`
          : html`<plc-canvas-chart
              style=${cssProps({ '--plc-chart-height': String(height) })}
              .config=${{ type: 'bar', data: releasesChartData(series, releaseLabel), options: releasesChartOptions(this.logarithmic ? msg(str`${unit}, log scale`) : unit, this.logarithmic, format) }}
              label=${msg('Bar chart of PCDD/F releases per scenario; the table below gives the numbers.')}
            ></plc-canvas-chart>`
      }
      ${missing ? html`<p class="note" data-testid="not-quantified">${missing}</p>` : ''}
      <div class="tools">
        <sl-checkbox size="small" ?checked=${this.logarithmic} @sl-change=${(e: Event) => (this.logarithmic = (e.target as HTMLInputElement).checked)}
          >${msg('Logarithmic scale')}</sl-checkbox
        >
        <plc-chart-export
          heading=${title}
          unit=${unit}
          .table=${releasesTable(series, unit)}
          .scenarios=${refs}
          .chart=${() => this.canvasChart ?? null}
        ></plc-chart-export>
      </div>
      ${numbersTable({
        head: [categoryHeader, ...refs.map((s) => html`${s.name} (${unitTag('pcddf.total')})`)],
        rows: series.categories.map((c, j) => ({ header: releaseLabel(c), cells: refs.map((_, i) => format(series.values[i][j])) })),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-releases-chart': PlcReleasesChart;
  }
}
