// The village engine (MODEL.md section 8): totals of every headline figure per group and for
// the village, f_g = households_g × ((1 − share_g) × f(b_g) + share_g × f(a_g)), the village
// total Σ_g f_g, the adoption curve (every group's share replaced by s = 0, 0.1, …, 1), the
// PCDD/F in g TEQ per year next to the national inventory, the inventory rows in the Toolkit's
// layout and the union of what is not quantified. Each distinct line (scenario object) runs
// once in the core, however many groups share it. No DOM: used in the worker and in Node.

import { compileScenario, type CompiledScenario } from '../model/compile.ts';
import type { Core } from '../model/core.ts';
import { decodeResult } from '../model/decode.ts';
import type { EmissionFactorLibraryFile, NotQuantifiedItem, Status } from '../model/emission-factors.ts';
import { figure, HEADLINE_FIGURES, type MethodFigures, type ResultDocument } from '../model/result-types.ts';
import { RELEASE_METHODS, SOURCE_KEYS, VECTOR_KEYS, type ReleaseMethod, type Scenario } from '../model/scenario-schema.ts';
import type { ResolvedGroup, ResolvedVillage } from './village-load.ts';
import type { NationalContext } from './village-types.ts';
import type { VillageUncertainty } from './village-mc.ts';
import { ADOPTION_SHARES } from './adoption.ts';

export const VILLAGE_RESULT_FORMAT = 'plastic-line-village-result';

/** Figures beyond the headline ones that a village page needs (jobs, tonnes, money); all are
 *  per year and scale with households like the headline figures. */
export const VILLAGE_EXTRA_FIGURES = ['mass.feedT', 'mass.rejectsT.plastic', 'economics.workersPaid', 'economics.revenue', 'economics.costs'] as const;
export const VILLAGE_FIGURES = [...HEADLINE_FIGURES, ...VILLAGE_EXTRA_FIGURES] as const;
export type VillageFigure = (typeof VILLAGE_FIGURES)[number];
export type VillageFigures = Record<VillageFigure, number>;
export type MethodTotals = Record<ReleaseMethod, MethodFigures>;

export { ADOPTION_SHARES };

/** 1 g = 1e6 µg. */
const UG_PER_G = 1e6;

/** A group as the village file gives it (village-load.ts), with its results. */
export interface VillageGroupResult extends Pick<ResolvedGroup, 'id' | 'name' | 'nameVi' | 'lineType' | 'households' | 'share' | 'measures'> {
  /** The scenario file as written in the village file, or null for an inline scenario. */
  scenario: string | null;
  scenarioId: string;
  releaseMethod: ReleaseMethod;
  /** Figures of one household line (per year). */
  baseline: VillageFigures;
  adopted: VillageFigures | null;
  /** The dioxin figures of one line under both release methods (MODEL.md 3.1a), whichever is chosen. */
  baselineByMethod: MethodTotals;
  adoptedByMethod: MethodTotals | null;
  /** households × ((1 − share) × baseline + share × adopted). */
  totals: VillageFigures;
  totalsByMethod: MethodTotals;
}

export interface AdoptionPoint {
  share: number;
  totals: VillageFigures;
  totalsByMethod: MethodTotals;
}

/** PCDD/F in g TEQ per year; `openBurning` is the Toolkit's group 6b (open burning and dump
 *  fires), the category the national open-burning figure counts. */
export interface GTeqFigures {
  air: number;
  total: number;
  openBurning: number;
}

export interface NationalComparison extends NationalContext {
  /** The village's PCDD/F total (all sources, all vectors) as a share of the national figure. */
  shareOfNational: { before: number; withAdoption: number; allAdopted: number };
  /** The village's 6b releases (open burning and dump fires) as a share of the national figure. */
  openBurningShareOfNational: { before: number; withAdoption: number; allAdopted: number };
}

/** One row of the inventory in the Toolkit's layout: a source's activity, its emission factor
 *  per vector (implied: release ÷ activity, so that chlorine-adjusted lines are counted as they
 *  are) and its release per vector, at the village's shares. */
