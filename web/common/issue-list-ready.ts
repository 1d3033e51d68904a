import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { Issue } from '../shared/contract/api-types.ts';

// The list of a run's errors and warnings in the page's language (plc-issue-list.ts, with the
// schema's message texts), loaded when a view first has any to show, not with the view: a
// host asks for it while rendering and renders again once it has come.

type IssueListModule = typeof import('./plc-issue-list.ts');

let loaded: IssueListModule | null = null;
let loading: Promise<void> | null = null;

/** The issue list's module once loaded; otherwise null, with the load started and `host` asked to render again when it ends. */
export function issueListReady(host: Pick<LitElement, 'requestUpdate'>): IssueListModule | null {
  if (loaded) return loaded;
  loading ??= import('./plc-issue-list.ts').then(
    (m) => void (loaded = m),
    () => void (loading = null), // offline before the first visit: asked again at the next render
  );
  void loading.then(() => host.requestUpdate());
  return null;
}

/** Why something could not run: words already in the page's language (a fault), or the issues a
 *  refusal gave, which the issue list words in the page's language. */
export type Problem = string | readonly Issue[];

/** A problem as an alert of class `cls`, after the sentence `lead` if given; nothing when there is none. */
export function renderProblem(
  host: Pick<LitElement, 'requestUpdate'>,
  problem: Problem | null,
  cls = 'problem',
  lead: unknown = nothing,
): TemplateResult | typeof nothing {
  if (!problem || problem.length === 0) return nothing;
  if (typeof problem === 'string') return html`<p class=${cls} role="alert">${lead} ${problem}</p>`;
  const lists = issueListReady(host);
  return html`<div class=${cls} role="alert">${lead} ${lists ? html`<plc-issue-list .issues=${problem}></plc-issue-list>` : nothing}</div>`;
}
