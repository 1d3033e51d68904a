import type { CoreClient, ResultDocument, SimulateOutcome } from '../common/core-client.ts';
import type { ScenarioDocument } from '../app/session.ts';
import { applyLevers, leversOf, leverAvailability, type LeverAvailability, type TrainingLevers, type TrainingScenario } from '../shared/analysis/training.ts';

const asTraining = (s: ScenarioDocument) => s as unknown as TrainingScenario;
const sameLevers = (a: TrainingLevers, b: TrainingLevers) =>
  a.burnedShare === b.burnedShare && a.waterReusedFraction === b.waterReusedFraction
  && a.dryingFuel === b.dryingFuel && a.pvcSortedOutFraction === b.pvcSortedOutFraction;

/**
 * The training mode's runs: the household's scenario as it is ("before") and a modified copy with
 * the trainer's levers ("after"), both simulated in the worker. The saved scenario is never
 * changed. Lever moves coalesce: one run at a time, and when it ends only the latest levers run
 * next, so dragging a slider never queues a backlog. Fires `change` when anything shown changes.
 */
export class TrainingRun extends EventTarget {
  base: ScenarioDocument | null = null;
  /** The levers as the trainer has set them. */
  levers: TrainingLevers | null = null;
  /** The levers of the base scenario itself. */
  baseLevers: TrainingLevers | null = null;
  availability: LeverAvailability | null = null;
  before: ResultDocument | null = null;
  /** The latest "after" result, with the levers and the modified scenario it was computed for. */
  after: { result: ResultDocument; levers: TrainingLevers; scenario: ScenarioDocument } | null = null;
  error: string | null = null;
  running = false;
  private beforeFor: ScenarioDocument | null = null;
  private afterBase: ScenarioDocument | null = null;
  private disposed = false;

  constructor(private readonly core: CoreClient) {
    super();
  }

  /** The household's scenario; the levers start from its own values when another one is opened. */
  setBase(scenario: ScenarioDocument | null): void {
    if (scenario === this.base) return;
    const sameHousehold = scenario !== null && this.base !== null && scenario.id === this.base.id;
    this.base = scenario;
    this.baseLevers = scenario ? leversOf(asTraining(scenario)) : null;
    this.availability = scenario ? leverAvailability(asTraining(scenario)) : null;
    if (!sameHousehold) {
      this.levers = this.baseLevers;
      this.before = null;
      this.after = null;
    }
    this.changed();
    void this.pump();
  }

  setLevers(levers: TrainingLevers): void {
    this.levers = levers;
    this.changed();
    void this.pump();
  }

  /** Back to the household's own levers. */
  reset(): void {
    if (this.baseLevers) this.setLevers(this.baseLevers);
  }

  /** Stops reporting; a run under way finishes in the worker and is dropped. */
  dispose(): void {
    this.disposed = true;
  }

  /** True when the after result shown is for the levers as set now. */
  get settled(): boolean {
    return !this.running && this.after !== null && this.levers !== null && sameLevers(this.after.levers, this.levers)
      && this.afterBase === this.base;
  }

  private changed(): void {
    if (!this.disposed) this.dispatchEvent(new Event('change'));
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const base = this.base;
        const levers = this.levers;
        if (!base || !levers || this.disposed) break;
        if (this.beforeFor !== base) {
          const outcome = await this.core.simulate(base);
          this.beforeFor = base;
          if (!this.take(outcome)) { this.before = null; break; }
          this.before = outcome.result;
          this.after = null;
          this.changed();
          continue;
        }
        if (this.after && this.afterBase === base && sameLevers(this.after.levers, levers)) break;
        const modified = applyLevers(asTraining(base), levers) as unknown as ScenarioDocument;
        const outcome = await this.core.simulate(modified);
        if (!this.take(outcome)) break;
        this.after = { result: outcome.result, levers, scenario: modified };
        this.afterBase = base;
        this.changed();
      }
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.running = false;
      this.changed();
    }
  }

  /** Notes a failed outcome; returns false when the run cannot go on. */
  private take(outcome: SimulateOutcome): outcome is Extract<SimulateOutcome, { ok: true }> {
    if (outcome.ok) {
      this.error = null;
      return true;
    }
    this.error = outcome.errors.map((e) => `${e.path ?? ''} ${e.message}`.trim()).join('; ');
    return false;
  }
}
