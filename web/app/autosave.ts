export const DEFAULT_AUTOSAVE_DELAY_MS = 800;

/**
 * Debounced saving: `schedule()` after every edit saves once the edits pause for `delayMs`;
 * leaving or hiding the page saves at once (`pagehide`, `visibilitychange` to hidden), since a
 * timer may never fire in a page that is going away. Saves never overlap.
 */
export class Autosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private readonly onPageHide = () => void this.flush({ leaving: true });
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  constructor(
    /** Writes the pending edit; `leaving` is true when the page is being unloaded. */
    private readonly save: (options: { leaving: boolean }) => Promise<void>,
    readonly delayMs: number = DEFAULT_AUTOSAVE_DELAY_MS,
  ) {}

  /** Listens to the page's lifecycle; `dispose()` stops. */
  attach(): void {
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  dispose(): void {
    this.cancel();
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** True while an edit waits for its timer. */
  get pending(): boolean {
    return this.timer !== null;
  }

  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Saves now (after any save in progress); resolves when written or refused. */
  flush(options: { leaving?: boolean } = {}): Promise<void> {
    this.cancel();
    const next = this.running.then(() => this.save({ leaving: options.leaving ?? false }));
    this.running = next.catch(() => undefined);
    return next;
  }
}
