import type { Chart, ChartType, Plugin } from 'chart.js';

// Values written above bars (the Training view's before/after pairs, so the picture reads without
// colour and without the axis); registered with the other pieces in register.ts.

declare module 'chart.js' {
  // The augmented interface must keep chart.js's own type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    plcBarValues?: { texts: string[]; fontPx: number };
  }
}

/** Writes `texts[i]` above bar i of the first dataset (only for charts whose options ask for it). */
export const barValues: Plugin = {
  id: 'plcBarValues',
  afterDatasetsDraw(chart: Chart) {
    const options = (chart.options.plugins as { plcBarValues?: { texts?: string[]; fontPx?: number } }).plcBarValues;
    const meta = chart.getDatasetMeta(0);
    if (!options?.texts?.length || !meta) return;
    const ctx = chart.ctx;
    ctx.save();
    // One size for every value of the chart, shrunk (to 60 % at most) until the widest fits above its
    // own bar: "463 triệu ₫" beside its twin in a narrow card would otherwise overlap it.
    const texts = options.texts;
    const slot = (chart.chartArea.right - chart.chartArea.left) / Math.max(1, meta.data.length) - 6;
    const full = options.fontPx ?? 16;
    let px = full;
    const fontOf = (size: number) => `700 ${size}px system-ui, sans-serif`;
    ctx.font = fontOf(px);
    while (px > Math.ceil(full * 0.6) && Math.max(...texts.map((t) => ctx.measureText(t ?? '').width)) > slot) ctx.font = fontOf(--px);
    ctx.fillStyle = '#111';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    meta.data.forEach((bar, i) => {
      const text = options.texts?.[i];
      if (text) ctx.fillText(text, bar.x, bar.y - 4);
    });
    ctx.restore();
  },
};
