// Line dynamics (MODEL.md section 7): a validated scenario and run options → the DES parameter
// block (assembly/des-layout.ts), replications through the Wasm core, and their summary
// (per-year means, Student-t 95 % intervals, the series and burn events of one replication).
// Burn events send the stockpile along residues.plasticRoutes and plastic fuel comes from the
// stockpile, so every per-year figure is like for like with the steady state (MODEL.md 7).

import * as D from '../../../assembly/des-layout.ts';
import { MAX_UNITS, P_SIZE } from '../../../assembly/layout.ts';
import type { Core } from '../model/core.ts';
import { compileScenario } from '../model/compile.ts';
import type { EmissionFactorLibraryFile } from '../model/emission-factors.ts';
import type { Scenario } from '../model/scenario-schema.ts';
import { decodeReplication, summarize, type DesReplication, type DynamicsSummary } from './dynamics-summary.ts';

export {
  DES_ROUTE_KEYS,
  decodeBurnEvents,
  decodeReplication,
  decodeSeries,
  summarize,
  type BurnEvent,
  type DesReplication,
  type DesRouteKey,
  type DynamicsSeries,
  type DynamicsSummary,
  type PrecisionHint,
  type UnitDynamics,
} from './dynamics-summary.ts';

export type BurnPolicy = { everyDays: number } | { thresholdKg: number } | { never: true };

export interface DynamicsOptions {
  years: number;
  replications: number;
  seed: number;
  lotKg?: number;
  /** Buffer between consecutive units, kg; `units[i].bufferKg` (the buffer after unit i) wins. */
  bufferKg?: number;
  arrivals?: 'daily' | 'poisson';
  failures?: 'exponential' | 'lognormal';
  /** Coefficient of variation of lognormal failure and repair times. */
  failureCv?: number;
  burnPolicy?: BurnPolicy;
  /** Points per series (the core decimates to at most DR_MAX_POINTS). */
  seriesPoints?: number;
  /** Largest number of events the run may take, all replications together (default DES_EVENT_BUDGET). */
  eventBudget?: number;
}

/** Optional scenario extension read here (top-level `dynamics`). */
export interface ScenarioDynamics {
  lotKg?: number;
  bufferKg?: number;
  arrivals?: 'daily' | 'poisson';
  failureDistribution?: 'exponential' | 'lognormal';
  failureCv?: number;
  burnPolicy?: BurnPolicy;
  /** No longer used: burn events follow residues.plasticRoutes (MODEL.md 7); the schema warns. */
  burnShare?: number;
}

/** Events a run may take before it is refused (≈ 1–2 min at 20–30 M events/s). */
export const DES_EVENT_BUDGET = 2e9;
/** The smallest lot: below a kilogram the event count explodes and nothing is learned. */
export const MIN_LOT_KG = 1;

export const DYNAMICS_DEFAULTS = {
  lotKg: 25,
  bufferKg: 500,
  arrivals: 'daily',
  failures: 'exponential',
  failureCv: 1,
  burnPolicy: { everyDays: 7 } as BurnPolicy,
  seriesPoints: 2000,
} as const;

export type { Estimate } from './statistics.ts';

/** A run the engine would not finish in reasonable time, or not at all; says why in words. */
export class DynamicsLimitError extends Error {
  constructor(
    message: string,
    readonly field: string,
    /** The stable code and parameters of web/shared/model/schema-messages.ts, for the page's language. */
    readonly code: 'dynamics_budget' | 'dynamics_truncated' | 'lot_too_small',
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DynamicsLimitError';
  }
}

/** Events of a run before it starts: per lot and unit one completion, plus two day-boundary
 *  events and one sample per day and (with failures) two events per failure. An upper estimate
 *  within a few per cent for a line that keeps up with its feed. */
