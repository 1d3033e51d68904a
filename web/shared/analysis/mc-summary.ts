// The distribution of one headline figure over a Monte Carlo run, as the uncertainty view draws
// it: P5/P50/P95/mean of before, after and their difference (the same numbers as
// summarizePaired in uncertainty.ts: quantiles of the sorted draws, mean summed in draw order),
// the shares of draws where after is better, worse or the same, and histograms. Computed in a
// worker, one figure per call, so that sorting 100,000 draws never blocks the page.

import { HIGHER_IS_BETTER, type HeadlineFigure } from '../model/result-types.ts';
import { quantileSorted, summaryWithSorted, type Summary } from './statistics.ts';

export interface HistogramBins {
  /** bins + 1 edges; bin j counts draws in [edges[j], edges[j+1]) (the last bin is closed). */
  edges: number[];
  /** counts[s][j] for each series s (before and after share their bins). */
  counts: number[][];
  /** Draws of each series outside [edges[0], edges[bins]], left out of the bins (long tails). */
  below: number[];
  above: number[];
}

export interface FigureDistribution {
  figure: HeadlineFigure;
  draws: number;
  /** The scenario alone, or the before scenario of a comparison. */
  before: Summary;
  after?: Summary;
  difference?: Summary;
  /** Shares of draws where after is better (lower, or higher for HIGHER_IS_BETTER), worse, equal. */
  probability?: { better: number; worse: number; equal: number };
  /** Each series on bins of its own: after often lies orders of magnitude below before, and on
   *  common bins its whole distribution would fall into one bar. */
  histogram: HistogramBins;
  afterHistogram?: HistogramBins;
  differenceHistogram?: HistogramBins;
}

/** The share of each tail left out of the histogram range: the bins span P0.5 to P99.5, so
 *  that a lognormal's far tail does not squeeze the body of the distribution into one bin. */
export const HISTOGRAM_TAIL = 0.005;
export const HISTOGRAM_BINS = 40;

/** Histograms of sorted series on common bins over their pooled P0.5–P99.5 range. */
export function trimmedHistogram(sortedSeries: readonly Float64Array[], bins = HISTOGRAM_BINS): HistogramBins {
  let lo = Infinity,
    hi = -Infinity;
  for (const s of sortedSeries) {
    if (s.length === 0) continue;
    lo = Math.min(lo, quantileSorted(s, HISTOGRAM_TAIL));
    hi = Math.max(hi, quantileSorted(s, 1 - HISTOGRAM_TAIL));
  }
  if (!(lo <= hi)) {
    lo = 0;
    hi = 1;
  }
  if (lo === hi) {
    // No spread: one visible bar around the value.
    const half = Math.abs(lo) > 0 ? Math.abs(lo) * 0.01 : 0.5;
    lo -= half;
    hi += half;
  }
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, j) => (j === bins ? hi : lo + j * width));
  const below: number[] = [],
    above: number[] = [];
  const counts = sortedSeries.map((s) => {
    const c = new Array<number>(bins).fill(0);
    let under = 0,
      over = 0;
    for (let i = 0; i < s.length; i++) {
      const x = s[i];
      if (x < lo) under++;
      else if (x > hi) over++;
      else c[Math.min(bins - 1, Math.floor((x - lo) / width))]++;
    }
    below.push(under);
    above.push(over);
    return c;
  });
  return { edges, counts, below, above };
}

/** The distribution of one figure; `after` is absent for a run of one scenario. */
export function figureDistribution(figure: HeadlineFigure, before: Float64Array, after?: Float64Array, bins = HISTOGRAM_BINS): FigureDistribution {
  const b = summaryWithSorted(before);
  if (!after) return { figure, draws: before.length, before: b.summary, histogram: trimmedHistogram([b.sorted], bins) };
  if (after.length !== before.length) throw new RangeError('before and after have different numbers of draws');
  const a = summaryWithSorted(after);
  const diff = new Float64Array(before.length);
  const higher = HIGHER_IS_BETTER.has(figure);
  let better = 0,
    worse = 0;
  for (let i = 0; i < diff.length; i++) {
    diff[i] = after[i] - before[i];
    if (after[i] === before[i]) continue;
    if (higher ? after[i] > before[i] : after[i] < before[i]) better++;
    else worse++;
  }
  const d = summaryWithSorted(diff);
  const n = before.length;
  return {
    figure,
    draws: n,
    before: b.summary,
    after: a.summary,
    difference: d.summary,
    probability: n > 0 ? { better: better / n, worse: worse / n, equal: (n - better - worse) / n } : { better: NaN, worse: NaN, equal: NaN },
    histogram: trimmedHistogram([b.sorted], bins),
    afterHistogram: trimmedHistogram([a.sorted], bins),
    differenceHistogram: trimmedHistogram([d.sorted], bins),
  };
}
