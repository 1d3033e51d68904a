// The worker's evaluation methods (issue 9): measured survey data read from CSV, efficiency
// indicators per household and for the group (bootstrap intervals), measured versus modelled for
// one household, and the method annex of the report (every emission factor and assumption with
// its source and status). Part of the API that api.ts exposes; every method answers
// { ok, value | errors }, never an exception across the worker.

import type { Core } from '../shared/model/core.ts';
import { textIn } from '../shared/model/local-text.ts';
import type { EmissionFactorLibraryFile, Status } from '../shared/model/emission-factors.ts';
import type { AnnexAssumption, AnnexFactor, AnnexScenario, EvaluationApi, EvaluationIssue } from '../shared/contract/api-types.ts';
import { INDICATOR_CONSTANTS, STATUS_LABELS, surveyIndicators } from '../shared/survey/indicators.ts';
import { compareMeasuredModelled, DEFAULT_TOLERANCE } from '../shared/survey/measured-vs-modelled.ts';
import { applyMeasures, MeasureError, selectMeasures, type Measure } from '../shared/analysis/measures.ts';
import { validateScenario } from '../shared/model/scenario-schema.ts';
import { getAt } from '../shared/io/json-pointer.ts';
import type { Survey } from '../shared/survey/survey.ts';

/** The survey module (and papaparse with it) is loaded on first use, so a worker that never
 *  reads a survey never loads the CSV parser, and a failure to load it cannot stop the worker. */
type SurveyModule = typeof import('../shared/survey/survey.ts');
let surveyModule: Promise<SurveyModule> | undefined;
function loadSurveyModule(): Promise<SurveyModule> {
  surveyModule ??= import('../shared/survey/survey.ts');
  surveyModule.catch(() => (surveyModule = undefined));
  return surveyModule;
}

const issue = (code: string, message: string, path = ''): EvaluationIssue => ({ path, code, message });

/** A survey that crossed a thread boundary: the shape surveyParse produces, or the reason not. */
function checkSurvey(m: SurveyModule, survey: unknown): EvaluationIssue[] {
  const { PERIODS, SURVEY_COLUMNS, SURVEY_FORMAT } = m;
  const NUMBER_FIELDS = SURVEY_COLUMNS.filter((c) => c.kind === 'number').map((c) => c.field);
  const s = survey as Partial<Survey> | null;
  if (typeof s !== 'object' || s === null || s.format !== SURVEY_FORMAT || !Array.isArray(s.records)) {
    return [issue('bad_survey', 'not a survey: read the CSV file with surveyParse first')];
  }
  for (const [i, r] of s.records.entries()) {
    if (typeof r !== 'object' || r === null || typeof r.householdId !== 'string' || !PERIODS.includes(r.period)) {
      return [issue('bad_survey', `record ${i + 1} has no household code or period`, `/records/${i}`)];
    }
    for (const field of NUMBER_FIELDS) {
      const v = (r as unknown as Record<string, unknown>)[field];
      if (v !== null && !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) {
        return [
          issue(
            'bad_survey',
            `record ${i + 1} (${r.householdId}, ${r.period}): ${String(field)} must be a number ≥ 0 or null (missing)`,
            `/records/${i}/${String(field)}`,
          ),
        ];
      }
    }
  }
  return [];
}

const FACTOR_UNITS: Record<string, string> = {
  pm25: 'kg/t',
  pm10: 'kg/t',
  bc: 'kg/t',
  co: 'kg/t',
  ch4: 'kg/t',
  co2PerTJ: 't CO2/TJ',
};
const PER_TJ_SOURCES = new Set(['coal', 'wood', 'lpg']);

const isLeaf = (x: unknown): boolean => typeof x === 'number' || x === 'ND' || (typeof x === 'object' && x !== null && 'value' in x);

/** Every value of the library file's `factors` (or of its `releases` parameters with
 *  `part: 'releases'`), in file order, with its unit, source and status. */
export function flattenLibrary(library: EmissionFactorLibraryFile, part: 'factors' | 'releases' = 'factors'): AnnexFactor[] {
  const out: AnnexFactor[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (isLeaf(node)) {
      const leaf = (typeof node === 'object' ? node : { value: node }) as { value: number | 'ND'; source?: string; status?: Status; dist?: unknown };
      const [source, group, vector] = path;
      const unit =
        path.length === 1 && source === 'gridCo2PerMWh'
          ? 't CO2/MWh'
          : group === 'pcddf' || group === 'dlpcb'
            ? PER_TJ_SOURCES.has(source)
              ? 'µg TEQ/TJ'
              : 'µg TEQ/t'
            : (FACTOR_UNITS[group] ?? '');
      out.push({
        pointer: '/' + path.join('/'),
        source,
        pollutant: path.length === 1 ? 'gridCo2PerMWh' : group,
        vector: vector ?? null,
        value: leaf.value,
        unit,
        reference: leaf.source ?? 'no source given',
        status: leaf.status ?? null,
        statusLabel: leaf.status ? STATUS_LABELS[leaf.status] : 'no status given',
        distribution: leaf.dist && typeof leaf.dist === 'object' ? (leaf.dist as Record<string, unknown>) : null,
      });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [k, v] of Object.entries(node)) visit(v, [...path, k]);
  };
  if (part === 'factors') visit(library.factors, []);
  else if (library.releases) visit(library.releases, ['releases']);
  return out;
}

