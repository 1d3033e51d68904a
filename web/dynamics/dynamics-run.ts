import { createContext } from '@lit/context';
import type { DynamicsOptions, DynamicsOutcome } from '../shared/contract/api-types.ts';
import type { CoreClient } from '../common/core-client.ts';
import type { FaultCenter } from '../common/fault-center.ts';
import { Run } from '../common/run.ts';

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

/** What a dynamics run is run on. */
export interface DynamicsRequest {
  scenario: object;
  options: DynamicsOptions;
}

/**
 * The line-dynamics run of one session (discrete-event replications in the worker). It outlives
 * the view, so leaving the Dynamics view and coming back keeps the result. Fires `change`.
 */
export class DynamicsRun extends Run<DynamicsRequest, DynamicsOutcome> {
  /** The options of the latest run started (what the form shows). */
  options: DynamicsOptions = DEFAULT_DYNAMICS_OPTIONS;

  constructor(core: Pick<CoreClient, 'dynamics'>, faults?: FaultCenter) {
    super((request, { signal }) => core.dynamics(request.scenario, request.options, { signal }), {
      faults,
      scenarioOf: (request) => request.scenario,
      // A scenario's first visit runs once; after that only the Run button starts a run.
      same: (a, b) => a.scenario === b.scenario,
    });
  }

  override start(request: DynamicsRequest): Promise<void> {
    this.options = request.options;
    return super.start(request);
  }

  /** Runs `scenario` with the latest options unless a run was already started for it. */
  ensureFor(scenario: object): Promise<void> {
    return this.ensure({ scenario, options: this.options });
  }
}

/** The Dynamics view's run, provided by <plc-app> for the session. */
export const dynamicsContext = createContext<DynamicsRun | undefined>(Symbol('plc-dynamics'));
