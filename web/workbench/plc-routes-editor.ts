import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg } from '@lit/localize';
import { INERT_ROUTE_KEYS, PLASTIC_ROUTE_KEYS } from '../shared/model/keys.ts';
import { inertRouteLabel, plasticRouteLabel } from '../common/fields/editor-fields.ts';
import { numberFields } from './editor-render.ts';
import { editorStyles } from './editor-styles.ts';
import type { ProvenanceEntry } from '../common/fields/plc-number-field.ts';
import './plc-composition-editor.ts';

type Residues = Record<string, unknown> & { plasticRoutes?: Record<string, unknown>; inertRoutes?: Record<string, unknown> };

/** Where the rejects go: plastic and inert route shares (each kept at 1) and the dump-fire fraction. */
@localized()
@customElement('plc-routes-editor')
export class PlcRoutesEditor extends LitElement {
  static override styles = [
    editorStyles,
    css`
      :host {
        display: block;
      }
      .stack {
        display: grid;
        gap: var(--sl-spacing-small);
      }
    `,
  ];

  @property({ attribute: false }) residues?: Residues;
  @property({ attribute: false }) errors: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) provenance: Record<string, ProvenanceEntry> = {};

  override render() {
    const r = this.residues;
    const spec = [{ key: 'dumpFireFraction', label: msg('Dumped plastic that burns in dump fires'), unit: msg('share, 0–1'), min: 0, max: 1, step: 0.05 }];
    // The two groups of route shares, each kept at 1 by its composition editor.
    const groups = [
      { key: 'plasticRoutes', heading: msg('Plastic rejects go to (shares)'), keys: PLASTIC_ROUTE_KEYS, labelOf: plasticRouteLabel, testid: 'plastic-routes' },
      {
        key: 'inertRoutes',
        heading: msg('Inert rejects (dirt, moisture) go to (shares)'),
        keys: INERT_ROUTE_KEYS,
        labelOf: inertRouteLabel,
        testid: undefined,
      },
    ] as const;
    return html`<div class="stack">
      ${groups.map(
        (g) =>
          html`<plc-composition-editor
            pointer=${`/residues/${g.key}`}
            heading=${g.heading}
            .keys=${g.keys}
            .labelOf=${g.labelOf}
            .shares=${(r?.[g.key] as Record<string, unknown> | undefined) ?? {}}
            .errors=${this.errors}
            .provenance=${this.provenance}
            data-testid=${ifDefined(g.testid)}
          ></plc-composition-editor>`,
      )}
      <div class="fields">${numberFields('/residues', spec, r, { errors: this.errors, provenance: this.provenance })}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-routes-editor': PlcRoutesEditor;
  }
}
