import { LitElement, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { cssProps } from '../common/directives/css-props.ts';
import { localized, msg, str } from '@lit/localize';
import type { ScenarioRef } from '../common/charts/compare-data.ts';
import { wrapLabel } from '../common/charts/compare-data.ts';
import { waterfallChartData, waterfallChartOptions, waterfallSteps, waterfallTable } from './compare-waterfall.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import { chartPanelStyles } from '../common/charts/chart-panel-styles.ts';
import { comparePanelStyles } from './compare-panel-styles.ts';
import { figureLabel, figureUnit, formatFigure, unitTag } from '../app/figures.ts';
import type { ComparedScenario } from '../common/figures/plc-headline-cards.ts';
import type { PlcCanvasChart } from '../common/charts/plc-canvas-chart.ts';
import '../common/charts/plc-canvas-chart.ts';
import '../common/charts/plc-chart-export.ts';
import '../common/plc-scenario-chip.ts';
import { numbersTable } from '../common/charts/numbers-table.ts';

const wrappedLines = (label: string) => {
  const wrapped = wrapLabel(label, 18);
  return Array.isArray(wrapped) ? wrapped.length : 1;
};

/** From before to after one headline figure, measure by measure (Shapley values from the worker). */
@localized()
@customElement('plc-waterfall-chart')
export class PlcWaterfallChart extends LitElement {
  static override styles = [chartPanelStyles, comparePanelStyles];

  @property({ attribute: false }) comparison?: ComparedScenario;
  @property({ attribute: false }) baseline?: ScenarioRef;
  @property() figure: HeadlineFigure = 'pcddf.total';
  @property() currency = 'VND';
  @property({ attribute: false }) measureName: (id: string) => string = (id) => id;
  @query('plc-canvas-chart') private canvasChart?: PlcCanvasChart;

  override render() {
    const c = this.comparison;
    const baseline = this.baseline;
    if (!c || !baseline) return html``;
    const key = this.figure;
    const label = figureLabel(key);
    const unit = figureUnit(key, this.currency);
    const format = (n: number) => formatFigure(key, n, this.currency);
    const steps = waterfallSteps(c.doc, key, { before: msg('Before'), after: msg('After'), measure: this.measureName });
    const title = msg(str`${label}, measure by measure: ${c.shortName}`);
    const signed = (n: number) => formatFigure(key, n, this.currency, { signed: true });
    // Room for each bar's label, however many lines it wraps to.
    const height = `${Math.max(14, 5 + steps.reduce((sum, s) => sum + Math.max(2.4, wrappedLines(s.label) * 1.05 + 0.7), 0))}rem`;
    return html`
      <h3 id="title">${title}</h3>
      <ul class="chips" aria-label=${msg('Scenarios in this chart')}>
        <li><plc-scenario-chip name=${baseline.name} colour=${baseline.colour}></plc-scenario-chip></li>
        <li><plc-scenario-chip name=${c.ref.name} colour=${c.ref.colour}></plc-scenario-chip></li>
      </ul>
      <p class="note">
        ${msg("Each measure's bar is its Shapley value: its average effect over every order in which the measures could be added. Together they make up the whole change.")}
      </p>
      <plc-canvas-chart
        style=${cssProps({ '--plc-chart-height': String(height) })}
        .config=${{
          type: 'bar',
          data: waterfallChartData(steps, key, { before: baseline.colour, after: c.ref.colour }),
          options: waterfallChartOptions(unit, format, signed, steps),
        }}
        label=${msg(str`Waterfall chart of ${label} from before to after, one bar per measure; the table below gives the numbers.`)}
      ></plc-canvas-chart>
      <div class="tools">
        <span></span>
        <plc-chart-export
          heading=${title}
          unit=${unit}
          .table=${waterfallTable(steps, key, unit)}
          .scenarios=${[baseline, c.ref]}
          .chart=${() => this.canvasChart ?? null}
        ></plc-chart-export>
      </div>
      ${numbersTable({
        head: [msg('Step'), html`${msg('Change')} (${unitTag(key, this.currency)})`, html`${msg('Level after the step')} (${unitTag(key, this.currency)})`],
        rows: steps.map(
          (s) =>
            html`<tr data-step=${s.key}>
              <th scope="row">${s.label}</th>
              <td>${s.kind === 'measure' ? signed(s.end - s.start) : ''}</td>
              <td>${format(s.end)}</td>
            </tr>`,
        ),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-waterfall-chart': PlcWaterfallChart;
  }
}
