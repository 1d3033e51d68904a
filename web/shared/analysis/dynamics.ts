// Line dynamics (MODEL.md section 7): a validated scenario and run options → the DES parameter
// block (assembly/des-layout.ts), replications through the Wasm core, and their summary
// (per-year means, Student-t 95 % intervals, the series and burn events of one replication).
// Burn events send the stockpile along residues.plasticRoutes and plastic fuel comes from the
// stockpile, so every per-year figure is like for like with the steady state (MODEL.md 7).

import * as D from '../../../assembly/des-layout.ts';
import { MAX_UNITS, N_SOURCES, P_SIZE, V_AIR, V_LAND } from '../../../assembly/layout.ts';
import type { Core } from '../model/core.ts';
import { compileScenario } from '../model/compile.ts';
import type { EmissionFactorLibraryFile } from '../model/emission-factors.ts';
import { SOURCE_KEYS, type Scenario, type SourceKey } from '../model/scenario-schema.ts';

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

export interface Estimate {
  mean: number;
  ci95: [number, number];
}

export interface UnitDynamics {
  id: string;
  name: string;
  busy: number;
  blocked: number;
  starved: number;
  down: number;
  failuresPerYear: number;
  /** Time-mean content of the buffer in front of the unit (the feed store for the first). */
  bufferMeanKg: number;
}

/** A burn event: the stockpile cleared along the plastic routes at the end of a working day. */
export interface BurnEvent {
  day: number;
  /** Plastic cleared from the stockpile, every route. */
  clearedKg: number;
  /** Of which burned in the open or in dump fires (0 for a line that sends everything to bricks). */
  burnedKg: number;
  pcddfAirUg: number;
}

/** Plastic by route, as `mass.routesT` of the steady state. */
export const DES_ROUTE_KEYS = ['fuel', 'openBurning', 'dumping', 'dumpFire', 'landfill', 'bricks', 'cementKiln', 'sale'] as const;
export type DesRouteKey = (typeof DES_ROUTE_KEYS)[number];

export interface DynamicsSeries {
  /** Working days elapsed at each point. */
  day: number[];
  processedT: number[];
  productT: number[];
  stockpilePlasticKg: number[];
  /** Feed waiting to be started (bought, not yet processed). */
  feedStoreKg: number[];
  /** buffersKg[k] is the buffer between unit k and unit k + 1. */
  buffersKg: number[][];
}

/** Every figure is per year (the replication's total ÷ years) unless its name or comment says
 *  otherwise; `…MaxKg` and `…EndT` are levels, not flows. */
export interface DynamicsSummary {
  years: number;
  replications: number;
  seed: number;
  /** Events simulated, all replications (a count for the whole run). */
  events: number;
  feedT: number;
  processedT: Estimate;
  productT: Estimate;
  /** Drawn as fuel + burned in the open + in dump fires, as the steady state's mass.burnedPlasticT. */
  burnedPlasticT: Estimate;
  routesT: Record<DesRouteKey, Estimate>;
  pcddfAirUgTeq: Estimate;
  pcddfTotalUgTeq: Estimate;
  pcddfLandUgTeq: Estimate;
  dlpcbTotalUgTeq: Estimate;
  pm25Kg: Estimate;
  co2FossilT: Estimate;
  hclKg: Estimate;
  /** PCDD/F to air and mass by source, per year (means). */
  sources: Record<SourceKey, { massT: number; pcddfAirUgTeq: number; hclKg: number }>;
  /** Burn events at which plastic burned in the open or in dump fires, per year. */
  burnEventsPerYear: number;
  /** Every clearing of the stockpile, per year (also those that send everything to bricks, say). */
  clearingsPerYear: number;
  /** Heat the stockpile could not supply, met by the backup fuel, MJ per year. */
  fuelShortfallMJ: number;
  /** Highest plastic stockpile, kg (a level). */
  stockpilePlasticMaxKg: number;
  /** Feed bought but not processed, per year (the feed store at the end ÷ years). */
  backlogT: number;
  /** The feed store at the end of the run, t (a level). */
  backlogEndT: number;
  units: UnitDynamics[];
  /** The unit busiest (plus down) of its working time. */
  bottleneckUnitId: string | null;
  /** Replication 0: one sample path, not an average. */
  series: DynamicsSeries;
  burnEvents: BurnEvent[];
  /** Set when the replications are too few for a tight interval; pages and the command line word it. */
  precision?: PrecisionHint;
}

