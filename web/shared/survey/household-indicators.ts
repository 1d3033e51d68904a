// The efficiency indicators of one household in one period (issue 9) from its measured
// quantities, with the same emission-factor library and conversions as the simulation core
// (MODEL.md section 3.1); an indicator whose inputs are missing is null and names them.

import {
  factorNumber,
  resolveEmissionFactors,
  VECTOR_KEYS,
  type EmissionFactorLibraryFile,
  type FactorValue,
  type ResolvedFactors,
  type SourceKey,
} from '../model/emission-factors.ts';
import type { SurveyRecord } from './survey.ts';
import {
  CO2_PER_C,
  INDICATOR_CONSTANTS,
  indicatorMeta,
  STATUS_LABELS,
  type HouseholdIndicators,
  type IndicatorFactor,
  type IndicatorInput,
  type IndicatorKey,
  type IndicatorOptions,
  type IndicatorReason,
  type IndicatorValue,
} from './indicator-definitions.ts';

const COLUMN_UNITS: Record<string, [keyof SurveyRecord, string]> = {
  plastic_bought_t_per_yr: ['plasticBoughtTPerYr', 't/yr'],
  product_sold_t_per_yr: ['productSoldTPerYr', 't/yr'],
  rejects_open_burned_kg_per_yr: ['rejectsOpenBurnedKgPerYr', 'kg/yr'],
  rejects_burned_as_fuel_kg_per_yr: ['rejectsBurnedAsFuelKgPerYr', 'kg/yr'],
  rejects_dumped_kg_per_yr: ['rejectsDumpedKgPerYr', 'kg/yr'],
  rejects_dump_fire_kg_per_yr: ['rejectsDumpFireKgPerYr', 'kg/yr'],
  rejects_sold_kg_per_yr: ['rejectsSoldKgPerYr', 'kg/yr'],
  rejects_to_bricks_kg_per_yr: ['rejectsToBricksKgPerYr', 'kg/yr'],
  electricity_kwh_per_yr: ['electricityKWhPerYr', 'kWh/yr'],
  coal_t_per_yr: ['coalTPerYr', 't/yr'],
  wood_t_per_yr: ['woodTPerYr', 't/yr'],
  lpg_kg_per_yr: ['lpgKgPerYr', 'kg/yr'],
  water_m3_per_yr: ['waterM3PerYr', 'm³/yr'],
  workers: ['workers', 'workers'],
  working_days_per_yr: ['workingDaysPerYr', 'days/yr'],
  price_product_vnd_per_t: ['priceProductVndPerT', 'VND/t'],
  price_plastic_vnd_per_t: ['pricePlasticVndPerT', 'VND/t'],
  price_electricity_vnd_per_kwh: ['priceElectricityVndPerKWh', 'VND/kWh'],
  price_coal_vnd_per_t: ['priceCoalVndPerT', 'VND/t'],
  price_wood_vnd_per_t: ['priceWoodVndPerT', 'VND/t'],
  price_lpg_vnd_per_kg: ['priceLpgVndPerKg', 'VND/kg'],
  wage_vnd_per_worker_day: ['wageVndPerWorkerDay', 'VND/worker-day'],
  other_revenue_vnd_per_yr: ['otherRevenueVndPerYr', 'VND/yr'],
  plastic_fuel_lhv_mj_per_kg: ['plasticFuelLhvMJPerKg', 'MJ/kg'],
};

/** Builds one indicator: reads named columns, records them, and refuses when one is missing. */
class Builder {
  inputs: IndicatorInput[] = [];
  factors: IndicatorFactor[] = [];
  missing: IndicatorReason[] = [];
  notes: string[] = [];
  constructor(private record: SurveyRecord) {}

