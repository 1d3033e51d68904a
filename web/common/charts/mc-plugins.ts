import type { Chart, ChartType, Plugin } from 'chart.js';

// Two small chart.js plugins for the uncertainty charts: vertical markers at values of the x
// axis (P5/P50/P95 on a histogram) and interval whiskers on horizontal bars (bootstrap
// intervals of Sobol indices). Both do nothing unless a chart's options ask for them.

export interface ValueMarker {
  value: number;
  label: string;
  colour?: string;
}

/** Whiskers of a dataset: [low, high] on the value axis, one per bar (null: none). */
export type Intervals = ([number, number] | null)[];

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- declaration merging must repeat chart.js's type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    plcMarkers?: { markers: ValueMarker[] };
    plcWhiskers?: { intervals: Record<number, Intervals> };
  }
}

/** Marker labels go in rows above the plot: a label takes the first row where it does not
 *  overlap the label before it, so close markers (P5 next to P50) stay readable. */
export const MARKER_ROWS = 3;
export const MARKER_ROW_PX = 13;

/** A marker label's box: centre x, half width and row (0 just above the plot). */
export interface MarkerLabelBox {
  x: number;
  half: number;
  row: number;
}

/**
 * Rows and positions of marker labels (given at pixel `px` with half widths `half`, in value
 * order) between `left` and `right`: each label takes the first row where it clears every label
 * already there by `gap`; when no row is free it is pushed right of the last label of the
 * emptiest row. So no two labels overlap, however close the values. Pure, for tests.
 */
export function placeMarkerLabels(px: number[], half: number[], left: number, right: number, rows = MARKER_ROWS, gap = 4): MarkerLabelBox[] {
  const rowEnds = new Array<number>(rows).fill(-Infinity);
  return px.map((p, i) => {
    const h = half[i];
    let x = Math.min(Math.max(p, left + h), right - h);
    let row = rowEnds.findIndex((end) => end + gap <= x - h);
    if (row < 0) {
      row = rowEnds.indexOf(Math.min(...rowEnds));
      x = rowEnds[row] + gap + h;
    }
    rowEnds[row] = x + h;
    return { x, half: h, row };
  });
}

export const valueMarkers: Plugin = {
  id: 'plcMarkers',
  afterDatasetsDraw(chart: Chart) {
    const markers = (chart.options.plugins as { plcMarkers?: { markers?: ValueMarker[] } }).plcMarkers?.markers;
    const x = chart.scales.x;
    if (!markers?.length || !x) return;
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = '600 11px system-ui, sans-serif';
    const shown = markers.map((m, i) => ({ m, i, px: x.getPixelForValue(m.value) })).filter(({ px }) => px >= x.left - 0.5 && px <= x.right + 0.5);
    const boxes = placeMarkerLabels(
      shown.map((s) => s.px),
      shown.map((s) => ctx.measureText(s.m.label).width / 2),
      x.left,
      x.right,
    );
    // Lines first, then the labels on a white ground: a line never runs through another's label.
    shown.forEach(({ m, i, px }, k) => {
      ctx.strokeStyle = m.colour ?? '#1d1d1f';
      ctx.lineWidth = 1.5;
      ctx.setLineDash(i === 1 ? [] : [4, 3]);
      ctx.beginPath();
      ctx.moveTo(px, top - boxes[k].row * MARKER_ROW_PX - 2);
      ctx.lineTo(px, bottom);
      ctx.stroke();
    });
    ctx.setLineDash([]);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    shown.forEach(({ m }, k) => {
      const b = boxes[k];
      const base = top - b.row * MARKER_ROW_PX - 3;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(b.x - b.half - 1, base - MARKER_ROW_PX + 2, 2 * b.half + 2, MARKER_ROW_PX - 1);
      ctx.fillStyle = m.colour ?? '#1d1d1f';
      ctx.fillText(m.label, b.x, base);
    });
    ctx.restore();
  },
};

export const intervalWhiskers: Plugin = {
  id: 'plcWhiskers',
  afterDatasetsDraw(chart: Chart) {
    // Registered plugins get resolved (empty) options on every chart: draw only when asked.
    const intervals = (chart.options.plugins as { plcWhiskers?: { intervals?: Record<number, Intervals> } }).plcWhiskers?.intervals;
    if (!intervals) return;
    const horizontal = chart.options.indexAxis === 'y';
    const valueScale = horizontal ? chart.scales.x : chart.scales.y;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = '#1d1d1f';
    ctx.lineWidth = 1.25;
    for (const [index, list] of Object.entries(intervals)) {
      const meta = chart.getDatasetMeta(Number(index));
      if (meta.hidden) continue;
      meta.data.forEach((bar, j) => {
        const iv = list[j];
        if (!iv) return;
        const { x, y, height, width } = bar.getProps(['x', 'y', 'height', 'width'], true) as { x: number; y: number; height: number; width: number };
        const a = valueScale.getPixelForValue(iv[0]),
          b = valueScale.getPixelForValue(iv[1]);
        const cap = Math.max(3, Math.min(6, (horizontal ? height : width) / 3));
        ctx.beginPath();
        if (horizontal) {
          ctx.moveTo(a, y);
          ctx.lineTo(b, y);
          ctx.moveTo(a, y - cap);
          ctx.lineTo(a, y + cap);
          ctx.moveTo(b, y - cap);
          ctx.lineTo(b, y + cap);
        } else {
          ctx.moveTo(x, a);
          ctx.lineTo(x, b);
          ctx.moveTo(x - cap, a);
          ctx.lineTo(x + cap, a);
          ctx.moveTo(x - cap, b);
          ctx.lineTo(x + cap, b);
        }
        ctx.stroke();
      });
    }
    ctx.restore();
  },
};
