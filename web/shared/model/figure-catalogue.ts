// The figure catalogue (issue 15), language-free half: every figure a page or the command line
// shows — the headline figures of MODEL.md §6 and the other result figures, the comparison's
// money, the line dynamics, the training's everyday units, the survey's measured columns and the
// efficiency indicators — with its unit, its kind of formatting, its precision and, by its place
// in FIGURE_CATALOGUE, its order. The English label is what the command line prints and the source
// text of the page's msg() (web/app/figure-labels.ts); a unit test checks that the two agree.

import { UNITS, unitSymbol, type UnitId } from './figure-units.ts';

/**
 * How a value is written: `money` in the scenario's currency (whole units, with its sign on a
 * page); `price` an amount per unit in a fixed currency (the survey's VND), a plain number beside
 * its unit; `share` a fraction shown in percent; every other kind a plain number.
 */
export type FigureKind = 'money' | 'price' | 'mass' | 'teq' | 'energy' | 'water' | 'count' | 'share' | 'intensity' | 'time';

export type Precision =
  /** n significant digits, whole numbers once the integer part has n digits (3: 1.23, 12.3, 123, 12,345). */
  | { significant: number }
  | { fractionDigits: number }
  /** n significant digits in scientific notation (a closure error of 1.2E-13). */
  | { scientific: number };

export interface FigureEntry<K extends string = string> {
  key: K;
  kind: FigureKind;
  unit: UnitId;
  precision: Precision;
  /** English label; the command line's words. */
  label: string;
  /** A shorter label for tight places (the training's cards, a chart axis). */
  short?: string;
  /** The figure as a noun inside a sentence ("cuts HCl by at least 90 %"). */
  inSentence?: string;
  /** The unit of many lines added up (a village, a province) and the factor into it. */
  bulk?: { unit: UnitId; scale: number };
}

const QUANTITY: Precision = { significant: 3 };
const WHOLE: Precision = { fractionDigits: 0 };

function fig<K extends string>(key: K, kind: FigureKind, unit: UnitId, label: string, more: Partial<Omit<FigureEntry, 'key'>> = {}): FigureEntry<K> {
  return { key, kind, unit, label, precision: kind === 'money' ? WHOLE : QUANTITY, ...more };
}

const G_TEQ = { unit: 'gTeqPerYear', scale: 1e-6 } as const;
const TONNES = { unit: 'tPerYear', scale: 1e-3 } as const;

