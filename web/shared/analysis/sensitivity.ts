// Sensitivity of the headline figures to the uncertain inputs (MODEL.md section 5; issue 6):
// a one-at-a-time tornado and variance-based global indices (first-order and total Sobol
// indices, Saltelli sampling, Jansen estimators, bootstrap intervals). Deterministic given the
// seed; the Saltelli design is splittable into row blocks like any Monte Carlo run.
//
// The Saltelli design is quasi-random (issue 13): row j of A and B is point j of a scrambled
// Sobol′ sequence in 2k dimensions (sobol.ts), the union's input u taking dimension 2u in A and
// 2u + 1 in B (Saltelli 2002, Comput. Phys. Commun. 145:280: A and B as the two halves of one
// quasi-random matrix). The seed scrambles the points. Inputs beyond the direction-number table
// (more than SOBOL_DIMENSIONS / 2) keep pseudo-random draws ("padding"). `sampler: 'random'`
// gives the former pseudo-random design. The bootstrap intervals resample rows as if they were
// independent, which over-states the error of quasi-random rows: read them as conservative.

import * as M from '../../../assembly/mc-layout.ts';
import type { Core } from '../model/core.ts';
import { HEADLINE_FIGURES, type HeadlineFigure } from '../model/result-types.ts';
import type { SplitResult } from './mc-plan.ts';
import { hash32, SOBOL_DIMENSIONS } from './sobol.ts'; // lowbias32: the counter-based source of the bootstrap rows
import { percentileInterval } from './statistics.ts';
import { checkCode, loadModel, mcExports, runModels, sampleInputs, type McModel, type RunOptions, type UncertainInput } from './uncertainty.ts';

/** Names of the output series: one scenario, or before, after and their difference. */
export type SeriesName = 'scenario' | 'before' | 'after' | 'difference';
const seriesNames = (nBlocks: number): SeriesName[] => (nBlocks === 1 ? ['scenario'] : ['before', 'after', 'difference']);

/** The inputs of several models, one per key, in order of first appearance. */
export function unionInputs(models: readonly McModel[]): UncertainInput[] {
  const seen = new Map<number, UncertainInput>();
  for (const m of models) for (const input of m.inputs) if (!seen.has(input.key)) seen.set(input.key, input);
  return [...seen.values()];
}

/** Figure values of every series from per-block figure values [b][f]. */
function toSeries(perBlock: number[][]): Record<SeriesName, Record<HeadlineFigure, number>> {
  const record = (fn: (f: number) => number) => Object.fromEntries(HEADLINE_FIGURES.map((n, f) => [n, fn(f)])) as Record<HeadlineFigure, number>;
  if (perBlock.length === 1) return { scenario: record((f) => perBlock[0][f]) } as Record<SeriesName, Record<HeadlineFigure, number>>;
  return {
    before: record((f) => perBlock[0][f]),
    after: record((f) => perBlock[1][f]),
    difference: record((f) => perBlock[1][f] - perBlock[0][f]),
  } as Record<SeriesName, Record<HeadlineFigure, number>>;
}

// ---------------------------------------------------------------------------------------------
// Tornado

export type SeriesFigures = Partial<Record<SeriesName, Record<HeadlineFigure, number>>>;

export interface TornadoBar {
  pointer: string;
  key: number;
  /** Figures with this input at its low (P5) and high (P95) quantile, all others at their medians. */
  low: SeriesFigures;
  high: SeriesFigures;
  /** high − low, per series and figure (sort by its absolute value to draw the tornado). */
  swing: SeriesFigures;
}

export interface Tornado {
  series: SeriesName[];
  /** Figures with every input at its median. */
  base: SeriesFigures;
  bars: TornadoBar[];
}

/** One-at-a-time sensitivity: each input at its P5 and P95 (inverse CDF), the others at their
 *  medians. With two models an input shared by key moves in both (the difference's swing). */
export function runTornado(core: Core, models: readonly McModel[], opts: { low?: number; high?: number } = {}): Tornado {
  const low = opts.low ?? 0.05,
    high = opts.high ?? 0.95;
  const nBlocks = models.length;
  if (nBlocks !== 1 && nBlocks !== 2) throw new RangeError('one or two scenarios');
  const mc = mcExports(core);
  models.forEach((m, b) => loadModel(core, b, m));
  const evalWith = (key: number | null, p: number): number[][] => {
    models.forEach((m, b) => {
      const probs = core.view(mc.mcProbsPtr(b), m.inputs.length);
      m.inputs.forEach((input, k) => (probs[k] = input.key === key ? p : 0.5));
    });
    checkCode(mc.mcEvalAt(nBlocks));
    const out = core.view(mc.mcOutPtr(), nBlocks * M.N_HEADLINE);
    return models.map((_, b) => Array.from(out.subarray(b * M.N_HEADLINE, (b + 1) * M.N_HEADLINE)));
  };
  const series = seriesNames(nBlocks);
  const base = toSeries(evalWith(null, 0.5));
  const bars = unionInputs(models).map((input): TornadoBar => {
    const lo = toSeries(evalWith(input.key, low));
    const hi = toSeries(evalWith(input.key, high));
    const swing: SeriesFigures = {};
    for (const s of series) {
      swing[s] = Object.fromEntries(HEADLINE_FIGURES.map((f) => [f, hi[s][f] - lo[s][f]])) as Record<HeadlineFigure, number>;
    }
    return { pointer: input.pointer, key: input.key, low: lo, high: hi, swing };
  });
  return { series, base, bars };
}