export interface InventoryRow {
  source: (typeof SOURCE_KEYS)[number];
  /** Toolkit source group and category ("6", "6b"); "-" where the Toolkit has none. */
  toolkitGroup: string;
  category: string;
  /** The Toolkit class whose factors are used, or how they were chosen. */
  class: string;
  activity: number;
  activityUnit: 't/yr' | 'TJ/yr';
  /** µg TEQ per unit of activity; "ND" where the factor is not quantified; null where the vector does not apply. */
  emissionFactor: Record<(typeof VECTOR_KEYS)[number], number | 'ND' | null>;
  releaseGTeqPerYear: Record<(typeof VECTOR_KEYS)[number], number> & { total: number };
  /** Status of the library's air factor (R, M, D, E), as the library gives it. */
  status: Status | null;
}

export interface VillageResultDocument {
  format: typeof VILLAGE_RESULT_FORMAT;
  version: 1;
  villageId: string;
  name: string;
  nameVi?: string;
  site?: Record<string, string>;
  /** Σ households. */
  households: number;
  /** Village totals at the groups' shares (per year). */
  totals: VillageFigures;
  totalsByMethod: MethodTotals;
  /** The release methods the groups' scenarios choose (the headline PCDD/F totals add them up). */
  releaseMethods: ReleaseMethod[];
  groups: VillageGroupResult[];
  adoptionCurve: AdoptionPoint[];
  notQuantified: string[];
  notQuantifiedItems: NotQuantifiedItem[];
  /** PCDD/F in g TEQ per year: everyone before, the village's shares, everyone adopted. */
  pcddfGTeqPerYear: { before: GTeqFigures; withAdoption: GTeqFigures; allAdopted: GTeqFigures };
  /** The national figure of the village file's `context`, and the village's share of it. */
  national: NationalComparison | null;
  inventory: InventoryRow[];
  /** Monte Carlo (MODEL.md 8 uncertainty rule), when asked for. */
  uncertainty?: VillageUncertainty;
}

/** One line's run: the result and what the aggregation reads from it. */
interface Line {
  result: ResultDocument;
  compiled: CompiledScenario;
  figures: VillageFigures;
  byMethod: MethodTotals;
}

function figuresOf(result: ResultDocument): VillageFigures {
  const out = {} as VillageFigures;
  for (const f of VILLAGE_FIGURES) out[f] = figure(result, f);
  return out;
}

/** A runner of lines that runs each distinct scenario object once. */
export function lineRunner(core: Core, library: EmissionFactorLibraryFile): (s: Scenario) => Line {
  const cache = new WeakMap<Scenario, Line>();
  return (scenario) => {
    let line = cache.get(scenario);
    if (!line) {
      const compiled = compileScenario(scenario, library);
      const result = decodeResult(core.evaluate(compiled.params), compiled, scenario.id, scenario.currency ?? 'VND');
      line = { result, compiled, figures: figuresOf(result), byMethod: structuredClone(result.chlorine.byMethod) };
      cache.set(scenario, line);
    }
    return line;
  };
}

const zeroFigures = (): VillageFigures => Object.fromEntries(VILLAGE_FIGURES.map((f) => [f, 0])) as VillageFigures;
const zeroMethods = (): MethodTotals => Object.fromEntries(RELEASE_METHODS.map((m) => [m, { pcddfAir: 0, pcddfTotal: 0, dlpcbTotal: 0 }])) as MethodTotals;

/** households × ((1 − share) × b + share × a) for every figure (a = b without adoption). */
function weighted(h: number, share: number, b: VillageFigures, a: VillageFigures): VillageFigures {
  const out = {} as VillageFigures;
  for (const f of VILLAGE_FIGURES) out[f] = h * ((1 - share) * b[f] + share * a[f]);
  return out;
}

function weightedMethods(h: number, share: number, b: MethodTotals, a: MethodTotals): MethodTotals {
  const out = zeroMethods();
  for (const m of RELEASE_METHODS) {
    for (const k of ['pcddfAir', 'pcddfTotal', 'dlpcbTotal'] as const) out[m][k] = h * ((1 - share) * b[m][k] + share * a[m][k]);
  }
  return out;
}

function addInto(sum: VillageFigures, x: VillageFigures): void {
  for (const f of VILLAGE_FIGURES) sum[f] += x[f];
}

function addMethodsInto(sum: MethodTotals, x: MethodTotals): void {
  for (const m of RELEASE_METHODS) for (const k of ['pcddfAir', 'pcddfTotal', 'dlpcbTotal'] as const) sum[m][k] += x[m][k];
}

interface GroupLines {
  h: number;
  share: number;
  b: Line;
  /** The adopted line; the baseline where the group has no adoption. */
  a: Line;
}

