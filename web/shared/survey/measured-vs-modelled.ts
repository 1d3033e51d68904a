// Measured versus modelled (issue 9): a scenario built from one household's survey record on a
// template scenario (household-scenario.ts says what is taken from the measurement), run through
// the core, and compared with the measurement figure by figure. Where they disagree beyond a
// tolerance the comparison names the model parameter most likely to be wrong, in words.
// Electricity and water agree by construction (their comparison checks the scaling); product,
// rejects by route, fuel and profit are true tests of the template's other parameters. No DOM and
// no Node APIs.

import type { Core } from '../model/core.ts';
import type { EmissionFactorLibraryFile } from '../model/emission-factors.ts';
import type { FigureKey } from '../model/figure-catalogue.ts';
import { householdIndicators, provenanceOf, type IndicatorOptions } from './indicators.ts';
import type { ResultDocument } from '../model/result-types.ts';
import type { Scenario, Unit } from '../model/scenario-schema.ts';
import { runScenario } from '../model/simulate.ts';
import { measuredFuelMJ, scenarioFromHousehold } from './household-scenario.ts';
import type { SurveyRecord } from './survey.ts';

export { provenanceOf };

export const DEFAULT_TOLERANCE = 0.15;

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
// Comparing

function unitNames(units: readonly Unit[], pick: (u: Unit) => boolean): string {
  const names = units.filter(pick).map((u) => (u.name ? `${u.id} (${u.name})` : u.id));
  return names.length > 0 ? names.join(', ') : 'the units';
}

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
