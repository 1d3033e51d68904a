// Measured versus modelled (issue 9): a scenario built from one household's survey record on a
// template scenario (e.g. the village fixture), run through the core, and compared with the
// measurement figure by figure. Where they disagree beyond a tolerance the comparison names the
// model parameter most likely to be wrong, in words. No DOM and no Node APIs.
//
// What is taken from the measurement (the rest stays as in the template, and every change is
// listed in `assumptions` and in the scenario's provenance with status D):
// - working days; feed tonnes/day = plastic bought ÷ working days; prices; workers (the
//   template's workers scaled to the measured total);
// - plastic reject routes = the measured kg shares of open burning, dumping, sale and bricks
//   (burned as fuel is not a route: it follows from the heat demand of the heated units);
//   dump-fire fraction = dump-fire kg ÷ dumped kg when both are given;
// - the fuel of the heated units = the measured fuel with the most energy;
// - electricity kWh per tonne of every unit (and of brick making) scaled so that the line's
//   electricity equals the measured total; water m³ per tonne scaled likewise.
// Electricity and water therefore agree by construction (their comparison checks the scaling);
// product, rejects by route, fuel and profit are true tests of the template's other parameters.

import type { Core } from '../model/core.ts';
import { textIn } from '../model/local-text.ts';
import type { EmissionFactorLibraryFile } from '../model/emission-factors.ts';
import type { FigureKey } from '../model/figure-catalogue.ts';
import { householdIndicators, INDICATOR_CONSTANTS, provenanceOf, type IndicatorOptions } from './indicators.ts';
import type { ResultDocument } from '../model/result-types.ts';
import { validateScenario, type FuelKey, type Scenario, type Unit } from '../model/scenario-schema.ts';
import { runScenario } from '../model/simulate.ts';
import type { SurveyRecord } from './survey.ts';

export { provenanceOf };

export const DEFAULT_TOLERANCE = 0.15;

/** Brick-making defaults used when a household makes bricks and the template has no `bricks`. */
const DEFAULT_BRICKS = {
  plasticMassFraction: 0.3,
  brickMassKg: 2,
  electricityKWhPerTonnePlastic: 500,
  sandPricePerTonne: 150000,
  pricePerBrick: 3000,
  workers: 2,
};

export interface HouseholdScenario {
  scenario: Scenario;
  /** What was taken from the measurement and what was kept from the template, in words. */
  assumptions: string[];
}

export type ComparisonKey =
  'product' | 'plasticRejects' | 'openBurning' | 'fuelRejects' | 'dumping' | 'dumpFire' | 'sale' | 'bricks' | 'electricity' | 'fuel' | 'water' | 'profit';

/** The result figure each comparison reads, whose catalogue entry labels it on a page. */
export const COMPARISON_FIGURES = {
  product: 'mass.productT',
  plasticRejects: 'mass.rejectsT.plastic',
  openBurning: 'mass.routesT.openBurning',
  fuelRejects: 'mass.routesT.fuel',
  dumping: 'mass.routesT.dumping',
  dumpFire: 'mass.routesT.dumpFire',
  sale: 'mass.routesT.sale',
  bricks: 'mass.routesT.bricks',
  electricity: 'energy.electricityKWh',
  fuel: 'energy.fuelMJ',
  water: 'water.freshM3',
  profit: 'economics.profit',
} as const satisfies Record<ComparisonKey, FigureKey>;

export interface ComparisonItem {
  key: ComparisonKey;
  figure: (typeof COMPARISON_FIGURES)[ComparisonKey];
  /** English label and unit of the messages (a page shows the catalogue's). */
  label: string;
  unit: string;
  measured: number | null;
  modelled: number;
  /** (modelled − measured) ÷ measured; 0 when both are 0; null when not measured or measured 0. */
  relativeDifference: number | null;
  flagged: boolean;
  /** The parameter to revisit, in words (only when flagged). */
  hint: string | null;
  /** One sentence: "product 22 % below measurement: revisit …", or "agrees within 15 %". */
  message: string;
}

export interface MeasuredVsModelled {
  householdId: string;
  period: SurveyRecord['period'];
  tolerance: number;
  scenario: Scenario;
  assumptions: string[];
  result: ResultDocument;
  items: ComparisonItem[];
  flags: ComparisonItem[];
}

