// The contract between the page and the core worker: every method the worker exposes through
// comlink (web/worker/core-api.ts implements them) and the requests and outcomes that cross the
// thread boundary. Types only, so page code imports them from here and never from web/worker/.
// A layer of its own on top of shared/model, analysis and survey, whose documents it carries
// (shared/model stays the bottom layer: .dependency-cruiser.cjs).
// Invalid requests come back as { ok: false, errors }, never as exceptions across the worker.

import type { ComparisonDocument, ComparisonSet } from '../analysis/compare.ts';
import type { DynamicsOptions, DynamicsSummary } from '../analysis/dynamics.ts';
import type { FigureDistribution } from '../analysis/mc-summary.ts';
import type { Measure } from '../analysis/measures.ts';
import type { PortfolioResult } from '../analysis/portfolio.ts';
import type { SeriesName, SobolBlock, SobolIndices, Tornado } from '../analysis/sensitivity.ts';
import type { SweepAxis, SweepResult } from '../analysis/sweep.ts';
import type { VillageFigureSummary } from '../analysis/village-mc.ts';
import type { VillageIssue } from '../analysis/village-schema.ts';
import type { VillageResultDocument } from '../analysis/village.ts';
import type { SurveyIndicatorsResult } from '../survey/indicators.ts';
import type { MeasuredVsModelled } from '../survey/measured-vs-modelled.ts';
import type { Period, Survey, SurveyRecord } from '../survey/survey.ts';
import type { Status } from '../model/emission-factors.ts';
import type { HeadlineFigure, ResultDocument } from '../model/result-types.ts';
import type { Issue, SimulateOutcome } from '../model/simulate.ts';

export type { ComparisonDocument, ComparisonSet, DynamicsOptions, DynamicsSummary, FigureDistribution, Issue, Measure };
export type { MeasuredVsModelled, Period, PortfolioResult, ResultDocument, SeriesName, SimulateOutcome, SobolIndices, Survey };
export type { SurveyIndicatorsResult, SurveyRecord, SweepAxis, SweepResult, Tornado, VillageFigureSummary, VillageIssue };
export type { VillageResultDocument };

// --- steady state, dynamics and comparisons (api.ts) ---------------------------------------------

/** One scenario to compare with the baseline: a scenario document, or catalogue measures
 *  applied to the baseline (ids in any order; they are applied in catalogue order). */
export interface CompareEntryRequest {
  scenario?: unknown;
  measureIds?: string[];
}

export type CompareOutcome<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; errors: Issue[]; warnings: Issue[] };

export type DynamicsOutcome =
  { ok: true; summary: DynamicsSummary; steady: ResultDocument; warnings: Issue[] } | { ok: false; errors: Issue[]; warnings: Issue[] };

export interface CoreInfo {
  appVersion: string;
  efLibraryId: string;
  efLibraryVersion: number;
}

/** 'trap' and 'out-of-memory' fail inside the Wasm core on the next call that uses it (as a bug
 *  in the core would); 'crash' throws an uncaught error in the worker at once. */
export type InjectedFault = 'trap' | 'out-of-memory' | 'crash' | 'unsupported';

/** The Monte Carlo and sensitivity methods are in UncertaintyApi, the village methods in
 *  VillageApi; web/common/worker-pool.ts calls them. */
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
  info(): Promise<CoreInfo>;
  /** Holds a Web Lock for the worker's life, so the page learns when the worker is gone
   *  (web/common/worker-faults.ts); resolves once held, false without Web Locks. */
  watchLife(lockName: string): Promise<boolean>;
  /** Fault injection for tests only (web/worker/fault-injection.ts); the page reaches it only with `?faults`. */
  injectFault(kind: InjectedFault): Promise<void>;
}

// --- workbench: sweeps and portfolios (workbench-api.ts) -----------------------------------------

export type WorkbenchOutcome<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; errors: Issue[]; warnings: Issue[] };

export interface WorkbenchApi {
  /** One or two scenario numbers (JSON Pointers) over a grid; every headline figure per point. */
  sweep(scenario: unknown, axes: SweepAxis[], onProgress?: (done: number, total: number) => void): Promise<WorkbenchOutcome<SweepResult>>;
  /** Every subset of the chosen measures (≤ 12), Pareto fronts and the figures per subset. */
  portfolio(scenario: unknown, measureIds: string[], figure?: HeadlineFigure): Promise<WorkbenchOutcome<PortfolioResult>>;
}

// --- Monte Carlo and sensitivity (uncertainty-api.ts) --------------------------------------------

export type McOutcome<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; errors: Issue[]; warnings: Issue[] };

/** The scenario and, for a paired comparison, the after scenario: a document, or catalogue
 *  measures applied to the baseline (in catalogue order). */
export interface McScenarios {
  baseline: unknown;
  after?: { scenario?: unknown; measureIds?: string[] };
}

