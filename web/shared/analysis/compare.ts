// The comparison engine of MODEL.md section 6: before and after results, differences and
// percentage changes of the headline figures, capex, payback, NPV, and the attribution of the
// change to each measure as exact Shapley values. Pure functions of the core and the inputs, no
// DOM: called from the worker and from the command line, never on the main thread.

import type { Core } from '../model/core.ts';
import { isBilingual } from '../model/local-text.ts';
import type { EmissionFactorLibraryFile } from '../model/emission-factors.ts';
import { applyMeasureInPlace, applyMeasures, checkMeasuresAgainst, inCatalogueOrder, type Measure } from './measures.ts';
import { HEADLINE_FIGURES, figure, type HeadlineFigure, type ResultDocument } from '../model/result-types.ts';
import { validateScenario, type Scenario } from '../model/scenario-schema.ts';
import { runScenario } from '../model/simulate.ts';
import { MAX_SHAPLEY_MEASURES } from './subset-limit.ts';
import { deepEqual } from '../io/deep-equal.ts';

export { MAX_SHAPLEY_MEASURES };

export const COMPARISON_FORMAT = 'plastic-line-comparison';
export const COMPARISON_SET_FORMAT = 'plastic-line-comparison-set';
export const DEFAULT_DISCOUNT_RATE = 0.1;

export type FigureMap = Record<HeadlineFigure, number>;

export interface ComparisonDocument {
  format: typeof COMPARISON_FORMAT;
  version: 1;
  before: ResultDocument;
  after: ResultDocument;
  /** Ids of the measures, in catalogue order (the order they were applied in). */
  measures: string[];
  difference: FigureMap;
  /** (after − before) / |before| × 100; null where before is 0. */
  percentChange: Record<HeadlineFigure, number | null>;
  capex: number;
  paybackYears: number | null;
  npv: number;
  discountRate: number;
  /** Extension: L, the longest lifetime among the measures (0 without measures). */
  horizonYears: number;
  attribution: Record<string, FigureMap>;
}

/** Extension of MODEL.md: any number of scenarios, each compared with the first. */
export interface ComparisonSet {
  format: typeof COMPARISON_SET_FORMAT;
  version: 1;
  baselineId: string;
  scenarioIds: string[];
  /** One comparison per scenario after the first, in the order given. */
  comparisons: ComparisonDocument[];
}

/** Before and after: `after` as a scenario, or `measures` applied to `before`, or both (then
 *  `after` must be `before` with exactly those measures, apart from id, name, description and
 *  provenance, e.g. a resolved variant file). */
export interface CompareInput {
  before: Scenario;
  after?: Scenario;
  measures?: readonly Measure[];
}

export interface CompareOptions {
  /** The catalogue whose order defines "applied in order" and the Shapley subsets; without it
   *  the measures' given order is taken as the catalogue order. */
  catalogue?: readonly Measure[];
  /** Overrides the scenario's `discountRate` (default 0.10). */
  discountRate?: number;
  /** Sees every subset's result as it is computed (the portfolio gathers what is not quantified). */
  onResult?: (mask: number, result: ResultDocument) => void;
}

export class ComparisonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ComparisonError';
  }
}

// ---------------------------------------------------------------------------------------------
// Small pure pieces (unit-tested by hand)

export function headlineFigures(result: ResultDocument): FigureMap {
  return Object.fromEntries(HEADLINE_FIGURES.map((k) => [k, figure(result, k)])) as FigureMap;
}

export function differenceOf(before: ResultDocument, after: ResultDocument): { difference: FigureMap; percentChange: Record<HeadlineFigure, number | null> } {
  const difference = {} as FigureMap;
  const percentChange = {} as Record<HeadlineFigure, number | null>;
  for (const k of HEADLINE_FIGURES) {
    const b = figure(before, k);
    const a = figure(after, k);
    difference[k] = a - b;
    // |before| keeps the sign meaning "went up / went down" even for a negative profit. A
    // before so small that the ratio overflows (a sub-normal figure) has no percentage either.
    const percent = ((a - b) / Math.abs(b)) * 100;
    percentChange[k] = b === 0 || !Number.isFinite(percent) ? null : percent;
  }
  return { difference, percentChange };
}

/** capex / Δprofit in years; null when the change in profit does not pay anything back. */
export function paybackYears(capex: number, deltaProfit: number): number | null {
  return deltaProfit > 0 ? capex / deltaProfit : null;
}

/** −capex + Σ_{y=1..years} Δprofit / (1 + rate)^y. */
export function netPresentValue(capex: number, deltaProfit: number, rate: number, years: number): number {
  let annuity = 0;
  for (let y = 1; y <= years; y++) annuity += 1 / (1 + rate) ** y;
  return -capex + deltaProfit * annuity + 0; // + 0 turns −0 into 0
}

