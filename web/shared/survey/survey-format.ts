// The survey file's format (issue 9): what a household record holds, the survey as read and
// the issues reading reports. The CSV columns with their units, help and ranges are in
// survey-columns.ts, the template and help sheet users fill in in survey-template.ts; survey.ts
// reads the files and its header describes the CSV file. No DOM and no Node APIs.

import type { SurveyIssueLike } from './survey-messages.ts';

export const SURVEY_FORMAT = 'plastic-line-survey';
export const SURVEY_VERSION = 1;
export const SURVEY_LIMITS = { maxBytes: 5 * 1024 * 1024, maxErrors: 100 } as const;

export type Period = 'before' | 'after';
export const PERIODS: readonly Period[] = ['before', 'after'];

/** One household in one period. Quantities are per year; null = not measured. */
export interface SurveyRecord {
  householdId: string;
  village: string;
  period: Period;
  plasticBoughtTPerYr: number | null;
  productSoldTPerYr: number | null;
  rejectsOpenBurnedKgPerYr: number | null;
  rejectsBurnedAsFuelKgPerYr: number | null;
  rejectsDumpedKgPerYr: number | null;
  /** Of the dumped rejects, the part that burned in dump fires (optional column). */
  rejectsDumpFireKgPerYr: number | null;
  rejectsSoldKgPerYr: number | null;
  rejectsToBricksKgPerYr: number | null;
  electricityKWhPerYr: number | null;
  coalTPerYr: number | null;
  woodTPerYr: number | null;
  lpgKgPerYr: number | null;
  waterM3PerYr: number | null;
  workers: number | null;
  workingDaysPerYr: number | null;
  priceProductVndPerT: number | null;
  pricePlasticVndPerT: number | null;
  priceElectricityVndPerKWh: number | null;
  priceCoalVndPerT: number | null;
  priceWoodVndPerT: number | null;
  priceLpgVndPerKg: number | null;
  wageVndPerWorkerDay: number | null;
  /** Revenue from anything but the product (bricks, rejects sold), VND per year. */
  otherRevenueVndPerYr: number | null;
  /** Lower heating value of the plastic rejects burned as fuel, if measured. */
  plasticFuelLhvMJPerKg: number | null;
  note: string | null;
  /** Spreadsheet row the record came from (0 when built in code). */
  row: number;
}

export type SurveyNumberField = {
  [K in keyof SurveyRecord]: SurveyRecord[K] extends number | null ? (null extends SurveyRecord[K] ? K : never) : never;
}[keyof SurveyRecord];

export interface Survey {
  format: typeof SURVEY_FORMAT;
  version: typeof SURVEY_VERSION;
  records: SurveyRecord[];
  /** Comment rows of the file (e.g. "# ILLUSTRATIVE: made-up numbers"), without the "#". */
  notes: string[];
  /** Header columns in file order. */
  columns: string[];
}

export interface SurveyIssue extends SurveyIssueLike {
  /** Where, as a pointer into the table: "/rows/5/coal_t_per_yr", "/rows/5", "/columns/coal_t_per_yr" or "". */
  path: string;
  /** Plain English sentence naming row, column and problem (formatSurveyIssue gives Vietnamese). */
  message: string;
}

export type SurveyParseResult = { ok: true; survey: Survey; warnings: SurveyIssue[] } | { ok: false; errors: SurveyIssue[]; warnings: SurveyIssue[] };

/** The record of a household in a period, if any. */
export function findRecord(survey: Survey, householdId: string, period: Period): SurveyRecord | undefined {
  return survey.records.find((r) => r.householdId === householdId && r.period === period);
}
