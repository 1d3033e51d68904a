import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ScenarioRef } from '../common/charts/compare-data.ts';
import { massFlowChartData, massFlowChartOptions, massFlows, massFlowTable, nodeNumbers, nodeTonnes } from './mass-flows.ts';
import { figureUnit, formatFigure, unitTag, unitWord } from '../app/figures.ts';
import type { ResultDocument } from '../shared/model/result-types.ts';
import { chartPanelStyles } from '../common/charts/chart-panel-styles.ts';
import { comparePanelStyles } from './compare-panel-styles.ts';
import { massNodeLabel } from './mass-flow-words.ts';
import type { MassNode } from './mass-flows.ts';
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
      plc-canvas-chart {
        --plc-chart-height: 28rem;
      }
      /* Narrow: the nodes carry numbers and this key gives their words, so no label collides. */
      ol.key {
        margin: var(--sl-spacing-x-small) 0 0;
        padding-left: 2rem;
        font-size: var(--sl-font-size-small);
        columns: 2 12rem;
      }
      ol.key li {
        break-inside: avoid;
      }
    `,
  ];

  @property({ attribute: false }) scenario?: ScenarioRef;
  @property({ attribute: false }) result?: ResultDocument;
  @query('plc-canvas-chart') private canvasChart?: PlcCanvasChart;
  /** Narrower than five columns of words need (900 px): numbered nodes and a key below. */
  @state() narrow = false;
  // The switch waits for the next frame: changing the layout inside the observer's callback
  // would make the browser report a ResizeObserver loop.
  private readonly resize = new ResizeObserver(([entry]) => {
    const narrow = entry.contentRect.width < 900;
    if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

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
    const narrow = this.narrow;
    const numbers = nodeNumbers(flows);
    const tonnes = nodeTonnes(flows);
    const wordLabel = (k: MassNode, t: number) => `${massNodeLabel(k)} ${formatQuantity(t)} ${unitWord('t')}`;
    return html`
      <h3 id="title">${msg('Mass flows')}</h3>
      <ul class="chips" aria-label=${msg('Scenario in this chart')}>
        <li><plc-scenario-chip name=${ref.name} colour=${ref.colour}></plc-scenario-chip></li>
      </ul>
      <p class="note">${msg(str`All ${feed} t of the year's feed, from left to right; each band is as wide as the tonnes it carries.`)}</p>
      <plc-canvas-chart
        data-labels=${narrow ? 'numbers' : 'words'}
        .config=${{
          type: 'sankey',
          data: massFlowChartData(flows, narrow ? (k) => String(numbers.get(k)) : wordLabel, title),
          options: massFlowChartOptions(formatQuantity, unit, massNodeLabel),
        }}
        label=${msg('Sankey diagram of the mass flows of the year; the table below gives the numbers.')}
      ></plc-canvas-chart>
      ${
        narrow
          ? html`<ol class="key" data-testid="sankey-key" aria-label=${msg('Key to the numbers in the diagram')}>
              ${[...numbers].map(([k, n]) => html`<li value=${n}>${wordLabel(k, tonnes.get(k) ?? 0)}</li>`)}
            </ol>`
          : nothing
      }
      <div class="tools">
        <span></span>
        <plc-chart-export
          heading=${title}
          unit=${unit}
          .table=${massFlowTable(flows, massNodeLabel, unit)}
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