/** The survey module, or the reason it could not be loaded, as an issue. */
async function surveyParser(): Promise<SurveyModule | { errors: EvaluationIssue[] }> {
  try {
    return await loadSurveyModule();
  } catch (error) {
    return { errors: [issue('parser_unavailable', `the survey reader could not be loaded: ${error instanceof Error ? error.message : String(error)}`)] };
  }
}

export function createEvaluationApi(load: () => Promise<Core>, library: EmissionFactorLibraryFile, catalogue: readonly Measure[]): EvaluationApi {
  return {
    async surveyParse(text) {
      const m = await surveyParser();
      if ('errors' in m) return { ok: false, errors: m.errors, warnings: [] };
      const parsed = m.parseSurveyCsv(text);
      return parsed.ok ? { ok: true, value: parsed.survey, warnings: parsed.warnings } : { ok: false, errors: parsed.errors, warnings: parsed.warnings };
    },
    async surveyTemplate(lang) {
      const m = await loadSurveyModule();
      return { template: m.surveyCsvTemplate(lang), helpSheet: m.surveyCsvHelpSheet(lang) };
    },
    async surveyIndicators(survey, request = {}) {
      const m = await surveyParser();
      if ('errors' in m) return { ok: false, errors: m.errors, warnings: [] };
      const problems = checkSurvey(m, survey);
      if (problems.length > 0) return { ok: false, errors: problems, warnings: [] };
      const value = surveyIndicators(survey, library, { village: request.village, resamples: request.resamples, seed: request.seed });
      if (value.households.length === 0)
        return { ok: false, errors: [issue('no_households', `no household of the village "${request.village}" in the survey`)], warnings: [] };
      return { ok: true, value, warnings: [] };
    },
    async measuredVsModelled(request) {
      const m = await surveyParser();
      if ('errors' in m) return { ok: false, errors: m.errors, warnings: [] };
      const problems = checkSurvey(m, request.survey);
      if (problems.length > 0) return { ok: false, errors: problems, warnings: [] };
      const record = m.findRecord(request.survey, request.householdId, request.period);
      if (!record)
        return { ok: false, errors: [issue('no_record', `the survey has no ${request.period} row for household ${request.householdId}`)], warnings: [] };
      const checked = validateScenario(request.baseline);
      if (!checked.ok) return { ok: false, errors: checked.errors, warnings: checked.warnings };
      try {
        const measureIds = request.period === 'after' ? request.afterMeasureIds : [];
        const template = measureIds.length > 0 ? applyMeasures(checked.scenario, selectMeasures(catalogue, measureIds)) : checked.scenario;
        const cmp = compareMeasuredModelled(await load(), record, template, library, { tolerance: request.tolerance ?? DEFAULT_TOLERANCE });
        return { ok: true, value: { ...cmp, template: { id: template.id, name: textIn(template.name, 'en'), measureIds } }, warnings: checked.warnings };
      } catch (error) {
        const code = error instanceof MeasureError ? 'measure_error' : 'household_scenario_error';
        return { ok: false, errors: [issue(code, error instanceof Error ? error.message : String(error))], warnings: checked.warnings };
      }
    },
    async evaluationAnnex(request) {
      const scenarios: AnnexScenario[] = [];
      for (const entry of request.scenarios) {
        const checked = validateScenario(entry.baseline);
        if (!checked.ok) return { ok: false, errors: checked.errors, warnings: checked.warnings };
        let measures: Measure[];
        try {
          measures = selectMeasures(catalogue, entry.measureIds ?? []);
        } catch (error) {
          return { ok: false, errors: [issue('measure_error', error instanceof Error ? error.message : String(error))], warnings: [] };
        }
        const scenario = measures.length > 0 ? applyMeasures(checked.scenario, measures) : checked.scenario;
        const assumptions = Object.entries(scenario.provenance ?? {})
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([pointer, p]): AnnexAssumption => ({
            pointer,
            value: getAt(scenario, pointer) ?? null,
            source: textIn(p.source, 'en'),
            status: (p.status as Status | undefined) ?? null,
            statusLabel: p.status ? STATUS_LABELS[p.status as Status] : 'no status given',
            note: (p as { note?: string }).note ?? null,
          }));
        scenarios.push({
          label: entry.label,
          scenarioId: scenario.id,
          name: textIn(scenario.name, 'en'),
          assumptions,
          measures: measures.map((m) => ({
            id: m.id,
            kind: m.kind,
            name: m.name,
            source: m.source,
            status: m.status,
            capex: m.capex,
            lifetimeYears: m.lifetimeYears,
          })),
        });
      }
      const constants = Object.entries(INDICATOR_CONSTANTS).map(([name, c]) => ({
        name,
        value: c.value,
        unit: c.unit,
        source: c.source,
        status: c.status,
        statusLabel: STATUS_LABELS[c.status],
      }));
      return {
        ok: true,
        value: {
          library: { id: library.id, name: library.name ?? library.id, version: library.version, description: library.description ?? '' },
          factors: flattenLibrary(library),
          releaseParameters: flattenLibrary(library, 'releases'),
          constants,
          scenarios,
        },
        warnings: [],
      };
    },
  };
}