/** Village totals with every group at share `shareOf(g)`. */
function totalsAt(groups: readonly GroupLines[], shareOf: (g: GroupLines) => number): { totals: VillageFigures; byMethod: MethodTotals } {
  const totals = zeroFigures();
  const byMethod = zeroMethods();
  for (const g of groups) {
    const s = shareOf(g);
    addInto(totals, weighted(g.h, s, g.b.figures, g.a.figures));
    addMethodsInto(byMethod, weightedMethods(g.h, s, g.b.byMethod, g.a.byMethod));
  }
  return { totals, byMethod };
}

/** 6b (open burning and dump fires) PCDD/F of all vectors, µg TEQ per year. */
const openBurningUg = (r: ResultDocument) => r.pcddf.bySource.openBurning.total + r.pcddf.bySource.dumpFire.total;

function gTeqAt(groups: readonly GroupLines[], shareOf: (g: GroupLines) => number): GTeqFigures {
  let air = 0,
    total = 0,
    openBurning = 0;
  for (const g of groups) {
    const s = shareOf(g);
    const w = (f: (r: ResultDocument) => number) => g.h * ((1 - s) * f(g.b.result) + s * f(g.a.result));
    air += w((r) => r.pcddf.air);
    total += w((r) => r.pcddf.total);
    openBurning += w(openBurningUg);
  }
  return { air: air / UG_PER_G, total: total / UG_PER_G, openBurning: openBurning / UG_PER_G };
}

const TOOLKIT_ROWS: Record<(typeof SOURCE_KEYS)[number], { toolkitGroup: string; category: string; class: string }> = {
  openBurning: { toolkitGroup: '6', category: '6b', class: '3 (open burning of domestic waste)' },
  dumpFire: { toolkitGroup: '6', category: '6b', class: '1 (fires at waste dumps)' },
  plasticFuel: { toolkitGroup: '3', category: 'household heating with plastic', class: 'none (6b class 3 by analogy, E)' },
  coal: { toolkitGroup: '3', category: '3e', class: 'household coal stoves' },
  wood: { toolkitGroup: '3', category: '3d', class: '2 (virgin wood stoves)' },
  lpg: { toolkitGroup: '3', category: '3e', class: 'gas stoves (natural gas by analogy)' },
  cementKiln: { toolkitGroup: '4', category: '4a', class: 'co-processing, incremental release' },
  brickMelt: { toolkitGroup: '-', category: 'brick melt', class: 'none (no measurement)' },
};
const ENERGY_SOURCES = new Set(['coal', 'wood', 'lpg']);

function inventoryRows(groups: readonly GroupLines[]): InventoryRow[] {
  const rows: InventoryRow[] = [];
  for (const source of SOURCE_KEYS) {
    const energy = ENERGY_SOURCES.has(source);
    let activity = 0;
    const release = Object.fromEntries(VECTOR_KEYS.map((v) => [v, 0])) as Record<(typeof VECTOR_KEYS)[number], number>;
    for (const g of groups) {
      const w = (r: ResultDocument, f: (x: ResultDocument['pcddf']['bySource'][string]) => number) => f(r.pcddf.bySource[source]);
      const mix = (f: (x: ResultDocument['pcddf']['bySource'][string]) => number) => g.h * ((1 - g.share) * w(g.b.result, f) + g.share * w(g.a.result, f));
      activity += mix((x) => (energy ? x.energyTJ : x.massT));
      for (const v of VECTOR_KEYS) release[v] += mix((x) => x[v]);
    }
    if (!(activity > 0)) continue;
    // The factors' form (number, "ND" or absent) and status come from the first group's line.
    const factors = groups[0].b.compiled.factors.sources[source].pcddf;
    const emissionFactor = {} as InventoryRow['emissionFactor'];
    for (const v of VECTOR_KEYS) {
      const f = factors[v];
      // Implied factors carry the rounding of release ÷ activity: 12 significant digits are exact enough.
      emissionFactor[v] = f === undefined ? null : f.value === 'ND' ? 'ND' : Number((release[v] / activity).toPrecision(12));
    }
    const releaseGTeqPerYear = { ...Object.fromEntries(VECTOR_KEYS.map((v) => [v, release[v] / UG_PER_G])), total: 0 } as InventoryRow['releaseGTeqPerYear'];
    releaseGTeqPerYear.total = VECTOR_KEYS.reduce((s, v) => s + releaseGTeqPerYear[v], 0);
    rows.push({
      source,
      ...TOOLKIT_ROWS[source],
      activity,
      activityUnit: energy ? 'TJ/yr' : 't/yr',
      emissionFactor,
      releaseGTeqPerYear,
      status: factors.air?.status ?? null,
    });
  }
  return rows;
}