// ---------------------------------------------------------------------------------------------
// Building the scenario

const ID_SAFE = /[^A-Za-z0-9_.-]+/g;

function unitNames(units: readonly Unit[], pick: (u: Unit) => boolean): string {
  const names = units.filter(pick).map((u) => (u.name ? `${u.id} (${textIn(u.name, 'en')})` : u.id));
  return names.length > 0 ? names.join(', ') : 'the units';
}

function measuredFuelMJ(r: SurveyRecord): Record<Exclude<FuelKey, 'electricity'>, number | null> {
  const lhv = r.plasticFuelLhvMJPerKg ?? INDICATOR_CONSTANTS.plasticFuelLhvMJPerKg.value;
  return {
    plasticRejects: r.rejectsBurnedAsFuelKgPerYr === null ? null : r.rejectsBurnedAsFuelKgPerYr * lhv,
    coal: r.coalTPerYr === null ? null : r.coalTPerYr * 1000 * INDICATOR_CONSTANTS.coalLhvMJPerKg.value,
    wood: r.woodTPerYr === null ? null : r.woodTPerYr * 1000 * INDICATOR_CONSTANTS.woodLhvMJPerKg.value,
    lpg: r.lpgKgPerYr === null ? null : r.lpgKgPerYr * INDICATOR_CONSTANTS.lpgLhvMJPerKg.value,
  };
}

/** Builds a scenario from one household's measurements on a template scenario (runs the core
 *  once to scale electricity and water to the measured totals). */
