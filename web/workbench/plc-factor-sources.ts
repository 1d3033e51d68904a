import { LitElement, css, html, nothing } from 'lit';
import { sourceNote } from '../app/locale.ts';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { resolveEmissionFactors, SOURCE_KEYS, type EmissionFactorLibraryFile, type FactorValue } from '../shared/model/emission-factors.ts';
import { fetchEmissionFactorLibrary } from '../shared/model/data-files.ts';
import { statusWord } from '../common/fields/editor-fields.ts';
import { dataTable } from '../common/charts/numbers-table.ts';
import { referenceTableStyles } from './editor-styles.ts';
import { releaseLabel } from '../app/labels.ts';
import { SourceNotesController } from '../common/controllers/source-notes-controller.ts';

/**
 * The PCDD/F emission factors the line is computed with (the library, with the scenario's
 * overrides), each with its source and status: the provenance panel for factors.
 */
@localized()
@customElement('plc-factor-sources')
export class PlcFactorSources extends LitElement {
  static override styles = [
    referenceTableStyles,
    css`
      .table-wrap {
        overflow-x: auto;
      }
      td.num {
        text-align: right;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .status {
        display: inline-block;
        min-width: 1.3rem;
        text-align: center;
        border-radius: 0.7rem;
        font-weight: 600;
        font-size: 0.7rem;
        padding: 0 0.3rem;
        border: 1px solid var(--sl-color-neutral-300);
      }
      .src {
        color: var(--sl-color-neutral-700);
        font-size: var(--sl-font-size-x-small);
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The scenario's `emissionFactors` overrides, deep-merged over the library. */
  @property({ attribute: false }) overrides?: unknown;

  /** The library and the sources' notes (in Vietnamese) load once the panel is opened (on screen). */
  private readonly notes = new SourceNotesController(this);
  @state() private library: EmissionFactorLibraryFile | null = null;
  private observer: IntersectionObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.watch();
  }

  /** Loads the library and the notes once the panel comes on screen. */
  private watch(): void {
    if (this.library || this.observer || !this.isConnected) return;
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.notes.want();
      this.unwatch();
      void fetchEmissionFactorLibrary().then(
        (library) => void (this.library = library),
        () => this.watch(), // offline before the first visit: tried again when shown again
      );
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch();
  }

  private unwatch(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** The fuels' factors are per TJ of fuel energy; the other sources' per tonne burned. */
  private sourceLabel(key: string): string {
    const perTj: Record<string, () => string> = { coal: () => msg('Coal (per TJ)'), wood: () => msg('Wood (per TJ)'), lpg: () => msg('LPG (per TJ)') };
    return perTj[key]?.() ?? releaseLabel(key);
  }

  private row(label: string, f: FactorValue | undefined) {
    if (!f) return html``;
    const value = f.value === 'ND' ? msg('not quantified') : String(f.value);
    return html`<tr>
      <th scope="row">${label}${f.overridden ? html` <em>${msg('(this scenario)')}</em>` : ''}</th>
      <td class="num">${value}</td>
      <td>
        <span class="status" title=${statusWord(f.status)}>${f.status ?? '–'}</span> ${statusWord(f.status)}
        <div class="src">${f.source ? (this.notes.ready ? sourceNote(f.source) : nothing) : msg('no source recorded')}</div>
      </td>
    </tr>`;
  }

  override render() {
    const resolved = this.library ? resolveEmissionFactors(this.library, this.overrides) : null;
    return html`
      <p>
        ${msg('PCDD/F to air, µg TEQ per tonne burned (per TJ of fuel for coal, wood and LPG); from the emission-factor library unless the scenario overrides them.')}
      </p>
      <div class="table-wrap">
        ${
          resolved
            ? dataTable({
                head: html`<th scope="col">${msg('Source')}</th>
                  <th scope="col">${msg('Factor')}</th>
                  <th scope="col">${msg('Status and source')}</th>`,
                rows: SOURCE_KEYS.map((k) => this.row(this.sourceLabel(k), resolved.sources[k].pcddf.air)),
              })
            : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-factor-sources': PlcFactorSources;
  }
}
