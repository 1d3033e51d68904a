import type { CoreClient, DynamicsOptions, DynamicsOutcome } from '../common/core-client.ts';
import type { FaultCenter } from '../common/fault-center.ts';

/**
 * What the dynamics view starts with: one year and ten replications, about a second of work; the
 * rest are the engine's DYNAMICS_DEFAULTS (web/shared/analysis/dynamics.ts). They are copied, not imported:
 * importing that module pulls the scenario schema and zod (~100 kB) into the page's bundle. A
 * browser test (dynamics-view.test.ts) checks that the copies still match.
 */
export const DEFAULT_DYNAMICS_OPTIONS: DynamicsOptions = {
  years: 1,
  replications: 10,
  seed: 1,
  bufferKg: 500,
  arrivals: 'daily',
  failures: 'exponential',
  burnPolicy: { everyDays: 7 },
};

/** A finished run and what it was run on, so a view can tell whether it still fits the scenario. */
export interface DynamicsResult {
  scenario: object;
  options: DynamicsOptions;
  outcome: DynamicsOutcome;
}

export type DynamicsStatus =
  | { status: 'idle' }
  | { status: 'running'; options: DynamicsOptions }
  | { status: 'cancelled' }
  | { status: 'done' }
  | { status: 'failed'; message: string };

/**
 * The line-dynamics run of one session: its status and the latest result. It outlives the view,
 * so leaving the Dynamics view and coming back keeps the result. Fires `change`.
 */
export class DynamicsRun extends EventTarget {
  state: DynamicsStatus = { status: 'idle' };
  result: DynamicsResult | null = null;
  /** The options of the latest run started (what the form shows). */
  options: DynamicsOptions = DEFAULT_DYNAMICS_OPTIONS;
  private controller: AbortController | null = null;
  private readonly startedFor = new WeakSet<object>();

  constructor(
    private readonly core: CoreClient,
    /** Told of a trap or a crashed worker, with a retry of the same run. */
    private readonly faults?: FaultCenter,
  ) {
    super();
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** Starts a run unless one was already started for this scenario (the view's first visit). */
  startOnce(scenario: object, options: DynamicsOptions = this.options): Promise<void> {
    if (this.startedFor.has(scenario)) return Promise.resolve();
    return this.start(scenario, options);
  }

  async start(scenario: object, options: DynamicsOptions): Promise<void> {
    this.startedFor.add(scenario);
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.options = options;
    this.state = { status: 'running', options };
    this.changed();
    try {
      const outcome = await this.core.dynamics(scenario, options, { signal: controller.signal });
      if (this.controller !== controller) return; // superseded by a newer run
      this.result = { scenario, options, outcome };
      this.state = { status: 'done' };
    } catch (error) {
      if (this.controller !== controller) return;
      this.state = controller.signal.aborted
        ? { status: 'cancelled' }
        : { status: 'failed', message: error instanceof Error ? error.message : String(error) };
      if (!controller.signal.aborted) this.faults?.report(error, () => this.start(scenario, options));
    }
    this.controller = null;
    this.changed();
  }

  /** Stops the running replications (the client terminates the busy worker). */
  cancel(): void {
    this.controller?.abort();
  }
}