  /** A measured value; recorded as missing (and NaN returned) when null. */
  need(column: string): number {
    const v = this.optional(column);
    if (v === null) {
      this.missing.push({ code: 'missing_input', column, message: `${column} is not given` });
      return NaN;
    }
    return v;
  }
  /** A measured value that may be missing without making the indicator null. */
  optional(column: string): number | null {
    const [field, unit] = COLUMN_UNITS[column];
    const v = this.record[field] as number | null;
    if (!this.inputs.some((i) => i.column === column)) this.inputs.push({ column, value: v, unit });
    return v;
  }
  constant(name: keyof typeof INDICATOR_CONSTANTS, value?: number): number {
    const c = INDICATOR_CONSTANTS[name];
    const v = value ?? c.value;
    if (!this.factors.some((f) => f.name === name)) {
      this.factors.push({
        name,
        value: v,
        unit: c.unit,
        source: value === undefined || value === c.value ? c.source : 'given by the user',
        status: value === undefined || value === c.value ? c.status : null,
        statusLabel: value === undefined || value === c.value ? STATUS_LABELS[c.status] : 'given',
      });
    }
    return v;
  }
  factor(name: string, f: FactorValue | undefined, unit: string): number {
    if (f === undefined) return 0; // absent vector: not applicable
    if (!this.factors.some((x) => x.pointer === f.pointer)) {
      this.factors.push({
        name,
        value: f.value,
        unit,
        source: f.source ?? (f.overridden ? 'override' : 'emission-factor library'),
        status: f.status ?? null,
        statusLabel: f.status ? STATUS_LABELS[f.status] : 'no status given',
        pointer: f.pointer,
      });
    }
    if (f.value === 'ND') this.notes.push(`${name}: not quantified (ND), counted as 0`);
    return factorNumber(f);
  }
  divide(numerator: number, denominator: number, column: string): number {
    if (denominator === 0 && !Number.isNaN(numerator)) {
      this.missing.push({ code: 'zero_denominator', column, message: `${column} is 0, so the ratio is undefined` });
      return NaN;
    }
    return numerator / denominator;
  }
  done(key: IndicatorKey, value: number, formula: string): IndicatorValue {
    const ok = this.missing.length === 0 && Number.isFinite(value);
    return {
      key,
      householdId: this.record.householdId,
      period: this.record.period,
      value: ok ? value : null,
      unit: indicatorMeta(key).unit,
      formula,
      inputs: this.inputs,
      factors: this.factors,
      missing: this.missing,
      notes: [...new Set(this.notes)],
    };
  }
}

const PCDDF_SOURCES: readonly { source: SourceKey; column: string; perTJ: boolean }[] = [
  { source: 'openBurning', column: 'rejects_open_burned_kg_per_yr', perTJ: false },
  { source: 'plasticFuel', column: 'rejects_burned_as_fuel_kg_per_yr', perTJ: false },
  { source: 'dumpFire', column: 'rejects_dump_fire_kg_per_yr', perTJ: false },
  { source: 'coal', column: 'coal_t_per_yr', perTJ: true },
  { source: 'wood', column: 'wood_t_per_yr', perTJ: true },
  { source: 'lpg', column: 'lpg_kg_per_yr', perTJ: true },
];

/** Energy of a fuel column in TJ (mass × LHV of MODEL.md 3 step 8). */
function fuelTJ(b: Builder, column: string, amount: number): number {
  if (column === 'coal_t_per_yr') return (amount * 1000 * b.constant('coalLhvMJPerKg')) / 1e6;
  if (column === 'wood_t_per_yr') return (amount * 1000 * b.constant('woodLhvMJPerKg')) / 1e6;
  return (amount * b.constant('lpgLhvMJPerKg')) / 1e6;
}

function pcddf(r: SurveyRecord, ef: ResolvedFactors, key: 'pcddfUgTeqPerTProduct' | 'pcddfAirUgTeqPerTProduct'): IndicatorValue {
  const b = new Builder(r);
  const vectors = key === 'pcddfAirUgTeqPerTProduct' ? (['air'] as const) : VECTOR_KEYS;
  let total = 0;
  for (const { source, column, perTJ } of PCDDF_SOURCES) {
    const amount = source === 'dumpFire' ? b.optional(column) : b.need(column);
    if (amount === null) {
      b.notes.push('dump fires not reported (rejects_dump_fire_kg_per_yr empty): not counted');
      continue;
    }
    if (Number.isNaN(amount) || amount === 0) continue;
    const activity = perTJ ? fuelTJ(b, column, amount) : amount / 1000; // TJ or t burned
    let sum = 0;
    for (const v of vectors) sum += b.factor(`${source} PCDD/F to ${v}`, ef.sources[source].pcddf[v], perTJ ? 'µg TEQ/TJ' : 'µg TEQ/t');
    total += activity * sum;
  }
  const product = b.need('product_sold_t_per_yr');
  const where = key === 'pcddfAirUgTeqPerTProduct' ? 'air' : 'all vectors (air, water, land, product, residue)';
  return b.done(
    key,
    b.divide(total, product, 'product_sold_t_per_yr'),
    `Σ over sources of activity × EF(PCDD/F, ${where}) ÷ product sold; activity = open-burned, fuel-burned and dump-fire kg ÷ 1000 (t), or coal t × 25, wood t × 15 GJ, LPG kg × 46 MJ (TJ); "ND" counts 0`,
  );
}

