// Line dynamics (MODEL.md section 7): a validated scenario and run options → the DES parameter
// block (assembly/des-layout.ts), replications through the Wasm core, and their summary
// (means, Student-t 95 % intervals, the series and burn events of one replication).

import * as D from '../../assembly/des-layout.ts';
import { MAX_UNITS, P_SIZE, V_AIR, V_LAND } from '../../assembly/layout.ts';
import type { Core } from './core.ts';
import { compileScenario } from './compile.ts';
import type { EmissionFactorLibraryFile } from './emission-factors.ts';
import type { Scenario } from './scenario-schema.ts';

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
  /** Share of the plastic stockpile burned at a burn event; the rest is carted away. */
  burnShare?: number;
  /** Points per series (the core decimates to at most DR_MAX_POINTS). */
  seriesPoints?: number;
}

/** Optional scenario extension read here (top-level `dynamics`). */
export interface ScenarioDynamics {
  lotKg?: number;
  bufferKg?: number;
  arrivals?: 'daily' | 'poisson';
  failureDistribution?: 'exponential' | 'lognormal';
  failureCv?: number;
  burnPolicy?: BurnPolicy;
  burnShare?: number;
}

export const DYNAMICS_DEFAULTS = {
  lotKg: 25,
  bufferKg: 500,
  arrivals: 'daily',
  failures: 'exponential',
  failureCv: 1,
  burnPolicy: { everyDays: 7 } as BurnPolicy,
  burnShare: 1,
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

export interface BurnEvent {
  day: number;
  plasticKg: number;
  pcddfAirUg: number;
}

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

/** Figures are per year (totals over the horizon ÷ years) unless their name says otherwise. */
export interface DynamicsSummary {
  years: number;
  replications: number;
  seed: number;
  /** Events simulated, all replications. */
  events: number;
  feedT: number;
  processedT: Estimate;
  productT: Estimate;
  burnedPlasticT: Estimate;
  pcddfAirUgTeq: Estimate;
  pcddfLandUgTeq: Estimate;
  dlpcbAirUgTeq: Estimate;
  pm25Kg: Estimate;
  co2FossilT: Estimate;
  burnEventsPerYear: number;
  stockpilePlasticMaxKg: number;
  backlogT: number;
  units: UnitDynamics[];
  /** The unit busiest (plus down) of its working time. */
  bottleneckUnitId: string | null;
  /** Replication 0: one sample path, not an average. */
  series: DynamicsSeries;
  burnEvents: BurnEvent[];
  hint?: string;
}

/** One replication's figures, totals over the horizon. */
export interface DesReplication {
  events: number;
  feedT: number;
  processedT: number;
  productT: number;
  burnedPlasticT: number;
  pcddf: number[];
  dlpcbAir: number;
  pm25Kg: number;
  co2FossilT: number;
  burnCount: number;
  stockpilePlasticMaxKg: number;
  feedStoreEndT: number;
  units: { busy: number; blocked: number; starved: number; down: number; failures: number; bufferMeanKg: number }[];
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
  p[D.DP_BURN_SHARE] = Math.min(1, nonNegativeOr(options.burnShare ?? ext.burnShare, DYNAMICS_DEFAULTS.burnShare));
  p[D.DP_YEARS] = positiveOr(options.years, 1);
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
  return {
    events: r[D.DR_EVENTS],
    feedT: r[D.DR_FEED_ARRIVED_T],
    processedT: r[D.DR_PROCESSED_T],
    productT: r[D.DR_PRODUCT_T],
    burnedPlasticT: r[D.DR_BURNED_PLASTIC_T],
    pcddf: Array.from(r.subarray(D.DR_PCDDF, D.DR_PCDDF + 5)),
    dlpcbAir: r[D.DR_DLPCB + V_AIR],
    pm25Kg: r[D.DR_PM25_KG],
    co2FossilT: r[D.DR_CO2_FOSSIL_T],
    burnCount: r[D.DR_BURN_COUNT],
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
    events.push({ day: r[b + D.DRB_DAY], plasticKg: r[b + D.DRB_PLASTIC_KG], pcddfAirUg: r[b + D.DRB_PCDDF_AIR_UG] });
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

function precisionHint(estimates: Record<string, Estimate>, replications: number): string | undefined {
  if (replications < 2) return 'One replication gives no confidence interval; run at least 2 (20 is a good start).';
  let worst: { name: string; relative: number } | undefined;
  for (const [name, e] of Object.entries(estimates)) {
    if (e.mean === 0) continue;
    const relative = (e.ci95[1] - e.ci95[0]) / 2 / Math.abs(e.mean);
    if (relative > HINT_RELATIVE_HALF_WIDTH && (!worst || relative > worst.relative)) worst = { name, relative };
  }
  if (!worst) return undefined;
  // the half-width shrinks as 1/√n
  const needed = Math.ceil(replications * (worst.relative / HINT_RELATIVE_HALF_WIDTH) ** 2);
  return `The 95 % interval of ${worst.name} is ±${(worst.relative * 100).toFixed(1)} % of the mean; ` +
    `about ${needed} replications (or a longer horizon) would bring it within ±5 %.`;
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
  const summary: DynamicsSummary = {
    years,
    replications: reps.length,
    seed: options.seed,
    events: reps.reduce((a, r) => a + r.events, 0),
    feedT: meanOf((r) => r.feedT) / years,
    processedT,
    productT,
    burnedPlasticT,
    pcddfAirUgTeq,
    pcddfLandUgTeq: per((r) => r.pcddf[V_LAND]),
    dlpcbAirUgTeq: per((r) => r.dlpcbAir),
    pm25Kg: per((r) => r.pm25Kg),
    co2FossilT: per((r) => r.co2FossilT),
    burnEventsPerYear: meanOf((r) => r.burnCount) / years,
    stockpilePlasticMaxKg: meanOf((r) => r.stockpilePlasticMaxKg),
    backlogT: meanOf((r) => r.feedStoreEndT),
    units,
    bottleneckUnitId: bottleneck?.id ?? null,
    series: decodeSeries(first),
    burnEvents: decodeBurnEvents(first),
  };
  const hint = precisionHint({ processedT, productT, burnedPlasticT, pcddfAirUgTeq }, reps.length);
  if (hint) summary.hint = hint;
  return summary;
}

/** Runs `options.replications` replications (streams 0..n−1 of the seed) and summarises them. */
export function runDynamics(
  engine: DynamicsEngine, scenario: Scenario, library: EmissionFactorLibraryFile, options: DynamicsOptions,
): DynamicsSummary {
  const compiled = compileScenario(scenario, library);
  const desParams = compileDynamics(scenario, options);
  const n = Math.max(1, Math.floor(options.replications));
  const reps: DesReplication[] = [];
  let first: Float64Array | undefined;
  for (let r = 0; r < n; r++) {
    const view = engine.runView(compiled.params, desParams, r);
    reps.push(decodeReplication(view));
    if (r === 0) first = view.slice();
  }
  return summarize(reps, first!, compiled.unitIds, compiled.unitNames, options);
}
