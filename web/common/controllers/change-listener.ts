import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host whenever one of the event targets it is given fires `change` (the
 * session, its runs). The targets are read again before every update, so a host whose session
 * or run object changes follows the new one; all listeners go when the host disconnects.
 */
export class ChangeListener implements ReactiveController {
  private targets: EventTarget[] = [];
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sources: () => readonly (EventTarget | undefined | null)[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    for (const t of this.targets) t.removeEventListener('change', this.onChange);
    this.targets = [];
  }

  private sync(): void {
    const next = this.sources().filter((t): t is EventTarget => !!t);
    if (next.length === this.targets.length && next.every((t, i) => t === this.targets[i])) return;
    this.hostDisconnected();
    for (const t of next) t.addEventListener('change', this.onChange);
    this.targets = next;
  }
}
