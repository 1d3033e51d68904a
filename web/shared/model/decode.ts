// Turns the core's flat result block into the result document of MODEL.md section 4.

import * as L from '../../../assembly/layout.ts';
import type { CompiledScenario } from './compile.ts';
import { COMPONENT_KEYS as COMPONENTS, PLASTIC_SOURCE_KEYS } from './keys.ts';
import {
  ALWAYS_NOT_QUANTIFIED_ITEMS,
  notQuantifiedItems,
  notQuantifiedName,
  SOURCE_KEYS,
  type NotQuantifiedItem,
  type ResolvedFactors,
  type SourceKey,
} from './emission-factors.ts';
import type { ChlorineResult, ResultDocument, SourceResult, VectorFigures } from './result-types.ts';
import type { PlasticSourceKey } from './scenario-schema.ts';

/** The numbers of a result block at named slots, in the slots' order: `{ feedT: L.R_FEED_T }` gives
 *  `{ feedT: r[L.R_FEED_T] }`; each slot is offset by `base` (a source's or a unit's block). */
export function readSlots<K extends string>(r: Float64Array, slots: Record<K, number>, base = 0): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k in slots) out[k] = r[base + slots[k]];
  return out;
}

function vectors(r: Float64Array, at: number): VectorFigures {
  const v = { air: r[at], water: r[at + 1], land: r[at + 2], product: r[at + 3], residue: r[at + 4], total: 0 };
  v.total = v.air + v.water + v.land + v.product + v.residue;
  return v;
}

/** Infinity (no capacity limit) has no JSON form; it becomes null. */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function decodeChlorine(r: Float64Array, compiled: CompiledScenario): ChlorineResult {
  const bySource = {} as ChlorineResult['bySource'];
  const adjustedMultiplier = {} as ChlorineResult['adjustedMultiplier'];
  for (const key of PLASTIC_SOURCE_KEYS) {
    const b = L.R_SOURCES + SOURCE_KEYS.indexOf(key) * L.RS_STRIDE;
    bySource[key] = { clFraction: r[b + L.RS_CL_FRACTION], multiplier: r[b + L.RS_MULTIPLIER] };
    adjustedMultiplier[key] = r[b + L.RS_ADJUSTED_MULTIPLIER];
  }
  return {
    method: compiled.releases.method,
    bySource,
    adjustedMultiplier,
    poolClFraction: r[L.R_POOL_CL_FRACTION],
    byMethod: {
      toolkit: { pcddfAir: r[L.R_PCDDF_AIR_TOOLKIT], pcddfTotal: r[L.R_PCDDF_TOTAL_TOOLKIT], dlpcbTotal: r[L.R_DLPCB_TOTAL_TOOLKIT] },
      chlorineAdjusted: { pcddfAir: r[L.R_PCDDF_AIR_ADJUSTED], pcddfTotal: r[L.R_PCDDF_TOTAL_ADJUSTED], dlpcbTotal: r[L.R_DLPCB_TOTAL_ADJUSTED] },
    },
  };
}

/** MODEL.md 3.2: each of `otherCosts` = perYear + perTonneFeed × F + perTonneProduct × Q. */
function otherById(compiled: CompiledScenario, feedT: number, productT: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of compiled.otherCosts) out[c.id] = c.perYear + c.perTonneFeed * feedT + c.perTonneProduct * productT;
  return out;
}

/** The not-quantified items and their names for resolved factors and the active sources; the
 *  last answer is kept, as an edit seldom changes either (the factors are cached by compile.ts). */
let lastNotQuantified: { factors: ResolvedFactors; active: string; items: NotQuantifiedItem[]; names: string[] } | null = null;
function notQuantified(factors: ResolvedFactors, active: SourceKey[]): { items: NotQuantifiedItem[]; names: string[] } {
  const key = active.join();
  if (lastNotQuantified?.factors !== factors || lastNotQuantified.active !== key) {
    const items = [...ALWAYS_NOT_QUANTIFIED_ITEMS, ...notQuantifiedItems(factors, active)];
    lastNotQuantified = { factors, active: key, items, names: items.map(notQuantifiedName) };
  }
  return lastNotQuantified;
}

