import type { Chart, ChartType, Plugin } from 'chart.js';

// Short texts written beside bars: a bar too thin to see still says its value (the waterfall's
// small contributions), and a bar that cannot be drawn says why (0 on a log axis, "not measured").
// Registered in register.ts; draws only for charts whose options ask for it (plugins.plcBarNotes).

export interface BarNotesOptions {
  /** Per dataset index, one text per bar (null or "": none). */
  texts: Record<number, (string | null)[]>;
  /** Horizontal bars: the text goes just beyond the bar's end, or inside it when there is no
   *  room. Vertical bars: upwards from the bar's top, or from the axis start where the bar has no
   *  drawable height (null, or 0 on a log axis). */
  fontPx?: number;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- declaration merging must repeat chart.js's type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    plcBarNotes?: BarNotesOptions;
  }
}

interface BarBox {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
}

/**
 * Where a note goes beside a bar along the value axis: after the bar's far end when it fits before
 * `limit`, else inside the bar (light text) when the bar is long enough, else before its near end.
 * Pure, so the placement is tested without a canvas.
 */
export function notePlacement(start: number, end: number, textWidth: number, limit: number, gap = 4): { at: number; side: 'after' | 'inside' | 'before' } {
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  if (hi + gap + textWidth <= limit) return { at: hi + gap, side: 'after' };
  if (hi - lo >= textWidth + 2 * gap) return { at: hi - gap - textWidth, side: 'inside' };
  return { at: lo - gap - textWidth, side: 'before' };
}

export const barNotes: Plugin = {
  id: 'plcBarNotes',
  afterDatasetsDraw(chart: Chart) {
    const options = (chart.options.plugins as { plcBarNotes?: Partial<BarNotesOptions> }).plcBarNotes;
    if (!options?.texts) return;
    const horizontal = chart.options.indexAxis === 'y';
    const area = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = `600 ${options.fontPx ?? 11}px system-ui, sans-serif`;
    for (const [index, texts] of Object.entries(options.texts)) {
      const meta = chart.getDatasetMeta(Number(index));
      if (meta.hidden) continue;
      meta.data.forEach((element, j) => {
        const text = texts[j];
        if (!text) return;
        const bar = element.getProps(['x', 'y', 'base', 'width', 'height'], true) as unknown as BarBox;
        const width = ctx.measureText(text).width;
        ctx.fillStyle = '#1d1d1f';
        if (horizontal) {
          if (!Number.isFinite(bar.y)) return;
          const start = Number.isFinite(bar.base) ? bar.base : area.left;
          const end = Number.isFinite(bar.x) ? bar.x : start;
          const place = notePlacement(start, end, width, area.right);
          if (place.side === 'inside') ctx.fillStyle = '#ffffff';
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, Math.max(area.left + 1, place.at), bar.y);
        } else {
          if (!Number.isFinite(bar.x)) return;
          // A bar that has no drawable height (null, or 0 on a log axis) gets its note at the axis start.
          const drawable = Number.isFinite(bar.y) && Number.isFinite(bar.base) && Math.abs(bar.base - bar.y) >= 0.5;
          const top = drawable ? Math.min(bar.y, bar.base) : area.bottom;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.save();
          // Vertical text on narrow bars, reading upwards from just above the bar.
          ctx.translate(bar.x, top - 3);
          ctx.rotate(-Math.PI / 2);
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, 0, 0);
          ctx.restore();
        }
      });
    }
    ctx.restore();
  },
};
