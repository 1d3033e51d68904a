import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { Issue } from '../shared/contract/api-types.ts';
import { messageLang } from '../app/locale.ts';
import { MESSAGE_CODES, describeWhere, formatIssueMessage } from '../shared/model/schema-messages.ts';

/** Validation errors or warnings as a readable list: where (path) and what, in the current
 *  language (built from the issue's code and params, not its stored English message). */
@localized()
@customElement('plc-issue-list')
export class PlcIssueList extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    li {
      margin: var(--sl-spacing-2x-small) 0;
      overflow-wrap: anywhere;
    }
    code {
      font-family: var(--sl-font-mono);
      font-size: 0.9em;
      background: var(--sl-color-neutral-100);
      padding: 0 0.25em;
      border-radius: var(--sl-border-radius-small);
    }
  `;

  @property({ attribute: false }) issues: Issue[] = [];

  override render() {
    return html`<ul>
      ${this.issues.map((issue) => this.renderIssue(issue))}
    </ul>`;
  }

  private renderIssue(issue: Issue) {
    const lang = messageLang();
    if (!MESSAGE_CODES[lang].includes(issue.code)) {
      // Not a schema issue (a stored record that cannot be read): its own sentence.
      return html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : ''}${issue.message}</li>`;
    }
    const text = formatIssueMessage(issue, lang);
    const where = `${describeWhere(issue, lang)}: `;
    // describeWhere is "path (field in words, unit name)": the path is shown as code, the rest as words.
    const words = where.slice(issue.path.length - 1, -2).trim();
    return text.startsWith(where) && issue.path
      ? html`<li><code>${issue.path}</code>${words ? ` ${words}` : ''}: ${text.slice(where.length)}</li>`
      : html`<li>${text}</li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-issue-list': PlcIssueList;
  }
}

/** A run's warnings as one alert, or nothing when there are none. */
export function warningsAlert(warnings: readonly Issue[]): TemplateResult | typeof nothing {
  return warnings.length
    ? html`<sl-alert variant="warning" open><strong>${msg('Warnings')}</strong> <plc-issue-list .issues=${warnings}></plc-issue-list></sl-alert>`
    : nothing;
}

/** A refused run: the sentence that says what could not be done, the errors, and any actions. */
export function errorsAlert(heading: string, errors: readonly Issue[], actions: unknown = nothing): TemplateResult {
  return html`<sl-alert variant="danger" open data-testid="errors"
    ><strong>${heading}</strong> <plc-issue-list .issues=${errors}></plc-issue-list>${actions}</sl-alert
  >`;
}
