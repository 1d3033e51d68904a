import { LitElement, css, html, nothing } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import { sessionContext } from '../services/contexts.ts';
import type { ScenarioSession } from '../services/session.ts';
import './plc-issue-list.ts';
import './plc-pcddf-chart.ts';
import './plc-result-figures.ts';

/** The workbench view: the current scenario's headline results and the PCDD/F chart. */
@customElement('plc-workbench')
export class PlcWorkbench extends LitElement {
  static override styles = css`
    :host { display: block; }
    h2 { margin: 0; font-size: var(--sl-font-size-x-large); }
    h2:focus { outline: none; }
    .intro { margin: var(--sl-spacing-2x-small) 0 var(--sl-spacing-medium); color: var(--sl-color-neutral-700); }
    section { margin-bottom: var(--sl-spacing-large); }
    .status { display: flex; flex-wrap: wrap; align-items: center; gap: var(--sl-spacing-small); min-height: 2.5rem; }
    sl-alert { margin-bottom: var(--sl-spacing-medium); }
    .panel { background: var(--sl-color-neutral-0); border: 1px solid var(--sl-color-neutral-200);
      border-radius: var(--sl-border-radius-large); padding: var(--sl-spacing-medium); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  @consume({ context: sessionContext, subscribe: true })
  session?: ScenarioSession;

  @query('h2') private headingEl!: HTMLElement;
  private readonly onChange = () => this.requestUpdate();
  private listeningTo?: ScenarioSession;

  focusHeading(): void {
    this.headingEl?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeningTo?.removeEventListener('change', this.onChange);
    this.listeningTo = undefined;
  }

  override willUpdate(): void {
    if (this.session !== this.listeningTo) this.listen();
  }

  private listen(): void {
    this.listeningTo?.removeEventListener('change', this.onChange);
    this.listeningTo = this.session;
    this.session?.addEventListener('change', this.onChange);
  }

  private renderRun() {
    const session = this.session;
    const run = session?.run;
    if (!session || !run || run.status === 'idle') return html`<p class="status">${msg('Loading the scenario…')}</p>`;
    switch (run.status) {
      case 'running':
        return html`<div class="status" role="status">
          <sl-spinner aria-hidden="true"></sl-spinner><span>${msg('Simulating…')}</span>
          <sl-button size="small" @click=${() => session.cancel()}>${msg('Cancel')}</sl-button>
        </div>`;
      case 'cancelled':
        return html`<div class="status" role="status">
          <span>${msg('The simulation was cancelled.')}</span>
          <sl-button size="small" variant="primary" @click=${() => session.simulate()}>${msg('Run again')}</sl-button>
        </div>`;
      case 'failed':
        return html`<sl-alert variant="danger" open>
          <strong>${msg('The simulation could not run.')}</strong> ${run.message}
          <div><sl-button size="small" @click=${() => session.simulate()}>${msg('Try again')}</sl-button></div>
        </sl-alert>`;
      case 'done': {
        const outcome = run.outcome;
        const warnings = outcome.warnings.length
          ? html`<sl-alert variant="warning" open><strong>${msg('Warnings')}</strong>
              <plc-issue-list .issues=${outcome.warnings}></plc-issue-list></sl-alert>`
          : nothing;
        if (!outcome.ok) {
          return html`<sl-alert variant="danger" open data-testid="errors">
              <strong>${msg('This scenario cannot be simulated:')}</strong>
              <plc-issue-list .issues=${outcome.errors}></plc-issue-list>
              <div><sl-button size="small" @click=${() => session.open(session.defaultScenario)}
                >${msg('Open the example scenario instead')}</sl-button></div>
            </sl-alert>${warnings}`;
        }
        return html`
          <p class="visually-hidden" role="status">${msg('Results updated.')}</p>
          ${warnings}
          <section aria-labelledby="figures-title">
            <h3 id="figures-title" class="visually-hidden">${msg('Headline figures')}</h3>
            <plc-result-figures .result=${outcome.result} .scenario=${session.scenario ?? undefined}></plc-result-figures>
          </section>
          <section class="panel">
            <plc-pcddf-chart .bySource=${outcome.result.pcddf.bySource}></plc-pcddf-chart>
          </section>`;
      }
    }
  }

  override render() {
    const site = this.session?.scenario?.site as { name?: string; province?: string } | undefined;
    const place = [site?.name, site?.province].filter(Boolean).join(', ');
    return html`
      <h2 tabindex="-1">${msg('Workbench')}</h2>
      <p class="intro">${place ? msg(str`Results per year for the line in ${place}.`) : msg('Results per year for the current line.')}</p>
      ${this.renderRun()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-workbench': PlcWorkbench;
  }
}
