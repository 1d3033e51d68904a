// What a run of the line dynamics gives (MODEL.md section 7): the result block of one
// replication decoded (assembly/des-layout.ts), and the replications summarised as means with
// Student-t 95 % intervals per year, utilisation per unit, the bottleneck, the series and burn
// events of the first replication, and a hint when the intervals are wide. No DOM.

import * as D from '../../../assembly/des-layout.ts';
import { N_SOURCES, V_AIR, V_LAND } from '../../../assembly/layout.ts';
import { SOURCE_KEYS, type SourceKey } from '../model/scenario-schema.ts';
import { readSlots } from '../model/decode.ts';
import { meanWithT95Interval, type Estimate } from './statistics.ts';

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

export function decodeReplication(r: Float64Array): DesReplication {
  const n = r[D.DR_N_UNITS];
  const units = [];
  for (let u = 0; u < n; u++) {
    const b = D.DR_UNITS + u * D.DRU_STRIDE;
    units.push(
      readSlots(
        r,
        { busy: D.DRU_BUSY, blocked: D.DRU_BLOCKED, starved: D.DRU_STARVED, down: D.DRU_DOWN, failures: D.DRU_FAILURES, bufferMeanKg: D.DRU_BUFFER_MEAN_KG },
        b,
      ),
    );
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
    ...readSlots(r, { feedT: D.DR_FEED_ARRIVED_T, processedT: D.DR_PROCESSED_T, productT: D.DR_PRODUCT_T, burnedPlasticT: D.DR_BURNED_PLASTIC_T }),
    routesT,
    pcddf,
    dlpcbTotal: r.subarray(D.DR_DLPCB, D.DR_DLPCB + 5).reduce((a, b) => a + b, 0),
    pm25Kg: r[D.DR_PM25_KG],
    co2FossilT: r[D.DR_CO2_FOSSIL_T],
    hclKg: r[D.DR_HCL_KG],
    sources,
    ...readSlots(r, {
      burnCount: D.DR_BURN_COUNT,
      openBurnCount: D.DR_OPEN_BURN_COUNT,
      fuelShortfallMJ: D.DR_FUEL_SHORTFALL_MJ,
      stockpilePlasticMaxKg: D.DR_STOCKPILE_PLASTIC_MAX_KG,
      feedStoreEndT: D.DR_FEED_STORE_END_T,
    }),
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

/** The replications' summary; `run` gives the years simulated (1 when not a positive number)
 *  and the seed of the run. */
export function summarize(
  reps: DesReplication[],
  first: Float64Array,
  unitIds: string[],
  unitNames: string[],
  run: { years: number; seed: number },
): DynamicsSummary {
  const years = typeof run.years === 'number' && Number.isFinite(run.years) && run.years > 0 ? run.years : 1;
  const per = (f: (r: DesReplication) => number) => meanWithT95Interval(reps.map((r) => f(r) / years));
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
    seed: run.seed,
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
  const precision = precisionHint(
    [
      ['mass.processedT', processedT],
      ['mass.productT', productT],
      ['mass.burnedPlasticT', burnedPlasticT],
      ['pcddf.air', pcddfAirUgTeq],
    ],
    reps.length,
  );
  if (precision) summary.precision = precision;
  return summary;
}
