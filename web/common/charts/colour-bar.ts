import type { Chart, ChartType, Plugin } from 'chart.js';

// The colour scale of heatmaps (chartjs-chart-matrix cells): viridis, and a chart.js plugin that
// draws its bar right of the plot with the lowest and highest value and the quantity's name.
// It does nothing unless a chart's options ask for it (plugins.plcColourBar).

/** Viridis (perceptually uniform, readable in grey and by most colour-blind readers), 9 stops. */
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
const STOPS = VIRIDIS.map(hexToRgb);

/** The viridis colour at t in [0, 1] (clamped). */
export function viridis(t: number): string {
  const x = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const c = STOPS[i].map((v, k) => Math.round(v + (STOPS[i + 1][k] - v) * f));
  return `rgb(${c[0]} ${c[1]} ${c[2]})`;
}

export interface ColourBarOptions {
  /** The lowest and highest value the colours span, as written ("" while there is no value;
   *  text, not a formatter: chart.js would call a function-valued option as a scriptable one). */
  loText: string;
  hiText: string;
  /** The quantity and its unit, written along the bar. */
  label: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameter is chart.js's own
  interface PluginOptionsByType<TType extends ChartType> {
    plcColourBar?: ColourBarOptions;
  }
}

/** Room the bar and its labels take right of the plot (the chart's layout.padding.right). */
export const COLOUR_BAR_WIDTH = 92;

export const colourBar: Plugin = {
  id: 'plcColourBar',
  afterDraw(chart: Chart) {
    const bar = (chart.options.plugins as { plcColourBar?: ColourBarOptions }).plcColourBar;
    // Registered plugins get resolved (empty) options on every chart: draw only when asked.
    if (typeof bar?.label !== 'string') return;
    const { top, bottom, right } = chart.chartArea;
    const h = bottom - top;
    const bx = right + 14;
    const ctx = chart.ctx;
    ctx.save();
    for (let k = 0; k < h; k++) {
      ctx.fillStyle = viridis(1 - k / h);
      ctx.fillRect(bx, top + k, 12, 1.5);
    }
    ctx.font = '11px system-ui, sans-serif';
    ctx.fillStyle = '#333';
    ctx.textAlign = 'left';
    const room = COLOUR_BAR_WIDTH - 30;
    ctx.textBaseline = 'top';
    ctx.fillText(bar.hiText, bx + 16, top, room);
    ctx.textBaseline = 'bottom';
    ctx.fillText(bar.loText, bx + 16, bottom, room);
    ctx.translate(bx + 24, top + h / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(bar.label, 0, 0, h - 60);
    ctx.restore();
  },
};
