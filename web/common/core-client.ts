import { proxy, wrap, type Remote } from 'comlink';
import type { CoreApi, CoreInfo, DynamicsOptions, DynamicsOutcome, SimulateOutcome, SweepAxis } from '../shared/contract/api-types.ts';
import { needsFreshWorker, watchWorker, WorkerCrashedError } from './worker-faults.ts';
import { WorkerHost, type WorkerHostOptions } from './worker-host.ts';

export { WorkerCrashedError } from './worker-faults.ts';

export type { CoreInfo };

export type CoreClientOptions = WorkerHostOptions;

export interface CallOptions {
  signal?: AbortSignal;
}

export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

function abortError(signal: AbortSignal): unknown {
  // A reason given to abort() wins; otherwise the standard DOMException.
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

interface RunningWorker {
  worker: Worker;
  remote: Remote<CoreApi>;
  /** Rejects with WorkerCrashedError when the worker stops (an error it cannot recover from, such
   *  as a failed module load, an unreadable message, or the browser ending it). */
  failed: Promise<never>;
  /** Resolves once a worker ended without an event would be noticed (see watchWorker). */
  watched: Promise<void>;
  /** `watched` has resolved: calls go out at once instead of a microtask later. */
  isWatched: boolean;
  /** Stops watching the worker (before terminating it on purpose). */
  unwatch: () => void;
}

/**
 * Main-thread client of the core worker. The worker starts on the first call, calls run one at a
 * time in the order they were made, an aborted call terminates the worker (synchronous Wasm cannot
 * be interrupted; the next call starts a fresh one) and an idle worker is terminated. A worker that
 * stops by itself rejects its call with WorkerCrashedError, and one whose core trapped is replaced:
 * either way the next call runs on a fresh worker.
 */
export class CoreClient extends WorkerHost {
  private running: RunningWorker | null = null;

  constructor(options: CoreClientOptions = {}) {
    super(options, DEFAULT_IDLE_TIMEOUT_MS);
  }

  protected alive(): boolean {
    return this.running !== null;
  }

  /** True while a worker is alive (started and neither idle-terminated nor aborted). */
  get workerActive(): boolean {
    return this.running !== null;
  }

  simulate(scenario: unknown, options: CallOptions = {}): Promise<SimulateOutcome> {
    return this.enqueue((remote) => remote.simulate(scenario) as Promise<SimulateOutcome>, options.signal);
  }

  /** Discrete-event replications of the line (MODEL.md section 7), with the steady state beside. */
  dynamics(scenario: unknown, options: DynamicsOptions, call: CallOptions = {}): Promise<DynamicsOutcome> {
    return this.enqueue((remote) => remote.dynamics(scenario, options) as Promise<DynamicsOutcome>, call.signal);
  }

  /** Any method of the worker API, queued like the others: `client.call('compare', [a, b], { signal })`.
   *  Lets new worker methods reach the page without a wrapper here for each. */
  call<K extends keyof CoreApi>(method: K, args: Parameters<CoreApi[K]>, options: CallOptions = {}): Promise<Awaited<ReturnType<CoreApi[K]>>> {
    return this.enqueue((remote) => (remote[method] as unknown as (...a: unknown[]) => Promise<Awaited<ReturnType<CoreApi[K]>>>)(...args), options.signal);
  }

  /** A parameter sweep in the worker, with progress as grid rows are done. */
  sweep(
    scenario: unknown,
    axes: SweepAxis[],
    options: CallOptions & { onProgress?: (done: number, total: number) => void } = {},
  ): Promise<Awaited<ReturnType<CoreApi['sweep']>>> {
    const progress = options.onProgress && proxy(options.onProgress);
    return this.enqueue((remote) => remote.sweep(scenario, axes, progress) as Promise<Awaited<ReturnType<CoreApi['sweep']>>>, options.signal);
  }

  info(options: CallOptions = {}): Promise<CoreInfo> {
    return this.enqueue((remote) => remote.info(), options.signal);
  }

  /** Terminates the worker now; queued calls still run (on a fresh worker). */
  terminate(): void {
    this.turns.clearIdleTimer();
    if (!this.running) return;
    const { worker, unwatch } = this.running;
    this.running = null;
    unwatch();
    worker.terminate();
  }

  /** Fault injection (the `?faults` hook and tests): ends the worker behind the client's back, as
   *  a browser does when it reclaims a worker. False when no worker is running. */
  killWorkerForTest(): boolean {
    if (!this.running) return false;
    this.running.worker.terminate();
    return true;
  }

  private enqueue<T>(call: (remote: Remote<CoreApi>) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.turns.take(() => this.runOne(call, signal));
  }

  private runOne<T>(call: (remote: Remote<CoreApi>) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const running = this.ensureWorker();
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        // The call cannot be interrupted inside the worker: drop the worker with it.
        if (this.running === running) this.terminate();
        reject(abortError(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const answer = running.isWatched ? call(running.remote) : running.watched.then(() => call(running.remote));
      Promise.race([answer, running.failed]).then(
        (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          // After a trap the Wasm instance may be half-way through anything: start afresh.
          if (needsFreshWorker(error) && this.running === running) this.terminate();
          reject(error);
        },
      );
    });
  }

  private ensureWorker(): RunningWorker {
    if (this.running) return this.running;
    const worker = this.createWorker();
    const remote = wrap<CoreApi>(worker);
    let crashed!: (error: WorkerCrashedError) => void;
    const failed = new Promise<never>((_, reject) => (crashed = reject));
    failed.catch(() => undefined); // observed by the call racing against it
    const { ready: watched, unwatch } = watchWorker(worker, remote, (error) => {
      // Gone by itself: drop it (the next call starts a fresh one) and fail the call it held.
      if (this.running?.worker === worker) {
        this.running = null;
        worker.terminate();
      }
      crashed(error);
    });
    const running: RunningWorker = { worker, remote, failed, watched, unwatch, isWatched: false };
    void watched.then(() => (running.isWatched = true));
    this.running = running;
    return running;
  }
}
