// Compilation of a validated scenario (MODEL.md section 2) and the resolved emission factors
// into the flat parameter block of the Wasm core (assembly/layout.ts). Defaults of MODEL.md
// are applied here and only here: missing numbers mean 0, heat.efficiency 1, backupFuel coal,
// no wastewater treatment; a unit without capacityKgPerHour has no capacity limit; the release
// method is the Toolkit's and the chlorine and HCl parameters are MODEL.md 3.1a's unless the
// library or the scenario gives them; bricks.heat.efficiency is 1.

import * as L from '../../../assembly/layout.ts';
import { normaliseShareGroups } from './shares.ts';
import {
  COMPONENT_KEYS as COMPONENTS, FUEL_KEYS as FUELS, PLASTIC_ROUTE_KEYS as PLASTIC_ROUTES, POLYMER_KEYS, type Scenario,
} from './scenario-schema.ts';
import {
  factorNumber, resolveEmissionFactors, SOURCE_KEYS, VECTOR_KEYS,
  type EmissionFactorLibraryFile, type ResolvedFactors,
} from './emission-factors.ts';
import { resolveReleases, writeReleases, type ResolvedReleases } from './releases.ts';

const SINKS: Record<string, number> = { rejects: L.SINK_REJECTS, wastewater: L.SINK_WASTEWATER, evaporation: L.SINK_EVAPORATION };
const TREATMENTS: Record<string, number> = { none: L.WASTEWATER_NONE, settling: L.WASTEWATER_SETTLING, full: L.WASTEWATER_FULL };

/** One line of `otherCosts` (MODEL.md 3.2), its amounts defaulted to 0. */
export interface CompiledOtherCost {
  id: string;
  perYear: number;
  perTonneFeed: number;
  perTonneProduct: number;
}

export interface CompiledScenario {
  params: Float64Array;
  unitIds: string[];
  unitNames: string[];
  factors: ResolvedFactors;
  releases: ResolvedReleases;
  otherCosts: CompiledOtherCost[];
}

function num(x: unknown, fallback = 0): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : fallback;
}

function fuelCode(fuel: unknown, fallback: number): number {
  const i = FUELS.indexOf(fuel as (typeof FUELS)[number]);
  return i >= 0 ? i : fallback;
}

/** Writes the emission factors into a parameter block (also used when sampling them). */
export function writeFactors(params: Float64Array, factors: ResolvedFactors): void {
  SOURCE_KEYS.forEach((key, s) => {
    const base = L.P_EF + s * L.EF_STRIDE;
    const f = factors.sources[key];
    VECTOR_KEYS.forEach((v, i) => {
      params[base + L.EF_PCDDF + i] = factorNumber(f.pcddf[v]);
      params[base + L.EF_DLPCB + i] = factorNumber(f.dlpcb[v]);
    });
    params[base + L.EF_PM25] = factorNumber(f.pm25);
    params[base + L.EF_PM10] = factorNumber(f.pm10);
    params[base + L.EF_BC] = factorNumber(f.bc);
    params[base + L.EF_CO] = factorNumber(f.co);
    params[base + L.EF_CH4] = factorNumber(f.ch4);
    params[base + L.EF_CO2_PER_TJ] = factorNumber(f.co2PerTJ);
  });
  params[L.P_GRID_CO2_PER_MWH] = factorNumber(factors.gridCo2PerMWh);
}