/** Too few replications: one (no interval at all), or an interval of `figure` wider than ±5 %
 *  of its mean (`relativeHalfWidth`), which about `replicationsNeeded` would bring within it. */
export type PrecisionHint =
  | { kind: 'oneReplication' }
  | { kind: 'wide'; figure: 'mass.processedT' | 'mass.productT' | 'mass.burnedPlasticT' | 'pcddf.air'; relativeHalfWidth: number; replicationsNeeded: number };

/** One replication's figures, totals over the horizon. */
export interface DesReplication {
  events: number;
  truncated: boolean;
  feedT: number;
  processedT: number;
  productT: number;
  burnedPlasticT: number;
  routesT: Record<DesRouteKey, number>;
  pcddf: number[];
  dlpcbTotal: number;
  pm25Kg: number;
  co2FossilT: number;
  hclKg: number;
  sources: { massT: number; pcddfAir: number; pcddfTotal: number; hclKg: number }[];
  burnCount: number;
  openBurnCount: number;
  fuelShortfallMJ: number;
  stockpilePlasticMaxKg: number;
  feedStoreEndT: number;
  units: { busy: number; blocked: number; starved: number; down: number; failures: number; bufferMeanKg: number }[];
}

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
  const lots = (scenario.feed.tonnesPerDay * 1000 / lotKg) * days;
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
    throw new DynamicsLimitError(`the lot size is ${lotKg} kg; the smallest lot is ${MIN_LOT_KG} kg`, options.lotKg !== undefined ? 'lotKg' : '/dynamics/lotKg',
      'lot_too_small', { got: lotKg, limit: MIN_LOT_KG });
  }
  const events = estimateEvents(scenario, options);
  const budget = options.eventBudget ?? DES_EVENT_BUDGET;
  if (!(events <= budget)) {
    throw new DynamicsLimitError(
      `this run would take about ${formatCount(events)} events (lots × units × years × replications), more than the budget of ${formatCount(budget)}; ` +
      'use fewer years or replications, or larger lots', 'replications', 'dynamics_budget', { events, budget });
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

export function decodeReplication(r: Float64Array): DesReplication {
  const n = r[D.DR_N_UNITS];
  const units = [];
  for (let u = 0; u < n; u++) {
    const b = D.DR_UNITS + u * D.DRU_STRIDE;
    units.push({
      busy: r[b + D.DRU_BUSY], blocked: r[b + D.DRU_BLOCKED], starved: r[b + D.DRU_STARVED], down: r[b + D.DRU_DOWN],
      failures: r[b + D.DRU_FAILURES], bufferMeanKg: r[b + D.DRU_BUFFER_MEAN_KG],
    });
  }
  const routesT = {} as Record<DesRouteKey, number>;
  DES_ROUTE_KEYS.forEach((k, i) => (routesT[k] = r[D.DR_ROUTES + i]));
  const sources = [];
  for (let s = 0; s < N_SOURCES; s++) {
    const b = D.DR_SOURCES + s * D.DRS_STRIDE;
    sources.push({ massT: r[b + D.DRS_MASS_T], pcddfAir: r[b + D.DRS_PCDDF_AIR], pcddfTotal: r[b + D.DRS_PCDDF_TOTAL], hclKg: r[b + D.DRS_HCL_KG] });
  }
  const pcddf = Array.from(r.subarray(D.DR_PCDDF, D.DR_PCDDF + 5));
  return {
    events: r[D.DR_EVENTS],
    truncated: r[D.DR_TRUNCATED] > 0,
    feedT: r[D.DR_FEED_ARRIVED_T],
    processedT: r[D.DR_PROCESSED_T],
    productT: r[D.DR_PRODUCT_T],
    burnedPlasticT: r[D.DR_BURNED_PLASTIC_T],
    routesT,
    pcddf,
    dlpcbTotal: r.subarray(D.DR_DLPCB, D.DR_DLPCB + 5).reduce((a, b) => a + b, 0),
    pm25Kg: r[D.DR_PM25_KG],
    co2FossilT: r[D.DR_CO2_FOSSIL_T],
    hclKg: r[D.DR_HCL_KG],
    sources,
    burnCount: r[D.DR_BURN_COUNT],
    openBurnCount: r[D.DR_OPEN_BURN_COUNT],
    fuelShortfallMJ: r[D.DR_FUEL_SHORTFALL_MJ],
    stockpilePlasticMaxKg: r[D.DR_STOCKPILE_PLASTIC_MAX_KG],
    feedStoreEndT: r[D.DR_FEED_STORE_END_T],
    units,
  };
}

export function decodeSeries(r: Float64Array): DynamicsSeries {
  const n = r[D.DR_SERIES_COUNT];
  const series = (s: number) => Array.from(r.subarray(D.DR_SERIES + s * D.DR_MAX_POINTS, D.DR_SERIES + s * D.DR_MAX_POINTS + n));
  const buffersKg: number[][] = [];
  for (let u = 1; u < r[D.DR_N_UNITS]; u++) buffersKg.push(series(D.DS_BUFFER_KG + u));
  return {
    day: series(D.DS_DAY),
    processedT: series(D.DS_PROCESSED_T),
    productT: series(D.DS_PRODUCT_T),
    stockpilePlasticKg: series(D.DS_STOCKPILE_PLASTIC_KG),
    feedStoreKg: series(D.DS_BUFFER_KG),
    buffersKg,
  };
}

export function decodeBurnEvents(r: Float64Array): BurnEvent[] {
  const n = Math.min(r[D.DR_BURN_COUNT], D.DR_MAX_BURNS);
  const events: BurnEvent[] = [];
  for (let i = 0; i < n; i++) {
    const b = D.DR_BURNS + i * D.DRB_STRIDE;
    events.push({ day: r[b + D.DRB_DAY], clearedKg: r[b + D.DRB_CLEARED_KG], burnedKg: r[b + D.DRB_BURNED_KG], pcddfAirUg: r[b + D.DRB_PCDDF_AIR_UG] });
  }
  return events;
}

// Two-sided 95 % quantiles of Student's t for 1..30 degrees of freedom.
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/** t_{0.975, df}: the table up to 30, then the Cornish–Fisher expansion around z = 1.95996. */
export function studentT975(df: number): number {
  if (df < 1) return NaN;
  if (df <= 30) return T975[Math.floor(df) - 1];
  const z = 1.959963984540054;
  const z3 = z ** 3, z5 = z ** 5, z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}

/** Mean and Student-t 95 % interval; with one value the interval collapses to the mean. */
export function estimate(values: number[]): Estimate {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, ci95: [mean, mean] };
  const variance = values.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  const half = studentT975(n - 1) * Math.sqrt(variance / n);
  return { mean, ci95: [mean - half, mean + half] };
}

