import type { ChartData, ChartOptions } from './register.ts';
import { HORIZONTAL_BARS } from './bar-options.ts';
import { wrapLabel } from './wrap-label.ts';

/** Release vectors of MODEL.md 3.1, in display order. */
export const RELEASE_VECTORS = ['air', 'land', 'water', 'residue', 'product'] as const;
export type ReleaseVector = (typeof RELEASE_VECTORS)[number];

export type PcddfBySource = Record<string, Partial<Record<ReleaseVector, number>>>;

// Colour-blind-safe (Okabe–Ito), dark enough to read against white.
const VECTOR_COLOURS: Record<ReleaseVector, string> = {
  air: '#D55E00',
  land: '#8C6D1F',
  water: '#0072B2',
  residue: '#6A3D9A',
  product: '#009E73',
};

export interface PcddfSeries {
  sources: string[];
  vectors: ReleaseVector[];
  /** values[v][s]: µg TEQ/yr of vector v from source s. */
  values: number[][];
}

/** Sources with any release, largest first; vectors that carry anything. */
export function pcddfSeries(bySource: PcddfBySource): PcddfSeries {
  const total = (s: string) => RELEASE_VECTORS.reduce((sum, v) => sum + (bySource[s]?.[v] ?? 0), 0);
  const sources = Object.keys(bySource)
    .filter((s) => total(s) > 0)
    .sort((a, b) => total(b) - total(a));
  const vectors = RELEASE_VECTORS.filter((v) => sources.some((s) => (bySource[s]?.[v] ?? 0) > 0));
  return { sources, vectors, values: vectors.map((v) => sources.map((s) => bySource[s]?.[v] ?? 0)) };
}

export function pcddfChartData(series: PcddfSeries, labelOf: (key: string) => string): ChartData<'bar'> {
  return {
    labels: series.sources.map((s) => wrapLabel(labelOf(s), 20)),
    datasets: series.vectors.map((v, i) => ({
      label: labelOf(v),
      data: series.values[i],
      backgroundColor: VECTOR_COLOURS[v],
    })),
  };
}

export function pcddfChartOptions(axisTitle: string, format: (n: number) => string): ChartOptions<'bar'> {
  return {
    ...HORIZONTAL_BARS,
    scales: {
      x: { stacked: true, beginAtZero: true, title: { display: true, text: axisTitle }, ticks: { callback: (v) => format(Number(v)) } },
      y: { stacked: true, ticks: { autoSkip: false } },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${format(c.parsed.x ?? 0)}` } },
    },
  };
}
