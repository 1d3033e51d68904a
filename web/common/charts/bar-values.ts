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
    ctx.font = `700 ${options.fontPx ?? 16}px system-ui, sans-serif`;
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
