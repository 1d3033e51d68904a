import { createContext } from '@lit/context';
import type { Issue, ResultDocument, SimulateOutcome } from '../shared/contract/api-types.ts';
import { applyLevers, leversOf, leverAvailability, type LeverAvailability, type TrainingLevers, type TrainingScenario } from '../shared/analysis/training.ts';
import type { ScenarioDocument } from '../app/scenario-draft.ts';
import type { CoreClient } from '../common/core-client.ts';
import type { FaultCenter } from '../common/fault-center.ts';
import { Run } from '../common/run.ts';

const asTraining = (s: ScenarioDocument) => s as unknown as TrainingScenario;
const sameLevers = (a: TrainingLevers, b: TrainingLevers) =>
  a.burnedShare === b.burnedShare &&
  a.waterReusedFraction === b.waterReusedFraction &&
  a.dryingFuel === b.dryingFuel &&
  a.pvcSortedOutFraction === b.pvcSortedOutFraction;

/** An "after" run: the household's scenario with the trainer's levers. */
export interface AfterRequest {
  base: ScenarioDocument;
  levers: TrainingLevers;
}

/**
 * The training mode's runs: the household's scenario as it is (`beforeRun`) and a modified copy
 * with the trainer's levers (`afterRun`), both simulated in the worker; the saved scenario is
 * never changed. Lever moves queue: one run at a time, and when it ends only the latest levers
 * run next, so dragging a slider never builds a backlog. Outlives the view, so coming back finds
 * the levers and results as they were. Fires `change` when anything shown changes.
 */
export class TrainingRun extends EventTarget {
  base: ScenarioDocument | null = null;
  /** The levers as the trainer has set them. */
  levers: TrainingLevers | null = null;
  /** The levers of the base scenario itself. */
  baseLevers: TrainingLevers | null = null;
  availability: LeverAvailability | null = null;
  readonly beforeRun: Run<ScenarioDocument, SimulateOutcome>;
  readonly afterRun: Run<AfterRequest, { outcome: SimulateOutcome; scenario: ScenarioDocument }>;

  constructor(core: Pick<CoreClient, 'simulate'>, faults?: FaultCenter) {
    super();
    this.beforeRun = new Run((base, { signal }) => core.simulate(base, { signal }), { faults, scenarioOf: (base) => base });
    this.afterRun = new Run(
      async ({ base, levers }) => {
        const scenario = applyLevers(asTraining(base), levers) as unknown as ScenarioDocument;
        return { outcome: await core.simulate(scenario), scenario };
      },
      { faults, overlap: 'queue', scenarioOf: (request) => request.base },
    );
    for (const run of [this.beforeRun, this.afterRun]) run.addEventListener('change', () => this.changed());
    // Once the household's own run is back (or retried after a fault), the levers run.
    this.beforeRun.addEventListener('change', () => {
      if (this.beforeRun.status === 'done') this.pump();
    });
  }

  /** The household's own result, once computed (and valid). */
  get before(): ResultDocument | null {
    const outcome = this.beforeRun.result?.value;
    return outcome?.ok ? outcome.result : null;
  }

  /** The latest "after" result, with the levers and the modified scenario it was computed for. */
  get after(): { result: ResultDocument; levers: TrainingLevers; scenario: ScenarioDocument } | null {
    const done = this.afterRun.result;
    return done?.value.outcome.ok ? { result: done.value.outcome.result, levers: done.request.levers, scenario: done.value.scenario } : null;
  }

  /** Why a run of the household's line or of its modified copy failed (the worker's fault, in words). */
  get error(): string | null {
    for (const run of [this.beforeRun, this.afterRun]) {
      if (run.status === 'failed') return run.error;
    }
    return null;
  }

  /** What the model refused in the household's line or its modified copy: the issues, which the
   *  view words in the page's language (plc-issue-list), never their stored English message. */
  get issues(): Issue[] | null {
    const before = this.beforeRun.result?.value;
    const after = this.afterRun.result?.value.outcome;
    if (before && !before.ok) return before.errors;
    if (after && !after.ok) return after.errors;
    return null;
  }

  get running(): boolean {
    return this.beforeRun.running || this.afterRun.running;
  }

  /** True when the after result shown is for the levers as set now. */
  get settled(): boolean {
    const done = this.afterRun.result;
    return (
      !this.running &&
      this.after !== null &&
      this.levers !== null &&
      done !== null &&
      sameLevers(done.request.levers, this.levers) &&
      done.request.base === this.base
    );
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
      this.beforeRun.clear();
      this.afterRun.clear();
    }
    this.changed();
    this.pump();
  }

  setLevers(levers: TrainingLevers): void {
    this.levers = levers;
    this.changed();
    this.pump();
  }

  /** Back to the household's own levers. */
  reset(): void {
    if (this.baseLevers) this.setLevers(this.baseLevers);
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** Runs what the screens lack: the base first, then (once it runs) the latest levers. */
  private pump(): void {
    const { base, levers } = this;
    if (!base || !levers) return;
    if (this.beforeRun.request !== base) {
      void this.beforeRun.start(base);
      return;
    }
    const before = this.beforeRun.result;
    if (this.beforeRun.running || before?.request !== base || !before.value.ok) return;
    const asked = this.afterRun.request;
    if (asked && asked.base === base && sameLevers(asked.levers, levers)) return;
    void this.afterRun.start({ base, levers });
  }
}

/** The Training view's run, provided by <plc-app> for the session. */
export const trainingContext = createContext<TrainingRun | undefined>(Symbol('plc-training'));
