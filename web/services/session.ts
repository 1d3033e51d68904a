import type { CoreClient, DynamicsOptions, SimulateOutcome } from './core-client.ts';
import { StorageError, type ScenarioDb } from './db.ts';
import { DynamicsRun } from './dynamics-run.ts';

/** What the app needs to know about any scenario document before the core validates it. */
export interface ScenarioDocument {
  id: string;
  name: string;
  currency?: string;
  units?: { id: string; name?: string }[];
  [key: string]: unknown;
}

export type RunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'cancelled' }
  | { status: 'done'; outcome: SimulateOutcome }
  | { status: 'failed'; message: string };

function isScenarioDocument(value: unknown): value is ScenarioDocument {
  const v = value as Partial<ScenarioDocument> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.name === 'string';
}

/**
 * The current scenario, its latest simulation and the storage status. Components read it through
 * context and listen to its `change` event; only this class talks to the core client and the db.
 */
export class ScenarioSession extends EventTarget {
  scenario: ScenarioDocument | null = null;
  run: RunState = { status: 'idle' };
  /** Set when storage failed; the app carries on without it. */
  storageError: StorageError | null = null;
  /** Line dynamics of the current scenario (the Dynamics view); it has its own `change` event. */
  readonly dynamics: DynamicsRun;
  private controller: AbortController | null = null;

  constructor(
    readonly core: CoreClient,
    readonly db: ScenarioDb,
    /** Loaded on first start and offered again when a stored scenario cannot be used. */
    readonly defaultScenario: ScenarioDocument,
  ) {
    super();
    this.dynamics = new DynamicsRun(core);
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** Opens the last stored scenario (or the default one) and simulates it. */
  async start(): Promise<void> {
    let stored: unknown;
    try {
      stored = await this.db.getLastScenario();
    } catch (error) {
      this.noteStorage(error);
    }
    await this.open(isScenarioDocument(stored) ? stored : this.defaultScenario);
  }

  /** Makes `scenario` the current one, remembers it and simulates it. */
  async open(scenario: ScenarioDocument): Promise<void> {
    this.scenario = scenario;
    this.changed();
    const storing = this.remember(scenario);
    await Promise.all([storing, this.simulate()]);
  }

  async simulate(): Promise<void> {
    if (!this.scenario) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.run = { status: 'running' };
    this.changed();
    try {
      const outcome = await this.core.simulate(this.scenario, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.run = { status: 'done', outcome };
    } catch (error) {
      if (this.controller !== controller) return; // superseded by a newer run
      this.run = controller.signal.aborted
        ? { status: 'cancelled' }
        : { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    if (this.controller === controller) this.controller = null;
    this.changed();
  }

  /** Runs the line dynamics of the current scenario; `this.dynamics` reports progress. */
  async runDynamics(options: DynamicsOptions): Promise<void> {
    if (this.scenario) await this.dynamics.start(this.scenario, options);
  }

  /** Stops a running simulation. */
  cancel(): void {
    this.controller?.abort();
  }

  private async remember(scenario: ScenarioDocument): Promise<void> {
    try {
      await this.db.saveScenario(scenario);
      await this.db.setLastScenarioId(scenario.id);
    } catch (error) {
      this.noteStorage(error);
    }
  }

  private noteStorage(error: unknown): void {
    this.storageError = error instanceof StorageError ? error : new StorageError('failed', String(error));
    this.changed();
  }
}
