// The worker's API, exposed through comlink by core.worker.ts. Plain async functions, testable
// in Node by handing in a core loader and the data files (api.ts's createApi).

import type { Core } from '../shared/model/core.ts';
import { simulateChecked, runScenario, type Issue } from '../shared/model/simulate.ts';
import type { Measure } from '../shared/analysis/measures.ts';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';
import { findBadFigure, badFigureIssue, ResultGuardError } from '../shared/model/result-guard.ts';
import { holdLifeLock, injectFault, withInjectedFaults } from './fault-injection.ts';
import { lazyMethods, once, type WorkerDataFiles } from './lazy-api.ts';
import { ScenarioCheck } from './scenario-check.ts';
import type { CompareEntryRequest, CoreApi, EvaluationApi, UncertaintyApi, VillageApi, WorkbenchApi } from '../shared/contract/api-types.ts';

const UNCERTAINTY_METHODS: Record<keyof UncertaintyApi, true> = {
  mcInputs: true,
  mcBlock: true,
  mcSummary: true,
  tornado: true,
  sobolBlock: true,
  sobolIndices: true,
};
const WORKBENCH_METHODS: Record<keyof WorkbenchApi, true> = { sweep: true, portfolio: true };
const EVALUATION_METHODS: Record<keyof EvaluationApi, true> = {
  surveyParse: true,
  surveyTemplate: true,
  surveyIndicators: true,
  measuredVsModelled: true,
  evaluationAnnex: true,
};
const VILLAGE_METHODS: Record<keyof VillageApi, true> = { village: true, villagePlan: true, villageBlock: true, villageSummary: true };

export const APP_VERSION = '0.1.0';

/** The worker's API. `dataFiles` gives the data files: the worker fetches them (core.worker.ts);
 *  Node and the unit tests read them bundled (api.ts). Each part of the API
 *  beyond the steady-state run loads its code on its first call (lazy-api.ts). */
