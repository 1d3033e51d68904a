import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { COMPONENT_KEYS } from '../shared/model/keys.ts';
import { calendarFields, componentLabel, feedFields } from '../common/fields/editor-fields.ts';
import { numberFields, type SectionContext } from './editor-render.ts';
import { editorStyles } from './editor-styles.ts';
import type { ProvenanceEntry } from '../common/fields/plc-number-field.ts';
import './plc-composition-editor.ts';

type Feed = Record<string, unknown> & { composition?: Record<string, unknown> };

/** The working calendar, the feed (tonnes and price) and its composition (shares kept at 1). */
@localized()
@customElement('plc-feed-editor')
export class PlcFeedEditor extends LitElement {
  static override styles = [
    editorStyles,
    css`
      :host {
        display: block;
      }
      plc-composition-editor {
        margin-top: var(--sl-spacing-small);
      }
    `,
  ];

  @property({ attribute: false }) calendar?: Record<string, unknown>;
  @property({ attribute: false }) feed?: Feed;
  @property() currency = 'VND';
  @property({ attribute: false }) errors: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) provenance: Record<string, ProvenanceEntry> = {};

  override render() {
    const ctx: SectionContext = { errors: this.errors, provenance: this.provenance };
    const calendarError = this.errors.get('/calendar') ?? this.errors.get('/feed');
    return html`
      <div class="fields">
        ${numberFields('/calendar', calendarFields(), this.calendar, ctx)} ${numberFields('/feed', feedFields(this.currency), this.feed, ctx)}
      </div>
      ${calendarError ? html`<p class="error">${calendarError}</p>` : nothing}
      <plc-composition-editor
        pointer="/feed/composition"
        heading=${msg('Feed composition (mass shares)')}
        .keys=${COMPONENT_KEYS}
        .labelOf=${componentLabel}
        .shares=${this.feed?.composition ?? {}}
        .errors=${this.errors}
        .provenance=${this.provenance}
        data-testid="composition"
      ></plc-composition-editor>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-feed-editor': PlcFeedEditor;
  }
}
