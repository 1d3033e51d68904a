import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import type { EvaluationIssue } from '../shared/contract/api-types.ts';
import { messageLang } from '../app/locale.ts';
import { SURVEY_MESSAGE_CODES, formatSurveyIssue } from '../shared/survey/survey-messages.ts';

export interface SurveyFileDetail {
  name: string;
  text: string;
}

/**
 * Where survey data comes in: a file chooser and a drop zone for a CSV file, the illustrative
 * survey, and the template and help sheet to fill in. Fires `plc-survey-file` (a file's text),
 * `plc-survey-illustrative` and `plc-survey-template` ({ kind: 'template' | 'help' }); shows the
 * messages of a refused file, each with its row and column.
 */
@localized()
@customElement('plc-survey-import')
export class PlcSurveyImport extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .drop {
      border: 2px dashed var(--sl-color-neutral-400);
      border-radius: var(--sl-border-radius-large);
      padding: var(--sl-spacing-medium);
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-small);
      align-items: center;
    }
    .drop.over {
      border-color: var(--sl-color-primary-600);
      background: var(--sl-color-primary-50);
    }
    .drop p {
      margin: 0;
      flex: 1 1 16rem;
      color: var(--sl-color-neutral-700);
    }
    span.file {
      display: inline-flex;
    }
    input[type='file'] {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-x-small);
      margin-top: var(--sl-spacing-small);
      align-items: center;
    }
    .illustrative {
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-warning-700);
    }
    .refused {
      margin-top: var(--sl-spacing-medium);
      border-left: 4px solid var(--sl-color-danger-600);
      background: var(--sl-color-danger-50);
      padding: var(--sl-spacing-small) var(--sl-spacing-medium);
    }
    .refused h4 {
      margin: 0 0 var(--sl-spacing-x-small);
    }
    .warnings {
      margin-top: var(--sl-spacing-small);
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
    }
    ol {
      margin: 0;
      padding-left: 1.25rem;
    }
    li {
      margin: var(--sl-spacing-3x-small) 0;
      overflow-wrap: anywhere;
    }
    .where {
      font-family: var(--sl-font-mono);
      font-size: 0.9em;
    }
  `;

  /** Messages of the last refused file (the survey shown before it stays). */
  @property({ attribute: false }) refused: { name: string; errors: EvaluationIssue[]; warnings: EvaluationIssue[] } | null = null;
  @property({ attribute: false }) warnings: EvaluationIssue[] = [];
  @property({ type: Boolean }) busy = false;
  @state() private over = false;

  private emit(type: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private async read(file: File | undefined): Promise<void> {
    if (!file) return;
    this.emit('plc-survey-file', { name: file.name, text: await file.text() } satisfies SurveyFileDetail);
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    void this.read(event.dataTransfer?.files[0]);
  }

  private where(issue: EvaluationIssue): string {
    if (issue.row != null && issue.column) return msg(str`Row ${issue.row}, column ${issue.column}`);
    if (issue.row != null) return msg(str`Row ${issue.row}`);
    if (issue.column) return msg(str`Column ${issue.column}`);
    return msg('The whole file');
  }

  private list(issues: EvaluationIssue[]) {
    // Survey messages name their row and column themselves (in the current language); any other
    // message gets its place in front.
    const lang = messageLang();
    return html`<ol>
      ${issues.map(
        (i) =>
          html`<li data-row=${i.row ?? ''} data-column=${i.column ?? ''}>
            ${
              SURVEY_MESSAGE_CODES[lang].includes(i.code)
                ? formatSurveyIssue({ ...i, row: i.row ?? null, column: i.column ?? null }, lang)
                : html`<span class="where">${this.where(i)}</span>: ${i.message}`
            }
          </li>`,
      )}
    </ol>`;
  }

  override render() {
    const refused = this.refused;
    return html`
      <div
        class="drop ${this.over ? 'over' : ''}"
        data-testid="drop-zone"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.over = true;
        }}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        <p>${msg('Drop a survey CSV file here (comma-separated, UTF-8, one row per household and period), or choose one.')}</p>
        <span class="file">
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="survey-file"
            tabindex="-1"
            aria-label=${msg('Survey CSV file')}
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              void this.read(input.files?.[0]).then(() => (input.value = ''));
            }}
          />
          <sl-button variant="primary" ?loading=${this.busy} @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click()}
            >${msg('Choose a CSV file…')}</sl-button
          >
        </span>
      </div>
      <div class="row">
        <sl-button data-testid="load-illustrative" ?disabled=${this.busy} @click=${() => this.emit('plc-survey-illustrative')}>
          ${msg('Load the illustrative survey')}</sl-button
        >
        <span class="illustrative">${msg('Illustrative: made-up numbers for trying the tool, not measurements.')}</span>
      </div>
      <div class="row">
        <sl-button size="small" data-testid="template" @click=${() => this.emit('plc-survey-template', { kind: 'template' })}
          >${msg('Download the CSV template')}</sl-button
        >
        <sl-button
          size="small"
          data-testid="help-sheet"
          title=${msg('What each column of the template means, its unit and whether it is required')}
          @click=${() => this.emit('plc-survey-template', { kind: 'help' })}
          >${msg('Download the help sheet')}</sl-button
        >
      </div>
      ${
        refused
          ? html`<div class="refused" role="alert" data-testid="refused">
              <h4>${msg(str`The file ${refused.name} was refused; the data shown before is kept.`)}</h4>
              ${this.list(refused.errors)}
            </div>`
          : nothing
      }
      ${
        !refused && this.warnings.length > 0
          ? html`<details class="warnings" data-testid="warnings">
              <summary>${msg(str`${this.warnings.length} warnings (the file was read)`)}</summary>
              ${this.list(this.warnings)}
            </details>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-survey-import': PlcSurveyImport;
  }
}
