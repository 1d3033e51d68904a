import type { Issue } from '../common/core-client.ts';
import type { ScenarioSession } from '../app/session.ts';
import type { FaultCenter } from '../common/fault-center.ts';
import {
  WorkerPool, defaultWorkerCount, type FigureDistribution, type McScenarios, type Progress, type SobolRun, type Tornado,
} from '../common/worker-pool.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import { PILOT_MEASURE_IDS } from '../shared/model/bundled-data.ts';

export const DRAWS_MIN = 1_000;
export const DRAWS_MAX = 100_000;
export const SOBOL_BASE_SAMPLES = [256, 512, 1024, 2048, 4096, 8192] as const;

/** What the uncertainty view compares the current scenario with. */
export type Comparison = 'minh-khai-pilot' | 'none';

export { PILOT_MEASURE_IDS };

export interface McSettings {
  draws: number;
  seed: number;
  workers: number;
  comparison: Comparison;
}

export const DEFAULT_MC_SETTINGS: McSettings = { draws: 10_000, seed: 1, workers: defaultWorkerCount(), comparison: 'minh-khai-pilot' };

export type RunStatus =
  | { status: 'idle' }
  | { status: 'running'; phase: 'draws' | 'summary' | 'sensitivity'; progress: Progress }
  | { status: 'cancelled' }
  | { status: 'done' }
  | { status: 'failed'; message: string };

/** A finished run and what it was run on. */
export interface McResult {
  scenario: object;
  settings: McSettings;
  paired: boolean;
  warnings: Issue[];
  errors: Issue[] | null;
  distributions: Record<HeadlineFigure, FigureDistribution> | null;
  tornado: Tornado | null;
  elapsedMs: number;
}

export interface SobolState {
  status: RunStatus;
  result: (SobolRun & { scenario: object; settings: McSettings }) | null;
  errors: Issue[] | null;
}

function request(scenario: object, comparison: Comparison): McScenarios {
  return comparison === 'none' ? { baseline: scenario } : { baseline: scenario, after: { measureIds: [...PILOT_MEASURE_IDS] } };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isAbort = (error: unknown, signal: AbortSignal) => signal.aborted || (error as DOMException)?.name === 'AbortError';

/**
 * The Monte Carlo run (and the Sobol indices computed on demand) of one session: status,
 * progress and results. Outlives the view, so leaving and coming back keeps the result. Fires
 * `change`.
 */
export class UncertaintyRun extends EventTarget {
  state: RunStatus = { status: 'idle' };
  result: McResult | null = null;
  settings: McSettings = DEFAULT_MC_SETTINGS;
  sobol: SobolState = { status: { status: 'idle' }, result: null, errors: null };
  private controller: AbortController | null = null;

  constructor(
    readonly pool: WorkerPool = new WorkerPool(),
    /** Told of a trap or a crashed worker, with a retry of the same run. */
    private readonly faults?: FaultCenter,
  ) {
    super();
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** Runs the Monte Carlo, summarises every figure and computes the tornado. */
  async start(scenario: object, settings: McSettings): Promise<void> {
    const signal = this.restart();
    this.settings = settings;
    this.sobol = { status: { status: 'idle' }, result: null, errors: null };
    const req = request(scenario, settings.comparison);
    const control = { workers: settings.workers, signal };
    const setState = (state: RunStatus) => { if (this.controller?.signal === signal) { this.state = state; this.changed(); } };
    const t0 = performance.now();
    setState({ status: 'running', phase: 'draws', progress: { done: 0, total: settings.draws } });
    try {
      const mc = await this.pool.monteCarlo(req, { draws: settings.draws, seed: settings.seed },
        { ...control, onProgress: (progress) => setState({ status: 'running', phase: 'draws', progress }) });
      const base = { scenario, settings, paired: settings.comparison !== 'none', elapsedMs: 0 };
      if (!mc.ok) {
        this.result = { ...base, warnings: mc.warnings, errors: mc.errors, distributions: null, tornado: null };
      } else {
        setState({ status: 'running', phase: 'summary', progress: { done: settings.draws, total: settings.draws } });
        const distributions = await this.pool.summarize(mc.value, control);
        setState({ status: 'running', phase: 'sensitivity', progress: { done: settings.draws, total: settings.draws } });
        const tornado = await this.pool.tornado(req, control);
        this.result = { ...base, warnings: mc.warnings, errors: null, distributions, tornado: tornado.ok ? tornado.value : null,
          elapsedMs: performance.now() - t0 };
      }
      setState({ status: 'done' });
    } catch (error) {
      setState(isAbort(error, signal) ? { status: 'cancelled' } : { status: 'failed', message: message(error) });
      if (!isAbort(error, signal) && this.controller?.signal === signal) this.faults?.report(error, () => this.start(scenario, settings));
    }
    if (this.controller?.signal === signal) this.controller = null;
  }

  /** Sobol indices for the latest run's scenario and settings, with N base samples. */
  async startSobol(baseSamples: number): Promise<void> {
    const result = this.result;
    if (!result) return;
    const signal = this.restart();
    const { scenario, settings } = result;
    const setState = (status: RunStatus) => {
      if (this.controller?.signal === signal) { this.sobol = { ...this.sobol, status }; this.changed(); }
    };
    setState({ status: 'running', phase: 'sensitivity', progress: { done: 0, total: baseSamples } });
    try {
      const out = await this.pool.sobol(request(scenario, settings.comparison), { baseSamples, seed: settings.seed },
        { workers: settings.workers, signal, onProgress: (progress) => setState({ status: 'running', phase: 'sensitivity', progress }) });
      this.sobol = out.ok
        ? { status: { status: 'done' }, result: { ...out.value, scenario, settings }, errors: null }
        : { status: { status: 'done' }, result: null, errors: out.errors };
      this.changed();
    } catch (error) {
      setState(isAbort(error, signal) ? { status: 'cancelled' } : { status: 'failed', message: message(error) });
      if (!isAbort(error, signal) && this.controller?.signal === signal) this.faults?.report(error, () => this.startSobol(baseSamples));
    }
    if (this.controller?.signal === signal) this.controller = null;
  }

  /** Stops whatever is running (the pool terminates its workers). */
  cancel(): void {
    this.controller?.abort();
  }

  private restart(): AbortSignal {
    this.controller?.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }
}

const runs = new WeakMap<ScenarioSession, UncertaintyRun>();

/** The uncertainty run of a session (created on first use; it keeps its results across views). */
export function uncertaintyRunFor(session: ScenarioSession): UncertaintyRun {
  let run = runs.get(session);
  if (!run) runs.set(session, (run = new UncertaintyRun(undefined, session.faults)));
  return run;
}
