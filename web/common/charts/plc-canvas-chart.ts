import type { PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import type { Chart, ChartConfiguration } from './register.ts';
import { ChartElement } from './chart-element.ts';

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

/** The white margin round a downloaded PNG, in CSS pixels. */
export const PNG_MARGIN = 24;

/** `canvas` on a white ground with `margin` device pixels on every side, as a PNG data URL. */
function withMargin(canvas: HTMLCanvasElement, margin: number): string {
  const out = document.createElement('canvas');
  out.width = canvas.width + 2 * Math.round(margin);
  out.height = canvas.height + 2 * Math.round(margin);
  const ctx = out.getContext('2d');
  if (!ctx) return canvas.toDataURL('image/png');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, Math.round(margin), Math.round(margin));
  return out.toDataURL('image/png');
}

/**
 * A chart of any registered type (bar, sankey, …) given as one configuration (the lifecycle is
 * ChartElement's). It paints a white background and renders the chart as a PNG with a title for
 * downloads.
 */
@localized()
@customElement('plc-canvas-chart')
export class PlcCanvasChart extends ChartElement {
  @property({ attribute: false }) config?: Pick<ChartConfiguration, 'type' | 'data' | 'options'>;

  get chartInstance(): Chart | null {
    return this.chart;
  }

  protected chartConfig() {
    return this.config && { ...this.config, plugins: [whiteBackground] };
  }

  protected configChanged(changed: PropertyValues): boolean {
    return changed.has('config');
  }

  /** The chart as a PNG data URL for the file (not on the page): `title` drawn above it, and a
   *  white margin of PNG_MARGIN CSS pixels all round, so that it reads on its own in a document. */
  toPng(title: string[]): string | null {
    const chart = this.chart;
    if (!chart) return null;
    // Change the chart's own (unresolved) options: the resolved `chart.options` are proxies.
    const options = (chart.config.options ??= {}) as { plugins?: Record<string, unknown> };
    const plugins = (options.plugins ??= {});
    const previous = plugins.title;
    plugins.title = { display: true, text: title, align: 'start', color: '#1a1a1a', font: { size: 13, weight: 'bold' } };
    chart.update('none');
    const png = withMargin(chart.canvas, PNG_MARGIN * (chart.currentDevicePixelRatio || 1));
    if (previous === undefined) delete plugins.title;
    else plugins.title = previous;
    chart.update('none');
    return png;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-canvas-chart': PlcCanvasChart;
  }
}
