import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadSourceNotes, sourceNotesReady } from '../../app/locale.ts';

/**
 * Source notes without the Vietnamese table on the first screen (issue 17): a host renders its
 * notes only when `ready`, and calls `want()` when a note is about to be read (a tip's field is
 * pointed at or focused, a section is opened); in Vietnamese the table then loads once and the
 * host re-renders with it. In English, or once the table is there, it is always ready. Until then
 * nothing of a note is shown, so no English flashes in the Vietnamese app.
 *
 *   private readonly notes = new SourceNotesController(this);
 *   … ${this.notes.ready ? sourceNote(source) : nothing} …
 */
export class SourceNotesController implements ReactiveController {
  private wanted = false;
  /** Whether the host rendered without its notes, so that it renders again once they are there. */
  private missed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Wanted as soon as the host is shown (a view that opens on its notes). */
    private readonly eager = false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.eager) this.want();
  }

  /** A note is about to be read: load the table if it is needed, and show the notes. */
  want(): void {
    this.wanted = true;
    if (!sourceNotesReady()) void loadSourceNotes().then(() => this.refresh());
    else this.refresh();
  }

  /** Whether the host may render its notes now; a host that was wanted and switched to Vietnamese asks for the table. */
  get ready(): boolean {
    const ready = sourceNotesReady();
    if (!ready) {
      this.missed = true;
      if (this.wanted) void loadSourceNotes().then(() => this.refresh());
    }
    return ready;
  }

  private refresh(): void {
    if (!this.missed) return;
    this.missed = false;
    this.host.requestUpdate();
  }
}
