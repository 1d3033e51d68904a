import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Issue } from '../services/core-client.ts';

/** Validation errors or warnings as a readable list: where (path) and what (message). */
@customElement('plc-issue-list')
export class PlcIssueList extends LitElement {
  static override styles = css`
    :host { display: block; }
    ul { margin: 0; padding-left: 1.25rem; }
    li { margin: var(--sl-spacing-2x-small) 0; overflow-wrap: anywhere; }
    code { font-family: var(--sl-font-mono); font-size: 0.9em; background: var(--sl-color-neutral-100);
      padding: 0 0.25em; border-radius: var(--sl-border-radius-small); }
  `;

  @property({ attribute: false }) issues: Issue[] = [];

  override render() {
    return html`<ul>
      ${this.issues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : ''}${issue.message}</li>`)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-issue-list': PlcIssueList;
  }
}
