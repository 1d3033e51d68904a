import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { shoelaceReady } from '../common/shoelace-parts.ts';
import { faultsContext, storeContext } from './contexts.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import { faultText } from './fault-words.ts';
import { storageProblemText } from '../common/library-words.ts';
import { noticeStack } from '../common/base-styles.ts';

/**
 * The one place that tells the user about faults: a trap or out-of-memory in the core, a worker
 * that stopped (each with Retry), a damaged stored record, and storage that is full, blocked or
 * off. Role "alert", dismissible; a cancelled run is no fault and is not shown here.
 */
@localized()
@customElement('plc-fault-notice')
export class PlcFaultNotice extends LitElement {
  static override styles = [
    noticeStack,
    css`
      .detail {
        display: block;
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-neutral-700);
        margin-top: var(--sl-spacing-2x-small);
        overflow-wrap: anywhere;
      }
    `,
  ];

  private readonly faults = new ServiceController(this, faultsContext);
  private readonly store = new ServiceController(this, storeContext);

  /** The storage warning the user closed; shown again when the problem changes. */
  @state() private storageDismissed: unknown = null;

  override willUpdate(): void {
    const storage = this.store.value?.storageError;
    this.hidden = !this.faults.value?.notice && !(storage && storage !== this.storageDismissed);
  }

  private renderFault() {
    const faults = this.faults.value;
    const notice = faults?.notice;
    if (!faults || !notice || !shoelaceReady(this, 'alert', 'button')) return nothing;
    return html`<sl-alert
      variant="danger"
      open
      closable
      role="alert"
      data-testid="fault-notice"
      data-fault=${notice.kind}
      @sl-after-hide=${() => faults.dismiss()}
    >
      <strong>${faultText(notice.kind)}</strong>
      <span class="detail">${notice.detail}</span>
      ${
        notice.retry
          ? html`<div class="actions">
              <sl-button size="small" variant="primary" data-action="retry" @click=${() => void faults.retry()}>${msg('Retry')}</sl-button>
            </div>`
          : nothing
      }
    </sl-alert>`;
  }

  private renderStorage() {
    const error = this.store.value?.storageError;
    if (!error || error === this.storageDismissed || !shoelaceReady(this, 'alert')) return nothing;
    return html`<sl-alert
      variant="warning"
      open
      closable
      role="alert"
      data-testid="storage-notice"
      data-problem=${error.problem}
      @sl-after-hide=${() => (this.storageDismissed = error)}
    >
      ${msg('Your work is not being saved in this browser.')} ${storageProblemText(error.problem)}
    </sl-alert>`;
  }

  override render() {
    return html`${this.renderFault()}${this.renderStorage()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-fault-notice': PlcFaultNotice;
  }
}
