import { transfer, wrap, type Remote } from 'comlink';
import type {
  CoreApi,
  FigureDistribution,
  McBlockNext,
  McBlockRequest,
  McScenarios,
  McOutcome,
  SobolFigureValue,
  Tornado,
  VillageFigureSummary,
  VillageBlockNext,
  VillageBlockRequest,
  VillageOutcome,
  VillagePlanValue,
  VillageRequest,
} from '../shared/contract/api-types.ts';
import { planBlocks, planShrinkingBlocks, type DrawBlock } from '../shared/analysis/mc-plan.ts';
import { HEADLINE_FIGURES, type HeadlineFigure } from '../shared/model/result-types.ts';
import { needsFreshWorker, watchWorker } from './worker-faults.ts';
import { DrawArrays } from './draw-arrays.ts';
import { WorkerHost, type WorkerHostOptions } from './worker-host.ts';

/** More workers than this rarely help a page and cost ~10 MB of memory each. */
export const MAX_WORKERS = 8;
export const DEFAULT_POOL_IDLE_TIMEOUT_MS = 30_000;
const N_HEADLINE = HEADLINE_FIGURES.length;

/** navigator.hardwareConcurrency, capped at MAX_WORKERS, at least 1. */
export function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1;
  return clampWorkers(cores || 1);
}

export const clampWorkers = (n: number) => Math.max(1, Math.min(MAX_WORKERS, Math.floor(Number.isFinite(n) ? n : 1)));

export type PoolOptions = WorkerHostOptions;

export interface Progress {
  /** Draws (or base rows) finished, out of total. */
  done: number;
  total: number;
}

export interface RunControl {
  /** Workers to use (default: defaultWorkerCount()). */
  workers?: number;
  signal?: AbortSignal;
  /** Called as each block arrives. */
  onProgress?: (progress: Progress) => void;
}

/** A merged Monte Carlo run: values[b × 14 + f][i], figure f of scenario b at draw i (draw order). */
export interface McRun {
  draws: number;
  seed: number;
  nBlocks: 1 | 2;
  values: Float64Array[];
}

/** A merged village Monte Carlo run (MODEL.md 8): values[s][i] with s = k × 15 + f for the village
 *  before (k = 0), with its adoption shares (k = 1) and all adopted (k = 2), at draw i. */
export interface VillageMcRun {
  draws: number;
  seed: number;
  plan: VillagePlanValue;
  values: Float64Array[];
}

export interface SobolRun {
  baseSamples: number;
  seed: number;
  nBlocks: 1 | 2;
  pointers: string[];
  /** Indices of every headline figure. */
  figures: Record<HeadlineFigure, SobolFigureValue>;
}

interface PoolWorker {
  worker: Worker;
  remote: Remote<CoreApi>;
  /** Rejects when the worker fails or is terminated, so that no call waits for it forever. */
  gone: Promise<never>;
  /** Resolves once a worker ended without an event would be noticed (see watchWorker)… */
  watched: Promise<void>;
  /** …and is true from then on: a call is then posted at once, not a microtask later. */
  isWatched: boolean;
  kill: (reason: unknown) => void;
}

export { WorkerCrashedError } from './worker-faults.ts';

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** For one run: whether a call to a worker (its remote) is the worker's first of the run, the one
 *  that carries what its later calls name by reference. */
function firstCalls(): (remote: object) => boolean {
  const seen = new WeakSet<object>();
  return (remote) => !seen.has(remote) && (seen.add(remote), true);
}

/** Stops handing out work when a worker answers { ok: false }. */
class Refused {
  constructor(readonly outcome: McOutcome<never>) {}
}

/**
 * A pool of core workers for Monte Carlo and sensitivity runs. Work is split into blocks handed
 * to workers as they become free (each holds one more in its queue); results are merged in draw order, so any number of workers
 * gives bit-identical results. Runs take their turn (one at a time). An aborted run terminates
 * every worker at once (synchronous Wasm cannot be interrupted; the next run starts fresh ones),
 * and idle workers are terminated after a timeout to give their memory back. A worker that stops
 * by itself fails its run with WorkerCrashedError, and one whose core trapped is dropped; the next
 * run starts fresh workers in their place.
 */
export class WorkerPool extends WorkerHost {
  private workers: PoolWorker[] = [];
  private readonly arrays = new DrawArrays();

  constructor(options: PoolOptions = {}) {
    super(options, DEFAULT_POOL_IDLE_TIMEOUT_MS);
  }