export function scenarioFromHousehold(core: Core, record: SurveyRecord, template: Scenario, library: EmissionFactorLibraryFile): HouseholdScenario {
  const s = structuredClone(template) as Scenario & Record<string, unknown>;
  const assumptions: string[] = [];
  const provenance: Record<string, { source: string; status: 'D'; note?: string }> = { ...(s.provenance ?? {}) } as never;
  const who = `survey household ${record.householdId}, ${record.period}`;
  const measured = (pointer: string, note?: string) => {
    provenance[pointer] = { source: `${who} (measured)`, status: 'D', ...(note ? { note } : {}) };
  };
  const kept = (what: string) => assumptions.push(`${what}: not measured, kept from the template "${template.id}"`);

  s.id = `${template.id}-${record.householdId}-${record.period}`.replace(ID_SAFE, '-').slice(0, 64);
  s.name = `Household ${record.householdId} (${record.village}), ${record.period}: built from the survey on "${template.id}"`.slice(0, 200);
  s.description = `Built from the measurements of ${who} on the template scenario "${template.id}"; see the assumptions listed with the comparison.`;

  // Calendar and feed
  if (record.workingDaysPerYr !== null && record.workingDaysPerYr >= 1) {
    s.calendar.daysPerYear = record.workingDaysPerYr;
    measured('/calendar/daysPerYear');
  } else kept('working days');
  const days = s.calendar.daysPerYear;
  if (record.plasticBoughtTPerYr !== null) {
    s.feed.tonnesPerDay = record.plasticBoughtTPerYr / days;
    measured('/feed/tonnesPerDay', 'plastic bought ÷ working days');
  } else kept('plastic bought (feed)');

  // Plastic reject routes from the measured kg shares
  const routeKg = {
    openBurning: record.rejectsOpenBurnedKgPerYr,
    dumping: record.rejectsDumpedKgPerYr,
    sale: record.rejectsSoldKgPerYr,
    bricks: record.rejectsToBricksKgPerYr,
  };
  const known = Object.entries(routeKg).filter(([, v]) => v !== null) as [keyof typeof routeKg, number][];
  const totalKg = known.reduce((a, [, v]) => a + v, 0);
  if (known.length > 0 && totalKg > 0) {
    const routes = { openBurning: 0, dumping: 0, landfill: 0, bricks: 0, cementKiln: 0, sale: 0 };
    for (const [k, v] of known) routes[k] = v / totalKg;
    s.residues.plasticRoutes = routes;
    for (const k of Object.keys(routes)) measured(`/residues/plasticRoutes/${k}`, 'share of the measured kg of plastic rejects by route');
    const unknown = Object.entries(routeKg)
      .filter(([, v]) => v === null)
      .map(([k]) => k);
    if (unknown.length > 0) assumptions.push(`reject routes ${unknown.join(', ')} not measured: taken as 0 in the route shares`);
    if (routes.bricks > 0 && s.bricks === undefined) {
      s.bricks = { ...DEFAULT_BRICKS };
      assumptions.push(
        'the household makes bricks but the template has no brick-making data: defaults of 30 % plastic, 2 kg bricks, 500 kWh/t plastic were used (E)',
      );
    }
  } else kept('reject routes (no measured kg of rejects by route)');
  if (record.rejectsDumpFireKgPerYr !== null && record.rejectsDumpedKgPerYr !== null && record.rejectsDumpedKgPerYr > 0) {
    s.residues.dumpFireFraction = Math.min(1, record.rejectsDumpFireKgPerYr / record.rejectsDumpedKgPerYr);
    measured('/residues/dumpFireFraction', 'dump-fire kg ÷ dumped kg');
  } else if (record.rejectsDumpedKgPerYr !== null && record.rejectsDumpedKgPerYr > 0) kept('dump-fire fraction');

  // Fuel of the heated units
  const fuels = measuredFuelMJ(record);
  const heated = s.units.map((u, i) => [u, i] as const).filter(([u]) => u.heat !== undefined && (u.heat.MJPerTonne ?? 0) > 0);
  if (Object.values(fuels).some((v) => v === null)) kept('fuel type of the heated units (a fuel quantity is missing)');
  else {
    const ranked = (Object.entries(fuels) as [Exclude<FuelKey, 'electricity'>, number][]).sort((a, b) => b[1] - a[1]);
    const [main, mainMJ] = ranked[0];
    if (mainMJ === 0) {
      for (const [u, i] of heated) {
        u.heat!.MJPerTonne = 0;
        measured(`/units/${i}/heat/MJPerTonne`, 'no fuel burned');
      }
      if (heated.length > 0) assumptions.push('no fuel burned: heat demand of the heated units set to 0');
    } else if (heated.length === 0) {
      assumptions.push(`${main} burned (${Math.round(mainMJ)} MJ/yr) but the template has no heated unit: fuel is not modelled`);
    } else {
      for (const [u, i] of heated) {
        u.heat!.fuel = main;
        if (main !== 'plasticRejects') u.heat!.backupFuel = main;
        measured(`/units/${i}/heat/fuel`, 'the measured fuel with the most energy');
      }
      const others = ranked
        .slice(1)
        .filter(([, mj]) => mj > 0)
        .map(([k]) => k);
      if (others.length > 0)
        assumptions.push(`heated units burn ${main} only; the measured ${others.join(', ')} is compared in total fuel energy but not modelled`);
      assumptions.push('heat demand (MJ/t) and efficiency of the heated units kept from the template');
    }
  }

  // Prices
  const prices = { ...(s.prices ?? {}) };
  const setPrice = (key: keyof typeof prices, value: number | null, what: string) => {
    if (value === null) return kept(what);
    prices[key] = value;
    measured(`/prices/${key}`);
  };
  setPrice('productPerTonne', record.priceProductVndPerT, 'product price');
  setPrice('electricityPerKWh', record.priceElectricityVndPerKWh, 'electricity price');
  if (record.priceCoalVndPerT !== null) setPrice('coalPerTonne', record.priceCoalVndPerT, 'coal price');
  if (record.priceWoodVndPerT !== null) setPrice('woodPerTonne', record.priceWoodVndPerT, 'wood price');
  if (record.priceLpgVndPerKg !== null) setPrice('lpgPerKg', record.priceLpgVndPerKg, 'LPG price');
  if (record.wageVndPerWorkerDay !== null) setPrice('wagePerWorkerDay', record.wageVndPerWorkerDay, 'wage');
  s.prices = prices;
  if (record.pricePlasticVndPerT !== null) {
    s.feed.pricePerTonne = record.pricePlasticVndPerT;
    measured('/feed/pricePerTonne');
  } else kept('plastic price');

  // Workers: the template's split over units, scaled to the measured total
  const bricksWork = (s.residues.plasticRoutes.bricks ?? 0) > 0 && s.bricks !== undefined;
  const templateWorkers = s.units.reduce((a, u) => a + (u.workers ?? 0), 0) + (bricksWork ? (s.bricks!.workers ?? 0) : 0);
  if (record.workers !== null) {
    if (templateWorkers > 0) {
      const k = record.workers / templateWorkers;
      s.units.forEach((u, i) => {
        if (u.workers !== undefined) {
          u.workers *= k;
          measured(`/units/${i}/workers`, 'template split scaled to the measured total');
        }
      });
      if (bricksWork && s.bricks!.workers !== undefined) s.bricks!.workers *= k;
    } else {
      s.units[0].workers = record.workers;
      measured('/units/0/workers');
    }
  } else kept('workers');

  // Electricity and water scaled to the measured totals (both are linear in the per-tonne figures)
  const first = runScenario(core, s, library);
  if (record.electricityKWhPerYr !== null) {
    const heatKWh = first.energy.heatElectricityKWh;
    const scalable = first.energy.electricityKWh - heatKWh;
    const target = record.electricityKWhPerYr - heatKWh;
    if (target < 0) assumptions.push("measured electricity is below what the template's electric heating alone needs: per-tonne electricity set to 0");
    if (scalable > 0) {
      const k = Math.max(0, target) / scalable;
      s.units.forEach((u, i) => {
        if (u.electricityKWhPerTonne !== undefined) {
          u.electricityKWhPerTonne *= k;
          measured(`/units/${i}/electricityKWhPerTonne`, 'scaled to the measured kWh');
        }
      });
      if (s.bricks?.electricityKWhPerTonnePlastic !== undefined) s.bricks.electricityKWhPerTonnePlastic *= k;
    } else if (target > 0 && first.mass.units[0]?.inT > 0) {
      s.units[0].electricityKWhPerTonne = target / first.mass.units[0].inT;
      measured('/units/0/electricityKWhPerTonne', 'the template uses no electricity: all measured kWh put on the first unit');
    }
  } else kept('electricity per tonne');
  if (record.waterM3PerYr !== null) {
    const fresh = first.water.freshM3;
    if (fresh > 0) {
      const k = record.waterM3PerYr / fresh;
      s.units.forEach((u, i) => {
        if (u.waterM3PerTonne !== undefined) {
          u.waterM3PerTonne *= k;
          measured(`/units/${i}/waterM3PerTonne`, 'scaled to the measured m³');
        }
      });
    } else if (record.waterM3PerYr > 0) {
      const i = Math.max(
        0,
        s.units.findIndex((u) => u.type === 'washing'),
      );
      const inT = first.mass.units[i]?.inT ?? 0;
      const unrecycled = 1 - (s.units[i].waterRecycledFraction ?? 0);
      if (inT > 0 && unrecycled > 0) {
        s.units[i].waterM3PerTonne = record.waterM3PerYr / (inT * unrecycled);
        measured(`/units/${i}/waterM3PerTonne`, 'the template uses no water: all measured m³ put on the washing unit');
      }
    }
  } else kept('water per tonne');

  s.provenance = provenance as Scenario['provenance'];
  const checked = validateScenario(s);
  if (!checked.ok) throw new Error(`the scenario built for ${who} is invalid: ${checked.errors.map((e) => e.message).join('; ')}`);
  return { scenario: checked.scenario, assumptions };
}

