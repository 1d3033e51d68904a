// The efficiency indicators of measured households (issue 9): their keys, labels and units, the
// conversion constants with their sources, and the shape of an indicator's value with its
// inputs, factors and formula. indicators.ts computes them. No DOM, no Node APIs.

import type { Status } from '../model/emission-factors.ts';
import { FIGURES, figureUnitSymbol } from '../model/figure-catalogue.ts';
import type { Period } from './survey.ts';

export const INDICATOR_KEYS = [
  'materialYield',
  'electricityKWhPerTProduct',
  'fuelMJPerTProduct',
  'waterM3PerTProduct',
  'rejectsBurnedKgPerTBought',
  'pcddfUgTeqPerTProduct',
  'pcddfAirUgTeqPerTProduct',
  'co2TPerTProduct',
  'profitVndPerTProduct',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** Which direction is an improvement (for display; the numbers never depend on it). */
export const INDICATOR_HIGHER_IS_BETTER: ReadonlySet<IndicatorKey> = new Set(['materialYield', 'profitVndPerTProduct']);

/** An indicator's English label and unit: the figure catalogue's (`indicator.<key>`). */
export const indicatorMeta = (key: IndicatorKey) => ({ label: FIGURES[`indicator.${key}`].label, unit: figureUnitSymbol(`indicator.${key}`) });

/** Fixed conversion constants, each with its source (shown in the provenance panel). */
export const INDICATOR_CONSTANTS = {
  coalLhvMJPerKg: { value: 25, unit: 'MJ/kg', source: 'MODEL.md §3 step 8 (the same LHV as the simulation core)', status: 'E' as Status },
  woodLhvMJPerKg: { value: 15, unit: 'MJ/kg', source: 'MODEL.md §3 step 8 (the same LHV as the simulation core)', status: 'E' as Status },
  lpgLhvMJPerKg: { value: 46, unit: 'MJ/kg', source: 'MODEL.md §3 step 8 (the same LHV as the simulation core)', status: 'E' as Status },
  plasticFuelLhvMJPerKg: {
    value: 30,
    unit: 'MJ/kg',
    source: 'MODEL.md §1: LHV of mixed/unknown plastic ("otherPlastic"), used unless the survey gives a measured value',
    status: 'E' as Status,
  },
  plasticCarbonFraction: {
    value: 0.75,
    unit: 't C/t',
    source: 'IPCC 2006 Vol. 5 Ch. 5 default carbon content of plastics, 75 % (range 67–85 %), 100 % fossil (reference/DATA.md §1)',
    status: 'R' as Status,
  },
  oxidationOpenBurning: {
    value: 0.58,
    unit: '',
    source: 'IPCC 2006 Vol. 5 Ch. 5, oxidation factor of open burning (reference/DATA.md §1; MODEL.md §3.1)',
    status: 'R' as Status,
  },
  oxidationDumpFire: { value: 0.58, unit: '', source: 'MODEL.md §3.1 (as open burning)', status: 'E' as Status },
  oxidationPlasticFuel: { value: 0.8, unit: '', source: 'MODEL.md §3.1 oxidation of plastic burned as fuel', status: 'E' as Status },
} as const;

export const CO2_PER_C = 44 / 12;
export const DEFAULT_BOOTSTRAP_RESAMPLES = 4000;
export const MIN_BOOTSTRAP_RESAMPLES = 2000;
export const DEFAULT_BOOTSTRAP_SEED = 20190501; // the survey's first month, May 2019

export const STATUS_LABELS: Record<Status, string> = { R: 'read in the source', M: 'unverified (recalled, to be checked)', D: 'derived', E: 'estimate' };

export interface IndicatorInput {
  column: string;
  value: number | null;
  unit: string;
}
export interface IndicatorFactor {
  /** e.g. "openBurning PCDD/F to air" or "plasticCarbonFraction". */
  name: string;
  value: number | 'ND';
  unit: string;
  source: string;
  status: Status | null;
  statusLabel: string;
  /** JSON Pointer into the library's factors, for emission factors. */
  pointer?: string;
}
export interface IndicatorReason {
  code: 'missing_input' | 'zero_denominator';
  column: string;
  message: string;
}

export interface IndicatorValue {
  key: IndicatorKey;
  householdId: string;
  period: Period;
  value: number | null;
  unit: string;
  formula: string;
  inputs: IndicatorInput[];
  factors: IndicatorFactor[];
  /** Why the value is null (empty when it is not). */
  missing: IndicatorReason[];
  /** Caveats that do not make the value null (an optional input not given, "ND" factors). */
  notes: string[];
}

export type HouseholdIndicators = Record<IndicatorKey, IndicatorValue>;

export interface IndicatorOptions {
  /** Scenario-style overrides deep-merged over the library (MODEL.md 3.1). */
  emissionFactorOverrides?: unknown;
  /** LHV of plastic burned as fuel when the survey does not give it (default 30 MJ/kg). */
  plasticFuelLhvMJPerKg?: number;
  /** Carbon mass fraction of the burned plastic (default IPCC 0.75). */
  plasticCarbonFraction?: number;
}
