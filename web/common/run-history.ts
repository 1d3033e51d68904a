import type { CoreInfo } from '../shared/contract/api-types.ts';
import type { RunRecord, ScenarioDb, ScenarioRecord, StoredScenario } from './db.ts';
import { hashScenario, sameProvenance, type RunProvenance } from './provenance.ts';

/**
 * Records each steady-state result once the scenario it was computed from is stored: a run is
 * written when its scenario's hash equals the hash of a saved revision, and only when its
 * provenance differs from the scenario's last recorded run. Work is done in order, one at a time.
 */
export class RunRecorder {
  private readonly saved = new Map<string, { revision: number; hash: string }>();
  private pending: { scenario: StoredScenario; hash: string; result: unknown } | null = null;
  private info: Promise<CoreInfo> | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: ScenarioDb,
    private readonly coreInfo: () => Promise<CoreInfo>,
    private readonly onRecorded: (run: RunRecord) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** A revision of a scenario is stored. */
  noteSaved(record: ScenarioRecord): Promise<void> {
    return this.enqueue(async () => {
      this.saved.set(record.id, { revision: record.revision, hash: await hashScenario(record.scenario) });
      await this.tryRecord();
    });
  }

  /** A steady-state run of `scenario` finished with `result`. */
  noteRun(scenario: StoredScenario, result: unknown): Promise<void> {
    return this.enqueue(async () => {
      // In a task of its own: hashing the scenario waits until the result is on screen.
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.pending = { scenario, hash: await hashScenario(scenario), result };
      await this.tryRecord();
    });
  }

  /** Resolves when everything noted so far is recorded (or skipped). */
  settled(): Promise<void> {
    return this.queue;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch((error: unknown) => this.onError(error));
    return this.queue;
  }

  private async tryRecord(): Promise<void> {
    const run = this.pending;
    const saved = run && this.saved.get(run.scenario.id);
    if (!run || !saved || saved.hash !== run.hash) return;
    this.pending = null;
    const info = await (this.info ??= this.coreInfo().catch((error: unknown) => {
      this.info = null;
      throw error;
    }));
    const provenance: RunProvenance = {
      scenarioHash: run.hash,
      efLibraryId: info.efLibraryId,
      efLibraryVersion: info.efLibraryVersion,
      appVersion: info.appVersion,
      kind: 'steady',
      seed: null,
    };
    const last = await this.db.lastRun(run.scenario.id);
    if (last && sameProvenance(last, provenance)) return;
    const record = await this.db.addRun({
      ...provenance,
      scenarioId: run.scenario.id,
      scenarioRevision: saved.revision,
      scenario: run.scenario,
      createdAt: Date.now(),
      result: run.result,
    });
    this.onRecorded(record);
  }
}
