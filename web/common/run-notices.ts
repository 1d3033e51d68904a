// The notices a view shows above the results of its run: that the run was cancelled or failed, and
// that the results shown are stale (for an earlier scenario, or for other settings than those
// typed). Dynamics and Uncertainty word them the same; each passes the class its notices take.
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import type { RunStatus } from './run.ts';

/** "The run was cancelled." or the fault under a heading of the view's words; nothing otherwise. */
export function runEndNotice(state: { status: RunStatus; error: string | null } | undefined, failed: string, className: string) {
  if (state?.status === 'cancelled') return html`<p class=${className} role="status">${msg('The run was cancelled.')}</p>`;
  if (state?.status === 'failed') return html`<sl-alert variant="danger" open><strong>${failed}</strong> ${state.error}</sl-alert>`;
  return nothing;
}

/** Why the results shown are stale: an earlier scenario first, else settings typed since the last run. */
export function staleNotice(staleScenario: boolean, settingsPending: boolean, className: string) {
  if (staleScenario) return html`<p class=${className} data-testid="stale">${msg('These results are for an earlier scenario; press Run to update them.')}</p>`;
  if (settingsPending) {
    return html`<p class=${className} data-testid="stale">
      ${msg('These results are for the settings of the last run, not the ones typed above; press Run to update them.')}
    </p>`;
  }
  return nothing;
}
