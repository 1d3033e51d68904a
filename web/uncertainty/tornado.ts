import { wrapLabel } from '../common/charts/wrap-label.ts';
import type { ChartData, ChartOptions } from '../common/charts/register.ts';
import { HORIZONTAL_BARS } from '../common/charts/bar-options.ts';

/** One input's bar: the figure with that input at its P5 and at its P95, the others at medians. */
export interface TornadoRow {
  label: string;
  low: number;
  high: number;
}

export const TORNADO_COLOURS = { low: '#56B4E9', high: '#E69F00' } as const;

/** Two floating bars per input, from the all-medians value to the value at P5 and at P95. */
export function tornadoChartData(rows: TornadoRow[], base: number, labels: { low: string; high: string }): ChartData<'bar', [number, number][]> {
  return {
    labels: rows.map((r) => wrapLabel(r.label, 22)),
    datasets: [
      { label: labels.low, data: rows.map((r) => [base, r.low] as [number, number]), backgroundColor: TORNADO_COLOURS.low, grouped: false },
      { label: labels.high, data: rows.map((r) => [base, r.high] as [number, number]), backgroundColor: TORNADO_COLOURS.high, grouped: false },
    ],
  };
}

export function tornadoChartOptions(axisTitle: string, format: (n: number) => string): ChartOptions<'bar'> {
  return {
    ...HORIZONTAL_BARS,
    scales: {
      x: { title: { display: true, text: axisTitle }, ticks: { maxTicksLimit: 6, callback: (v) => format(Number(v)) } },
      y: { ticks: { autoSkip: false } },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${format((c.raw as [number, number])[1])}` } },
    },
  };
}
