import type { CoreInfo } from '../shared/contract/api-types.ts';
import { ConflictError, CorruptRecordError, StorageError, type RunRecord, type ScenarioDb, type ScenarioRecord } from '../common/db.ts';
import type { FaultCenter } from '../common/fault-center.ts';
import { ScenarioLibrary } from '../common/library.ts';
import { RunRecorder } from '../common/run-history.ts';
import { Autosave } from './autosave.ts';
import { DraftChangeEvent, isScenarioDocument, type ScenarioDocument, type ScenarioDraft } from './scenario-draft.ts';
import { TabChannel, type TabMessage } from './tab-channel.ts';

export interface StoreOptions {
  /** Milliseconds an edit waits for the next one before it is saved (default 800). */
  autosaveDelayMs?: number;
  /** BroadcastChannel shared by the tabs using the same database. */
  channelName?: string;
  /** Name suffixes, translated by the caller; English by default. */
  words?: { myCopy: string; discarded: string };
}

/** A save found a newer revision stored by another tab; this tab's edit stays in memory. */
export interface SaveConflict {
  theirs: ScenarioRecord;
}

/** Soft-deleted scenarios are purged after this long. */
const KEEP_DELETED_MS = 30 * 24 * 3600 * 1000;

/**
 * Where the draft is kept: autosave of every edit, the stored revision it is based on, conflicts
 * with other tabs, opening stored scenarios and recorded runs, the library and the run history.
 * The only writer of the current scenario; storage failures are noted (`storageError`), never
 * thrown, and the app carries on without storage. Fires `change`.
 */
export class ScenarioStore extends EventTarget {
  /** Set when storage failed; the app carries on without it. */
  storageError: StorageError | null = null;
  /** The stored revision the current scenario is based on (0 before it is first stored). */
  revision = 0;
  /** True while the current scenario has an edit not yet stored. */
  unsaved = false;
  /** Set when a save met a newer revision from another tab, until the user chooses. */
  conflict: SaveConflict | null = null;
  /** List, rename, duplicate, delete, import and export (the Library dialog). */
  readonly library: ScenarioLibrary;
  private readonly autosave: Autosave;
  private readonly channel: TabChannel;
  private readonly recorder: RunRecorder;
  private readonly words: { myCopy: string; discarded: string };
  /** How the current scenario is saved: on top of `revision`, or 'adopt' (opened from outside:
   *  stored as the next revision whatever is stored, as version 1 did). */
  private base: { id: string; revision: number | 'adopt' } | null = null;