export function decodeResult(r: Float64Array, compiled: CompiledScenario, scenarioId: string, currency = 'VND'): ResultDocument {
  const bySource: Record<string, SourceResult> = {};
  const active: SourceKey[] = [];
  for (let s = 0; s < SOURCE_KEYS.length; s++) {
    const key = SOURCE_KEYS[s];
    const b = L.R_SOURCES + s * L.RS_STRIDE;
    const air = r[b + L.RS_PCDDF];
    const water = r[b + L.RS_PCDDF + 1];
    const land = r[b + L.RS_PCDDF + 2];
    const product = r[b + L.RS_PCDDF + 3];
    const residue = r[b + L.RS_PCDDF + 4];
    // One object literal of a fixed shape (the keys in the order the document has always had).
    bySource[key] = {
      air,
      water,
      land,
      product,
      residue,
      total: air + water + land + product + residue,
      massT: r[b + L.RS_MASS_T],
      energyTJ: r[b + L.RS_ENERGY_TJ],
      dlpcb: vectors(r, b + L.RS_DLPCB),
      pm25Kg: r[b + L.RS_PM25_KG],
      pm10Kg: r[b + L.RS_PM10_KG],
      bcKg: r[b + L.RS_BC_KG],
      coKg: r[b + L.RS_CO_KG],
      ch4Kg: r[b + L.RS_CH4_KG],
      co2FossilT: r[b + L.RS_CO2_FOSSIL_T],
      co2BiogenicT: r[b + L.RS_CO2_BIOGENIC_T],
    };
    if (r[b + L.RS_MASS_T] > 0) active.push(key);
  }
  const bottleneck = r[L.R_BOTTLENECK];
  const units = compiled.unitIds.map((id, k) => {
    const b = L.R_UNITS + k * L.RU_STRIDE;
    const limited = Number.isFinite(r[b + L.RU_CAPACITY_T]);
    return {
      id,
      name: compiled.unitNames[k],
      inT: r[b + L.RU_IN_T],
      outT: r[b + L.RU_OUT_T],
      removedT: r[b + L.RU_REMOVED_T],
      capacityT: finiteOrNull(r[b + L.RU_CAPACITY_T]),
      utilization: limited ? finiteOrNull(r[b + L.RU_UTILIZATION]) : null,
      sharePerTonneFeed: r[b + L.RU_SHARE],
    };
  });
  const productComposition: Record<string, number> = {};
  for (let i = 0; i < COMPONENTS.length; i++) productComposition[COMPONENTS[i]] = r[L.R_PRODUCT_COMPOSITION + i];
  const pool: Record<string, number> = {};
  for (let i = 0; i < L.N_POLYMERS; i++) pool[COMPONENTS[i]] = r[L.R_POOL_COMPOSITION + i];
  const separated: Record<string, number> = {};
  for (let i = 0; i < L.N_POLYMERS; i++) if (r[L.R_SEPARATED_T + i] > 0) separated[COMPONENTS[i]] = r[L.R_SEPARATED_T + i];
  const pcddf = vectors(r, L.R_PCDDF);
  const dlpcb = vectors(r, L.R_DLPCB);
  const nq = notQuantified(compiled.factors, active);
  const hclKgBySource = {} as Record<PlasticSourceKey, number>;
  for (const key of PLASTIC_SOURCE_KEYS) hclKgBySource[key] = r[L.R_SOURCES + SOURCE_KEYS.indexOf(key) * L.RS_STRIDE + L.RS_HCL_KG];

  return {
    format: 'plastic-line-result',
    version: 1,
    scenarioId,
    mass: {
      feedT: r[L.R_FEED_T],
      processedT: r[L.R_PROCESSED_T],
      backlogT: r[L.R_BACKLOG_T],
      productT: r[L.R_PRODUCT_T],
      evaporatedT: r[L.R_EVAPORATED_T],
      wastewaterSolidsT: r[L.R_WASTEWATER_SOLIDS_T],
      sludgeT: r[L.R_SLUDGE_T],
      dischargedSolidsT: r[L.R_DISCHARGED_SOLIDS_T],
      rejectsT: { plastic: r[L.R_REJECTS_PLASTIC_T], inert: r[L.R_REJECTS_INERT_T] },
      routesT: {
        fuel: r[L.R_ROUTE_FUEL_T],
        openBurning: r[L.R_ROUTE_OPEN_BURNING_T],
        dumping: r[L.R_ROUTE_DUMPING_T],
        dumpFire: r[L.R_ROUTE_DUMP_FIRE_T],
        landfill: r[L.R_ROUTE_LANDFILL_T],
        bricks: r[L.R_ROUTE_BRICKS_T],
        cementKiln: r[L.R_ROUTE_CEMENT_KILN_T],
        sale: r[L.R_ROUTE_SALE_T],
        inertDumping: r[L.R_ROUTE_INERT_DUMPING_T],
        inertLandfill: r[L.R_ROUTE_INERT_LANDFILL_T],
      },
      burnedPlasticT: r[L.R_BURNED_PLASTIC_T],
      closureErrorT: r[L.R_CLOSURE_ERROR_T],
      bottleneckUnitId: bottleneck >= 0 ? (compiled.unitIds[bottleneck] ?? null) : null,
      throughputRatio: r[L.R_THROUGHPUT_RATIO],
      units,
      productComposition,
      rejectsPoolComposition: pool,
      separatedT: separated,
      landfilledT: r[L.R_LANDFILL_T],
    },
    bricks: { count: r[L.R_BRICK_COUNT], tonnes: r[L.R_BRICK_T], sandT: r[L.R_SAND_T], heatFuelMJ: r[L.R_BRICK_HEAT_FUEL_MJ] },
    energy: {
      electricityKWh: r[L.R_ELECTRICITY_KWH],
      heatElectricityKWh: r[L.R_HEAT_ELECTRICITY_KWH],
      fuelMJ: {
        plasticRejects: r[L.R_FUEL_MJ + L.F_PLASTIC],
        coal: r[L.R_FUEL_MJ + L.F_COAL],
        wood: r[L.R_FUEL_MJ + L.F_WOOD],
        lpg: r[L.R_FUEL_MJ + L.F_LPG],
      },
      fuelShortfallMJ: r[L.R_FUEL_SHORTFALL_MJ],
      purchasedFuel: { coalT: r[L.R_COAL_T], woodT: r[L.R_WOOD_T], lpgKg: r[L.R_LPG_KG] },
    },
    water: { freshM3: r[L.R_FRESH_WATER_M3], wastewaterM3: r[L.R_WASTEWATER_M3], recycledM3: r[L.R_WATER_RECYCLED_M3] },
    pcddf: { air: pcddf.air, water: pcddf.water, land: pcddf.land, product: pcddf.product, residue: pcddf.residue, total: r[L.R_PCDDF_TOTAL], bySource },
    dlpcb: { air: dlpcb.air, water: dlpcb.water, land: dlpcb.land, product: dlpcb.product, residue: dlpcb.residue, total: r[L.R_DLPCB_TOTAL] },
    air: {
      pm25Kg: r[L.R_PM25_KG],
      pm10Kg: r[L.R_PM10_KG],
      bcKg: r[L.R_BC_KG],
      coKg: r[L.R_CO_KG],
      ch4Kg: r[L.R_CH4_KG],
      co2FossilT: r[L.R_CO2_FOSSIL_T],
      co2BiogenicT: r[L.R_CO2_BIOGENIC_T],
      co2ElectricityT: r[L.R_CO2_ELECTRICITY_T],
      hclKg: r[L.R_HCL_KG],
      hclKgBySource,
    },
    chlorine: decodeChlorine(r, compiled),
    notQuantified: nq.names.slice(),
    notQuantifiedItems: nq.items.slice(),
    economics: {
      currency,
      revenue: r[L.R_REVENUE],
      costs: r[L.R_COSTS],
      profit: r[L.R_PROFIT],
      revenueBreakdown: { product: r[L.R_REVENUE_PRODUCT], bricks: r[L.R_REVENUE_BRICKS], scrapSale: r[L.R_REVENUE_SALE] },
      costBreakdown: {
        feed: r[L.R_COST_FEED],
        electricity: r[L.R_COST_ELECTRICITY],
        water: r[L.R_COST_WATER],
        coal: r[L.R_COST_COAL],
        wood: r[L.R_COST_WOOD],
        lpg: r[L.R_COST_LPG],
        labour: r[L.R_COST_LABOUR],
        landfill: r[L.R_COST_LANDFILL],
        cementKiln: r[L.R_COST_CEMENT_KILN],
        sand: r[L.R_COST_SAND],
        other: r[L.R_COST_OTHER],
        otherById: otherById(compiled, r[L.R_FEED_T], r[L.R_PRODUCT_T]),
      },
      workersPaid: r[L.R_WORKERS],
    },
  };
}
