import type { Measure } from '../shared/contract/api-types.ts';
import type { CoreClient } from './core-client.ts';

/**
 * The BAT/BEP measures catalogue, asked of the worker once per session and shared by every view
 * that names measures (Compare's pickers, the portfolios, the report). Fires `change` when it has
 * loaded or failed; a failure lets the next `load()` try again.
 */
export class MeasureCatalogue extends EventTarget {
  measures: Measure[] | null = null;
  error: string | null = null;
  private loading: Promise<void> | null = null;

  constructor(private readonly core: Pick<CoreClient, 'call'>) {
    super();
  }

  load(): Promise<void> {
    this.loading ??= (async () => {
      try {
        this.measures = await this.core.call('catalogue', []);
        this.error = null;
      } catch (error) {
        this.loading = null; // the next visit tries again
        this.error = error instanceof Error ? error.message : String(error);
      }
      this.dispatchEvent(new Event('change'));
    })();
    return this.loading;
  }

  /** The measure with this id, if the catalogue has loaded and has it. */
  find(id: string): Measure | undefined {
    return this.measures?.find((m) => m.id === id);
  }
}