function co2(r: SurveyRecord, ef: ResolvedFactors, carbon: number | undefined): IndicatorValue {
  const b = new Builder(r);
  const c = b.constant('plasticCarbonFraction', carbon);
  let t = 0;
  const open = b.need('rejects_open_burned_kg_per_yr');
  const fuel = b.need('rejects_burned_as_fuel_kg_per_yr');
  const dumpFire = b.optional('rejects_dump_fire_kg_per_yr');
  if (open > 0) t += (open / 1000) * c * b.constant('oxidationOpenBurning') * CO2_PER_C;
  if (fuel > 0) t += (fuel / 1000) * c * b.constant('oxidationPlasticFuel') * CO2_PER_C;
  if (dumpFire === null) b.notes.push('dump fires not reported (rejects_dump_fire_kg_per_yr empty): not counted');
  else if (dumpFire > 0) t += (dumpFire / 1000) * c * b.constant('oxidationDumpFire') * CO2_PER_C;
  const coal = b.need('coal_t_per_yr');
  if (coal > 0) t += fuelTJ(b, 'coal_t_per_yr', coal) * b.factor('coal CO2', ef.sources.coal.co2PerTJ, 't CO2/TJ');
  const lpg = b.need('lpg_kg_per_yr');
  if (lpg > 0) t += fuelTJ(b, 'lpg_kg_per_yr', lpg) * b.factor('lpg CO2', ef.sources.lpg.co2PerTJ, 't CO2/TJ');
  const wood = b.need('wood_t_per_yr');
  if (wood > 0) b.notes.push('wood CO2 is biogenic: reported apart, not counted');
  const kWh = b.need('electricity_kwh_per_yr');
  if (kWh > 0) t += (kWh / 1000) * b.factor('grid CO2', ef.gridCo2PerMWh, 't CO2/MWh');
  const product = b.need('product_sold_t_per_yr');
  return b.done(
    'co2TPerTProduct',
    b.divide(t, product, 'product_sold_t_per_yr'),
    '[plastic burned (t) × carbon fraction × oxidation (open 0.58, dump fire 0.58, fuel 0.8) × 44/12 + coal and LPG TJ × EF (t CO2/TJ) + kWh ÷ 1000 × grid EF (t/MWh)] ÷ product sold',
  );
}

function profit(r: SurveyRecord): IndicatorValue {
  const b = new Builder(r);
  const product = b.need('product_sold_t_per_yr');
  let value = product * b.need('price_product_vnd_per_t');
  const other = b.optional('other_revenue_vnd_per_yr');
  if (other === null) b.notes.push('other revenue (bricks, rejects sold) not given: not counted');
  else value += other;
  value -= b.need('plastic_bought_t_per_yr') * b.need('price_plastic_vnd_per_t');
  value -= b.need('electricity_kwh_per_yr') * b.need('price_electricity_vnd_per_kwh');
  for (const [amountColumn, priceColumn] of [
    ['coal_t_per_yr', 'price_coal_vnd_per_t'],
    ['wood_t_per_yr', 'price_wood_vnd_per_t'],
    ['lpg_kg_per_yr', 'price_lpg_vnd_per_kg'],
  ] as const) {
    const amount = b.need(amountColumn);
    if (amount > 0) value -= amount * b.need(priceColumn); // a fuel not used needs no price
  }
  const workers = b.need('workers');
  if (workers > 0) value -= workers * b.need('working_days_per_yr') * b.need('wage_vnd_per_worker_day');
  b.notes.push('water, sand, fees and capital costs are not in the survey: not counted');
  return b.done(
    'profitVndPerTProduct',
    b.divide(value, product, 'product_sold_t_per_yr'),
    '[product sold × product price + other revenue − plastic bought × plastic price − kWh × electricity price − Σ fuel × fuel price − workers × working days × wage] ÷ product sold',
  );
}

