// A hook for test/bench/mc-browser-bench.mjs, installed only when the page's URL has `?bench`:
// window.__plcBench.monteCarlo({ draws, workers, seed, paired }) times one Monte Carlo run of the
// Minh Khai fixture in the worker pool (workers started and the Wasm loaded beforehand).
import { EXAMPLE_SCENARIO as minhKhai, PILOT_MEASURE_IDS } from '../shared/model/bundled-data.ts';
import { WorkerPool } from '../common/worker-pool.ts';

export interface BenchRun {
  draws: number;
  workers: number;
  paired: boolean;
  /** Model evaluations (draws × scenarios) and the wall time of the run, in ms. */
  evaluations: number;
  ms: number;
}

async function monteCarlo(opts: { draws: number; workers: number; seed?: number; paired?: boolean }): Promise<BenchRun> {
  const pool = new WorkerPool();
  const paired = opts.paired ?? false;
  const request = paired ? { baseline: minhKhai, after: { measureIds: [...PILOT_MEASURE_IDS] } } : { baseline: minhKhai };
  try {
    // Warm-up: start every worker, load the Wasm and compile the scenario in each.
    await pool.monteCarlo(request, { draws: 64 * opts.workers, seed: 1 }, { workers: opts.workers });
    const t0 = performance.now();
    const out = await pool.monteCarlo(request, { draws: opts.draws, seed: opts.seed ?? 1 }, { workers: opts.workers });
    const ms = performance.now() - t0;
    if (!out.ok) throw new Error(out.errors.map((e) => e.message).join('; '));
    return { draws: opts.draws, workers: opts.workers, paired, evaluations: opts.draws * (paired ? 2 : 1), ms };
  } finally {
    pool.terminate();
  }
}

declare global {
  interface Window {
    __plcBench?: { monteCarlo: typeof monteCarlo; hardwareConcurrency: number };
  }
}

if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench')) {
  window.__plcBench = { monteCarlo, hardwareConcurrency: navigator.hardwareConcurrency };
}
