import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { Issue } from '../shared/contract/api-types.ts';
import { messageLang } from '../app/locale.ts';
import { msgTable } from '../app/words.ts';
import { MESSAGE_CODES, describeWhere, formatIssueMessage } from '../shared/model/schema-messages.ts';

/** Issues whose message is an exception's text, not worded from params: what failed, in words. */
const FAULTS = msgTable((): Record<string, string> => ({
  measure_error: msg('The measures could not be applied to this scenario.'),
  comparison_error: msg('The two scenarios could not be compared.'),
  sweep_error: msg('This sweep could not be computed.'),
  portfolio_error: msg('These measures could not be combined.'),
  household_scenario_error: msg('The household’s scenario could not be built from its survey row.'),
  uncertainty_error: msg('The scenario’s uncertain inputs cannot be sampled.'),
  bad_request: msg('The app sent the core a request it could not read (a fault of the app).'),
}));

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
    .field {
      font-weight: var(--sl-font-weight-semibold);
    }
    details.path {
      display: inline;
      font-size: var(--sl-font-size-x-small);
      color: var(--sl-color-neutral-700);
    }
    details.path[open] {
      display: block;
    }
    details.path summary {
      display: inline;
      cursor: pointer;
      text-decoration: underline dotted;
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
      const fault = FAULTS()[issue.code];
      // A fault's message is an exception's English text: the page's language says what failed,
      // and the English is there, folded, to quote in a bug report.
      if (fault)
        return html`<li>
          ${fault}
          <details class="path">
            <summary>${msg('technical details (in English)')}</summary>
            <span lang="en">${issue.path ? html`<code>${issue.path}</code>: ` : ''}${issue.message}</span>
          </details>
        </li>`;
      // Not a schema issue (a stored record that cannot be read, worded by its caller): its own sentence.
      return html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : ''}${issue.message}</li>`;
    }
    const text = formatIssueMessage(issue, lang);
    const where = `${describeWhere(issue, lang)}: `;
    // describeWhere is "path (field in words, unit name)": the field is named in words; its JSON
    // path is for engineers, behind a "details" toggle.
    const words = where
      .slice(issue.path.length - 1, -2)
      .trim()
      .replace(/^\((.*)\)$/, '$1');
    if (!text.startsWith(where) || !issue.path) return html`<li>${text}</li>`;
    return html`<li>
      <span class="field">${words || msg('A field')}</span>: ${text.slice(where.length)}
      <details class="path">
        <summary>${msg('details')}</summary>
        ${msg('Where in the file:')} <code>${issue.path}</code>
      </details>
    </li>`;
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
