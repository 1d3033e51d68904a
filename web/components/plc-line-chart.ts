import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { Chart, type ChartData, type ChartOptions } from '../charts/register.ts';

type Point = { x: number; y: number };

/**
 * A line chart of {x, y} points on a canvas, the line twin of <plc-chart>: created once when
 * first shown, updated in place with update('none'), destroyed on disconnect.
 */
@localized()
@customElement('plc-line-chart')
export class PlcLineChart extends LitElement {
  static override styles = css`
    :host { display: block; height: var(--plc-chart-height, 18rem); }
    .box { position: relative; height: 100%; width: 100%; }
  `;

  @property({ attribute: false }) data: ChartData<'line', Point[]> = { datasets: [] };
  @property({ attribute: false }) options: ChartOptions<'line'> = {};
  /** Text alternative of the picture; pair the chart with the same data as a table. */
  @property() label = '';

  @query('canvas') private canvas!: HTMLCanvasElement;
  private chart: Chart<'line', Point[]> | null = null;

  /** For tests and callers that need the live instance. */
  get chartInstance(): Chart<'line', Point[]> | null {
    return this.chart;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.chart) this.createChart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = null;
  }

  protected override firstUpdated(): void {
    this.createChart();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.chart || (!changed.has('data') && !changed.has('options'))) return;
    if (changed.has('options')) this.chart.options = this.options;
    if (changed.has('data')) this.chart.data = this.data;
    this.chart.update('none');
  }

  private createChart(): void {
    this.chart = new Chart(this.canvas, { type: 'line', data: this.data, options: this.options });
  }

  override render() {
    return html`<div class="box"><canvas role="img" aria-label=${this.label}></canvas></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-line-chart': PlcLineChart;
  }
}
