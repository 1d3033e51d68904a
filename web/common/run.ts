import type { FaultCenter } from './fault-center.ts';

// The one run pattern of the app. Every long run (the live simulation, comparisons, dynamics,
// Monte Carlo and Sobol, sweeps, portfolios, training, evaluation, the village Monte Carlo) is a
// Run: the same states, progress, cancel, stale result and fault behaviour, whatever it computes.
// A Run belongs to the session, not to an element, so a view that is left and visited again finds
// its last result (why not @lit/task: a Task lives and dies with its host element, has no
// progress and no notion of a result that no longer fits the scenario).

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** Work finished out of the total, in what the run counts (draws, grid points, base rows);
 *  `phase` names the step of a run that has several. */
export interface RunProgress {
  done: number;
  total: number;
  phase?: string;
}

/** Reports at most one progress per `intervalMs` of a phase, besides its first and its last
 *  (done = total): each report re-renders the view and paints a frame on the page's thread, which
 *  shares the machine's cores with the workers, and a run's blocks arrive far faster than anyone
 *  reads a progress bar. `now` is the clock (tests give their own). */
export function throttleProgress(report: (progress: RunProgress) => void, intervalMs = 100, now = () => performance.now()): (progress: RunProgress) => void {
  let last = -Infinity;
  let phase: string | undefined;
  return (progress) => {
    const t = now();
    if (progress.phase === phase && progress.done < progress.total && t - last < intervalMs) return;
    last = t;
    phase = progress.phase;
    report(progress);
  };
}

/** Drops every report made within `quietMs` of its making (on the clock `now`). A run that
 *  ends sooner shows no progress at all (a bar there and gone again within a blink says
 *  nothing), and a longer one shows its bar once the workers are under way: the bar's elements
 *  are not built and laid out on the page's thread while the workers want the cores to start. */
export function quietStart(report: (progress: RunProgress) => void, quietMs = 100, now = () => performance.now()): (progress: RunProgress) => void {
  const since = now();
  return (progress) => {
    if (now() - since >= quietMs) report(progress);
  };
}

/** What the work function is handed. */
export interface RunControl {
  /** Aborted when the run is cancelled or replaced: give it to the worker call, which then
   *  terminates its worker (synchronous Wasm cannot be interrupted otherwise). */
  readonly signal: AbortSignal;
  /** Reports progress; ignored once the run has been cancelled or replaced. */
  progress(progress: RunProgress): void;
}

export type RunWork<A, R> = (request: A, control: RunControl) => Promise<R>;

/** A finished run: what was asked and what came back. */
export interface RunResult<A, R> {
  request: A;
  value: R;
}

/** Everything a view shows of a run; a new object after every change, so it can be handed down
 *  as a property. */
export interface RunState<A, R> {
  readonly status: RunStatus;
  /** The latest request (running, or how the last run ended). */
  readonly request: A | null;
  /** While running, once the work reports some. */
  readonly progress: RunProgress | null;
  /** The latest finished run, kept through later cancels and failures until a new one finishes. */
  readonly result: RunResult<A, R> | null;
  /** What went wrong, while `failed`. */
  readonly error: string | null;
}

export interface RunOptions<A> {
  /** Told of a trap, an out-of-memory or a crashed worker, with a Retry of the same request. */
  faults?: FaultCenter | null;
  /** 'replace' (default): a new request aborts the run under way. 'queue': the run under way
   *  finishes, and of the requests made meanwhile only the latest runs next (a slider dragged
   *  through many values never builds a backlog, and no worker is terminated for it). */
  overlap?: 'replace' | 'queue';
  /** The scenario a request was made for; a result whose scenario is not the current one is stale. */
  scenarioOf?: (request: A) => unknown;
  /** Whether two requests compute the same thing (ensure() does not repeat it); default `===`. */
  same?: (a: A, b: A) => boolean;
}

const IDLE: RunState<never, never> = { status: 'idle', request: null, progress: null, result: null, error: null };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A long-running computation with one state machine: idle → running → done | cancelled | failed.
 * Fires `change` whenever `state` changes. A result that came back is never overwritten by a run
 * that was replaced meanwhile.
 */
export class Run<A, R> extends EventTarget {
  state: RunState<A, R> = IDLE;
  private controller: AbortController | null = null;
  private queued: { request: A } | null = null;
  private idle: Promise<void> = Promise.resolve();
  private wake: (() => void) | null = null;