export interface McBlockRequest extends McScenarios {
  /** Draws of the whole run, the seed, and this block's draws [start, start + count). */
  draws: number;
  seed: number;
  start: number;
  count: number;
  /** Arrays (one a series, each at least `count` long) lent by the page for this block's draws:
   *  the worker writes into them and sends them back, so that a run's blocks allocate nothing. */
  into?: Float64Array[];
}

/** A later block of a run on the worker that had its first: the scenarios are that call's, not
 *  sent (and cloned, 23 KB of JSON for the example) again with every block. */
export type McBlockNext = Omit<McBlockRequest, keyof McScenarios> & { sameScenarios: true };

/** values[b × 14 + f][d]: headline figure f (HEADLINE_FIGURES order) of scenario b (0 before,
 *  1 after) at draw start + d. */
export interface McBlockValue {
  start: number;
  count: number;
  nBlocks: 1 | 2;
  values: Float64Array[];
}

export interface McInputsValue {
  nBlocks: 1 | 2;
  /** The uncertain inputs (JSON Pointers), before's then after's own, one per key. */
  pointers: string[];
}

export interface SobolBlockRequest extends McScenarios {
  /** N base rows; this block's rows [start, start + count). */
  baseSamples: number;
  seed: number;
  start: number;
  count: number;
}

export type SobolBlockValue = Omit<SobolBlock, 'nBlocks'> & { nBlocks: 1 | 2 };

/** One figure's outputs of a complete Saltelli design: values[m × nBlocks + b] for matrix m
 *  (0 A, 1 B, 2 + i A_B^(i)) and scenario b. */
export interface SobolFigureRequest {
  figure: HeadlineFigure;
  nBlocks: 1 | 2;
  keys: number[];
  pointers: string[];
  values: Float64Array[];
  bootstrap?: number;
  seed?: number;
}

export interface SobolFigureValue {
  figure: HeadlineFigure;
  baseSamples: number;
  pointers: string[];
  series: Partial<Record<SeriesName, SobolIndices>>;
}

export interface McSummaryRequest {
  figure: HeadlineFigure;
  before: Float64Array;
  after?: Float64Array;
  bins?: number;
}

/** The distribution, and the draws handed back (they were transferred in). */
export interface McSummaryValue {
  distribution: FigureDistribution;
  before: Float64Array;
  after?: Float64Array;
}

export interface UncertaintyApi {
  /** The uncertain inputs of a request (and whether it is paired), without running anything. */
  mcInputs(request: McScenarios): Promise<McOutcome<McInputsValue>>;
  /** Draws [start, start + count) of a Monte Carlo run, paired when `after` is given. */
  mcBlock(request: McBlockRequest | McBlockNext): Promise<McOutcome<McBlockValue>>;
  /** P5/P50/P95/mean, probabilities and histograms of one figure's draws. */
  mcSummary(request: McSummaryRequest): Promise<McSummaryValue>;
  /** One-at-a-time sensitivity: each input at its P5 and P95, the others at their medians. */
  tornado(request: McScenarios): Promise<McOutcome<Tornado>>;
  /** Rows [start, start + count) of a Saltelli design (Sobol indices). */
  sobolBlock(request: SobolBlockRequest): Promise<McOutcome<SobolBlockValue>>;
  /** First-order and total Sobol indices of one figure, with bootstrap intervals. */
  sobolIndices(request: SobolFigureRequest): Promise<SobolFigureValue>;
}

// --- evaluation: survey, indicators, measured versus modelled, annex (evaluation-api.ts) --------

/** A problem, with row and column when it comes from a survey file. */
export interface EvaluationIssue {
  path: string;
  code: string;
  /** The values a survey message is worded from (formatSurveyIssue words it in either language). */
  params?: Record<string, string | number>;
  message: string;
  row?: number | null;
  column?: string | null;
}

export type EvaluationOutcome<T> = { ok: true; value: T; warnings: EvaluationIssue[] } | { ok: false; errors: EvaluationIssue[]; warnings: EvaluationIssue[] };

export interface IndicatorRequest {
  /** Only the households of this village (default: all). */
  village?: string;
  resamples?: number;
  seed?: number;
}

export interface MeasuredVsModelledRequest {
  survey: Survey;
  householdId: string;
  period: Period;
  /** The current scenario: the template of "before" rows. */
  baseline: unknown;
  /** The after variant's measures: applied to the baseline, the template of "after" rows. */
  afterMeasureIds: string[];
  tolerance?: number;
}

export interface MeasuredVsModelledValue extends MeasuredVsModelled {
  template: { id: string; name: string; measureIds: string[] };
}

/** One leaf of the emission-factor library, as the method annex lists it. */
export interface AnnexFactor {
  /** JSON Pointer into the library's `factors`, e.g. "/openBurning/pcddf/air". */
  pointer: string;
  source: string;
  pollutant: string;
  vector: string | null;
  value: number | 'ND';
  unit: string;
  reference: string;
  status: Status | null;
  statusLabel: string;
  /** The default distribution as the library gives it ({ type, median, gsd… }), if any: the page words it in its language. */
  distribution: Record<string, unknown> | null;
}