/** An indicator that is one measured column over another (refused when the second is 0). */
function ratio(record: SurveyRecord, key: IndicatorKey, numerator: string, denominator: string, formula: string): IndicatorValue {
  const b = new Builder(record);
  return b.done(key, b.divide(b.need(numerator), b.need(denominator), denominator), formula);
}

/** All indicators of one household in one period. */
export function householdIndicators(record: SurveyRecord, library: EmissionFactorLibraryFile, options: IndicatorOptions = {}): HouseholdIndicators {
  const ef = resolveEmissionFactors(library, options.emissionFactorOverrides);
  const out = {} as HouseholdIndicators;

  out.materialYield = ratio(record, 'materialYield', 'product_sold_t_per_yr', 'plastic_bought_t_per_yr', 'product sold (t/yr) ÷ plastic bought (t/yr)');
  out.electricityKWhPerTProduct = ratio(
    record,
    'electricityKWhPerTProduct',
    'electricity_kwh_per_yr',
    'product_sold_t_per_yr',
    'electricity (kWh/yr) ÷ product sold (t/yr)',
  );

  let b = new Builder(record);
  const coal = b.need('coal_t_per_yr'),
    wood = b.need('wood_t_per_yr'),
    lpg = b.need('lpg_kg_per_yr');
  const plasticFuel = b.need('rejects_burned_as_fuel_kg_per_yr');
  const measuredLhv = b.optional('plastic_fuel_lhv_mj_per_kg');
  const lhv = b.constant('plasticFuelLhvMJPerKg', measuredLhv ?? options.plasticFuelLhvMJPerKg);
  const fuelMJ =
    coal * 1000 * b.constant('coalLhvMJPerKg') + wood * 1000 * b.constant('woodLhvMJPerKg') + lpg * b.constant('lpgLhvMJPerKg') + plasticFuel * lhv;
  out.fuelMJPerTProduct = b.done(
    'fuelMJPerTProduct',
    b.divide(fuelMJ, b.need('product_sold_t_per_yr'), 'product_sold_t_per_yr'),
    '(coal t × 1000 × 25 + wood t × 1000 × 15 + LPG kg × 46 + plastic fuel kg × LHV) MJ ÷ product sold (t/yr)',
  );

  out.waterM3PerTProduct = ratio(record, 'waterM3PerTProduct', 'water_m3_per_yr', 'product_sold_t_per_yr', 'fresh water (m³/yr) ÷ product sold (t/yr)');

  b = new Builder(record);
  let burnedKg = b.need('rejects_open_burned_kg_per_yr') + b.need('rejects_burned_as_fuel_kg_per_yr');
  const dumpFire = b.optional('rejects_dump_fire_kg_per_yr');
  if (dumpFire === null) b.notes.push('dump fires not reported (rejects_dump_fire_kg_per_yr empty): not counted');
  else burnedKg += dumpFire;
  out.rejectsBurnedKgPerTBought = b.done(
    'rejectsBurnedKgPerTBought',
    b.divide(burnedKg, b.need('plastic_bought_t_per_yr'), 'plastic_bought_t_per_yr'),
    '(open-burned + burned as fuel + dump-fire kg/yr) ÷ plastic bought (t/yr)',
  );

  out.pcddfUgTeqPerTProduct = pcddf(record, ef, 'pcddfUgTeqPerTProduct');
  out.pcddfAirUgTeqPerTProduct = pcddf(record, ef, 'pcddfAirUgTeqPerTProduct');
  out.co2TPerTProduct = co2(record, ef, options.plasticCarbonFraction);
  out.profitVndPerTProduct = profit(record);
  return out;
}
