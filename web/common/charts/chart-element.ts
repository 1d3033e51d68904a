import { LitElement, css, html, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Chart, ChartConfiguration, ChartType } from './register.ts';
import { loadChart } from './load-chart.ts';
import { intlLocale } from '../../app/locale.ts';
import { deepEqual } from '../../shared/io/deep-equal.ts';
import { watchNearViewport } from '../controllers/near-viewport.ts';

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
  /** Drawn only once scrolled near the viewport, or when asked for (whenChart, an export, a
   *  test): Chart.js then loads with it, not with a first screen that does not show it. */
  @property({ type: Boolean }) deferred = false;
  /** Stops watching a deferred chart, which is drawn once near the viewport or printed. */
  private stopWatching: (() => void) | null = null;

  @query('canvas') private canvas!: HTMLCanvasElement;
  protected chart: Chart | null = null;
  /** Counts chart creations asked for: a creation still waiting for Chart.js gives way to a later one. */
  private creation = 0;
  /** Callers waiting for the chart to exist (whenChart). */
  private waiting: (() => void)[] = [];

  /** The creation waiting for Chart.js, if any: updateComplete waits for it, so that whoever
   *  awaits an update finds the chart made, as when Chart.js came with the page. */
  private pending: Promise<void> | null = null;

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    while (this.pending) await this.pending;
    return done;
  }

  /** Resolves once the chart exists (Chart.js loads on the first draw): exports wait for it. */
  whenChart(): Promise<void> {
    if (this.chart) return Promise.resolve();
    this.show();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Draws a deferred chart now (it is wanted although not scrolled into view). */
  protected show(): void {
    if (!this.deferred) return;
    this.deferred = false;
    this.unwatch();
    if (this.hasUpdated && !this.chart && !this.pending) this.createChart();
  }
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
    this.unwatch();
    this.creation++;
    this.chart?.destroy();
    this.chart = null;
  }

  protected override firstUpdated(): void {
    this.createChart();
  }

  /** The configuration of the last update, kept apart from the chart's copy (Chart.js completes
   *  the top level of the options it is given in place): an update that changes nothing is skipped. */
  private drawn: AnyConfig | undefined;

  /** The subclass's configuration, with axis ticks and tooltips in the app's language (a copy of
   *  the options' top level, which Chart.js completes in place). */
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
      this.chart = null;
      this.createChart();
      return;
    }
    // The same data and options as drawn (an edit that moved nothing this chart shows): no redraw.
    if (deepEqual(config, this.drawn)) return;
    this.drawn = { ...config, options: { ...config.options } };
    this.chart.options = config.options ?? {};
    this.chart.data = config.data;
    this.chart.update('none');
  }

  /** Creates the chart once Chart.js (and the plugin of its type) has loaded, from the configuration
   *  as it stands then; a disconnect or a later creation in the meantime cancels it. */
  private createChart(): void {
    const first = this.localizedConfig();
    if (!first || !this.canvas) return;
    if (this.deferred) return this.watch();
    const creation = ++this.creation;
    const pending: Promise<void> = loadChart(first.type)
      .then((Chart) => {
        const config = this.localizedConfig();
        if (creation !== this.creation || !config || !this.canvas || !this.isConnected) return;
        if (config.type !== first.type) return this.createChart();
        this.chart?.destroy();
        this.drawn = { ...config, options: { ...config.options } };
        this.chart = new Chart(this.canvas, { ...config, plugins: [...(config.plugins ?? []), this.drawnPlugin] } as ChartConfiguration);
        for (const resolve of this.waiting.splice(0)) resolve();
      })
      .catch(() => undefined) // Chart.js could not load (offline before the first visit): no chart, the table stays
      .finally(() => {
        if (this.pending === pending) this.pending = null;
      });
    this.pending = pending;
  }

  /** Creates the chart once it comes within 100 px of the viewport, or the page is printed. */
  private watch(): void {
    this.stopWatching ??= watchNearViewport(this, () => this.show(), '100px 0px');
  }

  private unwatch(): void {
    this.stopWatching?.();
    this.stopWatching = null;
  }

  override render() {
    return html`<div class="box"><canvas role="img" aria-label=${this.label}></canvas></div>`;
  }
}
