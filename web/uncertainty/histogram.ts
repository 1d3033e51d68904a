import type { ChartData, ChartOptions } from '../common/charts/register.ts';
import { MARKER_ROWS, MARKER_ROW_PX, type ValueMarker } from '../common/charts/mc-plugins.ts';
import { STILL_CHART } from '../common/charts/bar-options.ts';

/** One series of a histogram: bins shared with the other charts of the same figure. */
export interface HistogramSeries {
  edges: number[];
  counts: number[];
  label: string;
  colour: string;
}

// Okabe–Ito: before vermilion, after bluish green, difference blue.
export const HISTOGRAM_COLOURS = { before: '#D55E00', after: '#009E73', difference: '#0072B2' } as const;

/** Bars at bin centres on a linear x axis, touching each other like a histogram's. */
export function histogramChartData(s: HistogramSeries): ChartData<'bar', { x: number; y: number }[]> {
  const data = s.counts.map((y, j) => ({ x: (s.edges[j] + s.edges[j + 1]) / 2, y }));
  return {
    datasets: [
      {
        label: s.label,
        data,
        backgroundColor: `${s.colour}b3`,
        borderColor: s.colour,
        borderWidth: { top: 1 },
        barPercentage: 1,
        categoryPercentage: 1,
        grouped: false,
      },
    ],
  };
}

export function histogramChartOptions(
  s: HistogramSeries,
  markers: ValueMarker[],
  axes: { x: string; y: string },
  format: (n: number) => string,
): ChartOptions<'bar'> {
  return {
    ...STILL_CHART,
    // Room above the plot for up to MARKER_ROWS rows of marker labels.
    layout: { padding: { top: MARKER_ROWS * MARKER_ROW_PX } },
    scales: {
      x: {
        type: 'linear',
        min: s.edges[0],
        max: s.edges[s.edges.length - 1],
        offset: false,
        title: { display: true, text: axes.x },
        // includeBounds: false keeps the odd bin edges at both ends from crowding the round ticks.
        ticks: { maxTicksLimit: 6, includeBounds: false, callback: (v) => format(Number(v)) },
      },
      y: { beginAtZero: true, title: { display: true, text: axes.y }, ticks: { precision: 0, maxTicksLimit: 5 } },
    },
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          title: (items) => {
            const j = items[0]?.dataIndex ?? 0;
            return `${format(s.edges[j])} – ${format(s.edges[j + 1])}`;
          },
          label: (c) => `${c.dataset.label}: ${c.parsed.y}`,
        },
      },
      plcMarkers: { markers },
    },
  };
}