export function estimateEvents(scenario: Scenario, options: DynamicsOptions): number {
  const ext = ((scenario as Record<string, unknown>).dynamics ?? {}) as ScenarioDynamics;
  const lotKg = positiveOr(options.lotKg ?? ext.lotKg, DYNAMICS_DEFAULTS.lotKg);
  const years = positiveOr(options.years, 1);
  const days = scenario.calendar.daysPerYear * years;
  const lots = ((scenario.feed.tonnesPerDay * 1000) / lotKg) * days;
  const hours = days * scenario.calendar.hoursPerDay;
  let failures = 0;
  for (const u of scenario.units) if (u.mtbfHours !== undefined && u.mttrHours !== undefined && u.mtbfHours > 0) failures += hours / u.mtbfHours;
  const perReplication = lots * scenario.units.length + 3 * days + 2 * failures;
  return Math.ceil(perReplication * Math.max(1, Math.floor(options.replications)));
}

/** Refuses, before it starts, a run below the minimum lot or above the event budget. */
export function checkDynamicsLimits(scenario: Scenario, options: DynamicsOptions): number {
  const ext = ((scenario as Record<string, unknown>).dynamics ?? {}) as ScenarioDynamics;
  const lotKg = options.lotKg ?? ext.lotKg;
  if (lotKg !== undefined && !(lotKg >= MIN_LOT_KG)) {
    throw new DynamicsLimitError(
      `the lot size is ${lotKg} kg; the smallest lot is ${MIN_LOT_KG} kg`,
      options.lotKg !== undefined ? 'lotKg' : '/dynamics/lotKg',
      'lot_too_small',
      { got: lotKg, limit: MIN_LOT_KG },
    );
  }
  const events = estimateEvents(scenario, options);
  const budget = options.eventBudget ?? DES_EVENT_BUDGET;
  if (!(events <= budget)) {
    throw new DynamicsLimitError(
      `this run would take about ${formatCount(events)} events (lots × units × years × replications), more than the budget of ${formatCount(budget)}; ` +
        'use fewer years or replications, or larger lots',
      'replications',
      'dynamics_budget',
      { events, budget },
    );
  }
  return events;
}

function formatCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toPrecision(3)} billion`;
  if (n >= 1e6) return `${(n / 1e6).toPrecision(3)} million`;
  return String(Math.round(n));
}

function positiveOr(x: unknown, fallback: number): number {
  return typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : fallback;
}

function nonNegativeOr(x: unknown, fallback: number): number {
  return typeof x === 'number' && x >= 0 && !Number.isNaN(x) ? x : fallback;
}

/** The DES parameter block. Options win over the scenario's `dynamics`, which wins over defaults. */
export function compileDynamics(scenario: Scenario, options: DynamicsOptions): Float64Array {
  const ext = ((scenario as Record<string, unknown>).dynamics ?? {}) as ScenarioDynamics;
  const p = new Float64Array(D.DP_SIZE);
  p[D.DP_LOT_KG] = positiveOr(options.lotKg ?? ext.lotKg, DYNAMICS_DEFAULTS.lotKg);
  p[D.DP_ARRIVALS] = (options.arrivals ?? ext.arrivals) === 'poisson' ? D.ARRIVALS_POISSON : D.ARRIVALS_DAILY;
  p[D.DP_FAILURES] = (options.failures ?? ext.failureDistribution) === 'lognormal' ? D.FAILURES_LOGNORMAL : D.FAILURES_EXPONENTIAL;
  p[D.DP_FAILURE_CV] = positiveOr(options.failureCv ?? ext.failureCv, DYNAMICS_DEFAULTS.failureCv);
  const policy = options.burnPolicy ?? ext.burnPolicy ?? DYNAMICS_DEFAULTS.burnPolicy;
  if ('everyDays' in policy) {
    p[D.DP_BURN_POLICY] = D.BURN_EVERY_DAYS;
    p[D.DP_BURN_EVERY_DAYS] = Math.max(1, Math.round(policy.everyDays));
  } else if ('thresholdKg' in policy) {
    p[D.DP_BURN_POLICY] = D.BURN_THRESHOLD_KG;
    p[D.DP_BURN_THRESHOLD_KG] = Math.max(0, policy.thresholdKg);
  } else {
    p[D.DP_BURN_POLICY] = D.BURN_NEVER;
  }
  p[D.DP_YEARS] = positiveOr(options.years, 1);
  // A safety net in the core: an estimate that was wrong by more than half stops the run there.
  p[D.DP_EVENT_LIMIT] = Math.ceil(1.5 * estimateEvents(scenario, { ...options, replications: 1 })) + 10_000;
  p[D.DP_SEED] = Math.max(0, Math.min(Number.MAX_SAFE_INTEGER, Math.floor(options.seed) || 0));
  p[D.DP_SERIES_POINTS] = Math.min(D.DR_MAX_POINTS, Math.max(2, Math.round(options.seriesPoints ?? DYNAMICS_DEFAULTS.seriesPoints)));
  const fallbackBuffer = nonNegativeOr(options.bufferKg ?? ext.bufferKg, DYNAMICS_DEFAULTS.bufferKg);
  // slot u is the buffer in front of unit u, i.e. the one after unit u − 1
  scenario.units.slice(0, MAX_UNITS).forEach((unit, u) => {
    if (u === 0) return;
    const after = (scenario.units[u - 1] as Record<string, unknown>).bufferKg;
    p[D.DP_BUFFER_KG + u] = nonNegativeOr(after, fallbackBuffer);
  });
  return p;
}

interface DesExports {
  desParamsPtr(): number;
  desResultsPtr(): number;
  desParamsSize(): number;
  desResultsSize(): number;
  runDes(paramsPtr: number, replication: number): void;
}

/** The DES entry points of an instantiated core. */
export class DynamicsEngine {
  private readonly des: DesExports;

  constructor(readonly core: Core) {
    const e = core.exports as unknown as Partial<DesExports>;
    if (typeof e.runDes !== 'function' || typeof e.desParamsPtr !== 'function') {
      throw new Error('The Wasm core has no line dynamics; rebuild it with `npm run asbuild`.');
    }
    this.des = e as DesExports;
    if (this.des.desParamsSize() !== D.DP_SIZE || this.des.desResultsSize() !== D.DR_SIZE) {
      throw new Error('The Wasm core does not match assembly/des-layout.ts; rebuild it with `npm run asbuild`.');
    }
  }

  /** Runs one replication; returns a view of the result block, valid until the next call. */
  runView(params: Float64Array, desParams: Float64Array, replication: number): Float64Array {
    this.core.view(this.core.exports.paramsPtr(), P_SIZE).set(params);
    this.core.view(this.des.desParamsPtr(), D.DP_SIZE).set(desParams);
    this.des.runDes(this.core.exports.paramsPtr(), replication);
    return this.core.view(this.des.desResultsPtr(), D.DR_SIZE);
  }

  /** Runs one replication and returns a copy of the whole result block. */
  run(params: Float64Array, desParams: Float64Array, replication: number): Float64Array {
    return this.runView(params, desParams, replication).slice();
  }
}

/** Runs `options.replications` replications (streams 0..n−1 of the seed) and summarises them.
 *  Refuses, before it starts, a run over the event budget or below the minimum lot
 *  (DynamicsLimitError); `onProgress` hears after each replication. */
export function runDynamics(
  engine: DynamicsEngine,
  scenario: Scenario,
  library: EmissionFactorLibraryFile,
  options: DynamicsOptions,
  onProgress?: (done: number, total: number) => void,
): DynamicsSummary {
  checkDynamicsLimits(scenario, options);
  const compiled = compileScenario(scenario, library);
  const desParams = compileDynamics(scenario, options);
  const n = Math.max(1, Math.floor(options.replications));
  const reps: DesReplication[] = [];
  let first: Float64Array | undefined;
  for (let r = 0; r < n; r++) {
    const view = engine.runView(compiled.params, desParams, r);
    const rep = decodeReplication(view);
    if (rep.truncated) {
      throw new DynamicsLimitError(
        'the run took far more events than estimated and was stopped; use fewer years or larger lots',
        'years',
        'dynamics_truncated',
      );
    }
    reps.push(rep);
    if (r === 0) first = view.slice(0, D.DR_SIZE);
    onProgress?.(r + 1, n);
  }
  return summarize(reps, first!, compiled.unitIds, compiled.unitNames, options);
}
