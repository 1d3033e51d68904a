import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { shoelaceReady } from '../common/shoelace-parts.ts';
import { storeContext } from './contexts.ts';
import { OFFLINE_READY_EVENT, UPDATE_READY_EVENT } from './pwa-events.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import { noticeStack } from '../common/base-styles.ts';

/** What web/app/pwa.ts puts in the update event: applying reloads into the new version. */
export interface UpdateReadyDetail {
  apply: () => unknown;
}

/**
 * The service worker's news: "a new version is ready" (Reload now saves the pending edit first,
 * then reloads; Later keeps working on this version) and, once, "ready to work offline".
 */
@localized()
@customElement('plc-update-notice')
export class PlcUpdateNotice extends LitElement {
  static override styles = [noticeStack];

  private readonly store = new ServiceController(this, storeContext);

  @state() private pending: UpdateReadyDetail | null = null;
  @state() private offlineReady = false;
  @state() private busy = false;
  /** Set when the pending edit could not be saved, so reloading now would lose it. */
  @state() private unsavedEdit = false;
  private offlineShown = false;

  private readonly onUpdateReady = (event: Event) => {
    const detail = (event as CustomEvent<UpdateReadyDetail>).detail;
    if (typeof detail?.apply === 'function') this.pending = detail;
  };

  private readonly onOfflineReady = () => {
    if (this.offlineShown) return; // a short note, once
    this.offlineShown = true;
    this.offlineReady = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(UPDATE_READY_EVENT, this.onUpdateReady);
    window.addEventListener(OFFLINE_READY_EVENT, this.onOfflineReady);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(UPDATE_READY_EVENT, this.onUpdateReady);
    window.removeEventListener(OFFLINE_READY_EVENT, this.onOfflineReady);
  }

  override willUpdate(): void {
    this.hidden = !this.pending && !this.offlineReady;
  }

  /** Saves the pending edit, then reloads into the new version; never reloads over unsaved work. */
  private async reloadNow(): Promise<void> {
    const update = this.pending;
    if (!update || this.busy) return;
    this.busy = true;
    try {
      await this.store.value?.flush();
      this.unsavedEdit = Boolean(this.store.value?.unsaved);
      if (!this.unsavedEdit) await update.apply();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if ((this.pending || this.offlineReady) && !shoelaceReady(this, 'alert', 'button')) return nothing;
    return html`
      ${
        this.pending
          ? html`<sl-alert variant="primary" open role="alert" data-testid="update-notice">
              <strong>${msg('A new version is ready.')}</strong>
              ${
                this.unsavedEdit
                  ? html`<div data-testid="update-unsaved">
                      ${msg('Your latest edit could not be saved, so the app did not reload. Export the scenario from the library, or try again when storage works.')}
                    </div>`
                  : msg('Reloading takes a moment; your work is saved first.')
              }
              <div class="actions">
                <sl-button size="small" variant="primary" data-action="reload" ?loading=${this.busy} @click=${() => void this.reloadNow()}>
                  ${msg('Reload now')}</sl-button
                >
                <sl-button size="small" data-action="later" @click=${() => (this.pending = null)}>${msg('Later')}</sl-button>
              </div>
            </sl-alert>`
          : nothing
      }
      ${
        this.offlineReady
          ? html`<sl-alert
              variant="success"
              open
              closable
              duration="6000"
              role="status"
              data-testid="offline-ready"
              @sl-after-hide=${() => (this.offlineReady = false)}
              >${msg('Ready to work offline.')}</sl-alert
            >`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-update-notice': PlcUpdateNotice;
  }
}
