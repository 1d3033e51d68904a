import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import type { ExportFile } from './evaluation-export.ts';
import { offerDownload } from '../common/download.ts';

/** Download buttons for every underlying data file (survey, indicators, comparisons) as CSV and JSON. */
@localized()
@customElement('plc-evaluation-export')
export class PlcEvaluationExport extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .files {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-x-small);
    }
    p {
      margin: 0 0 var(--sl-spacing-x-small);
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
    }
  `;

  /** Made on demand: the files are built from the latest data when a button is pressed. */
  @property({ attribute: false }) files: () => ExportFile[] = () => [];

  override render() {
    const files = this.files();
    if (files.length === 0) return nothing;
    return html`<p>${msg('Every number behind the view and the report, in full precision; a value not measured is an empty cell (CSV) or null (JSON).')}</p>
      <div class="files">
        ${files.map(
          (f) =>
            html`<sl-button
              size="small"
              data-file=${f.fileName}
              aria-label=${msg(str`Download ${f.label}`)}
              title=${f.fileName}
              @click=${() => {
                const now = this.files().find((x) => x.fileName === f.fileName) ?? f;
                offerDownload(this, now.fileName, now.mimeType, now.content);
              }}
            >
              ${f.label}</sl-button
            >`,
        )}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-evaluation-export': PlcEvaluationExport;
  }
}
