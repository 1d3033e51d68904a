import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ScenarioRef } from '../common/charts/compare-data.ts';
import { massFlowChartData, massFlowChartOptions, massFlows, massFlowTable } from './mass-flows.ts';
import { figureUnit, formatFigure, unitTag, unitWord } from '../app/figures.ts';
import type { ResultDocument } from '../shared/model/result-types.ts';
import { chartPanelStyles } from '../common/charts/chart-panel-styles.ts';
import { comparePanelStyles } from './compare-panel-styles.ts';
import { massNodeLabel } from './mass-flow-words.ts';
import type { PlcCanvasChart } from '../common/charts/plc-canvas-chart.ts';
import '../common/charts/plc-canvas-chart.ts';
import '../common/charts/plc-chart-export.ts';
import '../common/plc-scenario-chip.ts';
import { numbersTable } from '../common/charts/numbers-table.ts';

/** Where every tonne of one scenario's feed goes in a year, as a Sankey diagram. */
@localized()
@customElement('plc-sankey-chart')
export class PlcSankeyChart extends LitElement {
  static override styles = [
    chartPanelStyles,
    comparePanelStyles,
    css`
      /* Five columns of labelled nodes need room: on a phone the diagram scrolls sideways. */
      .scroll {
        overflow-x: auto;
      }
      plc-canvas-chart {
        min-width: 40rem;
        --plc-chart-height: 28rem;
      }
      .scroll-hint {
        display: none;
      }
      @media (max-width: 44rem) {
        .scroll-hint {
          display: block;
        }
      }
    `,
  ];

  @property({ attribute: false }) scenario?: ScenarioRef;
  @property({ attribute: false }) result?: ResultDocument;
  @query('plc-canvas-chart') private canvasChart?: PlcCanvasChart;

  override render() {
    const ref = this.scenario;
    const result = this.result;
    if (!ref || !result) return html``;
    const flows = massFlows(result);
    // Every band is tonnes of the year's feed: the feed's unit and precision.
    const unit = figureUnit('mass.feedT');
    const formatQuantity = (t: number) => formatFigure('mass.feedT', t);
    const title = msg(str`Mass flows: ${ref.name}`);
    const feed = formatQuantity(result.mass.feedT);
    return html`
      <h3 id="title">${msg('Mass flows')}</h3>
      <ul class="chips" aria-label=${msg('Scenario in this chart')}>
        <li><plc-scenario-chip name=${ref.name} colour=${ref.colour}></plc-scenario-chip></li>
      </ul>
      <p class="note">${msg(str`All ${feed} t of the year's feed, from left to right; each band is as wide as the tonnes it carries.`)}</p>
      <p class="note scroll-hint">${msg('Scroll the diagram sideways to see all of it.')}</p>
      <div class="scroll">
        <plc-canvas-chart
          .config=${{
            type: 'sankey',
            data: massFlowChartData(flows, (k, t) => `${massNodeLabel(k)} ${formatQuantity(t)} ${unitWord('t')}`, title),
            options: massFlowChartOptions(formatQuantity, unit, massNodeLabel),
          }}
          label=${msg('Sankey diagram of the mass flows of the year; the table below gives the numbers.')}
        ></plc-canvas-chart>
      </div>
      <div class="tools">
        <span></span>
        <plc-chart-export
          heading=${title}
          unit=${unit}
          .table=${massFlowTable(flows, massNodeLabel)}
          .scenarios=${[ref]}
          .chart=${() => this.canvasChart ?? null}
        ></plc-chart-export>
      </div>
      ${numbersTable({
        head: [msg('From'), msg('To'), unitTag('mass.feedT')],
        rows: flows.map(
          (f) =>
            html`<tr>
              <th scope="row">${massNodeLabel(f.from)}</th>
              <th scope="row">${massNodeLabel(f.to)}</th>
              <td>${formatQuantity(f.flow)}</td>
            </tr>`,
        ),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-sankey-chart': PlcSankeyChart;
  }
}