// ---------------------------------------------------------------------------------------------
// Comparing

function percent(x: number): string {
  return `${Math.round(Math.abs(x) * 100)} %`;
}

/** Runs the household's scenario and compares it with the measurement. */
export function compareMeasuredModelled(
  core: Core,
  record: SurveyRecord,
  template: Scenario,
  library: EmissionFactorLibraryFile,
  opts: { tolerance?: number } & IndicatorOptions = {},
): MeasuredVsModelled {
  const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE;
  const { scenario, assumptions } = scenarioFromHousehold(core, record, template, library);
  const r = runScenario(core, scenario, library);
  const units = scenario.units;
  const sorting = unitNames(units, (u) => u.type === 'sorting');
  const extrusion = unitNames(units, (u) => u.type === 'extrusion' || u.type === 'pelletizing');
  const washing = unitNames(units, (u) => u.type === 'washing');
  const heatedUnits = unitNames(units, (u) => u.heat !== undefined);
  const removalUnits = unitNames(units, (u) => u.removal !== undefined || (u.processLossFraction ?? 0) > 0);
  const routesHint = `the route shares come from the measurement, so the gap is in the plastic rejects left after fuel: revisit removal fractions and process losses at ${removalUnits} and the heat demand of ${heatedUnits}`;
  const capacityNote =
    r.mass.throughputRatio < 1
      ? `; the line's capacity (bottleneck ${r.mass.bottleneckUnitId}) only processes ${Math.round(r.mass.throughputRatio * 100)} % of the plastic bought: revisit capacities`
      : '';

  const kg = (v: number | null) => (v === null ? null : v / 1000);
  const indicators = householdIndicators(record, library, opts);
  const measuredProfit =
    indicators.profitVndPerTProduct.value !== null && record.productSoldTPerYr !== null
      ? indicators.profitVndPerTProduct.value * record.productSoldTPerYr
      : null;
  const fuels = measuredFuelMJ(record);
  const measuredFuel = Object.values(fuels).some((v) => v === null) ? null : Object.values(fuels).reduce<number>((a, b) => a + (b ?? 0), 0);
  const modelledFuel = r.energy.fuelMJ.plasticRejects + r.energy.fuelMJ.coal + r.energy.fuelMJ.wood + r.energy.fuelMJ.lpg;
  const measuredRejects = [
    record.rejectsOpenBurnedKgPerYr,
    record.rejectsBurnedAsFuelKgPerYr,
    record.rejectsDumpedKgPerYr,
    record.rejectsSoldKgPerYr,
    record.rejectsToBricksKgPerYr,
  ];

  const specs: { key: ComparisonKey; label: string; unit: string; measured: number | null; modelled: number; below: string; above: string }[] = [
    {
      key: 'product',
      label: 'product',
      unit: 't/yr',
      measured: record.productSoldTPerYr,
      modelled: r.mass.productT,
      below: `revisit removal fractions at ${sorting} or process loss at ${extrusion}${capacityNote}`,
      above: `the model loses too little: revisit removal fractions at ${sorting} and process losses at ${extrusion}, or the dirt and moisture shares of the feed (or product was stocked, not sold)`,
    },
    {
      key: 'plasticRejects',
      label: 'plastic rejects (all routes)',
      unit: 't/yr',
      measured: measuredRejects.some((v) => v === null) ? null : kg(measuredRejects.reduce<number>((a, b) => a + (b ?? 0), 0)),
      modelled: r.mass.rejectsT.plastic,
      below: `the model rejects too little plastic: revisit removal fractions at ${sorting} and process losses at ${extrusion}`,
      above: `the model rejects too much plastic: revisit removal fractions at ${sorting} and process losses at ${extrusion}`,
    },
    {
      key: 'fuelRejects',
      label: 'plastic rejects burned as fuel',
      unit: 't/yr',
      measured: kg(record.rejectsBurnedAsFuelKgPerYr),
      modelled: r.mass.routesT.fuel,
      below: `revisit heat MJ per tonne and efficiency of ${heatedUnits} (or the plastic left in the rejects pool)`,
      above: `revisit heat MJ per tonne and efficiency of ${heatedUnits}`,
    },
    {
      key: 'openBurning',
      label: 'plastic rejects burned in the open',
      unit: 't/yr',
      measured: kg(record.rejectsOpenBurnedKgPerYr),
      modelled: r.mass.routesT.openBurning,
      below: routesHint,
      above: routesHint,
    },
    {
      key: 'dumping',
      label: 'plastic rejects dumped',
      unit: 't/yr',
      measured: kg(record.rejectsDumpedKgPerYr),
      modelled: r.mass.routesT.dumping,
      below: routesHint,
      above: routesHint,
    },
    {
      key: 'dumpFire',
      label: 'dumped rejects burned in dump fires',
      unit: 't/yr',
      measured: kg(record.rejectsDumpFireKgPerYr),
      modelled: r.mass.routesT.dumpFire,
      below: 'revisit residues/dumpFireFraction and the dumped tonnes',
      above: 'revisit residues/dumpFireFraction and the dumped tonnes',
    },
    {
      key: 'sale',
      label: 'plastic rejects sold',
      unit: 't/yr',
      measured: kg(record.rejectsSoldKgPerYr),
      modelled: r.mass.routesT.sale,
      below: routesHint,
      above: routesHint,
    },
    {
      key: 'bricks',
      label: 'plastic rejects made into bricks',
      unit: 't/yr',
      measured: kg(record.rejectsToBricksKgPerYr),
      modelled: r.mass.routesT.bricks,
      below: routesHint,
      above: routesHint,
    },
    {
      key: 'electricity',
      label: 'electricity',
      unit: 'kWh/yr',
      measured: record.electricityKWhPerYr,
      modelled: r.energy.electricityKWh,
      below: 'revisit electricityKWhPerTonne of the units (scaled to the measurement, so a gap means the scaling could not apply)',
      above: 'revisit electric heating (heat with fuel "electricity") and electricityKWhPerTonne of the units',
    },
    {
      key: 'fuel',
      label: 'fuel energy',
      unit: 'MJ/yr',
      measured: measuredFuel,
      modelled: modelledFuel,
      below: `revisit heat MJ per tonne and efficiency of ${heatedUnits}, or a fuel the template does not burn`,
      above: `revisit heat MJ per tonne and efficiency of ${heatedUnits}`,
    },
    {
      key: 'water',
      label: 'fresh water',
      unit: 'm³/yr',
      measured: record.waterM3PerYr,
      modelled: r.water.freshM3,
      below: `revisit waterM3PerTonne and waterRecycledFraction at ${washing}`,
      above: `revisit waterM3PerTonne and waterRecycledFraction at ${washing}`,
    },
    {
      key: 'profit',
      label: 'profit',
      unit: 'VND/yr',
      measured: measuredProfit,
      modelled: r.economics.profit,
      below:
        'revisit prices, workers and wage; the model also counts water, other costs (rent, maintenance, transport, chemicals, depreciation), landfill and kiln fees and sand that the survey does not',
      above: 'revisit prices, workers and wage, and the product tonnes (see product)',
    },
  ];

  const scale = Math.max(1, r.mass.feedT);
  const items = specs.map((spec): ComparisonItem => {
    const base = { key: spec.key, figure: COMPARISON_FIGURES[spec.key], label: spec.label, unit: spec.unit, measured: spec.measured, modelled: spec.modelled };
    if (spec.measured === null) return { ...base, relativeDifference: null, flagged: false, hint: null, message: `${spec.label}: not measured` };
    const zeroish = (x: number) => Math.abs(x) <= 1e-9 * (spec.unit === 't/yr' ? scale : Math.max(1, Math.abs(spec.measured!)));
    if (spec.measured === 0) {
      if (zeroish(spec.modelled)) return { ...base, relativeDifference: 0, flagged: false, hint: null, message: `${spec.label}: none measured, none modelled` };
      return {
        ...base,
        relativeDifference: null,
        flagged: true,
        hint: spec.above,
        message: `${spec.label}: none measured, the model gives ${spec.modelled.toPrecision(3)} ${spec.unit}: ${spec.above}`,
      };
    }
    const rel = (spec.modelled - spec.measured) / Math.abs(spec.measured);
    const flagged = Math.abs(rel) > tolerance;
    const hint = flagged ? (rel < 0 ? spec.below : spec.above) : null;
    const message = flagged
      ? `${spec.label} ${percent(rel)} ${rel < 0 ? 'below' : 'above'} measurement: ${hint}`
      : `${spec.label}: agrees within ${percent(tolerance)} (${rel < 0 ? '−' : '+'}${(Math.abs(rel) * 100).toFixed(1)} %)`;
    return { ...base, relativeDifference: rel, flagged, hint, message };
  });
  return { householdId: record.householdId, period: record.period, tolerance, scenario, assumptions, result: r, items, flags: items.filter((i) => i.flagged) };
}