/** w(s) = s! (n − s − 1)! / n!, the weight of a coalition of size s in a game of n players. */
export function shapleyWeights(n: number): number[] {
  const fact = [1];
  for (let i = 1; i <= n; i++) fact[i] = fact[i - 1] * i;
  return Array.from({ length: n }, (_, s) => (fact[s] * fact[n - s - 1]) / fact[n]);
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

/** Exact Shapley values of n players for a vector-valued game: value(mask) is f of the coalition
 *  whose members are the set bits of mask; each mask is asked for once. Returns φ[player][k]. */
export function shapleyValues(n: number, value: (mask: number) => readonly number[]): number[][] {
  if (n === 0) return [];
  const size = 2 ** n;
  const cache: (readonly number[])[] = new Array(size);
  for (let mask = 0; mask < size; mask++) cache[mask] = value(mask);
  const k = cache[0].length;
  const w = shapleyWeights(n);
  const phi = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  for (let m = 0; m < n; m++) {
    const bit = 1 << m;
    for (let mask = 0; mask < size; mask++) {
      if (mask & bit) continue;
      const weight = w[popcount(mask)];
      const without = cache[mask];
      const withM = cache[mask | bit];
      for (let j = 0; j < k; j++) phi[m][j] += weight * (withM[j] - without[j]);
    }
  }
  return phi;
}

// ---------------------------------------------------------------------------------------------
// The engine

function isScenario(x: unknown): x is Scenario {
  return typeof x === 'object' && x !== null && (x as { format?: unknown }).format === 'plastic-line-scenario';
}

const LABEL_KEYS = ['id', 'name', 'description', 'provenance'];
function withoutLabels(s: Scenario): Record<string, unknown> {
  const copy = { ...(s as Record<string, unknown>) };
  for (const k of LABEL_KEYS) delete copy[k];
  return copy;
}

/**
 * The headline figures of the baseline with every subset of the measures applied (in catalogue
 * order), indexed by bitmask: bit i set = measures[i] applied. Each subset is evaluated once:
 * S = parent ∪ {top}, with top the measure latest in catalogue order, so applying top to the
 * parent's scenario equals applying all of S in catalogue order. Shared by the Shapley
 * attribution and the portfolio search.
 */
export function subsetFigures(
  core: Core,
  library: EmissionFactorLibraryFile,
  before: Scenario,
  measures: readonly Measure[],
  opts: CompareOptions = {},
): (readonly number[])[] {
  const n = measures.length;
  if (n > MAX_SHAPLEY_MEASURES) {
    throw new ComparisonError(
      `exact attribution over ${n} measures would need ${(2 ** n).toLocaleString('en-US')} simulation runs; choose at most ${MAX_SHAPLEY_MEASURES} measures (${(2 ** MAX_SHAPLEY_MEASURES).toLocaleString('en-US')} runs)`,
    );
  }
  checkMeasuresAgainst(before, measures);
  const size = 2 ** n;
  // Provenance does not change any figure: leave it out of the 2^n scenarios.
  const base = structuredClone(before) as Record<string, unknown>;
  delete base.provenance;
  const docs: Record<string, unknown>[] = new Array(size);
  docs[0] = base;
  const figures: (readonly number[])[] = new Array(size);
  for (let mask = 0; mask < size; mask++) {
    let doc = docs[mask];
    if (doc === undefined) {
      const top = 31 - Math.clz32(mask);
      doc = structuredClone(docs[mask ^ (1 << top)]);
      applyMeasureInPlace(doc, measures[top], { recordProvenance: false });
      docs[mask] = doc;
    }
    const checked = validateScenario(doc);
    if (!checked.ok) {
      const ids = measures
        .filter((_, i) => mask & (1 << i))
        .map((m) => `"${m.id}"`)
        .join(' + ');
      throw new ComparisonError(`the measures ${ids} together make the scenario "${before.id}" invalid: ${checked.errors[0].message}`);
    }
    const result = runScenario(core, checked.scenario, library);
    figures[mask] = HEADLINE_FIGURES.map((k) => figure(result, k));
    opts.onResult?.(mask, result);
    // A scenario is only needed as the parent of masks with a higher top bit; masks below
    // 2^(n-1) are parents of mask | 2^(n-1) at most, so keep them, and drop the others.
    if (mask >= size / 2) docs[mask] = undefined as unknown as Record<string, unknown>;
  }
  return figures;
}

/** Exact Shapley attribution of every headline figure over the measures (in catalogue order). */
function attribute(
  core: Core,
  library: EmissionFactorLibraryFile,
  before: Scenario,
  measures: readonly Measure[],
  opts: CompareOptions,
): Record<string, FigureMap> {
  if (measures.length === 0) return {};
  const table = subsetFigures(core, library, before, measures, opts);
  const phi = shapleyValues(measures.length, (mask) => table[mask]);
  return Object.fromEntries(measures.map((m, i) => [m.id, Object.fromEntries(HEADLINE_FIGURES.map((k, j) => [k, phi[i][j]])) as FigureMap]));
}

function afterFromMeasures(before: Scenario, measures: readonly Measure[]): Scenario {
  const after = applyMeasures(before, measures) as Record<string, unknown>;
  after.id = `${before.id}-after`.slice(0, 64);
  const plus = (name: string, lang: 'vi' | 'en') =>
    (lang === 'vi' ? `${name} + ${measures.length} giải pháp` : `${name} + ${measures.length} measure${measures.length === 1 ? '' : 's'}`).slice(0, 200);
  after.name = isBilingual(before.name) ? { vi: plus(before.name.vi, 'vi'), en: plus(before.name.en, 'en') } : plus(before.name, 'en');
  return after as Scenario;
}

/** Compares two scenarios (`[before, after]`), or a baseline with measures (`{ before, measures }`,
 *  optionally with the resolved `after`). Throws ComparisonError or MeasureError. */
export function compare(
  core: Core,
  library: EmissionFactorLibraryFile,
  scenarios: readonly Scenario[] | CompareInput,
  opts: CompareOptions = {},
): ComparisonDocument {
  let input: CompareInput;
  if (Array.isArray(scenarios)) {
    if (scenarios.length !== 2) throw new ComparisonError(`compare takes two scenarios (before, after); got ${scenarios.length}; use compareMany for more`);
    input = { before: scenarios[0], after: scenarios[1] };
  } else {
    input = scenarios as CompareInput;
  }
  const { before } = input;
  const measures = inCatalogueOrder(input.measures ?? [], opts.catalogue);
  let after = input.after;
  if (measures.length > 0) {
    const expected = afterFromMeasures(before, measures);
    if (after === undefined) after = expected;
    else if (!deepEqual(withoutLabels(after), withoutLabels(expected))) {
      throw new ComparisonError(
        `the after scenario "${after.id}" is not the before scenario "${before.id}" with the measures ${measures.map((m) => m.id).join(', ')}; compare it without measures, or give the measures alone`,
      );
    }
  }
  if (after === undefined) throw new ComparisonError('nothing to compare: give an after scenario or at least one measure');

  const beforeResult = runScenario(core, before, library);
  const afterResult = runScenario(core, after, library);
  const { difference, percentChange } = differenceOf(beforeResult, afterResult);
  const capex = measures.reduce((sum, m) => sum + m.capex, 0);
  const horizonYears = measures.reduce((longest, m) => Math.max(longest, m.lifetimeYears), 0);
  const discountRate = opts.discountRate ?? before.discountRate ?? DEFAULT_DISCOUNT_RATE;
  const deltaProfit = difference['economics.profit'];
  return {
    format: COMPARISON_FORMAT,
    version: 1,
    before: beforeResult,
    after: afterResult,
    measures: measures.map((m) => m.id),
    difference,
    percentChange,
    capex,
    // Without measures there is no investment to pay back.
    paybackYears: measures.length > 0 ? paybackYears(capex, deltaProfit) : null,
    npv: netPresentValue(capex, deltaProfit, discountRate, horizonYears),
    discountRate,
    horizonYears,
    attribution: attribute(core, library, before, measures, opts),
  };
}

/** One entry of compareMany after the first: a scenario, or measures on the first scenario
 *  (optionally with their resolved scenario, as from a variant file). */
export type CompareEntry = Scenario | { scenario?: Scenario; measures?: readonly Measure[] };

/** Compares every scenario with the first one. */
export function compareMany(core: Core, library: EmissionFactorLibraryFile, scenarios: readonly CompareEntry[], opts: CompareOptions = {}): ComparisonSet {
  const [first, ...rest] = scenarios;
  if (!isScenario(first)) throw new ComparisonError('compareMany needs the baseline scenario first');
  if (rest.length === 0) throw new ComparisonError('compareMany needs at least two scenarios');
  const comparisons = rest.map((entry) => {
    if (isScenario(entry)) return compare(core, library, { before: first, after: entry }, opts);
    return compare(core, library, { before: first, after: entry.scenario, measures: entry.measures }, opts);
  });
  return {
    format: COMPARISON_SET_FORMAT,
    version: 1,
    baselineId: first.id,
    scenarioIds: [first.id, ...comparisons.map((c) => c.after.scenarioId)],
    comparisons,
  };
}