  protected alive(): boolean {
    return this.workers.length > 0;
  }

  /** Workers alive now. */
  get activeWorkers(): number {
    return this.workers.length;
  }

  /** Terminates every worker now; calls still running reject. */
  terminate(reason: unknown = new Error('The worker pool was stopped.')): void {
    this.turns.clearIdleTimer();
    const workers = this.workers;
    this.workers = [];
    this.arrays.clear();
    for (const w of workers) w.kill(reason);
  }

  /** A paired (or single) Monte Carlo run split into blocks of draws. Each worker is sent the
   *  scenarios with its first block only; each block's draws come back in arrays the page lent
   *  (those of a block already merged), and the run merges into the arrays of a run handed back
   *  with release(): a run leaves next to no garbage on the page's thread, whose collections
   *  would otherwise hold up the workers' next blocks. */
  monteCarlo(request: McScenarios, run: { draws: number; seed: number }, control: RunControl = {}): Promise<McOutcome<McRun>> {
    const nBlocks = request.after ? 2 : 1;
    const series = nBlocks * N_HEADLINE;
    const values = this.arrays.forRun(series, run.draws);
    const first = firstCalls();
    return this.blocks(planShrinkingBlocks(run.draws, this.count(control)), control, run.draws, async (remote, b) => {
      const into = this.arrays.lend(series, b.count);
      const range = { ...run, start: b.start, count: b.count, into };
      const block: McBlockRequest | McBlockNext = first(remote) ? { ...request, ...range } : { ...range, sameScenarios: true };
      const out = await remote.mcBlock(transfer(block, DrawArrays.buffers(into)));
      if (!out.ok) throw new Refused(out);
      // Each block lands at its own draws: the merge is in draw order whoever computed it.
      out.value.values.forEach((v, s) => values[s].set(v, b.start));
      this.arrays.returned(out.value.values);
      return out.warnings;
    }).then((w) => (w instanceof Refused ? w.outcome : { ok: true, value: { ...run, nBlocks, values }, warnings: w }));
  }

  /** Hands a finished run's arrays back for the next run of the same size to merge into; the
   *  caller keeps no reference to them (the next run overwrites them). */
  release(mc: McRun): void {
    this.arrays.release(mc.values);
  }

