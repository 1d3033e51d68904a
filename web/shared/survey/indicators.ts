// Efficiency indicators of measured households (issue 9), in the tradition of resource-efficient
// and cleaner production (RECP) assessments: per household and period, per tonne of product or
// of plastic bought; the paired change after − before per household; and for the group the mean
// change with a seeded percentile-bootstrap 95 % interval. Releases are computed from the
// measured quantities with the same emission-factor library (and the same conversions) as the
// simulation core, MODEL.md section 3.1. An indicator whose inputs are missing is null, and it
// says which inputs were missing; nothing missing is ever read as 0. No DOM, no Node APIs.

import type { EmissionFactorLibraryFile } from '../model/emission-factors.ts';
import type { Survey } from './survey.ts';
import { bootstrapMeans, meanInOrder, mulberry32, percentileInterval } from '../analysis/statistics.ts';
import {
  DEFAULT_BOOTSTRAP_RESAMPLES,
  DEFAULT_BOOTSTRAP_SEED,
  INDICATOR_KEYS,
  indicatorMeta,
  MIN_BOOTSTRAP_RESAMPLES,
  type HouseholdIndicators,
  type IndicatorKey,
  type IndicatorOptions,
  type IndicatorValue,
} from './indicator-definitions.ts';
import { householdIndicators } from './household-indicators.ts';

export * from './indicator-definitions.ts';
export { householdIndicators } from './household-indicators.ts';

// ---------------------------------------------------------------------------------------------
// Bootstrap

export interface BootstrapInterval {
  mean: number;
  low: number;
  high: number;
  n: number;
  resamples: number;
  seed: number;
  level: number;
}

/** Mean with a percentile-bootstrap interval (resampling with replacement; quantiles by
 *  Hyndman & Fan type 7). Deterministic for a given seed and order of `values`. */
export function bootstrapMeanCi(values: readonly number[], opts: { resamples?: number; seed?: number; level?: number } = {}): BootstrapInterval | null {
  const n = values.length;
  if (n === 0) return null;
  const resamples = Math.max(MIN_BOOTSTRAP_RESAMPLES, Math.floor(opts.resamples ?? DEFAULT_BOOTSTRAP_RESAMPLES));
  const seed = opts.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const level = opts.level ?? 0.95;
  const mean = meanInOrder(values);
  const tail = (1 - level) / 2;
  const { low, high } = percentileInterval(bootstrapMeans(values, resamples, mulberry32(seed)), tail, 1 - tail);
  return { mean, low, high, n, resamples, seed, level };
}

// ---------------------------------------------------------------------------------------------
// Group

export interface PairedChange {
  householdId: string;
  village: string;
  before: number | null;
  after: number | null;
  /** after − before; null unless both are known. */
  change: number | null;
}

export interface GroupIndicator {
  key: IndicatorKey;
  unit: string;
  /** Mean over the households with a value in that period, and how many they are. */
  before: { mean: number | null; n: number };
  after: { mean: number | null; n: number };
  /** Paired change after − before: mean over households with both, bootstrap interval (null
   *  with fewer than 2 households), and n = households that contributed. */
  change: { mean: number | null; low: number | null; high: number | null; n: number; resamples: number; seed: number; level: number };
  pairs: PairedChange[];
  method: string;
}

export interface SurveyIndicatorsResult {
  households: { householdId: string; village: string; before: HouseholdIndicators | null; after: HouseholdIndicators | null }[];
  group: Record<IndicatorKey, GroupIndicator>;
}

export interface GroupOptions extends IndicatorOptions {
  resamples?: number;
  seed?: number;
  /** Only households of this village (default: all). */
  village?: string;
}

const meanOf = (values: readonly number[]): number | null => (values.length === 0 ? null : meanInOrder(values));

/** Indicators of every household, before and after, and the group's paired changes. */
export function surveyIndicators(survey: Survey, library: EmissionFactorLibraryFile, options: GroupOptions = {}): SurveyIndicatorsResult {
  const records = survey.records.filter((r) => options.village === undefined || r.village === options.village);
  const ids = [...new Set(records.map((r) => r.householdId))].sort(); // sorted: the result does not depend on row order
  const households = ids.map((id) => {
    const rb = records.find((r) => r.householdId === id && r.period === 'before');
    const ra = records.find((r) => r.householdId === id && r.period === 'after');
    return {
      householdId: id,
      village: (rb ?? ra)!.village,
      before: rb ? householdIndicators(rb, library, options) : null,
      after: ra ? householdIndicators(ra, library, options) : null,
    };
  });
  const resamples = Math.max(MIN_BOOTSTRAP_RESAMPLES, options.resamples ?? DEFAULT_BOOTSTRAP_RESAMPLES);
  const seed = options.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const group = {} as Record<IndicatorKey, GroupIndicator>;
  for (const key of INDICATOR_KEYS) {
    const pairs: PairedChange[] = households.map((h) => {
      const before = h.before?.[key].value ?? null;
      const after = h.after?.[key].value ?? null;
      return { householdId: h.householdId, village: h.village, before, after, change: before !== null && after !== null ? after - before : null };
    });
    const befores = pairs.flatMap((p) => (p.before === null ? [] : [p.before]));
    const afters = pairs.flatMap((p) => (p.after === null ? [] : [p.after]));
    const changes = pairs.flatMap((p) => (p.change === null ? [] : [p.change]));
    const ci = changes.length >= 2 ? bootstrapMeanCi(changes, { resamples, seed }) : null;
    group[key] = {
      key,
      unit: indicatorMeta(key).unit,
      before: { mean: meanOf(befores), n: befores.length },
      after: { mean: meanOf(afters), n: afters.length },
      change: { mean: meanOf(changes), low: ci?.low ?? null, high: ci?.high ?? null, n: changes.length, resamples, seed, level: 0.95 },
      pairs,
      method: `paired change after − before per household; mean over the ${changes.length} households with both values; 95 % percentile bootstrap over households (${resamples} resamples, seed ${seed}; no interval with fewer than 2 households)`,
    };
  }
  return { households, group };
}

// ---------------------------------------------------------------------------------------------
// Provenance

/** An indicator with its label: inputs, emission factors and constants (each with source and
 *  status, "unverified" for M, "estimate" for E), formula and caveats. */
export interface IndicatorProvenance extends IndicatorValue {
  label: string;
}

/** Where a figure came from: its inputs, factors (with source and status) and formula. */
export function provenanceOf(indicator: IndicatorValue): IndicatorProvenance {
  return {
    ...indicator,
    label: indicatorMeta(indicator.key).label,
    inputs: indicator.inputs.map((i) => ({ ...i })),
    factors: indicator.factors.map((f) => ({ ...f })),
    missing: indicator.missing.map((m) => ({ ...m })),
    notes: [...indicator.notes],
  };
}