/** Every figure, in display order: a view that shows some of them shows them in this order. */
export const FIGURE_CATALOGUE = [
  // The result document (MODEL.md §4); keys are its dotted paths. The headline figures first.
  fig('pcddf.air', 'teq', 'ugTeqPerYear', 'PCDD/F to air', { bulk: G_TEQ }),
  fig('pcddf.total', 'teq', 'ugTeqPerYear', 'PCDD/F, all releases', { inSentence: 'PCDD/F', bulk: G_TEQ }),
  fig('dlpcb.total', 'teq', 'ugTeqPerYear', 'Dioxin-like PCBs, all releases', { inSentence: 'dioxin-like PCBs', bulk: G_TEQ }),
  fig('air.pm25Kg', 'mass', 'kgPerYear', 'PM2.5', { inSentence: 'PM2.5', bulk: TONNES }),
  fig('air.bcKg', 'mass', 'kgPerYear', 'Black carbon', { inSentence: 'black carbon', bulk: TONNES }),
  fig('air.co2FossilT', 'mass', 'tPerYear', 'Fossil CO₂ from burning', { inSentence: 'fossil CO₂' }),
  fig('air.co2ElectricityT', 'mass', 'tPerYear', 'CO₂ from grid electricity'),
  fig('air.hclKg', 'mass', 'kgPerYear', 'Hydrogen chloride (HCl)', { inSentence: 'HCl', bulk: TONNES }),
  fig('energy.electricityKWh', 'energy', 'kWhPerYear', 'Electricity', { bulk: { unit: 'MWhPerYear', scale: 1e-3 } }),
  /** The sum of `energy.fuelMJ` (plastic rejects, coal, wood, LPG). */
  fig('energy.fuelMJ', 'energy', 'MJPerYear', 'Fuel energy'),
  fig('water.freshM3', 'water', 'm3PerYear', 'Fresh water'),
  fig('water.wastewaterM3', 'water', 'm3PerYear', 'Wastewater'),
  fig('mass.feedT', 'mass', 'tPerYear', 'Feed bought'),
  fig('mass.processedT', 'mass', 'tPerYear', 'Processed'),
  fig('mass.backlogT', 'mass', 'tPerYear', 'Backlog (not processed)'),
  fig('mass.rejectsT.plastic', 'mass', 'tPerYear', 'Plastic rejects'),
  fig('mass.routesT.fuel', 'mass', 'tPerYear', 'Rejects burned as fuel'),
  fig('mass.routesT.openBurning', 'mass', 'tPerYear', 'Rejects burned in the open'),
  fig('mass.routesT.dumping', 'mass', 'tPerYear', 'Rejects dumped'),
  fig('mass.routesT.dumpFire', 'mass', 'tPerYear', 'Rejects burned in dump fires'),
  fig('mass.routesT.sale', 'mass', 'tPerYear', 'Rejects sold'),
  fig('mass.routesT.bricks', 'mass', 'tPerYear', 'Rejects to bricks'),
  fig('mass.burnedPlasticT', 'mass', 'tPerYear', 'Plastic burned', { inSentence: 'plastic burned' }),
  fig('mass.productT', 'mass', 'tPerYear', 'Product'),
  fig('mass.closureErrorT', 'mass', 'tPerYear', 'Mass balance closure error', { precision: { scientific: 2 } }),
  fig('bricks.count', 'count', 'bricksPerYear', 'Bricks made'),
  fig('economics.revenueBreakdown.product', 'money', 'moneyPerYear', 'Pellets sold'),
  fig('economics.revenueBreakdown.bricks', 'money', 'moneyPerYear', 'Bricks sold'),
  fig('economics.revenueBreakdown.scrapSale', 'money', 'moneyPerYear', 'Rejects sold as scrap'),
  fig('economics.revenue', 'money', 'moneyPerYear', 'All revenue'),
  fig('economics.costBreakdown.feed', 'money', 'moneyPerYear', 'Scrap bought'),
  fig('economics.costBreakdown.electricity', 'money', 'moneyPerYear', 'Electricity'),
  fig('economics.costBreakdown.water', 'money', 'moneyPerYear', 'Water'),
  fig('economics.costBreakdown.coal', 'money', 'moneyPerYear', 'Coal'),
  fig('economics.costBreakdown.wood', 'money', 'moneyPerYear', 'Wood'),
  fig('economics.costBreakdown.lpg', 'money', 'moneyPerYear', 'LPG'),
  fig('economics.costBreakdown.labour', 'money', 'moneyPerYear', 'Wages'),
  fig('economics.costBreakdown.landfill', 'money', 'moneyPerYear', 'Landfill fees'),
  fig('economics.costBreakdown.cementKiln', 'money', 'moneyPerYear', 'Cement kiln fees'),
  fig('economics.costBreakdown.sand', 'money', 'moneyPerYear', 'Sand for bricks'),
  fig('economics.costBreakdown.other', 'money', 'moneyPerYear', 'Other costs'),
  fig('economics.costs', 'money', 'moneyPerYear', 'All costs'),
  fig('economics.profit', 'money', 'moneyPerYear', 'Profit'),
  fig('economics.workersPaid', 'count', 'workers', 'Jobs'),
  fig('chlorine.poolClFraction', 'share', 'percent', 'Chlorine in the plastic rejects'),

  // A comparison (MODEL.md §6): what the measures cost and return.
  fig('comparison.percentChange', 'share', 'percent', 'Change'),
  fig('comparison.capex', 'money', 'money', 'Capex'),
  fig('comparison.profitChange', 'money', 'moneyPerYear', 'Profit change'),
  fig('comparison.paybackYears', 'time', 'years', 'Payback time'),
  fig('comparison.npv', 'money', 'money', 'Net present value'),

  // Line dynamics (MODEL.md §7) beyond the result figures it shares with the steady state.
  fig('dynamics.throughputRatio', 'share', 'percent', 'Dynamic ÷ steady state'),
  fig('dynamics.burnEventsPerYear', 'count', 'perYear', 'Burn events with fire'),
  fig('dynamics.stockpilePlasticKg', 'mass', 'kg', 'Plastic in the stockpile'),
  fig('dynamics.burnClearedKg', 'mass', 'kg', 'Plastic cleared'),
  fig('dynamics.burnBurnedKg', 'mass', 'kg', 'Plastic burned'),
  fig('dynamics.burnPcddfAirUg', 'teq', 'ugTeq', 'PCDD/F to air'),
  fig('dynamics.cumulativeProcessedT', 'mass', 't', 'Processed'),
  fig('dynamics.cumulativeProductT', 'mass', 't', 'Product'),

  // The training mode's everyday units (web/shared/analysis/training.ts, EverydayFigures); the
  // figures it compares before and after in the order of TRAINING_FIGURES (training-why.ts).
  fig('training.feedKgPerDay', 'mass', 'kgPerDay', 'Plastic scrap bought each working day'),
  fig('training.feedKgPerWeek', 'mass', 'kgPerWeek', 'Plastic scrap bought each week'),
  fig('training.feedBagsPerWeek', 'count', 'bagsPerWeek', 'Bags of scrap each week'),
  fig('training.pelletsKgPerWeek', 'mass', 'kgPerWeek', 'Pellets made and sold each week'),
  fig('training.pelletSalesPerMonth', 'money', 'moneyPerMonth', 'Money from pellets each month'),
  fig('training.burnedKgPerWeek', 'mass', 'kgPerWeek', 'Plastic burned each week', { short: 'Plastic burned' }),
  fig('training.profitPerMonth', 'money', 'moneyPerMonth', 'Money left each month', { short: 'Money left' }),
  fig('training.bricksMadePerWeek', 'count', 'bricksPerWeek', 'Bricks made'),
  fig('training.pm25KgPerWeek', 'mass', 'kgPerWeek', 'Fine smoke (PM2.5) each week', { short: 'Fine smoke (PM2.5)' }),
  fig('training.pcddfAirPersonYears', 'count', 'safeYearlyIntakes', 'Dioxins to air'),
  fig('training.hclKgPerWeek', 'mass', 'kgPerWeek', 'Acid smoke (HCl) each week', { short: 'Acid smoke (HCl)' }),
  fig('training.waterFreshM3PerWeek', 'water', 'm3PerWeek', 'Fresh water drawn'),
  fig('training.pvcInPelletsKgPerWeek', 'mass', 'kgPerWeek', 'PVC left in the pellets'),
  fig('training.blackCarbonGPerWeek', 'mass', 'gPerWeek', 'Soot (black carbon) each week'),
  fig('training.bricksPossiblePerWeek', 'count', 'bricksPerWeek', 'Bricks the plastic rejects could make'),

  // The survey template's measured columns (web/shared/survey/survey-columns.ts), per household and year.
  fig('survey.plasticBoughtTPerYr', 'mass', 'tPerYear', 'Plastic bought'),
  fig('survey.productSoldTPerYr', 'mass', 'tPerYear', 'Product sold'),
  fig('survey.rejectsOpenBurnedKgPerYr', 'mass', 'kgPerYear', 'Rejects burned in the open'),
  fig('survey.rejectsBurnedAsFuelKgPerYr', 'mass', 'kgPerYear', 'Rejects burned as fuel'),
  fig('survey.rejectsDumpedKgPerYr', 'mass', 'kgPerYear', 'Rejects dumped'),
  fig('survey.rejectsDumpFireKgPerYr', 'mass', 'kgPerYear', 'of which burned in dump fires'),
  fig('survey.rejectsSoldKgPerYr', 'mass', 'kgPerYear', 'Rejects sold'),
  fig('survey.rejectsToBricksKgPerYr', 'mass', 'kgPerYear', 'Rejects to bricks'),
  fig('survey.electricityKWhPerYr', 'energy', 'kWhPerYear', 'Electricity'),
  fig('survey.coalTPerYr', 'mass', 'tPerYear', 'Coal'),
  fig('survey.woodTPerYr', 'mass', 'tPerYear', 'Wood'),
  fig('survey.lpgKgPerYr', 'mass', 'kgPerYear', 'LPG'),
  fig('survey.waterM3PerYr', 'water', 'm3PerYear', 'Fresh water'),
  fig('survey.workers', 'count', 'fte', 'Workers'),
  fig('survey.workingDaysPerYr', 'time', 'daysPerYear', 'Working days'),
  fig('survey.priceProductVndPerT', 'price', 'vndPerT', 'Product price'),
  fig('survey.pricePlasticVndPerT', 'price', 'vndPerT', 'Plastic price'),
  fig('survey.priceElectricityVndPerKWh', 'price', 'vndPerKWh', 'Electricity price'),
  fig('survey.priceCoalVndPerT', 'price', 'vndPerT', 'Coal price'),
  fig('survey.priceWoodVndPerT', 'price', 'vndPerT', 'Wood price'),
  fig('survey.priceLpgVndPerKg', 'price', 'vndPerKg', 'LPG price'),
  fig('survey.wageVndPerWorkerDay', 'price', 'vndPerWorkerDay', 'Wage'),
  fig('survey.otherRevenueVndPerYr', 'price', 'vndPerYear', 'Other revenue'),
  fig('survey.plasticFuelLhvMJPerKg', 'intensity', 'MJPerKg', 'LHV of plastic fuel'),

  // The efficiency indicators of measured households (web/shared/survey/indicators.ts).
  fig('indicator.materialYield', 'intensity', 'tPerT', 'Material yield (product per tonne of plastic bought)', { short: 'Material yield' }),
  fig('indicator.electricityKWhPerTProduct', 'intensity', 'kWhPerT', 'Electricity per tonne of product', { short: 'Electricity / t' }),
  fig('indicator.fuelMJPerTProduct', 'intensity', 'MJPerT', 'Fuel energy per tonne of product', { short: 'Fuel energy / t' }),
  fig('indicator.waterM3PerTProduct', 'intensity', 'm3PerT', 'Fresh water per tonne of product', { short: 'Fresh water / t' }),
  fig('indicator.rejectsBurnedKgPerTBought', 'intensity', 'kgPerT', 'Plastic rejects burned per tonne bought', { short: 'Rejects burned / t bought' }),
  fig('indicator.pcddfUgTeqPerTProduct', 'intensity', 'ugTeqPerT', 'PCDD/F, all releases, per tonne of product', { short: 'PCDD/F all / t' }),
  fig('indicator.pcddfAirUgTeqPerTProduct', 'intensity', 'ugTeqPerT', 'PCDD/F to air per tonne of product', { short: 'PCDD/F air / t' }),
  fig('indicator.co2TPerTProduct', 'intensity', 'tCo2PerT', 'Fossil CO2 (incl. grid electricity) per tonne of product', { short: 'Fossil CO2 / t' }),
  fig('indicator.profitVndPerTProduct', 'price', 'vndPerT', 'Profit per tonne of product', { short: 'Profit / t' }),
] as const;