  /** Starts the workers a run would use and has each load what a Monte Carlo of `request` needs
   *  (its code, the data files, the Wasm core, the compiled scenarios) by computing no draws, so
   *  that the next run does not wait for that (about 0.1 s per worker, all at once on the cores the
   *  run then wants). Takes its turn like a run; whatever fails is left for the run to report. */
  warm(request: McScenarios, control: RunControl = {}): Promise<void> {
    const empty = Array.from({ length: this.count(control) }, () => ({ start: 0, count: 0 }));
    return this.schedule(empty, control, async (remote) => void (await remote.mcBlock({ ...request, draws: 1, seed: 0, start: 0, count: 0 }))).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Distributions of every headline figure of a run, one figure per task, spread over the workers.
   *  The draws are lent to the workers and handed back into `mc.values`. */
  summarize(mc: McRun, control: RunControl = {}): Promise<Record<HeadlineFigure, FigureDistribution>> {
    const out = {} as Record<HeadlineFigure, FigureDistribution>;
    const tasks = HEADLINE_FIGURES.map((figure, f) => ({ start: f, count: 1, figure }));
    return this.schedule(tasks, control, async (remote, t) => {
      const f = t.start;
      const before = mc.values[f],
        after = mc.nBlocks === 2 ? mc.values[N_HEADLINE + f] : undefined;
      const lent = after ? [before.buffer, after.buffer] : [before.buffer];
      const back = await remote.mcSummary(transfer({ figure: t.figure, before, after }, lent as ArrayBuffer[]));
      mc.values[f] = back.before;
      if (back.after) mc.values[N_HEADLINE + f] = back.after;
      out[t.figure] = back.distribution;
    }).then(() => out);
  }

  /** Monte Carlo over a village (MODEL.md 8): the village is resolved and planned on one worker,
   *  then its draws go out in blocks sized so that each call is about 0.05–0.1 s of work whatever the
   *  number of groups (progress in draws; bit-identical for any number of workers). Each worker is
   *  sent the village with its first block only. */
  async villageMonteCarlo(request: VillageRequest, run: { draws: number; seed: number }, control: RunControl = {}): Promise<VillageOutcome<VillageMcRun>> {
    const planned = (
      await this.schedule<number, VillageOutcome<VillagePlanValue>>([0], { ...control, workers: 1 }, (remote) => remote.villagePlan(request))
    )[0];
    if (!planned.ok) return planned;
    const plan = planned.value;
    const values = Array.from({ length: 3 * N_HEADLINE }, () => new Float64Array(run.draws));
    const first = firstCalls();
    const warnings = await this.blocks(planBlocks(run.draws, this.count(control), plan.blockSize), control, run.draws, async (remote, b) => {
      const range = { ...run, start: b.start, count: b.count };
      const block: VillageBlockRequest | VillageBlockNext = first(remote) ? { ...request, ...range } : { ...range, sameVillage: true };
      const out = await remote.villageBlock(block);
      if (!out.ok) throw new Refused(out);
      out.value.values.forEach((v, s) => values[s].set(v, b.start));
      return out.warnings;
    });
    if (warnings instanceof Refused) return warnings.outcome;
    return { ok: true, value: { ...run, plan, values }, warnings: planned.warnings };
  }

  /** Summaries of every headline figure of a village run, one figure per task; the draws are
   *  lent to the workers and handed back into `mc.values`. */
  summarizeVillage(mc: VillageMcRun, control: RunControl = {}): Promise<Record<HeadlineFigure, VillageFigureSummary>> {
    const out = {} as Record<HeadlineFigure, VillageFigureSummary>;
    const tasks = HEADLINE_FIGURES.map((figure, f) => ({ start: f, count: 1, figure }));
    return this.schedule(tasks, control, async (remote, t) => {
      const f = t.start;
      const [before, withAdoption, allAdopted] = [mc.values[f], mc.values[N_HEADLINE + f], mc.values[2 * N_HEADLINE + f]];
      const back = await remote.villageSummary(
        transfer({ figure: t.figure, before, withAdoption, allAdopted }, [before.buffer, withAdoption.buffer, allAdopted.buffer] as ArrayBuffer[]),
      );
      mc.values[f] = back.before;
      mc.values[N_HEADLINE + f] = back.withAdoption;
      mc.values[2 * N_HEADLINE + f] = back.allAdopted;
      out[t.figure] = back.summary;
    }).then(() => out);
  }

  /** One-at-a-time sensitivity (cheap: one worker, 2 × inputs + 1 evaluations). */
  tornado(request: McScenarios, control: RunControl = {}): Promise<McOutcome<Tornado>> {
    return this.schedule([0], { ...control, workers: 1 }, (remote) => remote.tornado(request) as Promise<McOutcome<Tornado>>).then((r) => r[0]);
  }

  /** Sobol indices of every headline figure: the Saltelli design in blocks of base rows, then the
   *  indices (with bootstrap intervals) one figure per task. */
  async sobol(request: McScenarios, run: { baseSamples: number; seed: number; bootstrap?: number }, control: RunControl = {}): Promise<McOutcome<SobolRun>> {
    const { baseSamples, seed } = run;
    interface Design {
      keys: number[];
      pointers: string[];
      nBlocks: 1 | 2;
      values: Float64Array[];
    }
    const merged: { design?: Design } = {};
    // One base row costs (inputs + 2) evaluations per scenario: small blocks keep progress moving.
    const warnings = await this.blocks(planBlocks(baseSamples, this.count(control), 256), control, baseSamples, async (remote, b) => {
      const out = await remote.sobolBlock({ ...request, baseSamples, seed, start: b.start, count: b.count });
      if (!out.ok) throw new Refused(out);
      const v = out.value;
      const design = (merged.design ??= { keys: v.keys, pointers: v.pointers, nBlocks: v.nBlocks, values: v.values.map(() => new Float64Array(baseSamples)) });
      v.values.forEach((x, s) => design.values[s].set(x, b.start));
      return out.warnings;
    });
    if (warnings instanceof Refused) return warnings.outcome;
    const d = merged.design!;
    const figures = {} as Record<HeadlineFigure, SobolFigureValue>;
    const tasks = HEADLINE_FIGURES.map((figure, f) => ({ start: f, count: 0, figure }));
    await this.schedule(tasks, control, async (remote, t) => {
      const values = Array.from({ length: (d.keys.length + 2) * d.nBlocks }, (_, mb) => d.values[mb * N_HEADLINE + t.start]);
      const request = { figure: t.figure, nBlocks: d.nBlocks, keys: d.keys, pointers: d.pointers, values, bootstrap: run.bootstrap, seed };
      figures[t.figure] = await remote.sobolIndices(
        transfer(
          request,
          values.map((v) => v.buffer as ArrayBuffer),
        ),
      );
    });
    return { ok: true, value: { baseSamples, seed, nBlocks: d.nBlocks, pointers: d.pointers, figures }, warnings };
  }

  private count(control: RunControl): number {
    return clampWorkers(control.workers ?? defaultWorkerCount());
  }

  /** Runs block tasks with progress in draws; resolves to the first block's warnings, or the
   *  refusal of a block that came back { ok: false }. */
  private async blocks<T extends DrawBlock>(
    tasks: T[],
    control: RunControl,
    total: number,
    run: (remote: Remote<CoreApi>, task: T) => Promise<McOutcome<never>['warnings']>,
  ): Promise<McOutcome<never>['warnings'] | Refused> {
    let done = 0;
    let warnings: McOutcome<never>['warnings'] | undefined;
    try {
      await this.schedule(tasks, control, async (remote, t) => {
        const w = await run(remote, t);
        warnings ??= w;
        done += t.count;
        control.onProgress?.({ done, total });
      });
    } catch (error) {
      if (error instanceof Refused) return error;
      throw error;
    }
    return warnings ?? [];
  }

  /** Queues a run; its tasks go to up to `workers` workers, each given a task when one of its two is done. */
  private schedule<T, R>(tasks: readonly T[], control: RunControl, run: (remote: Remote<CoreApi>, task: T) => Promise<R>): Promise<R[]> {
    return this.turns.take(() => this.runTasks(tasks, control, run));
  }

  private runTasks<T, R>(tasks: readonly T[], control: RunControl, run: (remote: Remote<CoreApi>, task: T) => Promise<R>): Promise<R[]> {
    const { signal } = control;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const n = Math.min(this.count(control), Math.max(1, tasks.length));
    while (this.workers.length < n) this.workers.push(this.startWorker());
    const workers = this.workers.slice(0, n);
    const results: R[] = new Array(tasks.length);
    let next = 0;
    let stopped = false;
    return new Promise<R[]>((resolve, reject) => {
      const fail = (error: unknown) => {
        if (stopped) return;
        stopped = true;
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      };
      const onAbort = () => {
        // Reject first, then terminate: the caller hears of the cancel at once.
        fail(abortError(signal!));
        this.terminate(abortError(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const loop = async (w: PoolWorker) => {
        while (!stopped && next < tasks.length) {
          const i = next++;
          // Posted now when it can be: before the page re-renders for the run (the workers compute meanwhile).
          const call = w.isWatched ? run(w.remote, tasks[i]) : w.watched.then(() => run(w.remote, tasks[i]));
          results[i] = await Promise.race([call, w.gone]).catch((error: unknown) => {
            // After a trap the worker's Wasm instance may be half-way through anything: drop it.
            if (needsFreshWorker(error)) this.drop(w, error);
            throw error;
          });
        }
      };
      // Two calls in flight per worker: the next task already waits in the worker's queue when
      // one ends, so a worker never idles until this thread (which shares the cores with the
      // workers) gets round to handing it more. Results still land by task, in order.
      // Each worker's first loop starts before any second one, so that the first tasks go one to
      // each worker (with as many tasks as workers, every worker gets one).
      const loops = [...workers.map((w) => loop(w)), ...workers.map((w) => loop(w))];
      Promise.all(loops.map((l) => l.catch((error: unknown) => fail(error)))).then(() => {
        if (stopped) return;
        stopped = true;
        signal?.removeEventListener('abort', onAbort);
        resolve(results);
      });
    });
  }

  private startWorker(): PoolWorker {
    const worker = this.createWorker();
    const remote = wrap<CoreApi>(worker);
    let reject!: (reason: unknown) => void;
    const gone = new Promise<never>((_, r) => (reject = r));
    gone.catch(() => undefined); // observed by the calls racing against it
    // Gone by itself (an error, or ended by the browser): out of the pool, and its call fails.
    const watch = watchWorker(worker, remote, (error) => this.drop(entry, error));
    const entry: PoolWorker = {
      worker,
      remote,
      gone,
      watched: watch.ready,
      isWatched: false,
      kill: (reason) => {
        watch.unwatch();
        worker.terminate();
        reject(reason);
      },
    };
    void watch.ready.then(() => (entry.isWatched = true));
    return entry;
  }

  private drop(w: PoolWorker, reason: unknown): void {
    this.workers = this.workers.filter((x) => x !== w);
    w.kill(reason);
  }
}
