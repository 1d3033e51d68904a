// The worker's API, exposed through comlink by core.worker.ts. Plain async functions, testable
// in Node by handing in a core loader (see createApi).

import type { Core } from '../shared/model/core.ts';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';
import { simulateScenario, runScenario, type SimulateOutcome, type Issue } from '../shared/model/simulate.ts';
import { DynamicsEngine, DynamicsLimitError, runDynamics, type DynamicsOptions, type DynamicsSummary } from '../shared/analysis/dynamics.ts';
import { validateScenario } from '../shared/model/scenario-schema.ts';
import type { ResultDocument } from '../shared/model/result-types.ts';
import library from '../../fixtures/emission-factors.json';
import catalogueFile from '../../fixtures/measures.json';
import { compare, compareMany, ComparisonError, type ComparisonDocument, type ComparisonSet } from '../shared/analysis/compare.ts';
import { loadCatalogue, MeasureError, selectMeasures, type Measure } from '../shared/analysis/measures.ts';
import { loadCore, wasmByteLength } from './wasm.ts';
import { findBadFigure, badFigureIssue, ResultGuardError } from '../shared/model/result-guard.ts';
import { dynamicsOptionIssues } from '../shared/analysis/dynamics-options.ts';
import { createUncertaintyApi, type UncertaintyApi } from './uncertainty-api.ts';
import { createWorkbenchApi, type WorkbenchApi } from './workbench-api.ts';
import { createEvaluationApi, type EvaluationApi } from './evaluation-api.ts';
import { createVillageApi, type VillageApi } from './village-api.ts';
import { holdLifeLock, injectFault, withInjectedFaults, type InjectedFault } from './fault-injection.ts';

export type { InjectedFault } from './fault-injection.ts';

export type { PortfolioResult, SweepAxis, SweepResult, WorkbenchOutcome } from './workbench-api.ts';

export type {
  FigureDistribution, McBlockRequest, McBlockValue, McInputsValue, McOutcome, McScenarios, McSummaryRequest, McSummaryValue,
  SeriesName, SobolBlockRequest, SobolBlockValue, SobolFigureRequest, SobolFigureValue, SobolIndices, Tornado, UncertaintyApi,
} from './uncertainty-api.ts';

export type {
  VillageApi, VillageBlockRequest, VillageBlockValue, VillageFigureSummary, VillageIssue, VillageOutcome, VillagePlanValue,
  VillageRequest, VillageResultDocument, VillageSummaryRequest, VillageSummaryValue,
} from './village-api.ts';

export type { SimulateOutcome, Issue, DynamicsOptions, DynamicsSummary };

export type { ComparisonDocument, ComparisonSet, Measure };

/** One scenario to compare with the baseline: a scenario document, or catalogue measures
 *  applied to the baseline (ids in any order; they are applied in catalogue order). */
export interface CompareEntryRequest { scenario?: unknown; measureIds?: string[] }

export type CompareOutcome<T> =
  | { ok: true; value: T; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

export type DynamicsOutcome =
  | { ok: true; summary: DynamicsSummary; steady: ResultDocument; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };
export type { ResultDocument } from '../shared/model/result-types.ts';

export const APP_VERSION = '0.1.0';

/** The Monte Carlo and sensitivity methods (mcInputs, mcBlock, mcSummary, tornado, sobolBlock,
 *  sobolIndices) are in uncertainty-api.ts, the village methods (village, villagePlan,
 *  villageBlock, villageSummary) in village-api.ts; web/common/worker-pool.ts calls them. */
export interface CoreApi extends UncertaintyApi, WorkbenchApi, EvaluationApi, VillageApi {
  /** Validates, compiles and runs one scenario in the Wasm core. */
  simulate(scenario: unknown): Promise<SimulateOutcome>;
  /** Discrete-event replications of the line (MODEL.md section 7), with the steady state beside. */
  dynamics(scenario: unknown, options: DynamicsOptions): Promise<DynamicsOutcome>;
  /** The BAT/BEP measures catalogue shipped with the app, in catalogue order. */
  catalogue(): Promise<Measure[]>;
  /** Baseline against one scenario or measures (MODEL.md section 6), with Shapley attribution. */
  compare(baseline: unknown, entry: CompareEntryRequest): Promise<CompareOutcome<ComparisonDocument>>;
  /** Baseline against any number of scenarios or measure sets, each compared with the baseline. */
  compareMany(baseline: unknown, entries: CompareEntryRequest[]): Promise<CompareOutcome<ComparisonSet>>;
  info(): Promise<{ appVersion: string; coreBytes: number; efLibraryId: string; efLibraryVersion: number }>;
  /** Holds a Web Lock for the worker's life, so the page learns when the worker is gone
   *  (web/common/worker-faults.ts); resolves once held, false without Web Locks. */
  watchLife(lockName: string): Promise<boolean>;
  /** Fault injection for tests only (fault-injection.ts); the page reaches it only with `?faults`. */
  injectFault(kind: InjectedFault): Promise<void>;
}

export function createApi(loadCore: () => Promise<Core>, coreBytes: () => Promise<number> = async () => 0): CoreApi {
  const load = withInjectedFaults(loadCore);
  const efLibrary = library as unknown as EmissionFactorLibraryFile;
  const measures = loadCatalogue(catalogueFile);

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
