// A hook for test/bench/mc-browser-bench.mjs, installed by the Uncertainty view only when the
// page's URL has `?bench`: window.__plcBench.monteCarlo({ draws, workers, seed, paired }) runs the
// Monte Carlo of the Minh Khai example as the view's Run button does, and times it. It goes through
// the session's UncertaintyRun and worker pool, kept between runs as the app keeps them (the view
// holds the pool while open), with the view mounted: it shows the run's progress and the previous
// run's result (histograms, table, tornado) while the draws are computed, as a user sees it when
// running again.
import { EXAMPLE_SCENARIO } from '../shared/model/bundled-data.ts';
import type { McSettings, UncertaintyRun } from './uncertainty-run.ts';

export interface BenchRun {
  draws: number;
  workers: number;
  paired: boolean;
  /** Model evaluations (draws × scenarios). */
  evaluations: number;
  /** From the start of the run until every draw is back (the part the workers share), in ms: the
   *  run's own drawsMs (its progress is no clock: none is reported in a run's first 0.1 s). */
  ms: number;
  /** The whole run as the view reports it (draws, every figure's summary, the tornado), in ms. */
  runMs: number;
}

/** What the hook needs of the view. */
export interface BenchView {
  readonly run: UncertaintyRun | undefined;
  /** The scenario the view's Run button would sample. */
  readonly scenario: object | undefined;
  readonly updateComplete: Promise<boolean>;
}

/** `cold`: the pool's workers are ended first, so that the run starts new ones (as on main before
 *  the view held and warmed the pool, for a run after 30 s idle). */
type BenchOptions = { draws: number; workers: number; seed?: number; paired?: boolean; cold?: boolean };

async function monteCarlo(view: BenchView, opts: BenchOptions): Promise<BenchRun> {
  const run = view.run;
  const scenario = view.scenario;
  if (!run || !scenario) throw new Error('the Uncertainty view has no session yet');
  // The figures are those of the Minh Khai example: a fresh profile opens it.
  if (JSON.stringify(scenario) !== JSON.stringify(EXAMPLE_SCENARIO))
    throw new Error('the current scenario is not the example: run the bench in a fresh profile');
  const paired = opts.paired ?? false;
  const settings: McSettings = { draws: opts.draws, seed: opts.seed ?? 1, workers: opts.workers, comparison: paired ? 'minh-khai-pilot' : 'none' };
  if (opts.cold) run.pool.terminate();
  await run.start(scenario, settings);
  const state = run.mc.state;
  const value = state.result?.value;
  if (state.status !== 'done' || !value || value.errors)
    throw new Error(`the run ended ${state.status}: ${state.error ?? value?.errors?.map((e) => e.message).join('; ') ?? ''}`);
  // The result on screen, as a user sees it before running again: rendered, and painted (a frame,
  // then a task after it), so that the next run does not start with this one's paint.
  await view.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return { draws: opts.draws, workers: opts.workers, paired, evaluations: opts.draws * (paired ? 2 : 1), ms: value.drawsMs, runMs: value.elapsedMs };
}

declare global {
  interface Window {
    __plcBench?: {
      monteCarlo: (opts: BenchOptions) => Promise<BenchRun>;
      /** Whether the session's run and the scenario are there (the app has started). */
      ready: () => boolean;
      hardwareConcurrency: number;
    };
  }
}

/** Installs window.__plcBench for `view` when the page's URL has `?bench`. */
export function installBenchHook(view: BenchView): void {
  if (typeof location === 'undefined' || !new URLSearchParams(location.search).has('bench')) return;
  window.__plcBench = {
    monteCarlo: (opts) => monteCarlo(view, opts),
    ready: () => view.run !== undefined && view.scenario !== undefined,
    hardwareConcurrency: navigator.hardwareConcurrency,
  };
}
