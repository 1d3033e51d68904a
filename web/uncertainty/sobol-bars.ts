import type { ChartData, ChartOptions } from '../common/charts/register.ts';
import { wrapLabel } from '../common/charts/wrap-label.ts';
import type { Intervals } from '../common/charts/mc-plugins.ts';
import { HORIZONTAL_BARS } from '../common/charts/bar-options.ts';

export interface SobolRow {
  label: string;
  first: { value: number; low: number; high: number };
  total: { value: number; low: number; high: number };
}

export const SOBOL_COLOURS = { first: '#0072B2', total: '#CC79A7' } as const;

export function sobolChartData(rows: SobolRow[], labels: { first: string; total: string }): ChartData<'bar'> {
  return {
    labels: rows.map((r) => wrapLabel(r.label, 22)),
    datasets: [
      { label: labels.first, data: rows.map((r) => r.first.value), backgroundColor: SOBOL_COLOURS.first },
      { label: labels.total, data: rows.map((r) => r.total.value), backgroundColor: SOBOL_COLOURS.total },
    ],
  };
}

const interval = (e: { low: number; high: number }): [number, number] | null => (Number.isFinite(e.low) && Number.isFinite(e.high) ? [e.low, e.high] : null);

/** Indices between 0 and 1 (estimates may stray a little outside; the axis follows them). */
export function sobolChartOptions(rows: SobolRow[], axisTitle: string, format: (n: number) => string): ChartOptions<'bar'> {
  const intervals: Record<number, Intervals> = { 0: rows.map((r) => interval(r.first)), 1: rows.map((r) => interval(r.total)) };
  return {
    ...HORIZONTAL_BARS,
    scales: {
      x: { suggestedMin: 0, suggestedMax: 1, title: { display: true, text: axisTitle }, ticks: { callback: (v) => format(Number(v)) } },
      y: { ticks: { autoSkip: false } },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: {
        callbacks: {
          label: (c) => {
            const e = c.datasetIndex === 0 ? rows[c.dataIndex].first : rows[c.dataIndex].total;
            return `${c.dataset.label}: ${format(e.value)} (${format(e.low)} – ${format(e.high)})`;
          },
        },
      },
      plcWhiskers: { intervals },
    },
  };
}
