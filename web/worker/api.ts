// The worker's API, exposed through comlink by core.worker.ts. Plain async functions, testable
// in Node by handing in a core loader (see createApi).

import type { Core } from '../shared/model/core.ts';
import { simulateScenario, runScenario, type Issue } from '../shared/model/simulate.ts';
import { DynamicsEngine, DynamicsLimitError, runDynamics } from '../shared/analysis/dynamics.ts';
import { validateScenario } from '../shared/model/scenario-schema.ts';
import { EMISSION_FACTOR_LIBRARY, MEASURES_CATALOGUE_FILE } from '../shared/model/bundled-data.ts';
import { compare, compareMany, ComparisonError } from '../shared/analysis/compare.ts';
import { loadCatalogue, MeasureError, selectMeasures } from '../shared/analysis/measures.ts';
import { loadCore, wasmByteLength } from './wasm.ts';
import { findBadFigure, badFigureIssue, ResultGuardError } from '../shared/model/result-guard.ts';
import { dynamicsOptionIssues } from '../shared/analysis/dynamics-options.ts';
import { createUncertaintyApi } from './uncertainty-api.ts';
import { createWorkbenchApi } from './workbench-api.ts';
import { createEvaluationApi } from './evaluation-api.ts';
import { createVillageApi } from './village-api.ts';
import { holdLifeLock, injectFault, withInjectedFaults } from './fault-injection.ts';
import type { CompareEntryRequest, CoreApi } from '../shared/contract/api-types.ts';

export const APP_VERSION = '0.1.0';

export function createApi(loadCore: () => Promise<Core>, coreBytes: () => Promise<number> = async () => 0): CoreApi {
  const load = withInjectedFaults(loadCore);
  const efLibrary = EMISSION_FACTOR_LIBRARY;
  const measures = loadCatalogue(MEASURES_CATALOGUE_FILE);

  /** Validates every scenario named in a comparison request; the first problem set wins. */
  function prepare(baseline: unknown, entries: CompareEntryRequest[]) {
    const warnings: Issue[] = [];
    const checkedBaseline = validateScenario(baseline);
    if (!checkedBaseline.ok) return { errors: checkedBaseline.errors, warnings: checkedBaseline.warnings };
    warnings.push(...checkedBaseline.warnings);
    const resolved = [];
    for (const [i, entry] of entries.entries()) {
      let scenario;
      if (entry.scenario !== undefined) {
        const checked = validateScenario(entry.scenario);
        if (!checked.ok) return { errors: checked.errors.map((e) => ({ ...e, params: { ...e.params, entry: i } })), warnings };
        warnings.push(...checked.warnings);
        scenario = checked.scenario;
      }
      resolved.push({ scenario, measures: selectMeasures(measures, entry.measureIds ?? []) });
    }
    return { baseline: checkedBaseline.scenario, entries: resolved, warnings };
  }

  /** Measure and comparison errors become one issue each, never an exception across the worker. */
  function asIssues(error: unknown): Issue[] {
    if (error instanceof MeasureError || error instanceof ComparisonError) {
      return [{ path: '', code: error instanceof MeasureError ? 'measure_error' : 'comparison_error', message: error.message }];
    }
    if (error instanceof ResultGuardError) return [error.issue];
    throw error;
  }
  return {
    ...createUncertaintyApi(load, efLibrary, measures),
    ...createWorkbenchApi(load, efLibrary, measures),
    ...createEvaluationApi(load, efLibrary, measures),
    ...createVillageApi(load, efLibrary, measures),
    async simulate(scenario) {
      const core = await load();
      return simulateScenario(core, scenario, efLibrary);
    },
    async dynamics(scenario, options) {
      const core = await load();
      const checked = validateScenario(scenario);
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
      return measures;
    },
    async compare(baseline, entry) {
      const core = await load();
      try {
        const p = prepare(baseline, [entry]);
        if (!p.baseline) return { ok: false, errors: p.errors, warnings: p.warnings };
        const e = p.entries[0];
        const value = compare(core, efLibrary, { before: p.baseline, after: e.scenario, measures: e.measures }, { catalogue: measures });
        return { ok: true, value, warnings: p.warnings };
      } catch (error) {
        return { ok: false, errors: asIssues(error), warnings: [] };
      }
    },
    async compareMany(baseline, entries) {
      const core = await load();
      try {
        const p = prepare(baseline, entries);
        if (!p.baseline) return { ok: false, errors: p.errors, warnings: p.warnings };
        const value = compareMany(core, efLibrary, [p.baseline, ...p.entries], { catalogue: measures });
        return { ok: true, value, warnings: p.warnings };
      } catch (error) {
        return { ok: false, errors: asIssues(error), warnings: [] };
      }
    },
    watchLife: holdLifeLock,
    injectFault,
    async info() {
      return { appVersion: APP_VERSION, coreBytes: await coreBytes(), efLibraryId: efLibrary.id, efLibraryVersion: efLibrary.version };
    },
  };
}

/** The instance core.worker.ts exposes: loads the Wasm with fetch on first use. */
export const api: CoreApi = createApi(loadCore, wasmByteLength);