export type FigureKey = (typeof FIGURE_CATALOGUE)[number]['key'];

export const FIGURES = Object.fromEntries(FIGURE_CATALOGUE.map((f) => [f.key, f])) as Record<FigureKey, FigureEntry<FigureKey>>;

const ORDER = new Map<string, number>(FIGURE_CATALOGUE.map((f, i) => [f.key, i]));

export function isFigureKey(key: string): key is FigureKey {
  return ORDER.has(key);
}

/** The given figures in catalogue order (whatever order the caller listed them in). */
export function inFigureOrder<K extends FigureKey>(keys: readonly K[]): K[] {
  return [...keys].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}

/** Intl options that write a value of the figure at its precision (money as a plain whole number
 *  unless a currency is given, a share in percent). The page and the command line both use it. */
export function figureNumberFormat(key: FigureKey, value: number, currency?: string): Intl.NumberFormatOptions {
  const f = FIGURES[key];
  const p = f.precision;
  const digits: Intl.NumberFormatOptions =
    'significant' in p
      ? Math.abs(f.kind === 'share' ? value * 100 : value) >= 10 ** (p.significant - 1)
        ? { maximumFractionDigits: 0 }
        : { maximumSignificantDigits: p.significant }
      : 'fractionDigits' in p
        ? { maximumFractionDigits: p.fractionDigits }
        : value === 0
          ? { maximumFractionDigits: 0 }
          : { notation: 'scientific', maximumSignificantDigits: p.scientific };
  if (f.kind === 'share') return { style: 'percent', ...digits };
  if (f.kind === 'money' && currency) return { style: 'currency', currency, ...digits };
  return digits;
}

/** A value of the figure rounded to the precision it is shown at, as a number: what a CSV file
 *  writes (the JSON keeps every digit). A share keeps the digits of its percent (0.12345 → 0.123). */
export function roundToFigure(key: FigureKey, value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const f = FIGURES[key];
  const p = f.precision;
  // A share's digits are those of its percent: two more decimals than a plain number.
  const extra = f.kind === 'share' ? 2 : 0;
  if ('fractionDigits' in p) return Number(value.toFixed(p.fractionDigits + extra));
  if ('scientific' in p) return Number(value.toPrecision(p.scientific));
  const shown = Math.abs(f.kind === 'share' ? value * 100 : value);
  return shown >= 10 ** (p.significant - 1) ? Number(value.toFixed(extra)) : Number(value.toPrecision(p.significant));
}

/** The English symbol of a figure's unit (the command line's). */
export function figureUnitSymbol(key: FigureKey, currency = ''): string {
  return unitSymbol(FIGURES[key].unit, currency);
}

export { UNITS };
