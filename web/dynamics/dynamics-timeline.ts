import type { ChartData, ChartOptions } from '../common/charts/register.ts';
import { STILL_CHART } from '../common/charts/bar-options.ts';
import { wrapLabel } from '../common/charts/wrap-label.ts';

export interface XY {
  x: number;
  y: number;
}

// Okabe–Ito hues, dark enough to read against white.
export const TIMELINE_COLOURS = {
  processed: '#0072B2',
  product: '#009E73',
  stockpile: '#8C6D1F',
  burn: '#D55E00',
} as const;

/** Pairs each working day with a value of the same series. */
export function xyOf(days: number[], values: number[]): XY[] {
  return days.map((x, i) => ({ x, y: values[i] }));
}

/**
 * Indexes of the points nearest to round working days (every 1, 2, 5, 10, 20, 50 … days), at most
 * `max` of them, first and last included: the "Show the numbers" tables list these rather than
 * all ~2,000 points.
 */
export function sampleIndexes(days: number[], max: number): number[] {
  const n = days.length;
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const span = days[n - 1] - days[0];
  const raw = span / (max - 2);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const out: number[] = [0];
  let i = 0;
  for (let target = days[0] + step; target < days[n - 1]; target += step) {
    while (i + 1 < n && Math.abs(days[i + 1] - target) <= Math.abs(days[i] - target)) i++;
    if (i !== out[out.length - 1]) out.push(i);
  }
  if (out[out.length - 1] !== n - 1) out.push(n - 1);
  return out;
}

function line(label: string, data: XY[], colour: string) {
  // pointStyle 'line' makes the legend show a stroke, dashed where the line is dashed
  return {
    label,
    data,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 2,
    pointRadius: 0,
    pointHitRadius: 4,
    pointStyle: 'line' as const,
    tension: 0,
  };
}

export function throughputChartData(processed: XY[], product: XY[], labels: { processed: string; product: string }): ChartData<'line', XY[]> {
  return {
    datasets: [
      line(labels.processed, processed, TIMELINE_COLOURS.processed),
      { ...line(labels.product, product, TIMELINE_COLOURS.product), borderDash: [6, 3] },
    ],
  };
}

/** The stockpile as a line, each burn as a triangle at the day and the plastic it burned. */
export function stockpileChartData(stockpile: XY[], burns: XY[], labels: { stockpile: string; burns: string }): ChartData<'line', XY[]> {
  return {
    datasets: [
      line(labels.stockpile, stockpile, TIMELINE_COLOURS.stockpile),
      {
        label: labels.burns,
        data: burns,
        showLine: false,
        pointStyle: 'triangle',
        pointRadius: 6,
        pointHoverRadius: 8,
        borderColor: TIMELINE_COLOURS.burn,
        backgroundColor: TIMELINE_COLOURS.burn,
      },
    ],
  };
}

