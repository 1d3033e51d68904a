import { createContext } from '@lit/context';
import type { SweepAxis, SweepResult, WorkbenchOutcome } from '../shared/contract/api-types.ts';
import type { ScenarioDocument } from '../app/scenario-draft.ts';
import type { CoreClient } from '../common/core-client.ts';
import type { FaultCenter } from '../common/fault-center.ts';
import { Run } from '../common/run.ts';

/** A sweep: one or two numbers of the scenario over a grid. */
export interface SweepRequest {
  scenario: ScenarioDocument;
  axes: SweepAxis[];
}

/**
 * The Workbench's parameter sweeps: every headline figure at each grid point, computed in the
 * worker with progress in grid points (one message per row of the first axis). Outlives the
 * view, so the last sweep is still there after a visit elsewhere.
 */
export class SweepRun extends Run<SweepRequest, WorkbenchOutcome<SweepResult>> {
  constructor(core: Pick<CoreClient, 'sweep'>, faults?: FaultCenter) {
    super(
      (request, { signal, progress }) =>
        core.sweep(request.scenario, request.axes, {
          signal,
          onProgress: (done, total) => progress({ done, total }),
        }),
      { faults, scenarioOf: (request) => request.scenario },
    );
  }
}

/** The sweep panel's run, provided by <plc-app> for the session. */
export const sweepContext = createContext<SweepRun | undefined>(Symbol('plc-sweep'));