export function compileScenario(scenario: Scenario, library: EmissionFactorLibraryFile): CompiledScenario {
  const p = new Float64Array(L.P_SIZE);
  const s = scenario;
  p[L.P_DAYS] = num(s.calendar.daysPerYear);
  p[L.P_HOURS] = num(s.calendar.hoursPerDay);
  p[L.P_FEED_T_PER_DAY] = num(s.feed.tonnesPerDay);
  p[L.P_FEED_PRICE] = num(s.feed.pricePerTonne);
  const composition = s.feed.composition as Record<string, number | undefined>;
  COMPONENTS.forEach((c, i) => (p[L.P_COMPOSITION + i] = num(composition[c])));

  if (s.units.length > L.MAX_UNITS) throw new RangeError(`at most ${L.MAX_UNITS} units`);
  p[L.P_N_UNITS] = s.units.length;
  s.units.forEach((unit, k) => {
    const b = L.P_UNITS + k * L.U_STRIDE;
    p[b + L.U_CAPACITY_KG_PER_H] = typeof unit.capacityKgPerHour === 'number' ? unit.capacityKgPerHour : Infinity;
    p[b + L.U_MTBF_H] = num(unit.mtbfHours, -1);
    p[b + L.U_MTTR_H] = num(unit.mttrHours, -1);
    const removal = (unit.removal ?? {}) as Record<string, { fraction?: number; to?: string } | undefined>;
    COMPONENTS.forEach((c, i) => {
      const entry = removal[c];
      const sink = entry?.to ? SINKS[entry.to] ?? L.SINK_NONE : L.SINK_NONE;
      p[b + L.U_REMOVAL_FRACTION + i] = sink === L.SINK_NONE ? 0 : num(entry?.fraction);
      p[b + L.U_REMOVAL_SINK + i] = sink;
    });
    p[b + L.U_PROCESS_LOSS] = num(unit.processLossFraction);
    p[b + L.U_KWH_PER_T] = num(unit.electricityKWhPerTonne);
    p[b + L.U_WATER_M3_PER_T] = num(unit.waterM3PerTonne);
    p[b + L.U_WATER_RECYCLED] = num(unit.waterRecycledFraction);
    p[b + L.U_HEAT_MJ_PER_T] = num(unit.heat?.MJPerTonne);
    p[b + L.U_HEAT_FUEL] = fuelCode(unit.heat?.fuel, L.F_COAL);
    p[b + L.U_HEAT_EFFICIENCY] = num(unit.heat?.efficiency, 1);
    p[b + L.U_BACKUP_FUEL] = fuelCode(unit.heat?.backupFuel, L.F_COAL);
    p[b + L.U_WORKERS] = num(unit.workers);
  });

  const routes = s.residues.plasticRoutes as Record<string, number | undefined>;
  PLASTIC_ROUTES.forEach((r, i) => (p[L.P_PLASTIC_ROUTES + i] = num(routes[r])));
  const inert = (s.residues.inertRoutes ?? { dumping: 1 }) as Record<string, number | undefined>;
  p[L.P_INERT_DUMPING] = num(inert.dumping);
  p[L.P_INERT_LANDFILL] = num(inert.landfill);
  p[L.P_DUMP_FIRE_FRACTION] = num(s.residues.dumpFireFraction);
  const separation = (s.residues.separation ?? {}) as Record<string, { fraction?: number; to?: string } | undefined>;
  POLYMER_KEYS.forEach((c, i) => {
    const entry = separation[c];
    p[L.P_SEPARATION_FRACTION + i] = num(entry?.fraction);
    p[L.P_SEPARATION_ROUTE + i] = entry?.to ? PLASTIC_ROUTES.indexOf(entry.to as (typeof PLASTIC_ROUTES)[number]) : L.PR_LANDFILL;
  });

  const bricks = s.bricks;
  p[L.P_BRICK_PLASTIC_FRACTION] = num(bricks?.plasticMassFraction);
  p[L.P_BRICK_MASS_KG] = num(bricks?.brickMassKg);
  p[L.P_BRICK_KWH_PER_T_PLASTIC] = num(bricks?.electricityKWhPerTonnePlastic);
  p[L.P_SAND_PRICE] = num(bricks?.sandPricePerTonne);
  p[L.P_BRICK_PRICE] = num(bricks?.pricePerBrick);
  p[L.P_BRICK_WORKERS] = num(bricks?.workers);
  p[L.P_BRICK_HEAT_MJ_PER_T] = num(bricks?.heat?.MJPerTonnePlastic);
  p[L.P_BRICK_HEAT_FUEL] = fuelCode(bricks?.heat?.fuel, L.F_COAL);
  p[L.P_BRICK_HEAT_EFFICIENCY] = num(bricks?.heat?.efficiency, 1);
  p[L.P_WASTEWATER_TREATMENT] = TREATMENTS[s.wastewater?.treatment ?? 'none'] ?? L.WASTEWATER_NONE;

  const pr = (s.prices ?? {}) as Record<string, number | undefined>;
  p[L.P_PRICE_PRODUCT] = num(pr.productPerTonne);
  p[L.P_PRICE_ELECTRICITY] = num(pr.electricityPerKWh);
  p[L.P_PRICE_WATER] = num(pr.waterPerM3);
  p[L.P_PRICE_COAL] = num(pr.coalPerTonne);
  p[L.P_PRICE_WOOD] = num(pr.woodPerTonne);
  p[L.P_PRICE_LPG] = num(pr.lpgPerKg);
  p[L.P_WAGE] = num(pr.wagePerWorkerDay);
  p[L.P_LANDFILL_FEE] = num(pr.landfillFeePerTonne);
  p[L.P_CEMENT_KILN_FEE] = num(pr.cementKilnFeePerTonne);
  p[L.P_SCRAP_PRICE] = num(pr.scrapSalePerTonne);

  const otherCosts = (s.otherCosts ?? []).map((c) => ({
    id: c.id, perYear: num(c.perYear), perTonneFeed: num(c.perTonneFeed), perTonneProduct: num(c.perTonneProduct),
  }));
  for (const c of otherCosts) {
    p[L.P_OTHER_COST_PER_YEAR] += c.perYear;
    p[L.P_OTHER_COST_PER_T_FEED] += c.perTonneFeed;
    p[L.P_OTHER_COST_PER_T_PRODUCT] += c.perTonneProduct;
  }

  normaliseShareGroups(p); // so the balance closes to 1e-9 × feed (shares.ts)
  const factors = resolveEmissionFactors(library, s.emissionFactors);
  writeFactors(p, factors);
  const releases = resolveReleases(library, s);
  writeReleases(p, releases);
  return {
    params: p,
    unitIds: s.units.map((unit) => unit.id),
    unitNames: s.units.map((unit) => unit.name ?? unit.id),
    factors,
    releases,
    otherCosts,
  };
}
