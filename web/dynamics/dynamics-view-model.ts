// A dynamics summary (dynamics.ts) turned into what the dynamics view draws: chart-ready
// series, a utilisation bar per unit, burn events on the timeline, the bottleneck in words (in
// the page's language) and the steady-state comparison. Numbers only get formatted here;
// nothing is computed twice.

import { unitName } from '../app/data-words.ts';
import { msg, str } from '@lit/localize';
import { formatPercent } from '../app/format.ts';
import type { DynamicsSummary, UnitDynamics } from '../shared/analysis/dynamics.ts';

export interface XY {
  x: number;
  y: number;
}

export interface DynamicsViewModel {
  /** Percent of working time per unit, stacked busy / blocked / starved / down. */
  utilisation: { ids: string[]; labels: string[]; busy: number[]; blocked: number[]; starved: number[]; down: number[] };
  /** Tonnes of feed processed per working day, averaged over each interval between points. */
  throughputTPerDay: XY[];
  stockpilePlasticKg: XY[];
  feedStoreKg: XY[];
  buffersKg: { label: string; points: XY[] }[];
  burns: XY[];
  bottleneckUnitId: string | null;
  bottleneckSentence: string;
  comparison: { steadyProcessedT: number; dynamicProcessedT: number; ratio: number } | null;
}

const percent = (x: number) => Math.round(x * 1000) / 10;

function bottleneckSentence(u: UnitDynamics | undefined): string {
  if (!u) return msg('No unit stands out as the bottleneck.');
  return msg(
    str`The bottleneck is ${unitName(u.id, u.name)}: busy ${formatPercent(u.busy)} of its working time, down ${formatPercent(u.down)}, starved ${formatPercent(u.starved)} and blocked ${formatPercent(u.blocked)}.`,
  );
}

export function dynamicsViewModel(summary: DynamicsSummary, steadyProcessedT?: number): DynamicsViewModel {
  const s = summary.series;
  const throughput: XY[] = [];
  for (let i = 1; i < s.day.length; i++) {
    const days = s.day[i] - s.day[i - 1];
    if (days > 0) throughput.push({ x: s.day[i], y: (s.processedT[i] - s.processedT[i - 1]) / days });
  }
  const xy = (ys: number[]) => ys.map((y, i) => ({ x: s.day[i], y }));
  const units = summary.units;
  const bottleneck = units.find((u) => u.id === summary.bottleneckUnitId);
  let comparison: DynamicsViewModel['comparison'] = null;
  if (steadyProcessedT !== undefined && steadyProcessedT > 0) {
    const ratio = summary.processedT.mean / steadyProcessedT;
    comparison = { steadyProcessedT, dynamicProcessedT: summary.processedT.mean, ratio };
  }
  return {
    utilisation: {
      ids: units.map((u) => u.id),
      labels: units.map((u) => unitName(u.id, u.name)),
      busy: units.map((u) => percent(u.busy)),
      blocked: units.map((u) => percent(u.blocked)),
      starved: units.map((u) => percent(u.starved)),
      down: units.map((u) => percent(u.down)),
    },
    throughputTPerDay: throughput,
    stockpilePlasticKg: xy(s.stockpilePlasticKg),
    feedStoreKg: xy(s.feedStoreKg),
    buffersKg: s.buffersKg.map((ys, k) => ({
      label: `${units[k] ? unitName(units[k].id, units[k].name) : k} → ${units[k + 1] ? unitName(units[k + 1].id, units[k + 1].name) : k + 1}`,
      points: xy(ys),
    })),
    // Only clearings at which something burned are marked: a line that sends all to bricks has none.
    burns: summary.burnEvents.filter((b) => b.burnedKg > 0).map((b) => ({ x: b.day, y: b.burnedKg })),
    bottleneckUnitId: summary.bottleneckUnitId,
    bottleneckSentence: bottleneckSentence(bottleneck),
    comparison,
  };
}