/** The village result document (MODEL.md 8) of a resolved village. */
export function computeVillage(core: Core, library: EmissionFactorLibraryFile, village: ResolvedVillage): VillageResultDocument {
  const run = lineRunner(core, library);
  const lines: GroupLines[] = village.groups.map((g) => {
    const b = run(g.baseline);
    return { h: g.households, share: g.share, b, a: g.adopted ? run(g.adopted) : b };
  });

  const groups: VillageGroupResult[] = village.groups.map((g, i) => {
    const { h, share, b, a } = lines[i];
    const adopted = g.adopted !== null;
    return {
      id: g.id,
      name: g.name,
      ...(g.nameVi !== undefined ? { nameVi: g.nameVi } : {}),
      ...(g.lineType !== undefined ? { lineType: g.lineType } : {}),
      households: h,
      share,
      measures: g.measures,
      scenario: g.scenarioRef,
      scenarioId: g.baseline.id,
      releaseMethod: b.result.chlorine.method,
      baseline: b.figures,
      adopted: adopted ? a.figures : null,
      baselineByMethod: b.byMethod,
      adoptedByMethod: adopted ? a.byMethod : null,
      totals: weighted(h, share, b.figures, a.figures),
      totalsByMethod: weightedMethods(h, share, b.byMethod, a.byMethod),
    };
  });

  const atShares = totalsAt(lines, (g) => g.share);
  const adoptionCurve = ADOPTION_SHARES.map((s) => {
    const t = totalsAt(lines, () => s);
    return { share: s, totals: t.totals, totalsByMethod: t.byMethod };
  });

  // What is not quantified anywhere in the village (a line that could be adopted counts too).
  const items = new Map<string, NotQuantifiedItem>();
  for (const g of lines) {
    for (const r of [g.b.result, g.a.result]) {
      r.notQuantified.forEach((name, k) => {
        if (!items.has(name)) items.set(name, r.notQuantifiedItems[k]);
      });
    }
  }

  const pcddfGTeqPerYear = {
    before: gTeqAt(lines, () => 0),
    withAdoption: gTeqAt(lines, (g) => g.share),
    allAdopted: gTeqAt(lines, () => 1),
  };
  const context = village.file.context;
  const national: NationalComparison | null = context
    ? {
        ...context,
        shareOfNational: {
          before: pcddfGTeqPerYear.before.total / context.nationalOpenBurningGTeqPerYear,
          withAdoption: pcddfGTeqPerYear.withAdoption.total / context.nationalOpenBurningGTeqPerYear,
          allAdopted: pcddfGTeqPerYear.allAdopted.total / context.nationalOpenBurningGTeqPerYear,
        },
        openBurningShareOfNational: {
          before: pcddfGTeqPerYear.before.openBurning / context.nationalOpenBurningGTeqPerYear,
          withAdoption: pcddfGTeqPerYear.withAdoption.openBurning / context.nationalOpenBurningGTeqPerYear,
          allAdopted: pcddfGTeqPerYear.allAdopted.openBurning / context.nationalOpenBurningGTeqPerYear,
        },
      }
    : null;

  const methods = new Set<ReleaseMethod>();
  for (const g of lines) {
    methods.add(g.b.result.chlorine.method);
    methods.add(g.a.result.chlorine.method);
  }
  const f = village.file;
  return {
    format: VILLAGE_RESULT_FORMAT,
    version: 1,
    villageId: f.id,
    name: f.name,
    ...(f.nameVi !== undefined ? { nameVi: f.nameVi } : {}),
    ...(f.site !== undefined ? { site: f.site as Record<string, string> } : {}),
    households: lines.reduce((s, g) => s + g.h, 0),
    totals: atShares.totals,
    totalsByMethod: atShares.byMethod,
    releaseMethods: RELEASE_METHODS.filter((m) => methods.has(m)),
    groups,
    adoptionCurve,
    notQuantified: [...items.keys()],
    notQuantifiedItems: [...items.values()],
    pcddfGTeqPerYear,
    national,
    inventory: inventoryRows(lines),
  };
}
