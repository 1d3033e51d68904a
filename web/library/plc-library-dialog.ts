import { LitElement, css, html, nothing } from 'lit';
import { pickText } from '../app/locale.ts';
import { customElement, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import type SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import { draftContext, libraryContext, storeContext } from '../app/contexts.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import { ImportError, MAX_BUNDLE_BYTES, type ImportIssue, type LibraryListing } from '../common/library.ts';
import { StorageError, type RunRecord } from '../common/db.ts';
import { downloadText } from './library-format.ts';
import { examples, type Example } from './examples.ts';
import { catalogueContext } from '../app/contexts.ts';
import { bundleIssueText, recordProblemText, storageProblemText } from '../common/library-words.ts';
import type { ScenarioActionDetail } from './plc-scenario-list.ts';
import '../common/plc-issue-list.ts';
import './plc-run-history.ts';
import './plc-scenario-list.ts';

/** What the last import did, shown until the next one. */
type ImportReport = { ok: true; names: string[] } | { ok: false; issues: ImportIssue[] };

/**
 * The scenario library: stored scenarios (open, rename, duplicate, export, delete with undo),
 * import and export of files and bundles, and the current scenario's recorded results.
 */
/** An import issue as the list shows it: a bundle's own problem in the page's language (a
 *  scenario's issues are worded by the list from their code). */
function issueShown(issue: ImportIssue): ImportIssue & { code: string } {
  const words = bundleIssueText(issue);
  return words === undefined ? { ...issue, code: issue.code ?? 'import' } : { ...issue, code: 'import', message: words };
}

@localized()
@customElement('plc-library-dialog')
export class PlcLibraryDialog extends LitElement {
  static override styles = css`
    sl-dialog {
      --width: min(60rem, 96vw);
    }
    section {
      margin-bottom: var(--sl-spacing-large);
    }
    h3 {
      font-size: var(--sl-font-size-medium);
      margin: 0 0 var(--sl-spacing-x-small);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-x-small);
      align-items: center;
      margin-bottom: var(--sl-spacing-small);
    }
    sl-alert {
      margin-bottom: var(--sl-spacing-small);
    }
    .file {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    ul.deleted {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    ul.deleted li {
      display: flex;
      gap: var(--sl-spacing-small);
      align-items: center;
      justify-content: space-between;
    }
  `;

  private readonly draft = new ServiceController(this, draftContext);
  private readonly store = new ServiceController(this, storeContext);
  private readonly catalogue = new ServiceController(this, catalogueContext);
  /** Any change of the stored scenarios, here or in another tab, reads the list again. */
  protected readonly library = new ServiceController(this, libraryContext, () => void this.refresh());

  @state() private listing: LibraryListing | null = null;
  @state() private runs: RunRecord[] = [];
  @state() private problem: string | null = null;
  @state() private report: ImportReport | null = null;
  @state() private undoable: { id: string; name: string } | null = null;
  @query('sl-dialog') private dialog!: SlDialog;
  @query('input[type="file"]') private fileInput!: HTMLInputElement;
  /** Opens the dialog with a fresh list. */
  async show(): Promise<void> {
    await this.updateComplete;
    await this.dialog.show();
    await this.refresh();
  }

  hide(): Promise<void> {
    return this.dialog.hide();
  }

  /** Reads the list and the history again (after any change, here or in another tab). */
  async refresh(): Promise<void> {
    const library = this.library.value;
    const current = this.draft.value?.scenario;
    if (!library || !this.dialog?.open) return;
    try {
      this.listing = await library.list();
      this.runs = current ? await library.history(current.id) : [];
      this.problem = null;
    } catch (error) {
      this.problem = this.describe(error);
    }
  }

  private describe(error: unknown): string {
    if (error instanceof StorageError) return storageProblemText(error.problem);
    return error instanceof Error ? error.message : String(error);
  }

  /** Runs a library action; a failure is shown in the dialog, never thrown. */
  private async act(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
      this.problem = null;
    } catch (error) {
      this.problem = this.describe(error);
    }
    await this.refresh();
  }

  private onAction(event: CustomEvent<ScenarioActionDetail>): void {
    const store = this.store.value;
    if (!store) return;
    const { action, id, name } = event.detail;
    const record = this.listing?.scenarios.find((r) => r.id === id);
    switch (action) {
      case 'open':
        void this.act(async () => {
          await store.openStored(id);
          await this.hide();
        });
        break;
      case 'rename':
        if (name) void this.act(() => store.rename(id, name));
        break;
      case 'duplicate':
        void this.act(() => store.library.duplicate(id, msg('(copy)')));
        break;
      case 'export':
        void this.act(async () => {
          const file = await store.library.exportScenario(id);
          downloadText(file.fileName, file.text);
        });
        break;
      case 'delete':
        void this.act(async () => {
          await store.library.remove(id);
          this.undoable = { id, name: pickText(record?.scenario.name) || id };
        });
        break;
    }
  }

  private exportBundle(): Promise<void> {
    return this.act(async () => {
      const file = await this.store.value!.library.exportBundle();
      downloadText(file.fileName, file.text);
    });
  }

  private async importFile(): Promise<void> {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = '';
    const store = this.store.value;
    if (!file || !store) return;
    if (file.size > MAX_BUNDLE_BYTES) {
      // Refused before it is read: a huge file would only fill the memory.
      this.report = { ok: false, issues: [{ path: '', code: 'too_large', params: { bytes: file.size, maxBytes: MAX_BUNDLE_BYTES }, message: '' }] };
      return;
    }
    try {
      const outcome = await store.library.importText(await file.text(), msg('(imported)'));
      this.report = { ok: true, names: outcome.scenarios.map((s) => pickText(s.name)) };
    } catch (error) {
      this.report = error instanceof ImportError ? { ok: false, issues: error.issues } : { ok: false, issues: [{ path: '', message: this.describe(error) }] };
    }
    await this.refresh();
  }

  private newFrom(example: Example): Promise<void> {
    return this.act(async () => {
      const catalogue = this.catalogue.value;
      if (example.needsCatalogue && catalogue && !catalogue.measures) await catalogue.load();
      await this.store.value!.openAsNew(await example.make(catalogue?.measures ?? null), msg('(new)'));
      await this.hide();
    });
  }

  private undo(): void {
    const undoable = this.undoable;
    this.undoable = null;
    if (undoable) void this.act(() => this.store.value!.library.restore(undoable.id));
  }

  private renderNotices() {
    const storage = this.store.value?.storageError;
    const corrupt = this.listing?.corrupt ?? [];
    return html` <sl-alert variant="primary" open data-testid="clearable-note">
        ${msg('Scenarios are kept in this browser only. Clearing browsing data, or the browser itself when space runs short, deletes them: export a bundle now and then to keep a copy.')}
        <sl-button size="small" data-action="export-bundle-note" @click=${() => this.exportBundle()}>${msg('Export all now')}</sl-button>
      </sl-alert>
      ${storage ? html`<sl-alert variant="warning" open data-testid="storage-warning">${msg('Your work is not being saved in this browser.')} ${storageProblemText(storage.problem)}</sl-alert>` : nothing}
      ${this.problem ? html`<sl-alert variant="danger" open data-testid="library-problem">${this.problem}</sl-alert>` : nothing}
      ${
        corrupt.length > 0
          ? html`<sl-alert variant="warning" open data-testid="corrupt-records">
              ${msg(str`${corrupt.length} stored record(s) are damaged and were skipped:`)}
              <plc-issue-list .issues=${corrupt.map((c) => ({ path: c.key, code: 'corrupt', message: recordProblemText(c.reason) }))}></plc-issue-list>
            </sl-alert>`
          : nothing
      }
      ${
        this.undoable
          ? keyed(
              this.undoable.id,
              html`<sl-alert
                variant="neutral"
                open
                closable
                duration="10000"
                data-testid="undo-toast"
                role="status"
                @sl-after-hide=${() => (this.undoable = null)}
              >
                ${msg(str`“${this.undoable.name}” was deleted.`)}
                <sl-button size="small" data-action="undo" @click=${() => this.undo()}>${msg('Undo')}</sl-button>
              </sl-alert>`,
            )
          : nothing
      }`;
  }

  private renderReport() {
    const report = this.report;
    if (!report) return nothing;
    if (report.ok) {
      return html`<sl-alert variant="success" open closable data-testid="import-report">${msg(str`Imported: ${report.names.join(', ')}.`)}</sl-alert>`;
    }
    return html`<sl-alert variant="danger" open closable data-testid="import-report">
      <strong>${msg('The file was not imported:')}</strong>
      <plc-issue-list .issues=${report.issues.map(issueShown)}></plc-issue-list>
    </sl-alert>`;
  }

  override render() {
    const store = this.store.value;
    const deleted = this.listing?.deleted ?? [];
    return html`<sl-dialog label=${msg('Scenario library')} @sl-after-hide=${(e: Event) => e.target === this.dialog && (this.report = null)}>
      ${this.renderNotices()}
      <section data-testid="new-from-example">
        <h3>${msg('New from example')}</h3>
        <div class="toolbar">
          ${examples().map((e) => html`<sl-button size="small" data-example=${e.id} @click=${() => this.newFrom(e)}>${e.label}</sl-button>`)}
        </div>
      </section>
      <section>
        <div class="toolbar">
          <input
            class="file"
            type="file"
            accept=".json,application/json"
            aria-label=${msg('Scenario or bundle file')}
            @change=${() => void this.importFile()}
          />
          <sl-button size="small" data-action="import" @click=${() => this.fileInput.click()}>${msg('Import file…')}</sl-button>
          <sl-button size="small" data-action="export-bundle" @click=${() => this.exportBundle()}>${msg('Export bundle (scenarios and results)')}</sl-button>
        </div>
        ${this.renderReport()}
        <plc-scenario-list
          .scenarios=${this.listing?.scenarios ?? []}
          currentId=${this.draft.value?.scenario?.id ?? ''}
          @plc-scenario-action=${(e: CustomEvent<ScenarioActionDetail>) => this.onAction(e)}
        ></plc-scenario-list>
      </section>
      ${
        deleted.length > 0
          ? html`<section>
              <h3>${msg('Recently deleted')}</h3>
              <ul class="deleted">
                ${deleted.map(
                  (r) =>
                    html`<li data-id=${r.id}>
                      <span>${pickText(r.scenario.name)}</span>
                      <sl-button size="small" data-action="restore" @click=${() => this.act(() => store!.library.restore(r.id))}>${msg('Restore')}</sl-button>
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      <section>
        <h3>${msg('Results recorded for the open scenario')}</h3>
        <plc-run-history
          .runs=${this.runs}
          @plc-open-run=${(e: CustomEvent<RunRecord>) =>
            this.act(async () => {
              await store?.openRun(e.detail, msg(str`(revision ${e.detail.scenarioRevision})`));
              await this.hide();
            })}
        ></plc-run-history>
      </section>
      <sl-button slot="footer" @click=${() => this.hide()}>${msg('Close')}</sl-button>
    </sl-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-library-dialog': PlcLibraryDialog;
  }
}
