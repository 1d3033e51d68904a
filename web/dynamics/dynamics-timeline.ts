import type { ChartData, ChartOptions } from '../common/charts/register.ts';

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
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    parsing: false,
    normalized: true,
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    scales: {
      x: { type: 'linear', beginAtZero: true, title: { display: true, text: axes.x }, ticks: { callback: (v) => format(Number(v)), maxTicksLimit: 8 } },
      y: { beginAtZero: true, title: { display: true, text: axes.y }, ticks: { callback: (v) => format(Number(v)) } },
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