export function createCoreApi(loadCore: () => Promise<Core>, dataFiles: WorkerDataFiles, loadSteadyCore: () => Promise<Core> = loadCore): CoreApi {
  const load = withInjectedFaults(loadCore);
  // The steady-state runs (simulate) use the steady-state core, which the worker loads alone
  // (wasm.ts); Node and the tests hand in one core for both.
  const loadSteady = withInjectedFaults(loadSteadyCore);
  // The library is read by every run; the catalogue is loaded and checked when a run first needs measures.
  const library = once(async () => ({ efLibrary: await dataFiles.efLibrary() }));
  // The measures' code (fast-json-patch, the catalogue's schema) loads with the catalogue.
  const measuresCode = once(() => import('../shared/analysis/measures.ts'));
  const data = once(async () => {
    const [{ efLibrary }, catalogueFile, { loadCatalogue }] = await Promise.all([library(), dataFiles.catalogueFile(), measuresCode()]);
    return { efLibrary, measures: loadCatalogue(catalogueFile) as Measure[] };
  });
  type Part<T> = (load: () => Promise<Core>, library: EmissionFactorLibraryFile, catalogue: readonly Measure[]) => T;
  /** A part of the API: its methods, whose code (`module`) loads on the first call of any of them. */
  const part = <T extends object>(methods: Record<keyof T, true>, module: () => Promise<Part<T>>): T =>
    lazyMethods<T>(
      methods,
      once(async () => {
        const [make, { efLibrary, measures }] = await Promise.all([module(), data()]);
        return make(load, efLibrary, measures);
      }),
    );
  // Every scenario is checked by the full schema (loaded on first need), but for the bundled ones
  // (trusted-scenarios.ts) and, of the Workbench's edits, those where the changed number's range is
  // enough (edit-fast-path.ts).
  const checks = new ScenarioCheck();
  const analysis = once(async () => {
    const [compareModule, dynamicsModule, optionsModule] = await Promise.all([
      import('../shared/analysis/compare.ts'),
      import('../shared/analysis/dynamics.ts'),
      import('../shared/analysis/dynamics-options.ts'),
    ]);
    return { ...compareModule, ...dynamicsModule, ...optionsModule };
  });

  /** Validates every scenario named in a comparison request; the first problem set wins. */
  async function prepare(measures: readonly Measure[], baseline: unknown, entries: CompareEntryRequest[]) {
    const { selectMeasures } = await measuresCode();
    const warnings: Issue[] = [];
    const checkedBaseline = await checks.whole(baseline);
    if (!checkedBaseline.ok) return { errors: checkedBaseline.errors, warnings: checkedBaseline.warnings };
    warnings.push(...checkedBaseline.warnings);
    const resolved = [];
    for (const [i, entry] of entries.entries()) {
      let scenario;
      if (entry.scenario !== undefined) {
        const checked = await checks.whole(entry.scenario);
        if (!checked.ok) return { errors: checked.errors.map((e) => ({ ...e, params: { ...e.params, entry: i } })), warnings };
        warnings.push(...checked.warnings);
        scenario = checked.scenario;
      }
      resolved.push({ scenario, measures: selectMeasures(measures, entry.measureIds ?? []) });
    }
    return { baseline: checkedBaseline.scenario, entries: resolved, warnings };
  }

  /** Measure and comparison errors become one issue each, never an exception across the worker. */
  async function asIssues(error: unknown): Promise<Issue[]> {
    const [{ ComparisonError }, { MeasureError }] = await Promise.all([analysis(), measuresCode()]);
    if (error instanceof MeasureError || error instanceof ComparisonError) {
      return [{ path: '', code: error instanceof MeasureError ? 'measure_error' : 'comparison_error', message: error.message }];
    }
    if (error instanceof ResultGuardError) return [error.issue];
    throw error;
  }
  return {
    ...part<UncertaintyApi>(UNCERTAINTY_METHODS, async () => (await import('./uncertainty-api.ts')).createUncertaintyApi),
    ...part<WorkbenchApi>(WORKBENCH_METHODS, async () => (await import('./workbench-api.ts')).createWorkbenchApi),
    ...part<EvaluationApi>(EVALUATION_METHODS, async () => (await import('./evaluation-api.ts')).createEvaluationApi),
    ...part<VillageApi>(VILLAGE_METHODS, async () => (await import('./village-api.ts')).createVillageApi),
    async simulate(scenario) {
      const [core, { efLibrary }, checked] = await Promise.all([loadSteady(), library(), checks.edit(scenario)]);
      return simulateChecked(core, checked, efLibrary);
    },
    async dynamics(scenario, options) {
      const [core, { efLibrary }, { DynamicsEngine, DynamicsLimitError, runDynamics, dynamicsOptionIssues }, checked] = await Promise.all([
        load(),
        library(),
        analysis(),
        checks.whole(scenario),
      ]);
      if (!checked.ok) return { ok: false, errors: checked.errors, warnings: checked.warnings };
      // The run's options are held to the ranges a scenario's `dynamics` section has.
      const optionProblems = dynamicsOptionIssues(options as unknown as Record<string, unknown>);
      if (optionProblems.length > 0) return { ok: false, errors: optionProblems, warnings: checked.warnings };
      try {
        const summary = runDynamics(new DynamicsEngine(core), checked.scenario, efLibrary, options);
        // The dynamics summary holds intervals (which may dip below 0): only finiteness is checked.
        const bad = findBadFigure(summary, { checkNegative: false });
        if (bad) return { ok: false, errors: [badFigureIssue(bad, checked.scenario)], warnings: checked.warnings };
        const steady = runScenario(core, checked.scenario, efLibrary);
        return { ok: true, summary, steady, warnings: checked.warnings };
      } catch (error) {
        if (error instanceof ResultGuardError) return { ok: false, errors: [error.issue], warnings: checked.warnings };
        if (!(error instanceof DynamicsLimitError)) throw error;
        return { ok: false, errors: [{ path: '', code: error.code, params: error.params, message: error.message }], warnings: checked.warnings };
      }
    },
    async catalogue() {
      return (await data()).measures;
    },
    async compare(baseline, entry) {
      const [core, { efLibrary, measures }, { compare }] = await Promise.all([load(), data(), analysis()]);
      try {
        const p = await prepare(measures, baseline, [entry]);
        if (!p.baseline) return { ok: false, errors: p.errors, warnings: p.warnings };
        const e = p.entries[0];
        const value = compare(core, efLibrary, { before: p.baseline, after: e.scenario, measures: e.measures }, { catalogue: measures });
        return { ok: true, value, warnings: p.warnings };
      } catch (error) {
        return { ok: false, errors: await asIssues(error), warnings: [] };
      }
    },
    async compareMany(baseline, entries) {
      const [core, { efLibrary, measures }, { compareMany }] = await Promise.all([load(), data(), analysis()]);
      try {
        const p = await prepare(measures, baseline, entries);
        if (!p.baseline) return { ok: false, errors: p.errors, warnings: p.warnings };
        const value = compareMany(core, efLibrary, [p.baseline, ...p.entries], { catalogue: measures });
        return { ok: true, value, warnings: p.warnings };
      } catch (error) {
        return { ok: false, errors: await asIssues(error), warnings: [] };
      }
    },
    watchLife: holdLifeLock,
    injectFault,
    async info() {
      const { efLibrary } = await library();
      return { appVersion: APP_VERSION, efLibraryId: efLibrary.id, efLibraryVersion: efLibrary.version };
    },
  };
}
