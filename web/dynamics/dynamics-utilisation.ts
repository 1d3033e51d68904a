import { wrapLabel } from '../common/charts/wrap-label.ts';
import type { ChartData, ChartOptions } from '../common/charts/register.ts';
import { HORIZONTAL_BARS } from '../common/charts/bar-options.ts';

/** The four states of a unit's working time (MODEL.md 7), in stacking order. */
export const UNIT_STATES = ['busy', 'blocked', 'starved', 'down'] as const;
export type UnitState = (typeof UNIT_STATES)[number];

/** Percent of working time per unit and state, as dynamics-view-model gives it. */
export type Utilisation = { labels: string[] } & Record<UnitState, number[]>;

// Okabe–Ito: working (green), held up downstream (purple), waiting upstream (blue), broken (vermilion).
export const STATE_COLOURS: Record<UnitState, string> = {
  busy: '#009E73',
  blocked: '#A0527F',
  starved: '#0072B2',
  down: '#D55E00',
};

export function utilisationChartData(u: Utilisation, labelOf: (state: UnitState) => string): ChartData<'bar'> {
  return {
    labels: u.labels.map((name) => wrapLabel(name, 16)),
    datasets: UNIT_STATES.map((state) => ({
      label: labelOf(state),
      data: u[state],
      backgroundColor: STATE_COLOURS[state],
      // a white seam keeps neighbouring segments apart for readers who cannot tell the hues apart
      borderColor: '#ffffff',
      borderWidth: { right: 1 },
    })),
  };
}

export function utilisationChartOptions(axisTitle: string, format: (percent: number) => string, tick: (percent: number) => string): ChartOptions<'bar'> {
  return {
    ...HORIZONTAL_BARS,
    scales: {
      x: { stacked: true, min: 0, max: 100, title: { display: true, text: axisTitle }, ticks: { callback: (v) => tick(Number(v)) } },
      y: { stacked: true, ticks: { autoSkip: false } },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${format(c.parsed.x ?? 0)}` } },
    },
  };
}
