import { createContext } from '@lit/context';
import type { CompareEntryRequest, CompareOutcome, ComparisonSet } from '../shared/contract/api-types.ts';
import type { CoreClient } from '../common/core-client.ts';
import type { FaultCenter } from '../common/fault-center.ts';
import { Run } from '../common/run.ts';
import type { CompareColumn } from '../common/scenario-columns.ts';

/** What a comparison is run on: the baseline and the columns that have measures, in order. */
export interface ComparisonRequest {
  baseline: object;
  columns: CompareColumn[];
}

/**
 * The Compare view's state for one session: the "after" columns and the latest comparison (a Run
 * of `compareMany` in the worker, with Shapley attribution). It outlives the view, so leaving
 * Compare and coming back keeps the choice and the result. A new choice aborts the run before.
 * Fires `change` (its own and its run's).
 */
export class ComparisonRun extends EventTarget {
  columns: CompareColumn[] = [{ id: 1, measureIds: [] }];
  readonly run: Run<ComparisonRequest, CompareOutcome<ComparisonSet>>;
  private nextId = 2;

  constructor(core: Pick<CoreClient, 'call'>, faults?: FaultCenter) {
    super();
    this.run = new Run(
      (request, { signal }) => {
        const entries: CompareEntryRequest[] = request.columns.map((c) => ({ measureIds: c.measureIds }));
        return core.call('compareMany', [request.baseline, entries], { signal });
      },
      { faults, scenarioOf: (request) => request.baseline, same: (a, b) => a.baseline === b.baseline },
    );
    this.run.addEventListener('change', () => this.changed());
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** Runs the comparison for `baseline` unless the latest run (however it ended) was for it. */
  ensure(baseline: object): Promise<void> {
    return this.run.request?.baseline === baseline ? Promise.resolve() : this.compare(baseline);
  }

  setMeasures(columnId: number, measureIds: string[], baseline: object | null): Promise<void> {
    this.columns = this.columns.map((c) => (c.id === columnId ? { ...c, measureIds: [...measureIds] } : c));
    return baseline ? this.compare(baseline) : Promise.resolve();
  }

  addColumn(measureIds: string[] = []): void {
    this.columns = [...this.columns, { id: this.nextId++, measureIds }];
    this.changed(); // an empty column changes no result: nothing to run
  }

  removeColumn(columnId: number, baseline: object | null): Promise<void> {
    this.columns = this.columns.filter((c) => c.id !== columnId);
    if (this.columns.length === 0) this.columns = [{ id: this.nextId++, measureIds: [] }];
    return baseline ? this.compare(baseline) : Promise.resolve();
  }

  /** Compares the baseline with every column that has measures (none: no result). */
  compare(baseline: object): Promise<void> {
    const request = { baseline, columns: this.columns.filter((c) => c.measureIds.length > 0) };
    if (request.columns.length === 0) {
      this.run.clear(request);
      return Promise.resolve();
    }
    return this.run.start(request);
  }

  cancel(): void {
    this.run.cancel();
  }
}

/** The Compare view's run, provided by <plc-app> for the session. */
export const comparisonContext = createContext<ComparisonRun | undefined>(Symbol('plc-comparison'));