  constructor(
    private readonly draft: ScenarioDraft,
    readonly db: ScenarioDb,
    /** Told of a damaged stored record. */
    private readonly faults: FaultCenter,
    /** The core's versions, written into each recorded run's provenance. */
    coreInfo: () => Promise<CoreInfo>,
    options: StoreOptions = {},
  ) {
    super();
    this.words = options.words ?? { myCopy: '(my copy)', discarded: '(replaced by another tab)' };
    this.autosave = new Autosave((o) => this.saveNow(o), options.autosaveDelayMs);
    this.channel = new TabChannel(options.channelName ?? `plc-library:${db.name}`, (m) => void this.onTabMessage(m));
    this.library = new ScenarioLibrary(db, (change) => this.channel.post(change));
    this.recorder = new RunRecorder(
      db,
      coreInfo,
      () => this.library.notify(),
      (e) => this.noteStorageIfStorage(e),
    );
    draft.addEventListener('change', (event) => {
      if (!(event instanceof DraftChangeEvent) || event.reason !== 'edit') return;
      this.unsaved = true;
      this.changed();
      this.autosave.schedule();
    });
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** Opens the last stored scenario (or the example one); starts autosaving on page hide and
   *  listening to other tabs (`dispose()` stops). */
  async start(): Promise<void> {
    this.autosave.attach();
    this.channel.open();
    let stored: ScenarioRecord | undefined;
    try {
      stored = await this.db.getLastRecord();
      void this.db.purgeDeleted(Date.now() - KEEP_DELETED_MS).catch(() => undefined);
    } catch (error) {
      this.noteStorage(error);
    }
    if (stored && isScenarioDocument(stored.scenario)) await this.adopt(stored);
    else await this.open(this.draft.example);
  }

  /** Stops listening to the page and the other tabs. */
  dispose(): void {
    this.autosave.dispose();
    this.channel.close();
  }

  /** Makes `scenario` the current one and remembers it. */
  async open(scenario: ScenarioDocument): Promise<void> {
    await this.leaveCurrent();
    this.base = { id: scenario.id, revision: 'adopt' };
    this.unsaved = true;
    this.conflict = null;
    this.draft.open(scenario);
    this.changed();
    await this.autosave.flush();
  }

  /** Stores `scenario` as a new scenario (a fresh id and a suffixed name when its own are taken:
   *  an example never overwrites what the user made of it before) and opens it. */
  async openAsNew(scenario: ScenarioDocument, nameSuffix: string): Promise<void> {
    await this.leaveCurrent();
    try {
      const [copy] = await this.db.importBatch({ scenarios: [scenario], runs: [], takenSuffix: nameSuffix, takenIdSuffix: 'new' });
      const record = await this.db.getRecord(copy.id);
      this.library.notify();
      if (record) await this.adopt(record);
    } catch (error) {
      this.noteStorage(error);
    }
  }

  /** Saves a pending edit now. */
  flush(): Promise<void> {
    return this.autosave.flush();
  }

  /** Opens a stored scenario (the current one's pending edit is saved first). */
  async openStored(id: string): Promise<void> {
    await this.leaveCurrent();
    let record: ScenarioRecord | undefined;
    try {
      record = await this.db.getRecord(id);
    } catch (error) {
      this.noteStorage(error);
    }
    if (record) await this.adopt(record);
  }

  /** Re-opens the scenario revision a recorded run was computed from, as a new scenario (the
   *  stored one may have changed since; neither is overwritten). */
  async openRun(run: RunRecord, nameSuffix: string): Promise<void> {
    await this.leaveCurrent();
    try {
      const [copy] = await this.db.importBatch({ scenarios: [run.scenario], runs: [], takenSuffix: nameSuffix, takenIdSuffix: `r${run.scenarioRevision}` });
      const record = await this.db.getRecord(copy.id);
      this.library.notify();
      if (record) await this.adopt(record);
    } catch (error) {
      this.noteStorage(error);
    }
  }

  /** Renames a scenario; the current one through an edit, so nothing pending is lost. */
  async rename(id: string, name: string): Promise<void> {
    const current = this.draft.scenario;
    if (current && current.id === id) {
      this.draft.edit({ ...current, name });
      await this.flush();
    } else {
      await this.library.rename(id, name);
    }
  }

  /** Conflict answer: this tab's edit becomes a new scenario; the other tab's stays as saved. */
  async keepMineAsCopy(): Promise<void> {
    if (!this.conflict) return;
    const record = await this.storeMineAsCopy(false);
    if (record) await this.adopt(record);
  }

  /** Conflict answer: open the other tab's revision; this tab's edit is kept as a deleted copy
   *  (restorable from the library's recently deleted list). */
  async loadTheirs(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    if (!(await this.storeMineAsCopy(true))) return;
    try {
      let theirs = await this.db.getRecord(conflict.theirs.id);
      if (theirs?.deletedAt !== null && theirs) theirs = await this.db.restore(theirs.id);
      if (theirs) await this.adopt(theirs);
    } catch (error) {
      this.noteStorage(error);
    }
  }

  /** A steady-state run of `scenario` finished: recorded once that revision is stored. */
  noteRun(scenario: ScenarioDocument, result: unknown): void {
    void this.recorder.noteRun(scenario, result);
  }

  /** Recorded runs so far are written (tests and the history list wait for this). */
  historySettled(): Promise<void> {
    return this.recorder.settled();
  }

  /** Makes a stored record current. */
  private async adopt(record: ScenarioRecord): Promise<void> {
    this.base = { id: record.id, revision: record.revision };
    this.revision = record.revision;
    this.unsaved = false;
    this.conflict = null;
    this.draft.open(record.scenario as ScenarioDocument);
    this.changed();
    void this.recorder.noteSaved(record);
    await this.db.setLastScenarioId(record.id).catch((error: unknown) => this.noteStorage(error));
  }

  /** Before another scenario becomes current: its edit is saved, or kept as a copy on conflict. */
  private leaveCurrent(): Promise<void> {
    return this.autosave.flush({ leaving: true });
  }

  /** The one writer of the current scenario (through Autosave, so writes never overlap). */
  private async saveNow({ leaving }: { leaving: boolean }): Promise<void> {
    const scenario = this.draft.scenario;
    if (!scenario) return;
    if (this.conflict) {
      // Unanswered while the page goes away: keep this tab's edit as a scenario of its own.
      if (leaving && this.unsaved) await this.storeMineAsCopy(false);
      return;
    }
    if (!this.unsaved) return;
    this.unsaved = false;
    const base = this.base?.id === scenario.id ? this.base.revision : 0;
    try {
      let record: ScenarioRecord;
      if (base === 'adopt') {
        // A document opened from outside replaces what is stored under its id, as in version 1
        // (the previous revisions' results keep their documents in the run history).
        record = await this.db.saveScenario(scenario);
        if (record.deletedAt !== null) record = await this.db.restore(record.id);
      } else {
        record = await this.db.save(scenario, { expectedRevision: base });
      }
      this.base = { id: record.id, revision: record.revision };
      this.revision = record.revision;
      this.storageError = null;
      await this.db.setLastScenarioId(record.id);
      this.channel.post({ type: 'saved', id: record.id, revision: record.revision });
      this.library.notify();
      void this.recorder.noteSaved(record);
      this.changed();
    } catch (error) {
      this.unsaved = true;
      if (error instanceof ConflictError) {
        this.conflict = { theirs: error.theirs };
        this.changed();
      } else {
        this.noteStorage(error);
      }
    }
  }

  /** Stores the current edit under a new id (deleted when `asDeleted`); ends the conflict. */
  private async storeMineAsCopy(asDeleted: boolean): Promise<ScenarioRecord | null> {
    const mine = this.draft.scenario;
    if (!mine) return null;
    try {
      const suffix = asDeleted ? this.words.discarded : this.words.myCopy;
      const [copy] = await this.db.importBatch({ scenarios: [mine], runs: [], takenSuffix: suffix, takenIdSuffix: 'copy' });
      const record = asDeleted ? await this.db.softDelete(copy.id) : await this.db.getRecord(copy.id);
      this.unsaved = false;
      this.conflict = null;
      this.library.notify();
      this.channel.post({ type: 'changed', ids: [copy.id] });
      return record ?? null;
    } catch (error) {
      this.noteStorage(error);
      return null;
    }
  }

  /** Another tab saved or changed scenarios: refresh lists; follow it for the current one. */
  private async onTabMessage(message: TabMessage): Promise<void> {
    this.library.notify();
    const id = this.draft.scenario?.id;
    const named = message.type === 'saved' ? [message.id] : message.ids;
    if (!id || !named.includes(id) || this.conflict) return;
    if (this.unsaved || this.autosave.pending) {
      await this.flush(); // meets the newer revision and raises the conflict notice
      return;
    }
    try {
      const record = await this.db.getRecord(id);
      const base = this.base;
      if (!record || record.deletedAt !== null || this.unsaved || this.draft.scenario?.id !== id) return;
      if (base && typeof base.revision === 'number' && record.revision > base.revision) await this.adopt(record);
    } catch (error) {
      this.noteStorage(error);
    }
  }

  private noteStorageIfStorage(error: unknown): void {
    if (error instanceof StorageError) this.noteStorage(error);
  }

  private noteStorage(error: unknown): void {
    // A damaged record is not a storage failure: storage works, that one record is skipped.
    if (error instanceof CorruptRecordError) {
      this.faults.report(error);
      return;
    }
    this.storageError = error instanceof StorageError ? error : new StorageError('failed', String(error));
    this.changed();
  }
}