  constructor(
    private readonly work: RunWork<A, R>,
    private readonly config: RunOptions<A> = {},
  ) {
    super();
  }

  get status(): RunStatus {
    return this.state.status;
  }

  get running(): boolean {
    return this.state.status === 'running';
  }

  get request(): A | null {
    return this.state.request;
  }

  get result(): RunResult<A, R> | null {
    return this.state.result;
  }

  get progress(): RunProgress | null {
    return this.state.progress;
  }

  get error(): string | null {
    return this.state.error;
  }

  /** The latest result, unless it was computed for another scenario than `scenario`. */
  resultFor(scenario: unknown): RunResult<A, R> | null {
    return this.isStale(scenario) ? null : this.state.result;
  }

  /** True when there is a result and it was computed for another scenario than `scenario`. */
  isStale(scenario: unknown): boolean {
    const result = this.state.result;
    const scenarioOf = this.config.scenarioOf;
    return result !== null && scenarioOf !== undefined && scenarioOf(result.request) !== scenario;
  }

  /** Runs `request`; resolves when it has finished, failed, been cancelled or been replaced. */
  start(request: A): Promise<void> {
    if (this.config.overlap === 'queue' && this.controller) {
      this.queued = { request };
      this.set({ ...this.state, status: 'running', request, error: null });
      return this.settled();
    }
    void this.loop(request);
    return this.settled();
  }

  /** Starts `request` unless the latest request is the same (see `same`), however it ended. */
  ensure(request: A): Promise<void> {
    const latest = this.state.request;
    if (latest !== null && (this.config.same ?? Object.is)(latest, request)) return this.settled();
    return this.start(request);
  }

  /** Runs the latest request again. */
  retry(): Promise<void> {
    const latest = this.state.request;
    return latest === null ? Promise.resolve() : this.start(latest);
  }

  /** Stops the run under way (and drops a queued request); the previous result stays. */
  cancel(): void {
    this.queued = null;
    this.controller?.abort();
  }

  /** Back to idle without a result; `request` (if given) counts as the latest for ensure(). */
  clear(request: A | null = null): void {
    this.queued = null;
    const controller = this.controller;
    this.controller = null;
    controller?.abort();
    this.set({ ...IDLE, request });
    this.settle();
  }

  /** Resolves once no run is under way. */
  settled(): Promise<void> {
    return this.idle;
  }

  private async loop(first: A): Promise<void> {
    this.controller?.abort();
    if (!this.wake) this.idle = new Promise<void>((resolve) => (this.wake = resolve));
    let next: A | null = first;
    while (next !== null) {
      const request: A = next;
      next = null;
      const controller = new AbortController();
      this.controller = controller;
      this.set({ ...this.state, status: 'running', request, progress: null, error: null });
      const ended = await this.runOne(request, controller);
      if (this.controller !== controller) return; // replaced, or cleared: the newer owner settles
      this.controller = null;
      if (this.queued && ended !== 'cancelled') {
        next = this.queued.request;
        this.queued = null;
      }
    }
    this.settle();
  }

  private async runOne(request: A, controller: AbortController): Promise<RunStatus> {
    const { signal } = controller;
    const current = () => this.controller === controller;
    const control: RunControl = {
      signal,
      progress: (progress) => {
        if (current() && !signal.aborted) this.set({ ...this.state, progress });
      },
    };
    try {
      const value = await this.work(request, control);
      if (!current()) return 'cancelled';
      if (signal.aborted) throw signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
      const waiting = this.queued !== null;
      this.set({
        status: waiting ? 'running' : 'done',
        request: waiting ? this.state.request : request,
        progress: null,
        result: { request, value },
        error: null,
      });
      return 'done';
    } catch (error) {
      if (!current()) return 'cancelled';
      if (signal.aborted || (error as { name?: unknown } | null)?.name === 'AbortError') {
        this.set({ ...this.state, status: 'cancelled', request, progress: null });
        return 'cancelled';
      }
      this.queued = null;
      this.set({ ...this.state, status: 'failed', request, progress: null, error: messageOf(error) });
      // A trap or a crashed worker: one notice, whose Retry runs the same request again.
      this.config.faults?.report(error, () => this.start(request));
      return 'failed';
    }
  }

  private settle(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private set(state: RunState<A, R>): void {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}