export function timelineOptions(axes: { x: string; y: string }, format: (n: number) => string): ChartOptions<'line'> {
  return {
    ...STILL_CHART,
    parsing: false,
    normalized: true,
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    scales: {
      x: { type: 'linear', beginAtZero: true, title: { display: true, text: axes.x }, ticks: { callback: (v) => format(Number(v)), maxTicksLimit: 8 } },
      // A vertical title longer than a phone's chart is tall is cut: two short lines instead.
      y: { beginAtZero: true, title: { display: true, text: wrapLabel(axes.y, 24) }, ticks: { callback: (v) => format(Number(v)) } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
      tooltip: {
        callbacks: {
          title: (items) => (items[0] ? `${axes.x}: ${format(items[0].parsed.x ?? 0)}` : ''),
          label: (c) => `${c.dataset.label}: ${format(c.parsed.y ?? 0)}`,
        },
      },
    },
  };
}

/** A window of working days the stockpile chart shows: the whole run, one year, or the first days. */
export interface DayWindow {
  from: number;
  to: number;
}

/** Windows up to this many working days are drawn point by point, each burn marked. */
export const RAW_WINDOW_DAYS = 120;
const BIN_CHOICES = [5, 10, 20, 50, 100];
const MAX_BINS = 80;

/** Working days per band: 1 (every point) for a short window, else the smallest of 5, 10, 20, 50,
 *  100 that keeps at most 80 bands (5 years of 300 days: 20-day bands, 75 of them). */
export function binDaysFor(window: DayWindow): number {
  const span = window.to - window.from;
  if (span <= RAW_WINDOW_DAYS) return 1;
  return BIN_CHOICES.find((d) => span / d <= MAX_BINS) ?? BIN_CHOICES[BIN_CHOICES.length - 1];
}

/** The stockpile's band (lowest and highest level) and mean per bin, and the burns in each bin. */
export interface StockpileBands {
  binDays: number;
  /** Each bin's first working day (bins are [start, start + binDays)). */
  start: number[];
  min: number[];
  max: number[];
  mean: number[];
  /** Clearings at which plastic burned, and the plastic they burned (kg). */
  burns: number[];
  burnedKg: number[];
}

/**
 * The stockpile and burns of `window` in bins of `binDays` working days, for a long run that
 * drawn point by point is a solid band (5 years: ~1,500 points and ~200 burns). A bin with no
 * point takes the level of the point before it (the stockpile holds its level between points).
 */
export function stockpileBands(stockpile: XY[], burns: XY[], window: DayWindow, binDays: number): StockpileBands {
  const count = Math.max(1, Math.ceil((window.to - window.from) / binDays - 1e-9));
  const out: StockpileBands = { binDays, start: [], min: [], max: [], mean: [], burns: [], burnedKg: [] };
  for (let b = 0; b < count; b++) {
    out.start.push(window.from + b * binDays);
    out.min.push(Infinity);
    out.max.push(-Infinity);
    out.mean.push(0);
    out.burns.push(0);
    out.burnedKg.push(0);
  }
  const bin = (day: number) => Math.min(count - 1, Math.floor((day - window.from) / binDays));
  const n = new Array<number>(count).fill(0);
  let before: number | null = null;
  for (const p of stockpile) {
    if (p.x < window.from) {
      before = p.y;
      continue;
    }
    if (p.x > window.to) break;
    const b = bin(p.x);
    out.min[b] = Math.min(out.min[b], p.y);
    out.max[b] = Math.max(out.max[b], p.y);
    out.mean[b] += p.y;
    n[b]++;
  }
  let last = before ?? stockpile[0]?.y ?? 0;
  for (let b = 0; b < count; b++) {
    if (n[b] === 0) {
      out.min[b] = out.max[b] = out.mean[b] = last;
      continue;
    }
    out.mean[b] /= n[b];
    last = out.mean[b];
  }
  for (const burn of burns) {
    if (burn.x < window.from || burn.x > window.to) continue;
    const b = bin(burn.x);
    out.burns[b]++;
    out.burnedKg[b] += burn.y;
  }
  return out;
}

/** The bands as chart data: the lowest and highest level as a filled band, the mean as a line, and
 *  the number of burns per bin as bars on a second axis. */
export function bandsChartData(bands: StockpileBands, labels: { band: string; mean: string; burns: string }): ChartData<'line', XY[]> {
  const mid = (b: number) => bands.start[b] + bands.binDays / 2;
  const xy = (ys: number[]) => ys.map((y, b) => ({ x: mid(b), y }));
  return {
    datasets: [
      {
        ...line(labels.band, xy(bands.max), TIMELINE_COLOURS.stockpile),
        borderWidth: 0,
        backgroundColor: `${TIMELINE_COLOURS.stockpile}40`,
        fill: '+1',
        pointStyle: 'rect' as const,
      },
      { ...line('', xy(bands.min), TIMELINE_COLOURS.stockpile), borderWidth: 0, backgroundColor: 'transparent' },
      line(labels.mean, xy(bands.mean), TIMELINE_COLOURS.stockpile),
      {
        type: 'bar',
        label: labels.burns,
        data: xy(bands.burns),
        yAxisID: 'burns',
        backgroundColor: `${TIMELINE_COLOURS.burn}b3`,
        borderColor: TIMELINE_COLOURS.burn,
        barPercentage: 0.5,
        categoryPercentage: 1,
        pointStyle: 'rect' as const,
      } as unknown as ChartData<'line', XY[]>['datasets'][number],
    ],
  };
}

/** The band chart's axes: days of the window, the stockpile on the left, burns per bin on the right
 *  (its top three times the busiest bin, so the bars stay under the band). */
export function bandsOptions(
  bands: StockpileBands,
  window: DayWindow,
  axes: { x: string; y: string; burns: string },
  format: (n: number) => string,
): ChartOptions<'line'> {
  const base = timelineOptions({ x: axes.x, y: axes.y }, format);
  const busiest = Math.max(1, ...bands.burns);
  return {
    ...base,
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: { ...base.scales!.x, min: window.from, max: window.to, beginAtZero: false, offset: false } as NonNullable<ChartOptions<'line'>['scales']>['x'],
      y: base.scales!.y,
      burns: {
        type: 'linear',
        position: 'right',
        min: 0,
        max: busiest * 3,
        grid: { display: false },
        title: { display: true, text: wrapLabel(axes.burns, 24) },
        ticks: { precision: 0, callback: (v) => (Number(v) <= busiest ? format(Number(v)) : '') },
      },
    },
    plugins: {
      ...base.plugins,
      legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8, filter: (item) => item.text !== '' } },
      tooltip: {
        filter: (item) => item.dataset.label !== '',
        callbacks: {
          title: (items) => {
            const mid = items[0]?.parsed.x ?? 0;
            return items[0] ? `${axes.x}: ${format(mid - bands.binDays / 2)}–${format(mid + bands.binDays / 2)}` : '';
          },
          label: (c) => `${c.dataset.label}: ${format(c.parsed.y ?? 0)}`,
        },
      },
    },
  };
}
