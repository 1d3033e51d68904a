// The core client and the worker pool keep their workers the same way: they start core workers
// (tests inject their own), take one call (or run) at a time in the order they were made, and once
// nothing waits and a worker is still alive, end the workers after an idle timeout to give their
// memory back.

/** Runs `job` at once; a throw becomes a rejection, as when a promise runs it. */
function startNow<T>(job: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(job());
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Jobs that take their turn; `onIdle` runs `idleTimeoutMs` after the last one settles while
 *  `alive()` and nobody holds the queue (hold()). */
export class TurnQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private holds = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly idleTimeoutMs: number,
    private readonly onIdle: () => void,
    private readonly alive: () => boolean,
  ) {}

  /** Runs `job` once every job before it has settled; its result, as `job` gives it. */
  take<T>(job: () => Promise<T>): Promise<T> {
    // Nothing before it: the job starts now rather than a microtask later, so that an edit's
    // message reaches the worker before the page re-renders (the worker computes meanwhile).
    const result = this.pending === 0 ? startNow(job) : this.tail.then(job);
    this.pending++;
    this.clearIdleTimer();
    // The queue only orders jobs; a failed job must not stop the next one.
    this.tail = result.then(
      () => this.settled(),
      () => this.settled(),
    );
    return result;
  }

  /** Forgets a pending idle timeout (the workers were ended, or new work came). */
  clearIdleTimer(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** No idle timeout until the returned release is called (each hold released once). */
  hold(): () => void {
    this.holds++;
    this.clearIdleTimer();
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.holds--;
      this.armIdleTimer();
    };
  }

  private settled(): void {
    this.pending--;
    this.armIdleTimer();
  }

  private armIdleTimer(): void {
    if (this.pending === 0 && this.holds === 0 && this.idleTimer === null && this.alive())
      this.idleTimer = setTimeout(() => {
        this.idleTimer = null;
        this.onIdle();
      }, this.idleTimeoutMs);
  }
}

export interface WorkerHostOptions {
  /** Milliseconds a worker may sit idle before it is terminated to give its memory back. */
  idleTimeoutMs?: number;
  /** Starts a worker; tests inject their own. */
  createWorker?: () => Worker;
}

function startCoreWorker(): Worker {
  return new Worker(new URL('../worker/core.worker.ts', import.meta.url), { type: 'module' });
}

/** What hosts core workers: how it starts them, its turns and its idle timeout. */
export abstract class WorkerHost {
  readonly idleTimeoutMs: number;
  protected readonly createWorker: () => Worker;
  protected readonly turns: TurnQueue;

  constructor(options: WorkerHostOptions, defaultIdleTimeoutMs: number) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? defaultIdleTimeoutMs;
    this.createWorker = options.createWorker ?? startCoreWorker;
    this.turns = new TurnQueue(
      this.idleTimeoutMs,
      () => this.terminate(),
      () => this.alive(),
    );
  }

  /** Keeps the workers past the idle timeout until the returned release is called: a view holds
   *  them while it is open, so that a user who runs again after looking at a result for more than
   *  the timeout does not wait for new workers to start (each loads its code, data and Wasm core
   *  again; with 2 workers on 2 cores that start-up cost more than the second worker saved). */
  hold(): () => void {
    return this.turns.hold();
  }

  /** Ends every worker now. */
  abstract terminate(): void;

  /** Whether a worker is alive (and so worth ending when idle). */
  protected abstract alive(): boolean;
}
