// Uncertainty (MODEL.md section 5): Monte Carlo runs of the uncertain inputs of a scenario
// (uncertain-inputs.ts) through the core (assembly/mc.ts), paired before/after comparisons,
// summaries and histograms. Sensitivity (tornado, Sobol indices) is in sensitivity.ts. Everything is deterministic given
// the seed and splittable into draw blocks [start, start + count): see mc-plan.ts.

import * as L from '../../../assembly/layout.ts';
import * as M from '../../../assembly/mc-layout.ts';
import type { CompiledScenario } from '../model/compile.ts';
import type { Core } from '../model/core.ts';
import { HEADLINE_FIGURES, HIGHER_IS_BETTER, type HeadlineFigure } from '../model/result-types.ts';
import type { Dist } from '../model/scenario-schema.ts';
import type { SplitResult } from './mc-plan.ts';
import { GENERATOR_LENGTH, SOBOL_DIMENSIONS, SOBOL_MAX_POINTS, scrambledGenerator } from './sobol.ts';
import { summarize, type Summary } from './statistics.ts';
import type { UncertainInput } from './uncertain-inputs.ts';

// The uncertain inputs of a scenario are in uncertain-inputs.ts and the summaries of draws with
// the other statistics; both are re-exported for the Monte Carlo's users.
export { buildUncertainInputs, pointerKey, targetOfPointer, UncertaintyError, type UncertainInput } from './uncertain-inputs.ts';
export { summarize, type Summary } from './statistics.ts';

// ---------------------------------------------------------------------------------------------
// Running the core

/** A scenario ready for Monte Carlo: its parameter block and its uncertain inputs. */
export interface McModel {
  compiled: Pick<CompiledScenario, 'params'>;
  inputs: readonly UncertainInput[];
}

/** The Wasm exports of assembly/mc.ts. */
export interface McExports {
  mcInputsPtr(b: number): number;
  mcBasePtr(b: number): number;
  mcProbsPtr(b: number): number;
  mcWorkPtr(b: number): number;
  mcOutPtr(): number;
  mcRun(seed: number, nBlocks: number, i0: number, n: number): number;
  mcSample(seed: number, b: number, i0: number, n: number): number;
  mcEvalAt(nBlocks: number): number;
  mcQuantile(b: number, k: number, u: number): number;
  mcUniform(seed: number, key: number, stream: number, i: number): number;
  mcNormalCdf(x: number): number;
  mcNormalQuantile(p: number): number;
  mcSobolPtr(b: number): number;
}

export function mcExports(core: Core): McExports {
  const x = core.exports as unknown as Partial<McExports>;
  if (typeof x.mcRun !== 'function') throw new Error('this Wasm core has no Monte Carlo (assembly/mc.ts); rebuild it with `npm run asbuild`');
  return x as McExports;
}

const DIST_CODE: Record<Dist['type'], number> = {
  lognormal: M.DIST_LOGNORMAL,
  triangular: M.DIST_TRIANGULAR,
  uniform: M.DIST_UNIFORM,
  normal: M.DIST_NORMAL,
};

function distSlots(dist: Dist): [number, number, number, number] {
  switch (dist.type) {
    case 'lognormal':
      return [dist.median, dist.gsd, 0, 0];
    case 'triangular':
      return [dist.min, dist.mode, dist.max, 0];
    case 'uniform':
      return [dist.min, dist.max, 0, 0];
    case 'normal':
      return [dist.mean, dist.sd, dist.min ?? -Infinity, dist.max ?? Infinity];
  }
}

/** Quasi-random sampling: the seed that scrambles, and the Sobol′ dimension (0-based) of each
 *  input, or null for an input left to the counter-based pseudo-random stream. */
export interface SobolSampling {
  seed: number;
  dimOf: (input: UncertainInput) => number | null;
}

// Scrambled generators of the latest seed, by dimension (a Saltelli design asks for each many times).
let generatorSeed = -1;
const generatorCache = new Map<number, Uint32Array>();
function cachedGenerator(seed: number, d: number): Uint32Array {
  if (seed !== generatorSeed) {
    generatorCache.clear();
    generatorSeed = seed;
  }
  let g = generatorCache.get(d);
  if (!g) {
    g = scrambledGenerator(seed, d);
    generatorCache.set(d, g);
  }
  return g;
}

/** Writes a model into core block b; `streamOf(input)` selects matrix A (0) or B (1), and
 *  `sobol` makes the inputs it gives a dimension take scrambled Sobol′ points (MI_QMC). */