export interface AnnexAssumption {
  pointer: string;
  value: unknown;
  source: string;
  status: Status | null;
  statusLabel: string;
  note: string | null;
}

export interface AnnexScenario {
  label: string;
  scenarioId: string;
  name: string;
  measures: { id: string; kind: string; name: string; source: string; status: Status; capex: number; lifetimeYears: number }[];
  assumptions: AnnexAssumption[];
}

export interface EvaluationAnnex {
  library: { id: string; name: string; version: number; description: string };
  factors: AnnexFactor[];
  /** The chlorine and HCl parameters of the library (MODEL.md 3.1a), pointers under "/releases". */
  releaseParameters: AnnexFactor[];
  constants: { name: string; value: number; unit: string; source: string; status: Status; statusLabel: string }[];
  scenarios: AnnexScenario[];
}

export interface AnnexRequest {
  scenarios: { label: string; baseline: unknown; measureIds?: string[] }[];
}

export interface EvaluationApi {
  /** Reads survey CSV text; refused files come back with every problem's row and column. */
  surveyParse(text: string): Promise<EvaluationOutcome<Survey>>;
  /** The downloadable CSV template and its help sheet. */
  surveyTemplate(lang: 'en' | 'vi'): Promise<{ template: string; helpSheet: string }>;
  /** Indicators per household and period, and the group's paired changes with bootstrap intervals. */
  surveyIndicators(survey: Survey, request?: IndicatorRequest): Promise<EvaluationOutcome<SurveyIndicatorsResult>>;
  /** One household's measurements set against the model built from them on a template scenario. */
  measuredVsModelled(request: MeasuredVsModelledRequest): Promise<EvaluationOutcome<MeasuredVsModelledValue>>;
  /** Every emission factor of the library and every assumption of the scenarios, with source and status. */
  evaluationAnnex(request: AnnexRequest): Promise<EvaluationOutcome<EvaluationAnnex>>;
}

// --- villages and provinces (village-api.ts) -----------------------------------------------------

export type VillageOutcome<T> = { ok: true; value: T; warnings: VillageIssue[] } | { ok: false; errors: VillageIssue[]; warnings: VillageIssue[] };

export interface VillageRequest {
  /** The village document (parsed JSON). */
  village: unknown;
  /** The files it names (scenario and variant files, a catalogue), keyed by their path as
   *  written in the village file: text, or parsed JSON. */
  files?: Record<string, unknown>;
  /** Every group draws every input apart (only to show why MODEL.md 8's rule matters). */
  independentGroups?: boolean;
}

export interface VillageBlockRequest extends VillageRequest {
  /** Draws of the whole run, the seed, and this block's draws [start, start + count). */
  draws: number;
  seed: number;
  start: number;
  count: number;
}

/** A later block of a village run on the worker that had its first: the village and its files
 *  are that call's, not sent (and cloned: 2.7 ms for 1,000 groups) again with every block. */
export type VillageBlockNext = Omit<VillageBlockRequest, keyof VillageRequest> & { sameVillage: true };

export interface VillagePlanValue {
  villageId: string;
  groups: number;
  /** Distinct computations (groups sharing a line and no inputs of their own are one). */
  units: number;
  evaluationsPerDraw: number;
  /** Draws per block call, so that one call is ~0.05–0.1 s of work. */
  blockSize: number;
  sharedInputs: string[];
  groupInputs: number;
}

/** values[s][d], s = SERIES_BEFORE/WITH_ADOPTION/ALL_ADOPTED + f (village-mc.ts), draw start + d. */
export interface VillageBlockValue {
  start: number;
  count: number;
  values: Float64Array[];
}

export interface VillageSummaryRequest {
  figure: HeadlineFigure;
  before: Float64Array;
  withAdoption: Float64Array;
  allAdopted: Float64Array;
}

/** The summary, and the draws handed back (they were transferred in). */
export interface VillageSummaryValue {
  summary: VillageFigureSummary;
  before: Float64Array;
  withAdoption: Float64Array;
  allAdopted: Float64Array;
}

export interface VillageApi {
  /** The village result document (totals, groups, adoption curve, inventory; no Monte Carlo). */
  village(request: VillageRequest): Promise<VillageOutcome<VillageResultDocument>>;
  /** Resolves and plans a village Monte Carlo: how much work a draw is and how to cut it. */
  villagePlan(request: VillageRequest): Promise<VillageOutcome<VillagePlanValue>>;
  /** Draws [start, start + count) of the three village series (before, with adoption, all adopted). */
  villageBlock(request: VillageBlockRequest | VillageBlockNext): Promise<VillageOutcome<VillageBlockValue>>;
  /** Percentiles, paired differences, probabilities and the adoption band of one figure. */
  villageSummary(request: VillageSummaryRequest): Promise<VillageSummaryValue>;
}
