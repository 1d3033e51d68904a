import { LitElement, css, html, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { Chart, type ChartConfiguration, type ChartType } from './register.ts';
import { intlLocale } from '../../app/locale.ts';

type AnyConfig = Pick<ChartConfiguration, 'type' | 'data' | 'options' | 'plugins'>;

/**
 * What every chart element shares (Home Assistant's chart wrapper): the chart is created once
 * when first shown, updated in place with update('none'), destroyed on disconnect and created
 * again if the element comes back. Subclasses say which configuration to draw and which of their
 * properties change it.
 */
export abstract class ChartElement extends LitElement {
  static override styles: CSSResultGroup = css`
    :host {
      display: block;
      height: var(--plc-chart-height, 18rem);
    }
    /* Chart.js sizes the canvas from a dedicated, relatively positioned parent. */
    .box {
      position: relative;
      height: 100%;
      width: 100%;
    }
  `;

  /** Text alternative of the picture; pair the chart with the same data as a table. */
  @property() label = '';

  @query('canvas') private canvas!: HTMLCanvasElement;
  protected chart: Chart | null = null;
  /** Draws so far, shown as `data-drawn` once the chart has drawn: tests wait for a first draw
   *  (or for the next one) instead of assuming it happened. */
  private draws = 0;
  private readonly drawnPlugin = {
    id: 'plc-drawn',
    afterRender: () => this.setAttribute('data-drawn', String(++this.draws)),
  };

  /** The configuration to draw, or undefined while there is none. */
  protected abstract chartConfig(): AnyConfig | undefined;
  /** Whether the changed properties change the configuration (by default: `data` or `options`). */
  protected configChanged(changed: PropertyValues): boolean {
    return changed.has('data') || changed.has('options');
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

  /** The subclass's configuration, with axis ticks and tooltips in the app's language. */
  private localizedConfig(): AnyConfig | undefined {
    const config = this.chartConfig();
    return config && { ...config, options: { ...config.options, locale: intlLocale() } };
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.configChanged(changed)) return;
    const config = this.localizedConfig();
    if (!config) return;
    if (!this.chart || (this.chart.config as { type?: ChartType }).type !== config.type) {
      this.chart?.destroy();
      this.createChart();
      return;
    }
    this.chart.options = config.options ?? {};
    this.chart.data = config.data;
    this.chart.update('none');
  }

  private createChart(): void {
    const config = this.localizedConfig();
    if (!config || !this.canvas) return;
    this.chart = new Chart(this.canvas, { ...config, plugins: [...(config.plugins ?? []), this.drawnPlugin] } as ChartConfiguration);
  }

  override render() {
    return html`<div class="box"><canvas role="img" aria-label=${this.label}></canvas></div>`;
  }
}