export function loadModel(core: Core, b: number, model: McModel, streamOf: (input: UncertainInput) => number = () => 0, sobol?: SobolSampling): void {
  const mc = mcExports(core);
  mc.mcOutPtr(); // allocates the Monte Carlo blocks (memory may grow) before any view is taken
  const generatorsAt = sobol ? mc.mcSobolPtr(b) : 0; // allocates the generators (memory may grow)
  core.view(mc.mcBasePtr(b), L.P_SIZE).set(model.compiled.params);
  const block = core.view(mc.mcInputsPtr(b), M.MB_SIZE);
  block[M.MB_N_INPUTS] = model.inputs.length;
  model.inputs.forEach((input, k) => {
    const at = M.MB_INPUTS + k * M.MI_STRIDE;
    const [p1, p2, p3, p4] = distSlots(input.dist);
    block[at + M.MI_KEY] = input.key;
    block[at + M.MI_TARGET] = input.target;
    block[at + M.MI_DIST] = DIST_CODE[input.dist.type];
    block[at + M.MI_P1] = p1;
    block[at + M.MI_P2] = p2;
    block[at + M.MI_P3] = p3;
    block[at + M.MI_P4] = p4;
    block[at + M.MI_GROUP] = input.group;
    block[at + M.MI_LO] = input.lo;
    block[at + M.MI_HI] = input.hi;
    block[at + M.MI_STREAM] = streamOf(input);
    const d = sobol ? sobol.dimOf(input) : null;
    block[at + M.MI_QMC] = d === null ? 0 : 1;
    if (d !== null) {
      if (d < 0 || d >= SOBOL_DIMENSIONS) throw new RangeError(`Sobol′ dimension ${d} is outside 0…${SOBOL_DIMENSIONS - 1}`);
      new Uint32Array(core.exports.memory.buffer, generatorsAt + k * M.QMC_STRIDE * 4, GENERATOR_LENGTH).set(cachedGenerator(sobol!.seed, d));
    }
  });
}

export function checkCode(code: number): void {
  if (code === M.MC_OK) return;
  const why: Record<number, string> = {
    [M.MC_ERR_TOO_MANY_DRAWS]: 'too many draws for the output buffer',
    [M.MC_ERR_BAD_BLOCKS]: 'bad block count',
    [M.MC_ERR_TOO_MANY_INPUTS]: 'too many uncertain inputs',
    [M.MC_ERR_BAD_INPUT]: 'an uncertain input has a bad target, distribution or group',
  };
  throw new Error(`Monte Carlo core: ${why[code] ?? `error ${code}`}`);
}

export interface RunOptions {
  /** Total number of draws of the run (the blocks of all workers together). */
  draws: number;
  /** Integer, 0 ≤ seed < 2^53. */
  seed: number;
  /** This block's first draw and its number of draws (default: the whole run). */
  start?: number;
  count?: number;
}

function drawRange(opts: RunOptions): { start: number; count: number } {
  const { draws, seed } = opts;
  const start = opts.start ?? 0;
  const count = opts.count ?? draws - start;
  const int = (x: number) => Number.isSafeInteger(x) && x >= 0;
  if (!int(draws)) throw new RangeError(`draws must be a non-negative integer, got ${draws}`);
  if (!int(seed)) throw new RangeError(`the seed must be an integer between 0 and 2^53 − 1, got ${seed}`);
  if (!int(start) || !int(count) || start + count > draws) throw new RangeError(`the block [${start}, ${start + count}) is not inside [0, ${draws})`);
  return { start, count };
}

/** Monte Carlo results over draws [start, start + count): values[b × N_HEADLINE + f][d] is
 *  headline figure f (HEADLINE_FIGURES order) of scenario b (0 before, 1 after) at draw start + d. */
export interface McBlock extends SplitResult {
  nBlocks: 1 | 2;
}

function checkSobolRange(start: number, count: number): void {
  if (start + count > SOBOL_MAX_POINTS) throw new RangeError(`a quasi-random design has at most 2^32 points, got draws up to ${start + count}`);
}

/** Runs draws of one or two models in the core; models share the draws of inputs with equal keys
 *  (pseudo-random), or with equal Sobol′ dimensions (`dimOf`, quasi-random, scrambled by the seed).
 *  With `into` (one array a series, each at least `count` long) the values are written there and
 *  returned as its first `count` elements, so that a caller running block after block (the
 *  streamed command line) allocates nothing per block. */
export function runModels(
  core: Core,
  models: readonly McModel[],
  opts: RunOptions,
  streamOf?: (input: UncertainInput) => number,
  dimOf?: SobolSampling['dimOf'],
  into?: readonly Float64Array[],
): McBlock {
  const { start, count } = drawRange(opts);
  const nBlocks = models.length as 1 | 2;
  if (nBlocks !== 1 && nBlocks !== 2) throw new RangeError('one or two scenarios');
  if (dimOf) checkSobolRange(start, count);
  const mc = mcExports(core);
  models.forEach((m, b) => loadModel(core, b, m, streamOf, dimOf ? { seed: opts.seed, dimOf } : undefined));
  const series = nBlocks * M.N_HEADLINE;
  const values = into ? into.map((v) => v.subarray(0, count)) : Array.from({ length: series }, () => new Float64Array(count));
  if (values.length !== series || values.some((v) => v.length !== count)) throw new RangeError(`${series} series of at least ${count} draws are needed`);
  const chunk = Math.floor(M.MC_OUT_CAPACITY / series);
  for (let at = 0; at < count; at += chunk) {
    const n = Math.min(chunk, count - at);
    checkCode(mc.mcRun(opts.seed, nBlocks, start + at, n));
    const out = core.view(mc.mcOutPtr(), series * n);
    for (let s = 0; s < series; s++) values[s].set(out.subarray(s * n, (s + 1) * n), at);
  }
  return { start, count, nBlocks, values };
}

