import { createContext } from '@lit/context';
import { pickText } from '../app/locale.ts';
import type { EvaluationIssue, EvaluationOutcome, MeasuredVsModelledValue, Period, Survey, SurveyIndicatorsResult } from '../shared/contract/api-types.ts';
import { ILLUSTRATIVE_SURVEY } from '../shared/model/bundled-data.ts';
import type { ProjectVillage } from '../shared/model/bundled-villages.ts';
import { withReleaseMethod, type ReleaseMethod } from '../app/release-method.ts';
import type { CoreClient } from '../common/core-client.ts';
import type { FaultCenter } from '../common/fault-center.ts';
import type { MeasureCatalogue } from '../common/measure-catalogue.ts';
import { Run, type RunResult, type RunStatus } from '../common/run.ts';
import type { Busy, MvmState, ReportData } from './evaluation-model.ts';

/** The project's villages (and their scenario files) load with a report, not with the page. */
const loadModel = () => import('./evaluation-model.ts');

/** A survey file to read: its text, or (without text) the illustrative survey shipped with the app. */
export interface ImportRequest {
  name: string;
  text?: string;
  illustrative: boolean;
}

type ImportValue =
  | { ok: true; survey: Survey; warnings: EvaluationIssue[]; indicators: SurveyIndicatorsResult }
  | { ok: false; errors: EvaluationIssue[]; warnings: EvaluationIssue[] };

interface MvmRequest {
  survey: Survey;
  householdId: string;
  period: Period;
  baseline: object;
}

interface ReportRequest {
  survey: Survey;
  method: ReleaseMethod;
  current: { id: string; name: string } | null;
}

type Core = Pick<CoreClient, 'call'>;

/** Reads the CSV in the worker, then computes the indicators of the accepted survey. */
async function readSurvey(core: Core, request: ImportRequest, signal: AbortSignal): Promise<ImportValue> {
  let text = request.text;
  if (text === undefined) {
    const response = await fetch(ILLUSTRATIVE_SURVEY.url, { signal });
    if (!response.ok) throw new Error(`the illustrative survey could not be loaded (${response.status})`);
    text = await response.text();
  }
  const parsed = await core.call('surveyParse', [text], { signal });
  if (!parsed.ok) return parsed;
  const indicators = await core.call('surveyIndicators', [parsed.value, {}], { signal });
  if (!indicators.ok) return { ok: false, errors: indicators.errors, warnings: parsed.warnings };
  return { ok: true, survey: parsed.value, warnings: parsed.warnings, indicators: indicators.value };
}

/** The comparisons of every project village in the survey (the current scenario stands in for
 *  its village's fixture when it has the same id) and the method annex, with one release method. */
async function buildReport(core: Core, catalogue: MeasureCatalogue, request: ReportRequest, signal: AbortSignal): Promise<ReportData> {
  const { survey, method, current } = request;
  const { pairForVillage } = await loadModel();
  const baselineOf = (pair: ProjectVillage) => withReleaseMethod(current && current.id === pair.baseline.id ? current : pair.baseline, method);
  const villages = [...new Set(survey.records.map((r) => pairForVillage(r.village)))];
  const comparisons: ReportData['comparisons'] = [];
  for (const pair of villages) {
    const baseline = baselineOf(pair);
    const outcome = await core.call('compare', [baseline, { measureIds: [...pair.measureIds] }], { signal });
    comparisons.push({
      pair,
      baseline,
      baselineName: pickText(baseline.name),
      otherCosts: (baseline as { otherCosts?: unknown }).otherCosts,
      doc: outcome.ok ? outcome.value : null,
      errors: outcome.ok ? [] : outcome.errors,
    });
  }
  const annex = await core.call(
    'evaluationAnnex',
    [
      {
        scenarios: villages.flatMap((pair) => {
          const baseline = baselineOf(pair);
          return [
            // The annex lists each village before, then after, in the order of the comparisons.
            { label: `${pair.village}, before`, baseline },
            { label: `${pair.village}, after`, baseline, measureIds: [...pair.measureIds] },
          ];
        }),
      },
    ],
    { signal },
  );
  await catalogue.load();
  if (!catalogue.measures) throw new Error(catalogue.error ?? 'the measures catalogue could not be loaded');
  return { method, comparisons, annex: annex.ok ? annex.value : null, catalogue: catalogue.measures };
}

const busyOf = (run: { status: RunStatus }): Busy => (run.status === 'running' ? 'working' : run.status === 'failed' ? 'failed' : 'idle');

/**
 * The Evaluation view's state for one session: the survey read in the worker, its indicators,
 * measured versus modelled for one household, and the report's comparisons, each a Run. A
 * refused file leaves the previous survey in place. Outlives the view. Fires `change`.
 */
