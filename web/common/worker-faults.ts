// How the page tells the ways a core worker can fail apart, and notices a worker that is gone.
// Shared by core-client.ts (one worker) and worker-pool.ts (several).

import type { Remote } from 'comlink';
import type { CoreApi } from '../shared/contract/api-types.ts';

/** The worker running a call stopped (an uncaught error, an unreadable message, or the browser
 *  ended it); the call is lost, and the next call starts a fresh worker. */
export class WorkerCrashedError extends Error {
  override readonly name = 'WorkerCrashedError';
  constructor(
    /** How it stopped: an uncaught error, an unreadable message, or gone without a word. */
    readonly reason: 'error' | 'messageerror' | 'gone',
    detail = '',
  ) {
    super(`The simulation worker stopped unexpectedly${detail ? `: ${detail}` : ''}.`);
  }
}

/** What went wrong in a call, as far as the user needs to know. */
export type CoreFaultKind = 'trap' | 'out-of-memory' | 'crashed' | 'cancelled' | 'unsupported';

/**
 * Classifies an error from a core call. Errors thrown in the worker arrive through comlink as
 * plain Errors carrying the original name (CoreTrap, CoreOutOfMemory, CoreUnsupported from web/shared/model/core.ts;
 * RuntimeError for a Wasm trap such as `unreachable`). Anything else (a bug, a refused input)
 * is null: not a fault of the core or the worker.
 */
export function coreFaultKind(error: unknown): CoreFaultKind | null {
  const name = (error as { name?: unknown } | null)?.name;
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  if (name === 'AbortError') return 'cancelled';
  if (name === 'WorkerCrashedError' || error instanceof WorkerCrashedError) return 'crashed';
  if (name === 'CoreUnsupported') return 'unsupported';
  if (name === 'CoreOutOfMemory' || (name === 'RangeError' && /memory/i.test(message))) return 'out-of-memory';
  if (name === 'CoreTrap' || name === 'RuntimeError') return 'trap';
  return null;
}

/** A trap leaves the Wasm instance in an unknown state: the worker that hit it is replaced. */
export const needsFreshWorker = (error: unknown): boolean => {
  const kind = coreFaultKind(error);
  return kind === 'trap' || kind === 'out-of-memory';
};

let watchCount = 0;

export interface WorkerWatch {
  /** Resolves once the watch covers a worker the browser ends without an event (the worker
   *  holds its life lock), or once that is known to be impossible. Calls wait for it, so that a
   *  worker killed at any point after it answered is noticed. */
  ready: Promise<void>;
  /** Stops watching (call it before terminating the worker on purpose). */
  unwatch: () => void;
}

/**
 * Calls `onGone` when `worker` stops for any reason other than our own terminate(): an `error`
 * or `messageerror` event, or (where Web Locks exist) the worker's life lock being released, which
 * also catches a worker the browser ended without an event, mid-run or while idle.
 */
export function watchWorker(worker: Worker, remote: Remote<CoreApi>, onGone: (error: WorkerCrashedError) => void): WorkerWatch {
  let watching = true;
  let settleReady!: () => void;
  const ready = new Promise<void>((resolve) => (settleReady = resolve));
  const gone = (error: WorkerCrashedError) => {
    settleReady();
    if (!watching) return;
    watching = false;
    onGone(error);
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    gone(new WorkerCrashedError('error', event.message || 'it could not start'));
  });
  worker.addEventListener('messageerror', () => gone(new WorkerCrashedError('messageerror', 'it sent a message that could not be read')));
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  if (locks) {
    const lockName = `plc-core-worker-${Date.now().toString(36)}-${++watchCount}-${Math.random().toString(36).slice(2)}`;
    // The worker holds the lock from its answer on; our request, queued behind it, is granted
    // when the worker is gone.
    remote.watchLife(lockName).then(
      (held) => {
        if (held && watching) void locks.request(lockName, () => gone(new WorkerCrashedError('gone')));
        settleReady();
      },
      () => settleReady(), // a worker without watchLife (test stand-ins): events only
    );
  } else {
    settleReady();
  }
  return {
    ready,
    unwatch: () => {
      watching = false;
      settleReady();
    },
  };
}
