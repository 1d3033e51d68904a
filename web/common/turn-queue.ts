// The core client and the worker pool order their work the same way: one call (or run) at a time,
// in the order they were made, and once nothing waits and a worker is still alive, the workers are
// ended after an idle timeout to give their memory back.

/** Jobs that take their turn; `onIdle` runs `idleTimeoutMs` after the last one settles while `alive()`. */
export class TurnQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly idleTimeoutMs: number,
    private readonly onIdle: () => void,
    private readonly alive: () => boolean,
  ) {}

  /** Runs `job` once every job before it has settled; its result, as `job` gives it. */
  take<T>(job: () => Promise<T>): Promise<T> {
    this.pending++;
    this.clearIdleTimer();
    const result = this.tail.then(job);
    // The queue only orders jobs; a failed job must not stop the next one.
    this.tail = result.then(
      () => this.settled(),
      () => this.settled(),
    );
    return result;
  }

  /** Forgets a pending idle timeout (the workers were ended, or new work came). */
  clearIdleTimer(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private settled(): void {
    this.pending--;
    if (this.pending === 0 && this.alive()) this.idleTimer = setTimeout(this.onIdle, this.idleTimeoutMs);
  }
}
