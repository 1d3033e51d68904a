// Compilation of a validated scenario (MODEL.md section 2) and the resolved emission factors
// into the flat parameter block of the Wasm core (assembly/layout.ts). Defaults of MODEL.md
// are applied here and only here: missing numbers mean 0, heat.efficiency 1, backupFuel coal,
// no wastewater treatment; a unit without capacityKgPerHour has no capacity limit; the release
// method is the Toolkit's and the chlorine and HCl parameters are MODEL.md 3.1a's unless the
// library or the scenario gives them; bricks.heat.efficiency is 1.

import { textIn } from './local-text.ts';
import * as L from '../../../assembly/layout.ts';
import { normaliseShareGroups } from './shares.ts';
import { COMPONENT_KEYS as COMPONENTS, FUEL_KEYS as FUELS, PLASTIC_ROUTE_KEYS as PLASTIC_ROUTES, POLYMER_KEYS } from './keys.ts';
import type { Scenario } from './scenario-schema.ts';
import { resolveEmissionFactors, type EmissionFactorLibraryFile, type ResolvedFactors } from './emission-factors.ts';
import { resolvedValues, writeScenarioNumbers, writeValues } from './field-slots.ts';
import { sameValues } from './edit-fast-path.ts';
import { releaseMethodCode, resolveReleases, type ResolvedReleases } from './releases.ts';

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

/** The last resolution of a library and a scenario's overrides: an edit seldom changes either,
 *  so the factors are resolved again only when one does (overrides compared by value, as the
 *  worker receives a fresh copy of every scenario; 0 and −0 differ), and their slots and numbers are kept with
 *  them (written by a plain copy). The resolved factors are read, never written. */
interface Cached<T> {
  library: EmissionFactorLibraryFile;
  overrides: unknown;
  resolved: T;
  values: { slots: Int32Array; values: Float64Array };
}

function cached<T>(last: Cached<T> | null, library: EmissionFactorLibraryFile, overrides: unknown): last is Cached<T> {
  return last !== null && last.library === library && (last.overrides === overrides || sameValues(last.overrides, overrides));
}

let lastFactors: Cached<ResolvedFactors> | null = null;
function resolvedFactors(library: EmissionFactorLibraryFile, overrides: unknown): Cached<ResolvedFactors> {
  if (cached(lastFactors, library, overrides)) return lastFactors;
  const factors = resolveEmissionFactors(library, overrides);
  const values = resolvedValues('factor', { ...factors.sources, gridCo2PerMWh: factors.gridCo2PerMWh });
  return (lastFactors = { library, overrides: structuredClone(overrides), resolved: factors, values });
}

/** The release parameters likewise, resolved again only when the library or the scenario's
 *  `releases` (compared by value; the method is among them) change. */
let lastReleases: Cached<ResolvedReleases> | null = null;
function resolvedReleases(library: EmissionFactorLibraryFile, scenario: Scenario): Cached<ResolvedReleases> {
  if (cached(lastReleases, library, scenario.releases)) return lastReleases;
  const releases = resolveReleases(library, scenario);
  return (lastReleases = { library, overrides: structuredClone(scenario.releases), resolved: releases, values: resolvedValues('release', releases) });
}

/** Compiles a scenario into a new parameter block, or into `into` (P_SIZE numbers, cleared
 *  first): the edit path compiles straight into the core's own block (simulate.ts). */
export function compileScenario(scenario: Scenario, library: EmissionFactorLibraryFile, into?: Float64Array): CompiledScenario {
  const p = into === undefined ? new Float64Array(L.P_SIZE) : into.fill(0);
  const s = scenario;
  if (s.units.length > L.MAX_UNITS) throw new RangeError(`at most ${L.MAX_UNITS} units`);
  // Every number of the scenario the core reads, at its slot (field-table.ts), with MODEL.md's
  // defaults for what is left out (0; a unit's capacity unlimited, MTBF and MTTR not given (−1),
  // heat efficiencies 1); other costs added up.
  writeScenarioNumbers(p, s);
  p[L.P_N_UNITS] = s.units.length;
  s.units.forEach((unit, k) => {
    const b = L.P_UNITS + k * L.U_STRIDE;
    const removal = (unit.removal ?? {}) as Record<string, { fraction?: number; to?: string } | undefined>;
    COMPONENTS.forEach((c, i) => {
      const entry = removal[c];
      const sink = entry?.to ? (SINKS[entry.to] ?? L.SINK_NONE) : L.SINK_NONE;
      if (sink === L.SINK_NONE) p[b + L.U_REMOVAL_FRACTION + i] = 0; // removed to nowhere: not removed
      p[b + L.U_REMOVAL_SINK + i] = sink;
    });
    p[b + L.U_HEAT_FUEL] = fuelCode(unit.heat?.fuel, L.F_COAL);
    p[b + L.U_BACKUP_FUEL] = fuelCode(unit.heat?.backupFuel, L.F_COAL);
  });
  // All inert rejects are dumped when the scenario says nothing of them.
  if (s.residues.inertRoutes === undefined) p[L.P_INERT_DUMPING] = 1;
  const separation = (s.residues.separation ?? {}) as Record<string, { fraction?: number; to?: string } | undefined>;
  POLYMER_KEYS.forEach((c, i) => {
    const to = separation[c]?.to;
    p[L.P_SEPARATION_ROUTE + i] = to ? PLASTIC_ROUTES.indexOf(to as (typeof PLASTIC_ROUTES)[number]) : L.PR_LANDFILL;
  });
  p[L.P_BRICK_HEAT_FUEL] = fuelCode(s.bricks?.heat?.fuel, L.F_COAL);
  p[L.P_WASTEWATER_TREATMENT] = TREATMENTS[s.wastewater?.treatment ?? 'none'] ?? L.WASTEWATER_NONE;

  const otherCosts = (s.otherCosts ?? []).map((c) => ({
    id: c.id,
    perYear: num(c.perYear),
    perTonneFeed: num(c.perTonneFeed),
    perTonneProduct: num(c.perTonneProduct),
  }));

  normaliseShareGroups(p); // so the balance closes to 1e-9 × feed (shares.ts)
  const factors = resolvedFactors(library, s.emissionFactors);
  writeValues(p, factors.values); // each factor at the slot of its row in field-table.ts (absent and "ND": 0)
  const releases = resolvedReleases(library, s);
  p[L.P_RELEASE_METHOD] = releaseMethodCode(releases.resolved);
  writeValues(p, releases.values); // the chlorine and HCl parameters at their slots (plastic-free sources: 0)
  return {
    params: p,
    unitIds: s.units.map((unit) => unit.id),
    unitNames: s.units.map((unit) => textIn(unit.name, 'en') || unit.id), // result documents keep English names (goldens); pages pick the language
    factors: factors.resolved,
    releases: releases.resolved,
    otherCosts,
  };
}
