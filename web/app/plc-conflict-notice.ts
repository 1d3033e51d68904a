import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import { sessionContext } from './contexts.ts';
import type { ScenarioSession } from './session.ts';

/**
 * Shown when this tab's edit met a newer revision saved in another tab: nothing was overwritten
 * and the edit stays here until the user keeps it as a copy or loads the other tab's version.
 */
@localized()
@customElement('plc-conflict-notice')
export class PlcConflictNotice extends LitElement {
  static override styles = css`
    :host { display: block; }
    :host([hidden]) { display: none; }
    .actions { display: flex; flex-wrap: wrap; gap: var(--sl-spacing-x-small); margin-top: var(--sl-spacing-x-small); }
  `;

  @consume({ context: sessionContext, subscribe: true })
  session?: ScenarioSession;

  @state() private busy = false;
  private listeningTo?: ScenarioSession;
  private readonly onChange = () => this.requestUpdate();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeningTo?.removeEventListener('change', this.onChange);
    this.listeningTo = undefined;
  }

  override willUpdate(): void {
    // Hidden when there is nothing to say, so the notice takes no room in the page.
    this.hidden = !this.session?.conflict;
    if (this.session === this.listeningTo) return;
    this.listeningTo?.removeEventListener('change', this.onChange);
    this.listeningTo = this.session;
    this.session?.addEventListener('change', this.onChange);
  }

  private async choose(choice: 'mine' | 'theirs'): Promise<void> {
    const session = this.session;
    if (!session || this.busy) return;
    this.busy = true;
    try {
      await (choice === 'mine' ? session.keepMineAsCopy() : session.loadTheirs());
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const conflict = this.session?.conflict;
    if (!conflict) return nothing;
    const name = String(conflict.theirs.scenario.name);
    return html`<sl-alert variant="warning" open data-testid="conflict-notice">
      <strong>${msg(str`“${name}” was changed in another tab.`)}</strong>
      ${msg('Your edits here were not saved over it and are kept in this tab until you choose. If you load theirs, your version stays in the library under “Recently deleted”.')}
      <div class="actions">
        <sl-button size="small" variant="primary" data-action="keep-mine" ?disabled=${this.busy} @click=${() => this.choose('mine')}>
          ${msg('Keep mine as a copy')}</sl-button>
        <sl-button size="small" data-action="load-theirs" ?disabled=${this.busy} @click=${() => this.choose('theirs')}>
          ${msg('Load theirs')}</sl-button>
      </div>
    </sl-alert>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-conflict-notice': PlcConflictNotice;
  }
}
