// The statistics of the app in one place: quantiles of sorted draws, P5/P50/P95 summaries, means
// summed in draw order, Student's t interval of a mean, and the helpers of percentile bootstraps.
// Pure and allocation-light; no DOM.
//
// Why not a library such as simple-statistics: its mean and variance use compensated (Kahan)
// sums, so every mean, Monte Carlo summary and dynamics interval would move in its last bits
// (the golden results and the tests hold them exactly); it has no quantile of Student's t and
// no seeded bootstrap; and its quantile throws on an empty list where ours gives NaN. What is
// here is the few lines each of those would replace.

/** P5, P50, P95 and mean of a series of draws. */
export interface Summary {
  p5: number;
  p50: number;
  p95: number;
  mean: number;
}

/** Quantile of sorted values, linear interpolation between order statistics (Hyndman & Fan
 *  type 7, the default of R and NumPy). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The values sorted ascending, as a new array (Float64Array's sort is numeric). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** The mean, summed from the first value to the last: for draws, their order (so the mean is the
 *  same for any split of the draws among workers); NaN for no values. */
export function meanInOrder(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** The summary of draws and the draws sorted (for histograms of the same series). */
export function summaryWithSorted(values: Float64Array): { summary: Summary; sorted: Float64Array } {
  const sorted = sortedCopy(values);
  const summary = {
    p5: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    mean: meanInOrder(values),
  };
  return { summary, sorted };
}

export function summarize(values: Float64Array): Summary {
  return summaryWithSorted(values).summary;
}

/** The quantiles lowP and highP of resampled statistics: a percentile-bootstrap interval. */
export function percentileInterval(samples: ArrayLike<number>, lowP: number, highP: number): { low: number; high: number } {
  const sorted = sortedCopy(samples);
  return { low: quantileSorted(sorted, lowP), high: quantileSorted(sorted, highP) };
}

/** mulberry32 (T. Ettinger): a small, fast, seeded 32-bit generator; uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Means of `resamples` resamples of `values` drawn with replacement, `random` giving the draws. */
export function bootstrapMeans(values: readonly number[], resamples: number, random: () => number): Float64Array {
  const n = values.length;
  const means = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += values[Math.floor(random() * n)];
    means[b] = s / n;
  }
  return means;
}

// Two-sided 95 % quantiles of Student's t for 1..30 degrees of freedom.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069,
  2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** t_{0.975, df}: the table up to 30, then the Cornish–Fisher expansion around z = 1.95996. */
export function studentT975(df: number): number {
  if (df < 1) return NaN;
  if (df <= 30) return T975[Math.floor(df) - 1];
  const z = 1.959963984540054;
  const z3 = z ** 3,
    z5 = z ** 5,
    z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}

/** Sample variance (divided by n − 1) around a given mean. */
export function sampleVariance(values: readonly number[], mean: number): number {
  return values.reduce((a, x) => a + (x - mean) ** 2, 0) / (values.length - 1);
}

/** A mean with its two-sided 95 % interval. */
export interface Estimate {
  mean: number;
  ci95: [number, number];
}

/** Mean and Student-t 95 % interval; with one value the interval collapses to the mean. */
export function meanWithT95Interval(values: number[]): Estimate {
  const n = values.length;
  const mean = meanInOrder(values);
  if (n < 2) return { mean, ci95: [mean, mean] };
  const half = studentT975(n - 1) * Math.sqrt(sampleVariance(values, mean) / n);
  return { mean, ci95: [mean - half, mean + half] };
}
