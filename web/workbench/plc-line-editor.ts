import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { addUnit, duplicateUnit, forgetProvenance, moveUnit, removeUnit, setAt, type Draft } from '../shared/model/line-draft.ts';
import { getAt } from '../shared/io/json-pointer.ts';
import { UNIT_TYPES } from '../shared/model/keys.ts';
import type { ValidationIssue, ValidationResult } from '../shared/model/scenario-schema.ts';
import { EditFastPath } from '../shared/model/edit-fast-path.ts';
import { messageLang } from '../app/locale.ts';
import type { ScenarioDocument } from '../app/session.ts';
import { unitTypeLabel } from '../common/fields/editor-fields.ts';
import { editorStyles } from './editor-styles.ts';
import { lineEditorStyles } from './line-editor-styles.ts';
import { buttonStyles } from '../common/button-styles.ts';
import { EDITED_BY_YOU, RESCALED, type FieldEditDetail, type ProvenanceEntry } from '../common/fields/plc-number-field.ts';
import type { PlcUnitEditor, UnitAction } from './plc-unit-editor.ts';
import './plc-bounds-help.ts';
import './plc-composition-editor.ts';
import './plc-factor-sources.ts';
import './plc-feed-editor.ts';
import './plc-other-costs-editor.ts';
import './plc-prices-editor.ts';
import './plc-routes-editor.ts';
import './plc-unit-editor.ts';

/** The schema's message texts and the list that shows them: they load with the first problem to
 *  show (or as soon as a field gets the focus), not with the page. */
let messages: typeof import('../shared/model/schema-messages.ts') | null = null;
const loadMessages = () =>
  Promise.all([import('../shared/model/schema-messages.ts'), import('../common/plc-issue-list.ts')]).then(([m]) => void (messages = m));

/** The schema's sentence without the "units/4/capacityKgPerHour (Extruder): " that the field
 *  already shows (once the message texts have loaded: the editor shows a problem only then). */