// ---------------------------------------------------------------------------------------------
// Sobol indices: Saltelli design, Jansen estimators

/** Model outputs of the Saltelli design over base rows [start, start + count):
 *  values[(m × nBlocks + b) × N_HEADLINE + f], m = 0 (matrix A), 1 (B), 2 + i (A_B^(i): A with
 *  the column of input i taken from B). */
export interface SobolBlock extends SplitResult {
  nBlocks: 1 | 2;
  keys: number[];
  pointers: string[];
}

export interface SobolOptions {
  /** N, the number of base rows (the design costs N × (inputs + 2) evaluations per scenario);
   *  a power of 2 keeps the quasi-random rows balanced. */
  baseSamples: number;
  seed: number;
  start?: number;
  count?: number;
  /** 'sobol' (default): scrambled Sobol′ points; 'random': counter-based pseudo-random draws. */
  sampler?: 'sobol' | 'random';
}

/** Sobol′ dimension of input `input` in matrix A (stream 0) or B (1): 2u + stream, u its index
 *  in the union of inputs; null (pseudo-random padding) beyond the direction-number table. */
function saltelliDimension(inputs: readonly UncertainInput[]): (input: UncertainInput, stream: number) => number | null {
  const index = new Map(inputs.map((input, u) => [input.key, u]));
  return (input, stream) => {
    const d = 2 * index.get(input.key)! + stream;
    return d < SOBOL_DIMENSIONS ? d : null;
  };
}

export function runSobol(core: Core, models: readonly McModel[], opts: SobolOptions): SobolBlock {
  const inputs = unionInputs(models);
  const run: RunOptions = { draws: opts.baseSamples, seed: opts.seed, start: opts.start, count: opts.count };
  const matrices: ((i: UncertainInput) => number)[] = [() => 0, () => 1, ...inputs.map((swapped) => (i: UncertainInput) => (i.key === swapped.key ? 1 : 0))];
  const dimension = (opts.sampler ?? 'sobol') === 'sobol' ? saltelliDimension(inputs) : null;
  const parts = matrices.map((streamOf) => runModels(core, models, run, streamOf, dimension ? (i) => dimension(i, streamOf(i)) : undefined));
  return {
    start: parts[0].start,
    count: parts[0].count,
    nBlocks: parts[0].nBlocks,
    keys: inputs.map((i) => i.key),
    pointers: inputs.map((i) => i.pointer),
    values: parts.flatMap((p) => p.values),
  };
}

/** The A and B matrices (columns = inputs) of a Saltelli design for any function of the inputs,
 *  sampled by the core: A[k][d], B[k][d] for base rows [start, start + count). */
export function saltelliMatrices(core: Core, model: McModel, opts: SobolOptions): { A: Float64Array[]; B: Float64Array[] } {
  const run = { draws: opts.baseSamples, seed: opts.seed, start: opts.start, count: opts.count };
  const dimension = (opts.sampler ?? 'sobol') === 'sobol' ? saltelliDimension(model.inputs) : null;
  const matrix = (stream: number) => sampleInputs(core, model, { ...run, stream, dimOf: dimension ? (i) => dimension(i, stream) : undefined }).values;
  return { A: matrix(0), B: matrix(1) };
}

export interface Estimate {
  value: number;
  low: number;
  high: number;
}
export interface SobolIndices {
  /** Var(Y) over the pooled A and B outputs. */
  variance: number;
  /** First-order and total indices per input, with bootstrap 95 % intervals. */
  S1: Estimate[];
  ST: Estimate[];
}

