import { createContext } from '@lit/context';
import type { FigureDistribution, Issue, McScenarios, Tornado } from '../shared/contract/api-types.ts';
import { PILOT_MEASURE_IDS } from '../shared/model/bundled-data.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import type { FaultCenter } from '../common/fault-center.ts';
import { quietStart, Run, throttleProgress, type RunControl } from '../common/run.ts';
import { defaultWorkerCount, type SobolRun, type WorkerPool } from '../common/worker-pool.ts';

export const DRAWS_MIN = 1_000;
export const DRAWS_MAX = 100_000;
export const SOBOL_BASE_SAMPLES = [256, 512, 1024, 2048, 4096, 8192] as const;

/** What the uncertainty view compares the current scenario with. */
export type Comparison = 'minh-khai-pilot' | 'none';

export interface McSettings {
  draws: number;
  seed: number;
  workers: number;
  comparison: Comparison;
}

export const DEFAULT_MC_SETTINGS: McSettings = { draws: 10_000, seed: 1, workers: defaultWorkerCount(), comparison: 'minh-khai-pilot' };

/** The phases of a Monte Carlo run, as its progress names them. */
export type McPhase = 'draws' | 'summary' | 'sensitivity';

/** What a Monte Carlo (or Sobol) run is run on. */
export interface McRequest {
  scenario: object;
  settings: McSettings;
}

/** A finished Monte Carlo run: every figure's distribution and the tornado, or why not. */
export interface McResult {
  paired: boolean;
  warnings: Issue[];
  errors: Issue[] | null;
  distributions: Record<HeadlineFigure, FigureDistribution> | null;
  tornado: Tornado | null;
  elapsedMs: number;
  /** Of which the draws: from the run's start until every block was back. */
  drawsMs: number;
}

/** Sobol indices on demand, for the latest Monte Carlo run's scenario and settings. */
export interface SobolRequest extends McRequest {
  baseSamples: number;
}

export type SobolOutcome = { ok: true; value: SobolRun } | { ok: false; errors: Issue[] };

function scenarios(request: McRequest): McScenarios {
  const { scenario, settings } = request;
  return settings.comparison === 'none' ? { baseline: scenario } : { baseline: scenario, after: { measureIds: [...PILOT_MEASURE_IDS] } };
}

/** The Monte Carlo run, then every figure's summary, then the tornado, with progress in draws
 *  (none in the run's first `quietMs`, quietStart, and then at most every 0.1 s). */
async function monteCarlo(pool: WorkerPool, request: McRequest, run: RunControl, quietMs: number): Promise<McResult> {
  const { draws, seed, workers, comparison } = request.settings;
  const req = scenarios(request);
  const control = { workers, signal: run.signal };
  const t0 = performance.now();
  const paired = comparison !== 'none';
  const progress = quietStart(run.progress, quietMs);
  const drawsDone = throttleProgress(progress);
  const mc = await pool.monteCarlo(req, { draws, seed }, { ...control, onProgress: (p) => drawsDone({ ...p, phase: 'draws' }) });
  const drawsMs = performance.now() - t0;
  if (!mc.ok) return { paired, warnings: mc.warnings, errors: mc.errors, distributions: null, tornado: null, elapsedMs: 0, drawsMs };
  progress({ done: draws, total: draws, phase: 'summary' });
  const distributions = await pool.summarize(mc.value, control);
  pool.release(mc.value); // the summaries are all this run keeps of its draws
  progress({ done: draws, total: draws, phase: 'sensitivity' });
  const tornado = await pool.tornado(req, control);
  const elapsedMs = performance.now() - t0;
  return { paired, warnings: mc.warnings, errors: null, distributions, tornado: tornado.ok ? tornado.value : null, elapsedMs, drawsMs };
}

/**
 * The Monte Carlo run and the Sobol indices computed on demand, for one session, in its worker
 * pool. Outlives the view, so leaving and coming back keeps the results. Starting one stops the
 * other (they share the pool's workers). Fires `change` (its own and its runs').
 */
export class UncertaintyRun extends EventTarget {
  settings: McSettings = DEFAULT_MC_SETTINGS;
  /** How long a run reports no progress (quietStart); a test that needs progress at once sets 0. */
  progressQuietMs = 100;
  readonly mc: Run<McRequest, McResult>;
  readonly sobol: Run<SobolRequest, SobolOutcome>;

  constructor(
    readonly pool: WorkerPool,
    faults?: FaultCenter,
  ) {
    super();
    const scenarioOf = (request: McRequest) => request.scenario;
    this.mc = new Run((request, control) => monteCarlo(pool, request, control, this.progressQuietMs), { faults, scenarioOf });
    this.sobol = new Run<SobolRequest, SobolOutcome>(
      async (request, { signal, progress }) => {
        const { baseSamples } = request;
        const rowsDone = throttleProgress(quietStart(progress, this.progressQuietMs));
        const out = await pool.sobol(
          scenarios(request),
          { baseSamples, seed: request.settings.seed },
          {
            workers: request.settings.workers,
            signal,
            onProgress: (p) => rowsDone({ ...p, phase: 'sensitivity' }),
          },
        );
        return out.ok ? { ok: true, value: out.value } : { ok: false, errors: out.errors };
      },
      { faults, scenarioOf },
    );
    for (const run of [this.mc, this.sobol]) run.addEventListener('change', () => this.dispatchEvent(new Event('change')));
  }

  /** Starts the pool's workers for the current settings and has them load what a run of
   *  `scenario` needs, so that the first run after opening the view does not wait for that. */
  warm(scenario: object): Promise<void> {
    return this.pool.warm(scenarios({ scenario, settings: this.settings }), { workers: this.settings.workers });
  }

  /** Runs the Monte Carlo, summarises every figure and computes the tornado. */
  start(scenario: object, settings: McSettings): Promise<void> {
    this.settings = settings;
    this.sobol.clear();
    return this.mc.start({ scenario, settings });
  }

  /** Sobol indices for the latest Monte Carlo result's scenario and settings, with N base samples. */
  startSobol(baseSamples: number): Promise<void> {
    const result = this.mc.result;
    if (!result) return Promise.resolve();
    this.mc.cancel();
    return this.sobol.start({ ...result.request, baseSamples });
  }

  /** Stops whatever is running (the pool terminates its workers). */
  cancel(): void {
    this.mc.cancel();
    this.sobol.cancel();
  }
}

/** The Uncertainty view's run, provided by <plc-app> for the session. */
export const uncertaintyContext = createContext<UncertaintyRun | undefined>(Symbol('plc-uncertainty'));
