import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { Chart, type ChartData, type ChartOptions } from '../charts/register.ts';

/**
 * A bar chart on a canvas: created once when first shown, updated in place with update('none'),
 * destroyed on disconnect (and created again if the element comes back).
 */
@localized()
@customElement('plc-chart')
export class PlcChart extends LitElement {
  static override styles = css`
    :host { display: block; height: var(--plc-chart-height, 18rem); }
    /* Chart.js sizes the canvas from a dedicated, relatively positioned parent. */
    .box { position: relative; height: 100%; width: 100%; }
  `;

  @property({ attribute: false }) data: ChartData<'bar'> = { labels: [], datasets: [] };
  @property({ attribute: false }) options: ChartOptions<'bar'> = {};
  /** Text alternative of the picture; pair the chart with the same data as a table. */
  @property() label = '';

  @query('canvas') private canvas!: HTMLCanvasElement;
  private chart: Chart<'bar'> | null = null;

  /** For tests and callers that need the live instance. */
  get chartInstance(): Chart<'bar'> | null {
    return this.chart;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Coming back after a disconnect: the canvas is still there, the chart is not.
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
    this.chart = new Chart(this.canvas, { type: 'bar', data: this.data, options: this.options });
  }

  override render() {
    return html`<div class="box"><canvas role="img" aria-label=${this.label}></canvas></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-chart': PlcChart;
  }
}
