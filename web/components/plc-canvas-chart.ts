import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { Chart, type ChartConfiguration, type ChartType } from '../charts/register.ts';

/** Paints the canvas white under every chart, so a downloaded PNG is not transparent. */
const whiteBackground = {
  id: 'plcWhiteBackground',
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * A chart of any registered type (bar, sankey, …) on a canvas; like <plc-chart>, created once,
 * updated in place with update('none') and destroyed on disconnect. It also renders the chart as a
 * PNG with a title for downloads.
 */
@localized()
@customElement('plc-canvas-chart')
export class PlcCanvasChart extends LitElement {
  static override styles = css`
    :host { display: block; height: var(--plc-chart-height, 18rem); }
    .box { position: relative; height: 100%; width: 100%; }
  `;

  @property({ attribute: false }) config?: Pick<ChartConfiguration, 'type' | 'data' | 'options'>;
  /** Text alternative of the picture; pair the chart with the same data as a table. */
  @property() label = '';

  @query('canvas') private canvas!: HTMLCanvasElement;
  private chart: Chart | null = null;

  get chartInstance(): Chart | null {
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
    if (!changed.has('config') || !this.config) return;
    if (!this.chart || (this.chart.config as { type?: ChartType }).type !== this.config.type) {
      this.chart?.destroy();
      this.createChart();
      return;
    }
    this.chart.options = this.config.options ?? {};
    this.chart.data = this.config.data;
    this.chart.update('none');
  }

  private createChart(): void {
    if (!this.config || !this.canvas) return;
    this.chart = new Chart(this.canvas, { ...this.config, plugins: [whiteBackground] } as ChartConfiguration);
  }

  /** The chart as a PNG data URL, with `title` drawn above it for the file (not on the page). */
  toPng(title: string[]): string | null {
    const chart = this.chart;
    if (!chart) return null;
    // Change the chart's own (unresolved) options: the resolved `chart.options` are proxies.
    const options = (chart.config.options ??= {}) as { plugins?: Record<string, unknown> };
    const plugins = (options.plugins ??= {});
    const previous = plugins.title;
    plugins.title = { display: true, text: title, align: 'start', font: { size: 13, weight: 'bold' } };
    chart.update('none');
    const png = chart.toBase64Image('image/png');
    if (previous === undefined) delete plugins.title;
    else plugins.title = previous;
    chart.update('none');
    return png;
  }

  override render() {
    return html`<div class="box"><canvas role="img" aria-label=${this.label}></canvas></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-canvas-chart': PlcCanvasChart;
  }
}
