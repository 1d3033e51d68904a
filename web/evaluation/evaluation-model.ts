// The Evaluation view's own shapes, between its run (evaluation-run.ts) and its elements: what the
// report needs beyond the indicators, and the state of one measured-versus-modelled run.

import type { ComparisonDocument, EvaluationAnnex, EvaluationIssue, Measure, MeasuredVsModelledValue, Period } from '../shared/contract/api-types.ts';
import { PROJECT_VILLAGES, type ProjectVillage } from '../shared/model/bundled-villages.ts';
import type { ReleaseMethod } from '../shared/model/scenario-schema.ts';
import { pickText } from '../app/locale.ts';

export type Busy = 'idle' | 'working' | 'failed';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** The project village a survey's village name means (Minh Khai by default). */
export function pairForVillage(village: string): ProjectVillage {
  return PROJECT_VILLAGES.find((p) => fold(p.village) === fold(village)) ?? PROJECT_VILLAGES[0];
}

/** A survey's village name as the reader reads it: a project village by its name in the page's
 *  language ("Phan Boi" → "Phan Bôi"), any other as the file writes it (user data). */
export function villageName(village: string): string {
  const pair = PROJECT_VILLAGES.find((p) => fold(p.village) === fold(village));
  return pair ? pickText(pair.name) : village;
}

/** Measured versus modelled for one household, as the view shows it. */
export interface MvmState {
  householdId: string;
  period: Period;
  baseline: object;
  status: Busy;
  outcome: { ok: true; value: MeasuredVsModelledValue } | { ok: false; errors: EvaluationIssue[] } | null;
  message?: string;
}

/** What the report needs beyond the indicators: the village comparisons and the method annex. */
export interface ReportData {
  /** The release method every comparison of the report was run with (the current scenario's). */
  method: ReleaseMethod;
  comparisons: {
    pair: ProjectVillage;
    /** The baseline that was run (the current scenario when it stands in for the village's). */
    baseline: { id: string; name: unknown };
    /** Its name as when the report was made (the CSV and JSON exports). */
    baselineName: string;
    /** The `otherCosts` of the baseline that was run, for the names of its cost lines. */
    otherCosts: unknown;
    doc: ComparisonDocument | null;
    errors: EvaluationIssue[];
  }[];
  annex: EvaluationAnnex | null;
  catalogue: Measure[];
}