/** Monte Carlo of one scenario. */
export function runMonteCarlo(core: Core, compiled: Pick<CompiledScenario, 'params'>, inputs: readonly UncertainInput[], opts: RunOptions): McBlock {
  return runModels(core, [{ compiled, inputs }], opts);
}

/** Paired Monte Carlo of before and after (common random numbers for shared inputs). */
export function runPaired(core: Core, before: McModel, after: McModel, opts: RunOptions): McBlock {
  return runModels(core, [before, after], opts);
}

/** The sampled values of each input (values[k][d]) over draws [start, start + count), stream 0
 *  (or 1: the Saltelli B matrix), without evaluating the model; quasi-random where `dimOf` gives
 *  an input a Sobol′ dimension. */
export function sampleInputs(core: Core, model: McModel, opts: RunOptions & { stream?: number; dimOf?: SobolSampling['dimOf'] }): SplitResult {
  const { start, count } = drawRange(opts);
  if (opts.dimOf) checkSobolRange(start, count);
  const mc = mcExports(core);
  loadModel(core, 0, model, () => opts.stream ?? 0, opts.dimOf ? { seed: opts.seed, dimOf: opts.dimOf } : undefined);
  const k = model.inputs.length;
  const values = Array.from({ length: k }, () => new Float64Array(count));
  const chunk = Math.max(1, Math.floor(M.MC_OUT_CAPACITY / Math.max(1, k)));
  for (let at = 0; at < count; at += chunk) {
    const n = Math.min(chunk, count - at);
    checkCode(mc.mcSample(opts.seed, 0, start + at, n));
    const out = core.view(mc.mcOutPtr(), k * n);
    for (let j = 0; j < k; j++) values[j].set(out.subarray(j * n, (j + 1) * n), at);
  }
  return { start, count, values };
}

// ---------------------------------------------------------------------------------------------
// Summaries

export type FigureSummaries = Record<HeadlineFigure, Summary>;

function byFigure<T>(fn: (f: number) => T): Record<HeadlineFigure, T> {
  return Object.fromEntries(HEADLINE_FIGURES.map((name, f) => [name, fn(f)])) as Record<HeadlineFigure, T>;
}

/** Summaries of scenario b of a Monte Carlo block. */
export function summarizeBlock(block: McBlock, b = 0): FigureSummaries {
  return byFigure((f) => summarize(block.values[b * M.N_HEADLINE + f]));
}

export function difference(block: McBlock, f: number): Float64Array {
  const before = block.values[f],
    after = block.values[M.N_HEADLINE + f];
  const d = new Float64Array(block.count);
  for (let i = 0; i < d.length; i++) d[i] = after[i] - before[i];
  return d;
}

export interface PairedSummary {
  before: FigureSummaries;
  after: FigureSummaries;
  difference: FigureSummaries;
  /** Share of draws where after is strictly better (lower, or higher for HIGHER_IS_BETTER). */
  probabilityAfterBetter: Record<HeadlineFigure, number>;
}

export function summarizePaired(block: McBlock): PairedSummary {
  if (block.nBlocks !== 2) throw new RangeError('a paired summary needs a before/after run');
  return {
    before: summarizeBlock(block, 0),
    after: summarizeBlock(block, 1),
    difference: byFigure((f) => summarize(difference(block, f))),
    probabilityAfterBetter: byFigure((f) => {
      const higher = HIGHER_IS_BETTER.has(HEADLINE_FIGURES[f]);
      const before = block.values[f],
        after = block.values[M.N_HEADLINE + f];
      let better = 0;
      for (let i = 0; i < block.count; i++) if (higher ? after[i] > before[i] : after[i] < before[i]) better++;
      return block.count > 0 ? better / block.count : NaN;
    }),
  };
}

export interface Histogram {
  /** bins + 1 edges; bin j counts values in [edges[j], edges[j+1]) (the last bin is closed). */
  edges: number[];
  /** counts[s][j] for each series s. */
  counts: number[][];
}

/** Histograms of several series on common bins spanning their pooled range (e.g. before and
 *  after on one axis). A series with no spread gets one bin of width 1 around its value. */
export function histogram(series: readonly ArrayLike<number>[], bins = 40): Histogram {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError('bins must be a positive integer');
  let lo = Infinity,
    hi = -Infinity;
  for (const s of series)
    for (let i = 0; i < s.length; i++) {
      if (s[i] < lo) lo = s[i];
      if (s[i] > hi) hi = s[i];
    }
  if (!(lo <= hi)) {
    lo = 0;
    hi = 1;
  }
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, j) => (j === bins ? hi : lo + j * width));
  const counts = series.map((s) => {
    const c = new Array<number>(bins).fill(0);
    for (let i = 0; i < s.length; i++) c[Math.min(bins - 1, Math.max(0, Math.floor((s[i] - lo) / width)))]++;
    return c;
  });
  return { edges, counts };
}
