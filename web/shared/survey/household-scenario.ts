// A scenario built from one household's survey record (issue 9) on a template scenario (e.g. the
// village fixture), for measured-vs-modelled.ts to run and compare. No DOM and no Node APIs.
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

import { DEFAULT_BRICKS } from '../model/brick-defaults.ts';
import type { Core } from '../model/core.ts';
import type { EmissionFactorLibraryFile } from '../model/emission-factors.ts';
import { validateScenario, type FuelKey, type Scenario } from '../model/scenario-schema.ts';
import { runScenario } from '../model/simulate.ts';
import { INDICATOR_CONSTANTS } from './indicators.ts';
import type { SurveyRecord } from './survey.ts';

export interface HouseholdScenario {
  scenario: Scenario;
  /** What was taken from the measurement and what was kept from the template, in words. */
  assumptions: string[];
}

const ID_SAFE = /[^A-Za-z0-9_.-]+/g;

/** Energy of each fuel the household burned, MJ per year (null where its quantity is not measured). */
export function measuredFuelMJ(r: SurveyRecord): Record<Exclude<FuelKey, 'electricity'>, number | null> {
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
  /** Scales a per-tonne or per-unit figure by k on every unit that has it, each marked measured. */
  const scaleUnits = (field: 'workers' | 'electricityKWhPerTonne' | 'waterM3PerTonne', k: number, note: string) =>
    s.units.forEach((u, i) => {
      const value = u[field];
      if (value !== undefined) {
        u[field] = value * k;
        measured(`/units/${i}/${field}`, note);
      }
    });

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
      scaleUnits('workers', k, 'template split scaled to the measured total');
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
      scaleUnits('electricityKWhPerTonne', k, 'scaled to the measured kWh');
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
      scaleUnits('waterM3PerTonne', k, 'scaled to the measured m³');
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
