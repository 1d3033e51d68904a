import { CorruptRecordError } from './db.ts';
import { coreFaultKind } from './worker-faults.ts';

/** Faults the user is told about in one notice (<plc-fault-notice>); storage problems have
 *  their own, lasting notice (session.storageError), and a cancelled run is no fault. */
export type FaultNoticeKind = 'trap' | 'out-of-memory' | 'crashed' | 'corrupt' | 'unsupported';

export interface FaultNotice {
  kind: FaultNoticeKind;
  /** The technical message, for a details line (English, as the code wrote it). */
  detail: string;
  /** Runs again what failed, when that makes sense. */
  retry: (() => unknown) | null;
}

/**
 * The latest fault of a session, for the one place that shows it. Runs report what failed with
 * a way to retry; the notice stays until the user dismisses it, retries, or a later fault
 * replaces it. Fires `change`.
 */
export class FaultCenter extends EventTarget {
  notice: FaultNotice | null = null;

  /** Shows a notice when `error` is a fault of the core, the worker or a stored record; returns
   *  false (and shows nothing) for anything else, such as a cancel. */
  report(error: unknown, retry?: () => unknown): boolean {
    const kind = error instanceof CorruptRecordError ? 'corrupt' : coreFaultKind(error);
    if (kind === null || kind === 'cancelled') return false;
    const detail = error instanceof Error ? error.message : String(error);
    // A browser without what the core needs stays so: retrying cannot help.
    this.notice = { kind, detail, retry: kind === 'unsupported' ? null : (retry ?? null) };
    this.changed();
    return true;
  }

  dismiss(): void {
    if (!this.notice) return;
    this.notice = null;
    this.changed();
  }

  /** Dismisses the notice and runs its retry. */
  retry(): unknown {
    const retry = this.notice?.retry;
    this.dismiss();
    return retry?.();
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}
