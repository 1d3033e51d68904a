import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
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
