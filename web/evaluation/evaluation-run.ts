import type { CoreClient } from '../common/core-client.ts';
import type {
  ComparisonDocument, EvaluationAnnex, EvaluationIssue, Measure, MeasuredVsModelledValue, Period, Survey, SurveyIndicatorsResult,
} from '../shared/model/api-types.ts';
import { ILLUSTRATIVE_SURVEY, type ProjectVillage } from '../shared/model/bundled-data.ts';
import { withReleaseMethod, type ReleaseMethod } from '../app/release-method.ts';
import { pairForVillage, type Busy, type MvmState, type ReportData } from './evaluation-model.ts';

export type { EvaluationAnnex, EvaluationIssue, MeasuredVsModelledValue, Period, Survey, SurveyIndicatorsResult, ComparisonDocument, Measure };
export type { AnnexFactor, AnnexScenario, AnnexAssumption } from '../shared/model/api-types.ts';
export { pairForVillage, type Busy, type MvmState, type ReportData };
export type { HouseholdIndicators, IndicatorValue, GroupIndicator, IndicatorKey } from '../shared/survey/indicators.ts';
export type { SurveyRecord } from '../shared/survey/survey.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The Evaluation view's state for one session: the survey read in the worker, its indicators,
 * measured versus modelled for one household, and the report's comparisons. Fires `change`.
 * A refused file leaves the previous survey in place.
 */
export class EvaluationRun extends EventTarget {
  survey: Survey | null = null;
  source: { name: string; illustrative: boolean } | null = null;
  warnings: EvaluationIssue[] = [];
  refused: { name: string; errors: EvaluationIssue[]; warnings: EvaluationIssue[] } | null = null;
  indicators: SurveyIndicatorsResult | null = null;
  status: Busy = 'idle';
  failure: string | null = null;
  mvm: MvmState | null = null;
  report: ReportData | null = null;
  reportStatus: Busy = 'idle';
  private reportFor: Survey | null = null;
  private reportMethod: ReleaseMethod | null = null;
  private generation = 0;

  constructor(private readonly core: CoreClient) {
    super();
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** Reads a CSV file's text; on success it replaces the survey and computes the indicators. */
  async importText(text: string, name: string, illustrative = false): Promise<boolean> {
    const generation = ++this.generation;
    this.status = 'working';
    this.failure = null;
    this.changed();
    try {
      const parsed = await this.core.call('surveyParse', [text]);
      if (generation !== this.generation) return false;
      if (!parsed.ok) {
        this.refused = { name, errors: parsed.errors, warnings: parsed.warnings };
        this.status = 'idle';
        this.changed();
        return false;
      }
      const indicators = await this.core.call('surveyIndicators', [parsed.value, {}]);
      if (generation !== this.generation) return false;
      if (!indicators.ok) {
        this.refused = { name, errors: indicators.errors, warnings: parsed.warnings };
        this.status = 'idle';
        this.changed();
        return false;
      }
      this.survey = parsed.value;
      this.source = { name, illustrative };
      this.warnings = parsed.warnings;
      this.refused = null;
      this.indicators = indicators.value;
      this.mvm = null;
      this.report = null;
      this.reportFor = null;
      this.status = 'idle';
      this.changed();
      return true;
    } catch (error) {
      if (generation !== this.generation) return false;
      this.status = 'failed';
      this.failure = message(error);
      this.changed();
      return false;
    }
  }

  async loadIllustrative(): Promise<boolean> {
    const response = await fetch(ILLUSTRATIVE_SURVEY.url);
    if (!response.ok) {
      this.status = 'failed';
      this.failure = `the illustrative survey could not be loaded (${response.status})`;
      this.changed();
      return false;
    }
    return this.importText(await response.text(), ILLUSTRATIVE_SURVEY.name, true);
  }

  templateFiles(lang: 'en' | 'vi' = 'en'): Promise<{ template: string; helpSheet: string }> {
    return this.core.call('surveyTemplate', [lang]);
  }

  /** Measured versus modelled for one household: the current scenario for "before" rows, with
   *  the measures of its village's after variant for "after" rows. */
  async runMeasuredVsModelled(householdId: string, period: Period, baseline: object): Promise<void> {
    const survey = this.survey;
    if (!survey) return;
    const record = survey.records.find((r) => r.householdId === householdId);
    const afterMeasureIds = [...pairForVillage(record?.village ?? '').measureIds];
    const state: MvmState = { householdId, period, baseline, status: 'working', outcome: null };
    this.mvm = state;
    this.changed();
    try {
      const outcome = await this.core.call('measuredVsModelled', [{ survey, householdId, period, baseline, afterMeasureIds }]);
      if (this.mvm !== state) return;
      this.mvm = { ...state, status: 'idle', outcome: outcome.ok ? { ok: true, value: outcome.value } : { ok: false, errors: outcome.errors } };
    } catch (error) {
      if (this.mvm !== state) return;
      this.mvm = { ...state, status: 'failed', message: message(error) };
    }
    this.changed();
  }

  /** The comparisons of every project village in the survey (the current scenario stands in for
   *  its village's fixture when it has the same id) and the method annex, all with the current
   *  scenario's release method. */
  async ensureReport(current: { id: string; name: string } | null, method: ReleaseMethod = 'toolkit'): Promise<void> {
    const survey = this.survey;
    if (!survey || (this.reportFor === survey && this.reportMethod === method)) return;
    this.reportFor = survey;
    this.reportMethod = method;
    const baselineOf = (pair: ProjectVillage) => withReleaseMethod(current && current.id === pair.baseline.id ? current : pair.baseline, method);
    this.reportStatus = 'working';
    this.changed();
    try {
      const villages = [...new Set(survey.records.map((r) => pairForVillage(r.village)))];
      const comparisons: ReportData['comparisons'] = [];
      for (const pair of villages) {
        const baseline = baselineOf(pair);
        const outcome = await this.core.call('compare', [baseline, { measureIds: [...pair.measureIds] }]);
        comparisons.push({ pair, baselineName: baseline.name, otherCosts: (baseline as { otherCosts?: unknown }).otherCosts, doc: outcome.ok ? outcome.value : null, errors: outcome.ok ? [] : outcome.errors });
      }
      const annex = await this.core.call('evaluationAnnex', [{
        scenarios: villages.flatMap((pair) => {
          const baseline = baselineOf(pair);
          return [{ label: `${pair.village}, before`, baseline }, { label: `${pair.village}, after`, baseline, measureIds: [...pair.measureIds] }];
        }),
      }]);
      const catalogue = await this.core.call('catalogue', []);
      if (this.reportFor !== survey || this.reportMethod !== method) return;
      this.report = { method, comparisons, annex: annex.ok ? annex.value : null, catalogue };
      this.reportStatus = annex.ok ? 'idle' : 'failed';
    } catch (error) {
      if (this.reportFor !== survey || this.reportMethod !== method) return;
      this.reportFor = null;
      this.reportStatus = 'failed';
      this.failure = message(error);
    }
    this.changed();
  }
}

const runs = new WeakMap<object, EvaluationRun>();

/** The evaluation state of a session (kept across visits to the view), on the session's core. */
export function evaluationFor(session: { readonly core: CoreClient }): EvaluationRun {
  let run = runs.get(session);
  if (!run) runs.set(session, (run = new EvaluationRun(session.core)));
  return run;
}