function jansen(
  fA: Float64Array,
  fB: Float64Array,
  fAB: readonly Float64Array[],
  rows: Int32Array | null,
  n: number,
  s1: Float64Array,
  st: Float64Array,
): number {
  let sum = 0,
    sumSq = 0;
  for (let j = 0; j < n; j++) {
    const r = rows ? rows[j] : j;
    sum += fA[r] + fB[r];
    sumSq += fA[r] * fA[r] + fB[r] * fB[r];
  }
  const mean = sum / (2 * n);
  const variance = Math.max(0, sumSq / (2 * n) - mean * mean);
  for (let i = 0; i < fAB.length; i++) {
    const ab = fAB[i];
    let first = 0,
      total = 0;
    for (let j = 0; j < n; j++) {
      const r = rows ? rows[j] : j;
      const dB = fB[r] - ab[r],
        dA = fA[r] - ab[r];
      first += dB * dB;
      total += dA * dA;
    }
    // Jansen (1999): V_i = V − ½ E[(f(B) − f(A_B^i))²]; V_Ti = ½ E[(f(A) − f(A_B^i))²]
    // (Saltelli et al. 2010, Comput. Phys. Commun. 181:259, Table 2 (f) and (j)).
    s1[i] = variance > 0 ? 1 - first / (2 * n) / variance : 0;
    st[i] = variance > 0 ? total / (2 * n) / variance : 0;
  }
  return variance;
}

/** First-order and total Sobol indices from the outputs of a Saltelli design, with bootstrap
 *  percentile intervals (rows resampled with replacement; `bootstrap` resamples, default 100). */
export function jansenIndices(
  fA: Float64Array,
  fB: Float64Array,
  fAB: readonly Float64Array[],
  opts: { bootstrap?: number; seed?: number } = {},
): SobolIndices {
  const n = fA.length;
  const k = fAB.length;
  const reps = opts.bootstrap ?? 100;
  const seed = opts.seed ?? 1;
  const s1 = new Float64Array(k),
    st = new Float64Array(k);
  const variance = jansen(fA, fB, fAB, null, n, s1, st);
  const bootS1 = Array.from({ length: k }, () => new Float64Array(reps));
  const bootST = Array.from({ length: k }, () => new Float64Array(reps));
  const rows = new Int32Array(n);
  const b1 = new Float64Array(k),
    bt = new Float64Array(k);
  const seedHash = hash32((seed % 4294967296) ^ hash32(Math.floor(seed / 4294967296)));
  for (let rep = 0; rep < reps; rep++) {
    const repHash = hash32(seedHash ^ hash32(rep + 1));
    for (let j = 0; j < n; j++) rows[j] = Math.floor((hash32(repHash ^ hash32(j + 0x9e3779b9)) / 4294967296) * n);
    jansen(fA, fB, fAB, rows, n, b1, bt);
    for (let i = 0; i < k; i++) {
      bootS1[i][rep] = b1[i];
      bootST[i][rep] = bt[i];
    }
  }
  const estimate = (value: number, boot: Float64Array): Estimate => {
    if (reps === 0) return { value, low: NaN, high: NaN };
    return { value, ...percentileInterval(boot, 0.025, 0.975) };
  };
  return {
    variance,
    S1: Array.from(s1, (v, i) => estimate(v, bootS1[i])),
    ST: Array.from(st, (v, i) => estimate(v, bootST[i])),
  };
}

export interface SobolResult {
  pointers: string[];
  keys: number[];
  baseSamples: number;
  series: Partial<Record<SeriesName, Partial<Record<HeadlineFigure, SobolIndices>>>>;
}

/** Sobol indices of every headline figure (or of `figures`) from a complete Saltelli design. */
export function sobolIndices(block: SobolBlock, opts: { bootstrap?: number; seed?: number; figures?: readonly HeadlineFigure[] } = {}): SobolResult {
  const { nBlocks, count } = block;
  const k = block.keys.length;
  const at = (m: number, b: number, f: number) => block.values[(m * nBlocks + b) * M.N_HEADLINE + f];
  const diff = (m: number, f: number) => {
    const d = new Float64Array(count);
    const x = at(m, 0, f),
      y = at(m, 1, f);
    for (let j = 0; j < count; j++) d[j] = y[j] - x[j];
    return d;
  };
  const figures = opts.figures ?? HEADLINE_FIGURES;
  const series: SobolResult['series'] = {};
  for (const name of seriesNames(nBlocks)) {
    const perFigure: Partial<Record<HeadlineFigure, SobolIndices>> = {};
    for (const figure of figures) {
      const f = HEADLINE_FIGURES.indexOf(figure);
      const get = (m: number) => (name === 'difference' ? diff(m, f) : at(m, name === 'after' ? 1 : 0, f));
      perFigure[figure] = jansenIndices(
        get(0),
        get(1),
        Array.from({ length: k }, (_, i) => get(2 + i)),
        opts,
      );
    }
    series[name] = perFigure;
  }
  return { pointers: block.pointers, keys: block.keys, baseSamples: count, series };
}