const HINT_RELATIVE_HALF_WIDTH = 0.05;

function precisionHint(estimates: [Extract<PrecisionHint, { kind: 'wide' }>['figure'], Estimate][], replications: number): PrecisionHint | undefined {
  if (replications < 2) return { kind: 'oneReplication' };
  let worst: Extract<PrecisionHint, { kind: 'wide' }> | undefined;
  for (const [figure, e] of estimates) {
    if (e.mean === 0) continue;
    const relative = (e.ci95[1] - e.ci95[0]) / 2 / Math.abs(e.mean);
    if (relative > HINT_RELATIVE_HALF_WIDTH && (!worst || relative > worst.relativeHalfWidth)) {
      // the half-width shrinks as 1/√n
      worst = { kind: 'wide', figure, relativeHalfWidth: relative, replicationsNeeded: Math.ceil(replications * (relative / HINT_RELATIVE_HALF_WIDTH) ** 2) };
    }
  }
  return worst;
}

export function summarize(
  reps: DesReplication[], first: Float64Array, unitIds: string[], unitNames: string[], options: DynamicsOptions,
): DynamicsSummary {
  const years = positiveOr(options.years, 1);
  const per = (f: (r: DesReplication) => number) => estimate(reps.map((r) => f(r) / years));
  const meanOf = (f: (r: DesReplication) => number) => reps.reduce((a, r) => a + f(r), 0) / reps.length;
  const units: UnitDynamics[] = unitIds.map((id, u) => ({
    id,
    name: unitNames[u] ?? id,
    busy: meanOf((r) => r.units[u].busy),
    blocked: meanOf((r) => r.units[u].blocked),
    starved: meanOf((r) => r.units[u].starved),
    down: meanOf((r) => r.units[u].down),
    failuresPerYear: meanOf((r) => r.units[u].failures) / years,
    bufferMeanKg: meanOf((r) => r.units[u].bufferMeanKg),
  }));
  let bottleneck: UnitDynamics | null = null;
  for (const u of units) if (!bottleneck || u.busy + u.down > bottleneck.busy + bottleneck.down) bottleneck = u;
  const processedT = per((r) => r.processedT);
  const productT = per((r) => r.productT);
  const burnedPlasticT = per((r) => r.burnedPlasticT);
  const pcddfAirUgTeq = per((r) => r.pcddf[V_AIR]);
  const routesT = {} as Record<DesRouteKey, Estimate>;
  for (const k of DES_ROUTE_KEYS) routesT[k] = per((r) => r.routesT[k]);
  const sources = {} as DynamicsSummary['sources'];
  SOURCE_KEYS.forEach((key, i) => {
    sources[key] = {
      massT: meanOf((r) => r.sources[i].massT) / years,
      pcddfAirUgTeq: meanOf((r) => r.sources[i].pcddfAir) / years,
      hclKg: meanOf((r) => r.sources[i].hclKg) / years,
    };
  });
  const summary: DynamicsSummary = {
    years,
    replications: reps.length,
    seed: options.seed,
    events: reps.reduce((a, r) => a + r.events, 0),
    feedT: meanOf((r) => r.feedT) / years,
    processedT,
    productT,
    burnedPlasticT,
    routesT,
    pcddfAirUgTeq,
    pcddfTotalUgTeq: per((r) => r.pcddf.reduce((a, b) => a + b, 0)),
    pcddfLandUgTeq: per((r) => r.pcddf[V_LAND]),
    dlpcbTotalUgTeq: per((r) => r.dlpcbTotal),
    pm25Kg: per((r) => r.pm25Kg),
    co2FossilT: per((r) => r.co2FossilT),
    hclKg: per((r) => r.hclKg),
    sources,
    burnEventsPerYear: meanOf((r) => r.openBurnCount) / years,
    clearingsPerYear: meanOf((r) => r.burnCount) / years,
    fuelShortfallMJ: meanOf((r) => r.fuelShortfallMJ) / years,
    stockpilePlasticMaxKg: meanOf((r) => r.stockpilePlasticMaxKg),
    backlogT: meanOf((r) => r.feedStoreEndT) / years,
    backlogEndT: meanOf((r) => r.feedStoreEndT),
    units,
    bottleneckUnitId: bottleneck?.id ?? null,
    series: decodeSeries(first),
    burnEvents: decodeBurnEvents(first),
  };
  const precision = precisionHint([['mass.processedT', processedT], ['mass.productT', productT],
    ['mass.burnedPlasticT', burnedPlasticT], ['pcddf.air', pcddfAirUgTeq]], reps.length);
  if (precision) summary.precision = precision;
  return summary;
}

/** Runs `options.replications` replications (streams 0..n−1 of the seed) and summarises them.
 *  Refuses, before it starts, a run over the event budget or below the minimum lot
 *  (DynamicsLimitError); `onProgress` hears after each replication. */
export function runDynamics(
  engine: DynamicsEngine, scenario: Scenario, library: EmissionFactorLibraryFile, options: DynamicsOptions,
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
      throw new DynamicsLimitError('the run took far more events than estimated and was stopped; use fewer years or larger lots', 'years', 'dynamics_truncated');
    }
    reps.push(rep);
    if (r === 0) first = view.slice(0, D.DR_SIZE);
    onProgress?.(r + 1, n);
  }
  return summarize(reps, first!, compiled.unitIds, compiled.unitNames, options);
}