export function fieldMessage(issue: ValidationIssue, lang = messageLang()): string {
  if (!messages) throw new Error('fieldMessage before the message texts loaded');
  const prefix = `${messages.describeWhere(issue, lang)}: `;
  const message = messages.formatIssueMessage(issue, lang);
  const text = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

let nextKey = 1;

/** The full schema (and zod) loads with the first edit that needs it, not with the page. */
const loadSchema = () => import('../shared/model/scenario-schema.ts');

/** The scenario without its release method: what the method switch leaves alone. */
const apartFromReleases = (s: object) => JSON.stringify({ ...s, releases: undefined });

/** After a group edit (`value` at `pointer`, the user having typed `edited`): the rescaled set plus
 *  every other number of the group that changed, less the one typed. Normalising (`edited` is the
 *  group itself) rescales every share that moved. */
function rescaledShares(before: ReadonlySet<string>, draft: Draft, pointer: string, value: unknown, edited: string): Set<string> {
  const next = new Set(before);
  next.delete(edited);
  if (value === null || typeof value !== 'object') return next;
  const old = getAt(draft, pointer) as Record<string, unknown> | undefined;
  for (const [key, v] of Object.entries(value)) {
    const at = `${pointer}/${key}`;
    if (at !== edited && typeof v === 'number' && old?.[key] !== v) next.add(at);
  }
  return next;
}

/**
 * The line editor: calendar and feed, the units in line order, residue routes, prices, bricks and
 * wastewater. It keeps its own draft: every edit is validated by the one schema module and the
 * messages appear beside their fields; an invalid draft stays in the editor as typed, and only a
 * valid one goes out, as `plc-scenario-edit` ({ scenario }).
 */
@localized()
@customElement('plc-line-editor')
export class PlcLineEditor extends LitElement {
  static override styles = [buttonStyles, editorStyles, lineEditorStyles];

  /** The session's current scenario; a new one from outside (opened, loaded) replaces the draft. */
  @property({ attribute: false }) scenario?: ScenarioDocument | null;

  @state() private draft: Draft | null = null;
  @state() private issues: ValidationIssue[] = [];
  private errorMap: ReadonlyMap<string, string> = new Map();
  /** Stable keys of the units, so a moved unit keeps its element (and its open details). */
  private keys: number[] = [];
  /** Scenarios this editor sent out: when one comes back as `scenario`, the draft stays. */
  private readonly sent = new WeakSet<object>();
  /** The last valid scenario the draft was based on (received or sent). */
  private base: object | null = null;
  private focusAfterMove: { key: number; action: UnitAction } | null = null;
  /** Checks only the changed number of an edit where that is enough (the full schema otherwise). */
  private readonly fastPath = new EditFastPath();
  /** Counts validations asked for: a full validation still loading gives way to a later edit. */
  private checks = 0;
  /** The full validation still running, if any: updateComplete waits for it. */
  private pending: Promise<void> | null = null;

  /** The numbers the user typed since this scenario was opened (their source no longer applies). */
  @state() private edited = new Set<string>();
  /** The shares the app rescaled to keep their group at 1 (not typed by the user), since the scenario was opened. */
  @state() private rescaled = new Set<string>();
  /** Whether the draft as typed could run: told to the page as `plc-draft-validity` when it changes. */
  private draftValid = true;

  /** The draft as it stands (possibly invalid), for tests and callers. */
  get currentDraft(): Draft | null {
    return this.draft;
  }

  /** The scenario coming back is the draft this editor sent: nothing on screen changes. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return !(changed.size === 1 && changed.has('scenario') && this.scenario && this.sent.has(this.scenario));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenario') && this.scenario && !this.sent.has(this.scenario)) {
      // The release method switched elsewhere (Workbench, Compare…): keep what is being typed,
      // even an invalid draft, and take only the new `releases`.
      if (this.draft && this.base && apartFromReleases(this.scenario) === apartFromReleases(this.base)) {
        this.draft = setAt(this.draft, '/releases', this.scenario.releases);
        this.base = this.scenario;
        return;
      }
      this.base = this.scenario;
      if ((this.draft as { id?: unknown } | null)?.id !== this.scenario.id) {
        this.edited = new Set();
        this.rescaled = new Set();
      }
      this.draft = this.scenario as unknown as Draft;
      this.issues = [];
      this.errorMap = new Map();
      this.keys = (this.scenario.units ?? []).map(() => nextKey++);
      this.announceValidity(true);
    }
  }

  protected override updated(): void {
    const pending = this.focusAfterMove;
    if (!pending) return;
    this.focusAfterMove = null;
    const editor = this.renderRoot.querySelector<PlcUnitEditor>(`plc-unit-editor[data-key="${pending.key}"]`);
    void editor?.updateComplete.then(() => editor.focusControl(pending.action));
  }

  constructor() {
    super();
    // A field that gets the focus is about to be edited: the schema loads then, not with the page.
    this.addEventListener('focusin', () => void Promise.all([loadSchema(), loadMessages()]).catch(() => undefined), { once: true });
  }

  /** Waits for a full validation still running, so that whoever awaits an update finds its
   *  messages shown, as when the schema came with the page. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private commit(draft: Draft): void {
    this.draft = draft;
    const check = ++this.checks;
    const quick = this.fastPath.check(draft);
    if (quick) return this.settle(draft, quick);
    this.wait(
      loadSchema().then(({ validateScenario }) => {
        if (check !== this.checks) return;
        const checked = validateScenario(draft);
        this.fastPath.record(draft, checked);
        this.settle(draft, checked);
      }),
    );
  }

  /** Work that updateComplete waits for (getUpdateComplete). */
  private wait(work: Promise<void>): void {
    const pending: Promise<void> = work
      .catch(() => undefined) // the schema or its messages could not load (offline before the first visit): the draft stays unchecked and unsent
      .finally(() => {
        if (this.pending === pending) this.pending = null;
      });
    this.pending = pending;
  }

  /** Shows the verdict on the draft beside its fields; a valid draft goes out. */
  private settle(draft: Draft, checked: ValidationResult): void {
    // Still no problem: the same (empty) issues and messages, so that no field re-renders for them.
    if (checked.ok && this.issues.length === 0) return this.send(draft);
    if (!messages) {
      // The first problem to show: its words load first (the draft is not sent meanwhile).
      const check = this.checks;
      return this.wait(loadMessages().then(() => void (check === this.checks && this.settle(draft, checked))));
    }
    this.issues = checked.ok ? [] : checked.errors;
    const map = new Map<string, string>();
    for (const issue of this.issues) if (!map.has(issue.path)) map.set(issue.path, fieldMessage(issue));
    this.errorMap = map;
    if (checked.ok) this.send(draft);
    else this.announceValidity(false);
  }

  /** A valid draft goes out as `plc-scenario-edit`. */
  private send(draft: Draft): void {
    this.announceValidity(true);
    this.sent.add(draft);
    this.base = draft;
    this.dispatchEvent(new CustomEvent('plc-scenario-edit', { detail: { scenario: draft }, bubbles: true, composed: true }));
  }

  /** `plc-draft-validity` ({ valid }): the results beside the editor are stale while the draft cannot run. */
  private announceValidity(valid: boolean): void {
    if (valid === this.draftValid) return;
    this.draftValid = valid;
    this.dispatchEvent(new CustomEvent('plc-draft-validity', { detail: { valid }, bubbles: true, composed: true }));
  }

  private onFieldEdit(event: CustomEvent<FieldEditDetail>): void {
    if (!this.draft) return;
    event.stopPropagation();
    const { pointer, value, edited } = event.detail;
    if (!this.edited.has(edited ?? pointer)) this.edited = new Set(this.edited).add(edited ?? pointer);
    if (edited) this.rescaled = rescaledShares(this.rescaled, this.draft, pointer, value, edited);
    this.commit(forgetProvenance(setAt(this.draft, pointer, value), edited ?? pointer));
  }

  private onUnitAction(event: CustomEvent<{ index: number; action: UnitAction }>): void {
    if (!this.draft) return;
    event.stopPropagation();
    const { index, action } = event.detail;
    const keys = [...this.keys];
    let draft = this.draft;
    if (action === 'up' || action === 'down') {
      const to = action === 'up' ? index - 1 : index + 1;
      if (to < 0 || to >= keys.length) return;
      draft = moveUnit(draft, index, to);
      const [key] = keys.splice(index, 1);
      keys.splice(to, 0, key);
      this.focusAfterMove = { key, action };
    } else if (action === 'duplicate') {
      draft = duplicateUnit(draft, index, msg('copy'));
      keys.splice(index + 1, 0, nextKey++);
    } else {
      draft = removeUnit(draft, index);
      keys.splice(index, 1);
    }
    this.keys = keys;
    this.commit(draft);
  }

  private add(): void {
    if (!this.draft) return;
    const type = this.renderRoot.querySelector<HTMLSelectElement>('#new-type')?.value ?? 'sorting';
    this.keys = [...this.keys, nextKey++];
    this.commit(addUnit(this.draft, { id: type, type, name: unitTypeLabel(type), capacityKgPerHour: 200, workers: 1 }));
  }

  private section(title: string, body: unknown, open = true) {
    return html`<details class="section" ?open=${open}>
      <summary>${title}</summary>
      ${body}
    </details>`;
  }

  /** The provenance the fields show, and what it was made from: the same object while they stay. */
  private shownProvenance: { from: [unknown, Set<string>, Set<string>]; value: Record<string, ProvenanceEntry> } | null = null;

  /** The draft's provenance, where a number the user typed in this scenario shows "edited by you"
   *  and a share the app rescaled shows so. */
  private provenanceOf(d: Draft): Record<string, ProvenanceEntry> {
    const from: [unknown, Set<string>, Set<string>] = [d.provenance, this.edited, this.rescaled];
    const shown = this.shownProvenance;
    if (shown && shown.from.every((x, i) => x === from[i])) return shown.value;
    const provenance = { ...((d.provenance ?? {}) as Record<string, ProvenanceEntry>) };
    for (const pointer of this.edited) if (!(pointer in provenance)) provenance[pointer] = { source: '', status: EDITED_BY_YOU };
    for (const pointer of this.rescaled) {
      if (!this.edited.has(pointer)) provenance[pointer] = { source: provenance[pointer]?.source ?? '', status: RESCALED };
    }
    this.shownProvenance = { from, value: provenance };
    return provenance;
  }

  override render() {
    const d = this.draft as (Draft & { units?: Record<string, unknown>[]; currency?: string }) | null;
    if (!d) return html`<p>${msg('Loading the scenario…')}</p>`;
    const errors = this.errorMap;
    const provenance = this.provenanceOf(d);
    const currency = typeof d.currency === 'string' ? d.currency : 'VND';
    const units = d.units ?? [];
    const count = this.issues.length;
    return html`
      <div @plc-field-edit=${this.onFieldEdit} @plc-unit-action=${this.onUnitAction}>
        ${
          count > 0
            ? html`<div class="problems" role="alert" data-testid="draft-problems">
                <strong
                  >${
                    count === 1
                      ? msg('1 problem in this draft: the results still show the last valid line.')
                      : msg(str`${count} problems in this draft: the results still show the last valid line.`)
                  }</strong
                >
                <plc-issue-list .issues=${this.issues}></plc-issue-list>
              </div>`
            : nothing
        }
        <p class="hint">
          ${msg('Each value shows its source and status on hover or focus of its letter: R read in the source, M unverified, D derived, E estimate.')}
        </p>
        ${this.section(
          msg('Calendar and feed'),
          html`<plc-feed-editor
            .calendar=${d.calendar as Record<string, unknown>}
            .feed=${d.feed as Record<string, unknown>}
            currency=${currency}
            .errors=${errors}
            .provenance=${provenance}
          ></plc-feed-editor>`,
        )}
        ${this.section(
          msg(str`Units in line order (${units.length})`),
          html` ${errors.get('/units') ? html`<p class="error">${errors.get('/units')}</p>` : nothing}
            <ol class="units" aria-label=${msg('Units in line order')}>
              ${repeat(
                units,
                (_, i) => this.keys[i],
                (unit, i) =>
                  html`<li>
                    <plc-unit-editor
                      data-key=${this.keys[i]}
                      .unit=${unit}
                      index=${i}
                      count=${units.length}
                      .errors=${errors}
                      .provenance=${provenance}
                    ></plc-unit-editor>
                  </li>`,
              )}
            </ol>
            <div class="add">
              <div class="text-field">
                <label for="new-type">${msg('Type of the new unit')}</label>
                <select id="new-type">
                  ${UNIT_TYPES.map((t) => html`<option value=${t}>${unitTypeLabel(t)}</option>`)}
                </select>
              </div>
              <button type="button" class="btn" data-testid="add-unit" @click=${this.add}>${msg('Add a unit at the end of the line')}</button>
            </div>`,
        )}
        ${this.section(
          msg('Residues: where the rejects go'),
          html`<plc-routes-editor .residues=${d.residues as Record<string, unknown>} .errors=${errors} .provenance=${provenance}></plc-routes-editor>`,
        )}
        ${this.section(
          msg('Prices, bricks and wastewater'),
          html`<plc-prices-editor
            .prices=${d.prices as Record<string, unknown>}
            .bricks=${d.bricks as Record<string, unknown> | undefined}
            .wastewater=${d.wastewater as Record<string, unknown> | undefined}
            currency=${currency}
            .errors=${errors}
            .provenance=${provenance}
          ></plc-prices-editor>`,
          false,
        )}
        ${this.section(
          msg(str`Other costs (${Array.isArray(d.otherCosts) ? d.otherCosts.length : 0})`),
          html`<plc-other-costs-editor .otherCosts=${d.otherCosts} currency=${currency} .errors=${errors}></plc-other-costs-editor>`,
          false,
        )}
        ${this.section(msg('Emission factors and their sources'), html`<plc-factor-sources .overrides=${d.emissionFactors}></plc-factor-sources>`, false)}
        ${this.section(msg('Accepted ranges'), html`<plc-bounds-help></plc-bounds-help>`, false)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-line-editor': PlcLineEditor;
  }
}
