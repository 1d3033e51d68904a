import type { SimulateOutcome } from '../shared/contract/api-types.ts';
import type { CoreClient } from '../common/core-client.ts';
import type { ScenarioDb } from '../common/db.ts';
import { FaultCenter } from '../common/fault-center.ts';
import { MeasureCatalogue } from '../common/measure-catalogue.ts';
import { Run } from '../common/run.ts';
import { WorkerPool } from '../common/worker-pool.ts';
import { ScenarioDraft, type ScenarioDocument } from './scenario-draft.ts';
import { ScenarioStore, type StoreOptions } from './scenario-store.ts';

export type { ScenarioDocument };

export interface SessionOptions extends StoreOptions {
  /** The worker pool of the Monte Carlo runs; a fresh one by default. */
  pool?: WorkerPool;
}

/** The live steady-state run of the current scenario (the Workbench's figures). */
export type SimulationRun = Run<ScenarioDocument, SimulateOutcome>;

/**
 * One user's session, wired once: the draft (the current scenario), the store that saves it, the
 * simulation that follows it, the fault notice, the measures catalogue, and the core client and
 * worker pool every run computes with. <plc-app> provides each of them to components through
 * its context (web/app/contexts.ts); nothing else holds a reference to the session.
 */
export class ScenarioSession {
  readonly faults = new FaultCenter();
  readonly draft: ScenarioDraft;
  readonly store: ScenarioStore;
  readonly simulation: SimulationRun;
  readonly catalogue: MeasureCatalogue;
  readonly pool: WorkerPool;

  constructor(
    readonly core: CoreClient,
    readonly db: ScenarioDb,
    /** Loaded on first start and offered again when a stored scenario cannot be used. */
    exampleScenario: ScenarioDocument,
    options: SessionOptions = {},
  ) {
    this.pool = options.pool ?? new WorkerPool();
    this.catalogue = new MeasureCatalogue(core);
    this.draft = new ScenarioDraft(exampleScenario);
    this.store = new ScenarioStore(this.draft, db, this.faults, () => core.info(), options);
    this.simulation = new Run(
      async (scenario, { signal }) => {
        const outcome = await core.simulate(scenario, { signal });
        if (outcome.ok && !signal.aborted) this.store.noteRun(scenario, outcome.result);
        return outcome;
      },
      { faults: this.faults, scenarioOf: (scenario) => scenario },
    );
    // Every change of the current scenario, edited or opened, is simulated (the run before it is aborted).
    this.draft.addEventListener('change', () => {
      if (this.draft.scenario) void this.simulation.start(this.draft.scenario);
    });
  }

  /** Opens the last stored scenario (or the example) and resolves once it is simulated. */
  async start(): Promise<void> {
    await this.store.start();
    await this.simulation.settled();
  }

  /** Stops listening to the page and the other tabs (workers end by themselves when idle). */
  dispose(): void {
    this.store.dispose();
  }
}
