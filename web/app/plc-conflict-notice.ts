import { LitElement, css, html, nothing } from 'lit';
import { pickText } from './locale.ts';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { shoelaceReady } from '../common/shoelace-parts.ts';
import { storeContext } from './contexts.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';

/**
 * Shown when this tab's edit met a newer revision saved in another tab: nothing was overwritten
 * and the edit stays here until the user keeps it as a copy or loads the other tab's version.
 */
@localized()
@customElement('plc-conflict-notice')
export class PlcConflictNotice extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-x-small);
      margin-top: var(--sl-spacing-x-small);
    }
  `;

  private readonly store = new ServiceController(this, storeContext);

  @state() private busy = false;

  override willUpdate(): void {
    // Hidden when there is nothing to say, so the notice takes no room in the page.
    this.hidden = !this.store.value?.conflict;
  }

  private async choose(choice: 'mine' | 'theirs'): Promise<void> {
    const store = this.store.value;
    if (!store || this.busy) return;
    this.busy = true;
    try {
      await (choice === 'mine' ? store.keepMineAsCopy() : store.loadTheirs());
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const conflict = this.store.value?.conflict;
    if (!conflict || !shoelaceReady(this, 'alert', 'button')) return nothing;
    const name = pickText(conflict.theirs.scenario.name);
    return html`<sl-alert variant="warning" open data-testid="conflict-notice">
      <strong>${msg(str`“${name}” was changed in another tab.`)}</strong>
      ${msg('Your edits here were not saved over it and are kept in this tab until you choose. If you load theirs, your version stays in the library under “Recently deleted”.')}
      <div class="actions">
        <sl-button size="small" variant="primary" data-action="keep-mine" ?disabled=${this.busy} @click=${() => this.choose('mine')}>
          ${msg('Keep mine as a copy')}</sl-button
        >
        <sl-button size="small" data-action="load-theirs" ?disabled=${this.busy} @click=${() => this.choose('theirs')}> ${msg('Load theirs')}</sl-button>
      </div>
    </sl-alert>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-conflict-notice': PlcConflictNotice;
  }
}
