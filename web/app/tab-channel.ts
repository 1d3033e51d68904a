import type { LibraryChange } from '../common/library.ts';

/** What one tab tells the others about the library it shares with them. */
export type TabMessage = LibraryChange & { tab: string };

/**
 * A BroadcastChannel per database: every tab hears what the others saved or changed. A tab
 * never hears its own messages. Without BroadcastChannel it stays silent (revisions still
 * guard against overwriting).
 */
export class TabChannel {
  readonly tab = crypto.randomUUID ? crypto.randomUUID() : Math.random().toString(36).slice(2);
  private channel: BroadcastChannel | null = null;

  constructor(
    readonly name: string,
    private readonly receive: (message: TabMessage) => void,
  ) {}

  open(): void {
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(this.name);
    this.channel.onmessage = (event: MessageEvent<TabMessage>) => {
      if (event.data && event.data.tab !== this.tab) this.receive(event.data);
    };
  }

  post(change: LibraryChange): void {
    this.channel?.postMessage({ ...change, tab: this.tab });
  }

  close(): void {
    this.channel?.close();
    this.channel = null;
  }
}