export class EvaluationRun extends EventTarget {
  survey: Survey | null = null;
  source: { name: string; illustrative: boolean } | null = null;
  warnings: EvaluationIssue[] = [];
  refused: { name: string; errors: EvaluationIssue[]; warnings: EvaluationIssue[] } | null = null;
  indicators: SurveyIndicatorsResult | null = null;
  readonly importer: Run<ImportRequest, ImportValue>;
  readonly mvmRun: Run<MvmRequest, EvaluationOutcome<MeasuredVsModelledValue>>;
  readonly reportRun: Run<ReportRequest, ReportData>;
  private taken: RunResult<ImportRequest, ImportValue> | null = null;
  private mvmShown: { state: unknown; view: MvmState | null } = { state: null, view: null };

  constructor(
    private readonly core: Core,
    catalogue: MeasureCatalogue,
    faults?: FaultCenter,
  ) {
    super();
    this.importer = new Run((request, { signal }) => readSurvey(core, request, signal), { faults });
    this.mvmRun = new Run(
      async ({ survey, householdId, period, baseline }, { signal }) => {
        const record = survey.records.find((r) => r.householdId === householdId);
        const { pairForVillage } = await loadModel();
        const afterMeasureIds = [...pairForVillage(record?.village ?? '').measureIds];
        return core.call('measuredVsModelled', [{ survey, householdId, period, baseline, afterMeasureIds }], { signal });
      },
      { faults },
    );
    this.reportRun = new Run((request, { signal }) => buildReport(core, catalogue, request, signal), {
      faults,
      same: (a, b) => a.survey === b.survey && a.method === b.method,
    });
    this.importer.addEventListener('change', () => this.take());
    for (const run of [this.importer, this.mvmRun, this.reportRun]) run.addEventListener('change', () => this.changed());
  }

  /** 'working' while a file is read, 'failed' when reading it failed (not when it was refused). */
  get status(): Busy {
    return busyOf(this.importer);
  }

  get failure(): string | null {
    return this.importer.error;
  }

  get report(): ReportData | null {
    return this.reportRun.result?.value ?? null;
  }

  get reportStatus(): Busy {
    return this.reportRun.status === 'done' && !this.report?.annex ? 'failed' : busyOf(this.reportRun);
  }

  /** The latest measured-versus-modelled run, as the view shows it (the same object until it changes). */
  get mvm(): MvmState | null {
    const state = this.mvmRun.state;
    if (this.mvmShown.state !== state) {
      const r = state.request;
      const outcome = state.status === 'done' && state.result ? state.result.value : null;
      this.mvmShown = {
        state,
        view: r && {
          householdId: r.householdId,
          period: r.period,
          baseline: r.baseline,
          status: busyOf(this.mvmRun),
          message: state.error ?? undefined,
          outcome: outcome && (outcome.ok ? { ok: true, value: outcome.value } : { ok: false, errors: outcome.errors }),
        },
      };
    }
    return this.mvmShown.view;
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** A finished import: an accepted survey replaces the one before, a refused one is reported. */
  private take(): void {
    const done = this.importer.result;
    if (!done || done === this.taken) return;
    this.taken = done;
    const { request, value } = done;
    if (!value.ok) {
      this.refused = { name: request.name, errors: value.errors, warnings: value.warnings };
      return;
    }
    this.survey = value.survey;
    this.source = { name: request.name, illustrative: request.illustrative };
    this.warnings = value.warnings;
    this.refused = null;
    this.indicators = value.indicators;
    this.mvmRun.clear();
    this.reportRun.clear();
  }

  /** Reads a CSV file's text; true when it replaced the survey. */
  async importText(text: string, name: string, illustrative = false): Promise<boolean> {
    return this.import({ text, name, illustrative });
  }

  loadIllustrative(): Promise<boolean> {
    return this.import({ name: ILLUSTRATIVE_SURVEY.name, illustrative: true });
  }

  private async import(request: ImportRequest): Promise<boolean> {
    await this.importer.start(request);
    const done = this.importer.result;
    return this.importer.status === 'done' && done?.request === request && done.value.ok;
  }

  templateFiles(lang: 'en' | 'vi' = 'en'): Promise<{ template: string; helpSheet: string }> {
    return this.core.call('surveyTemplate', [lang]);
  }

  /** Measured versus modelled for one household: the current scenario for "before" rows, with
   *  the measures of its village's after variant for "after" rows. */
  runMeasuredVsModelled(householdId: string, period: Period, baseline: object): Promise<void> {
    const survey = this.survey;
    return survey ? this.mvmRun.start({ survey, householdId, period, baseline }) : Promise.resolve();
  }

  /** The report's village comparisons and annex, unless they are already for this survey and method. */
  ensureReport(current: { id: string; name: string } | null, method: ReleaseMethod = 'toolkit'): Promise<void> {
    const survey = this.survey;
    return survey ? this.reportRun.ensure({ survey, method, current }) : Promise.resolve();
  }
}

/** The Evaluation view's run, provided by <plc-app> for the session. */
export const evaluationContext = createContext<EvaluationRun | undefined>(Symbol('plc-evaluation'));
