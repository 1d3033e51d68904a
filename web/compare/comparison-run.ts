import type { CoreClient } from '../common/core-client.ts';
import type { FaultCenter } from '../common/fault-center.ts';
import type { CompareEntryRequest, CompareOutcome, ComparisonDocument, ComparisonSet, Measure } from '../shared/model/api-types.ts';
import type { CompareColumn } from '../common/scenario-columns.ts';

export { BASELINE_COLOUR, columnColour, columnLetter, type CompareColumn } from '../common/scenario-columns.ts';

export type { CompareOutcome, ComparisonDocument, ComparisonSet, Measure };

/** A finished comparison and what it was run on, so the view can tell whether it is current. */
export interface ComparisonResult {
  baseline: object;
  /** The columns that were compared (those with at least one measure), in order. */
  columns: CompareColumn[];
  outcome: CompareOutcome<ComparisonSet>;
}

export type ComparisonStatus =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'cancelled' }
  | { status: 'done' }
  | { status: 'failed'; message: string };

/**
 * The Compare view's state for one session: the catalogue, the "after" columns and the latest
 * comparison. It outlives the view, so leaving Compare and coming back keeps the choice. Every
 * run happens in the worker (`compareMany`); a new run aborts the one before. Fires `change`.
 */
export class ComparisonRun extends EventTarget {
  catalogue: Measure[] | null = null;
  catalogueError: string | null = null;
  columns: CompareColumn[] = [{ id: 1, measureIds: [] }];
  state: ComparisonStatus = { status: 'idle' };
  result: ComparisonResult | null = null;
  private controller: AbortController | null = null;
  private catalogueLoading: Promise<void> | null = null;
  private lastBaseline: object | null = null;
  private nextId = 2;

  constructor(
    private readonly core: CoreClient,
    /** Told of a trap or a crashed worker, with a retry of the same comparison. */
    private readonly faults?: FaultCenter,
  ) {
    super();
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** Asks the worker for the catalogue once. */
  loadCatalogue(): Promise<void> {
    this.catalogueLoading ??= (async () => {
      try {
        this.catalogue = await this.core.call('catalogue', []);
      } catch (error) {
        this.catalogueLoading = null; // the next visit tries again
        this.catalogueError = error instanceof Error ? error.message : String(error);
      }
      this.changed();
    })();
    return this.catalogueLoading;
  }

  /** Runs the comparison for `baseline` unless the latest run (or result) is already for it. */
  ensure(baseline: object): Promise<void> {
    if (this.lastBaseline === baseline) return Promise.resolve();
    return this.run(baseline);
  }

  setMeasures(columnId: number, measureIds: string[], baseline: object | null): Promise<void> {
    this.columns = this.columns.map((c) => (c.id === columnId ? { ...c, measureIds: [...measureIds] } : c));
    return baseline ? this.run(baseline) : Promise.resolve();
  }

  addColumn(measureIds: string[] = []): void {
    this.columns = [...this.columns, { id: this.nextId++, measureIds }];
    this.changed(); // an empty column changes no result: nothing to run
  }

  removeColumn(columnId: number, baseline: object | null): Promise<void> {
    this.columns = this.columns.filter((c) => c.id !== columnId);
    if (this.columns.length === 0) this.columns = [{ id: this.nextId++, measureIds: [] }];
    return baseline ? this.run(baseline) : Promise.resolve();
  }

  /** Compares the baseline with every column that has measures; aborts the previous run. */
  async run(baseline: object): Promise<void> {
    this.lastBaseline = baseline;
    this.controller?.abort();
    this.controller = null;
    const columns = this.columns.filter((c) => c.measureIds.length > 0);
    if (columns.length === 0) {
      this.result = null;
      this.state = { status: 'idle' };
      this.changed();
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.state = { status: 'running' };
    this.changed();
    const entries: CompareEntryRequest[] = columns.map((c) => ({ measureIds: c.measureIds }));
    try {
      const outcome = await this.core.call('compareMany', [baseline, entries], { signal: controller.signal });
      if (this.controller !== controller) return; // superseded by a newer run
      this.result = { baseline, columns, outcome };
      this.state = { status: 'done' };
    } catch (error) {
      if (this.controller !== controller) return;
      this.state = controller.signal.aborted
        ? { status: 'cancelled' }
        : { status: 'failed', message: error instanceof Error ? error.message : String(error) };
      if (!controller.signal.aborted) this.faults?.report(error, () => this.run(baseline));
    }
    this.controller = null;
    this.changed();
  }

  cancel(): void {
    this.controller?.abort();
  }
}

const runs = new WeakMap<object, ComparisonRun>();

/** The comparison state of a session (kept across visits to the view), on the session's core. */
export function comparisonFor(session: { readonly core: CoreClient; readonly faults?: FaultCenter }): ComparisonRun {
  let run = runs.get(session);
  if (!run) runs.set(session, (run = new ComparisonRun(session.core, session.faults)));
  return run;
}
