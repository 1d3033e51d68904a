// The current scenario, as the user has it in front of them: one of the session's services
// (web/app/session.ts), provided to components through draftContext. The line editor edits it;
// the store (scenario-store.ts) saves it and opens others into it; the simulation follows it.
import { isBilingual, type LocalText } from '../shared/model/local-text.ts';

/** What the app needs to know about any scenario document before the core validates it. */
export interface ScenarioDocument {
  id: string;
  /** Plain text or { vi, en } (web/shared/model/local-text.ts): shown through pickText(). */
  name: LocalText;
  currency?: string;
  units?: { id: string; name?: LocalText; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** True for anything with a string id and name: enough to open it; the core validates the rest. */
export function isScenarioDocument(value: unknown): value is ScenarioDocument {
  const v = value as Partial<ScenarioDocument> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && (typeof v.name === 'string' || isBilingual(v.name));
}

/** `change` of the draft: an edit by the user (saved after the autosave delay) or another
 *  document opened (a stored one, a file, the example). */
export class DraftChangeEvent extends Event {
  constructor(readonly reason: 'edit' | 'open') {
    super('change');
  }
}

/** The current scenario document. Fires a DraftChangeEvent (`change`) whenever it is replaced. */
export class ScenarioDraft extends EventTarget {
  scenario: ScenarioDocument | null = null;

  constructor(
    /** Loaded on first start and offered again when a stored scenario cannot be used. */
    readonly example: ScenarioDocument,
  ) {
    super();
  }

  /** The user's edit (the line editor, the release-method switch): replaces the document. */
  edit(scenario: ScenarioDocument): void {
    this.scenario = scenario;
    this.dispatchEvent(new DraftChangeEvent('edit'));
  }

  /** Another document becomes current (the store opened it); not an edit of this one. */
  open(scenario: ScenarioDocument): void {
    this.scenario = scenario;
    this.dispatchEvent(new DraftChangeEvent('open'));
  }
}
