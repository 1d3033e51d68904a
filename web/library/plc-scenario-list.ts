import { LitElement, css, html, nothing } from 'lit';
import { pickText } from '../app/locale.ts';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.js';
import type { ScenarioRecord } from '../common/db.ts';
import { formatWhen } from './library-format.ts';

export type ScenarioAction = 'open' | 'rename' | 'duplicate' | 'export' | 'delete';
export interface ScenarioActionDetail {
  action: ScenarioAction;
  id: string;
  /** The new name, for 'rename'. */
  name?: string;
}

/**
 * The stored scenarios: name, last update and revision, with open, rename, duplicate, export and
 * delete. Fires `plc-scenario-action` (detail: ScenarioActionDetail) on each user action.
 */
@localized()
@customElement('plc-scenario-list')
export class PlcScenarioList extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-x-small) var(--sl-spacing-medium);
      align-items: center;
      justify-content: space-between;
      padding: var(--sl-spacing-x-small) 0;
      border-bottom: 1px solid var(--sl-color-neutral-200);
    }
    .name {
      font-weight: var(--sl-font-weight-semibold);
      overflow-wrap: anywhere;
    }
    .meta,
    .current {
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
    }
    .current {
      color: var(--sl-color-success-700);
    }
    .actions,
    form {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-2x-small);
      align-items: center;
    }
    form sl-input {
      min-width: min(100%, 16rem);
    }
    .empty {
      color: var(--sl-color-neutral-700);
    }
  `;

  @property({ attribute: false }) scenarios: ScenarioRecord[] = [];
  /** The scenario open in the app: it cannot be deleted from here. */
  @property() currentId = '';
  @state() private renaming: string | null = null;

  private fire(action: ScenarioAction, id: string, name?: string): void {
    this.dispatchEvent(
      new CustomEvent<ScenarioActionDetail>('plc-scenario-action', {
        detail: { action, id, ...(name !== undefined ? { name } : {}) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private submitRename(event: Event, id: string): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).querySelector('sl-input') as SlInput;
    const name = String(input.value ?? '').trim();
    if (name === '') {
      input.setCustomValidity(msg('A scenario needs a name.'));
      input.reportValidity();
      return;
    }
    this.renaming = null;
    this.fire('rename', id, name);
  }

  private renderRow(record: ScenarioRecord) {
    const name = pickText(record.scenario.name);
    const current = record.id === this.currentId;
    if (this.renaming === record.id) {
      return html`<li data-id=${record.id}>
        <form @submit=${(e: Event) => this.submitRename(e, record.id)}>
          <sl-input
            size="small"
            name="name"
            maxlength="200"
            .value=${name}
            label=${msg('New name')}
            autofocus
            @sl-input=${(e: Event) => (e.target as SlInput).setCustomValidity('')}
          ></sl-input>
          <sl-button size="small" variant="primary" type="submit" data-action="save-name">${msg('Save name')}</sl-button>
          <sl-button size="small" @click=${() => (this.renaming = null)}>${msg('Cancel')}</sl-button>
        </form>
      </li>`;
    }
    return html`<li data-id=${record.id}>
      <div>
        <div class="name">${name}</div>
        <div class="meta">
          ${msg(str`Updated ${formatWhen(record.updatedAt)}, revision ${record.revision}`)}
          ${current ? html`<span class="current">· ${msg('open now')}</span>` : nothing}
        </div>
      </div>
      <div class="actions">
        <sl-button size="small" data-action="open" ?disabled=${current} @click=${() => this.fire('open', record.id)}>${msg('Open')}</sl-button>
        <sl-button size="small" data-action="rename" @click=${() => (this.renaming = record.id)}>${msg('Rename')}</sl-button>
        <sl-button size="small" data-action="duplicate" @click=${() => this.fire('duplicate', record.id)}>${msg('Duplicate')}</sl-button>
        <sl-button size="small" data-action="export" @click=${() => this.fire('export', record.id)}>${msg('Export file')}</sl-button>
        <sl-button
          size="small"
          variant="danger"
          outline
          data-action="delete"
          ?disabled=${current}
          title=${current ? msg('Open another scenario before deleting this one.') : ''}
          @click=${() => this.fire('delete', record.id)}
          >${msg('Delete')}</sl-button
        >
      </div>
    </li>`;
  }

  override render() {
    if (this.scenarios.length === 0) return html`<p class="empty">${msg('No scenario is stored in this browser yet.')}</p>`;
    return html`<ul aria-label=${msg('Stored scenarios')}>
      ${this.scenarios.map((r) => this.renderRow(r))}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-scenario-list': PlcScenarioList;
  }
}
