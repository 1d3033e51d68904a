import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { LocalText } from '../shared/model/local-text.ts';
import {
  checkedRecord,
  ConflictError,
  freeId,
  recordProblem,
  StorageError,
  suffixedName,
  toStorageError,
  type CorruptRecord,
  type ImportBatch,
  type ImportedScenario,
  type RunRecord,
  type ScenarioRecord,
  type StoredScenario,
} from './db-records.ts';

export {
  ConflictError,
  CorruptRecordError,
  freeId,
  recordProblem,
  StorageError,
  suffixedName,
  type CorruptRecord,
  type ImportBatch,
  type ImportedScenario,
  type RecordProblem,
  type RunRecord,
  type ScenarioRecord,
  type StorageProblem,
  type StoredScenario,
} from './db-records.ts';

/** The one module that opens IndexedDB. Bump DB_VERSION and append an `if (oldVersion < N)` block. */
export const DB_NAME = 'plastic-line-sim';
export const DB_VERSION = 2;

interface PlcSchema extends DBSchema {
  scenarios: { key: string; value: ScenarioRecord; indexes: { updatedAt: number } };
  runs: { key: string; value: RunRecord; indexes: { scenarioId: string; scenarioTime: [string, number] } };
  meta: { key: string; value: unknown };
}

type UpgradeTx = IDBPTransaction<PlcSchema, StoreNames<PlcSchema>[], 'versionchange'>;

const LAST_SCENARIO_ID = 'lastScenarioId';

const randomId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);

export class ScenarioDb {
  private opening: Promise<IDBPDatabase<PlcSchema>> | null = null;

  constructor(readonly name: string = DB_NAME) {}

  private open(): Promise<IDBPDatabase<PlcSchema>> {
    if (!this.opening) {
      this.opening = this.openFresh();
      // A failed open is retried on the next use instead of being remembered forever.
      this.opening.catch(() => (this.opening = null));
    }
    return this.opening;
  }

  private openFresh(): Promise<IDBPDatabase<PlcSchema>> {
    if (typeof indexedDB === 'undefined') {
      return Promise.reject(new StorageError('unavailable', 'This browser has no IndexedDB; nothing will be stored.'));
    }
    return new Promise((resolve, reject) => {
      let gaveUp = false;
      openDB<PlcSchema>(this.name, DB_VERSION, {
        async upgrade(db, oldVersion, _newVersion, tx) {
          if (oldVersion < 1) {
            db.createObjectStore('scenarios', { keyPath: 'id' });
            db.createObjectStore('meta');
          }
          if (oldVersion < 2) {
            const runs = db.createObjectStore('runs', { keyPath: 'id' });
            runs.createIndex('scenarioId', 'scenarioId');
            runs.createIndex('scenarioTime', ['scenarioId', 'createdAt']);
            await wrapVersion1Documents(tx);
          }
        },
        blocked() {
          gaveUp = true;
          reject(new StorageError('blocked', 'Another tab holds an older version of the app’s storage open; close it and reload.'));
        },
        blocking: () => {
          // A newer version wants to upgrade (another tab): step aside, reopen on next use.
          void this.close();
        },
        terminated: () => {
          this.opening = null;
        },
      }).then(
        (db) => {
          // Opened after the caller was told it was blocked: nobody holds this connection.
          if (gaveUp) db.close();
          else resolve(db);
        },
        (error: unknown) => reject(toStorageError(error)),
      );
    });
  }

  /** Runs `work` on the open database and turns every failure into a typed error. */
  private async use<T>(work: (db: IDBPDatabase<PlcSchema>) => Promise<T>): Promise<T> {
    try {
      return await work(await this.open());
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** Closes the connection; the next call reopens it. */
  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = null;
    if (opening) (await opening.catch(() => null))?.close();
  }

  // --- scenarios -------------------------------------------------------------------------------

  /** Every readable record (deleted ones too; callers filter), and the damaged ones reported. */
  listScenarios(): Promise<{ records: ScenarioRecord[]; corrupt: CorruptRecord[] }> {
    return this.use(async (db) => {
      const tx = db.transaction('scenarios');
      const records: ScenarioRecord[] = [];
      const corrupt: CorruptRecord[] = [];
      for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
        const key = String(cursor.key);
        const reason = recordProblem(key, cursor.value);
        if (reason) corrupt.push({ key, reason });
        else records.push(cursor.value);
      }
      await tx.done;
      records.sort((a, b) => b.updatedAt - a.updatedAt);
      return { records, corrupt };
    });
  }

  /** The record, undefined when there is none; a damaged record throws CorruptRecordError. */
  getRecord(id: string): Promise<ScenarioRecord | undefined> {
    return this.use(async (db) => {
      const value: unknown = await db.get('scenarios', id);
      return value === undefined ? undefined : checkedRecord(id, value);
    });
  }

  /**
   * Saves `scenario` as the next revision. `expectedRevision` is the revision the caller's copy
   * is based on (0: a new scenario); when the stored one is newer, nothing is written and a
   * ConflictError carries the stored record. 'any' overwrites whatever is stored.
   */
  save(scenario: StoredScenario, options: { expectedRevision: number | 'any' }): Promise<ScenarioRecord> {
    return this.change(scenario?.id, (existing, now) => {
      if (typeof scenario?.id !== 'string') throw new StorageError('failed', 'A scenario without an id cannot be stored.');
      const expected = options.expectedRevision;
      if (existing && expected !== 'any' && existing.revision > expected) throw new ConflictError(scenario.id, expected, existing);
      const revision = Math.max(existing?.revision ?? 0, expected === 'any' ? 0 : expected) + 1;
      return { id: scenario.id, scenario, revision, createdAt: existing?.createdAt ?? now, updatedAt: now, deletedAt: existing?.deletedAt ?? null };
    });
  }

  /** Renames a stored scenario (a new revision). */
  rename(id: string, name: string): Promise<ScenarioRecord> {
    return this.change(id, (existing, now) => {
      const record = this.existing(id, existing);
      return { ...record, scenario: { ...record.scenario, name }, revision: record.revision + 1, updatedAt: now };
    });
  }

  /** Soft delete: the record stays (hidden) until restored or purged. */
  softDelete(id: string): Promise<ScenarioRecord> {
    return this.change(id, (existing, now) => {
      const record = this.existing(id, existing);
      return { ...record, deletedAt: now, revision: record.revision + 1, updatedAt: now };
    });
  }

  /** Undoes a soft delete. */
  restore(id: string): Promise<ScenarioRecord> {
    return this.change(id, (existing, now) => {
      const record = this.existing(id, existing);
      return { ...record, deletedAt: null, revision: record.revision + 1, updatedAt: now };
    });
  }

  /** A copy under a new id with " (copy)" in its name, revision 1. */
  duplicate(id: string, nameSuffix = '(copy)'): Promise<ScenarioRecord> {
    return this.use(async (db) => {
      const tx = db.transaction('scenarios', 'readwrite');
      const source = checkedRecordOrMissing(id, await tx.store.get(id));
      const taken = new Set((await tx.store.getAllKeys()).map(String));
      const newId = freeId(id, 'copy', taken);
      const now = Date.now();
      const record: ScenarioRecord = {
        id: newId,
        scenario: { ...source.scenario, id: newId, name: suffixedName(source.scenario.name as LocalText, nameSuffix) },
        revision: 1,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      };
      await tx.store.add(record);
      await tx.done;
      return record;
    });
  }

  /** Removes a scenario and its runs for good. */
  purge(id: string): Promise<void> {
    return this.use(async (db) => {
      const tx = db.transaction(['scenarios', 'runs'], 'readwrite');
      await tx.objectStore('scenarios').delete(id);
      const runs = tx.objectStore('runs');
      for (const key of await runs.index('scenarioId').getAllKeys(id)) await runs.delete(key);
      await tx.done;
    });
  }

  /** Purges scenarios soft-deleted before `before` (ms since 1970); returns their ids. */
  async purgeDeleted(before: number): Promise<string[]> {
    const { records } = await this.listScenarios();
    const old = records.filter((r) => r.deletedAt !== null && r.deletedAt < before).map((r) => r.id);
    for (const id of old) await this.purge(id);
    return old;
  }

  /** Reads, changes and writes one record in a single transaction (no foreign awaits inside). */
  private change(id: string, next: (existing: ScenarioRecord | undefined, now: number) => ScenarioRecord): Promise<ScenarioRecord> {
    return this.use(async (db) => {
      const tx = db.transaction('scenarios', 'readwrite');
      try {
        const stored: unknown = typeof id === 'string' ? await tx.store.get(id) : undefined;
        // A damaged record under this id is replaced only by a full save, never patched.
        const existing = stored === undefined || recordProblem(id, stored) ? undefined : (stored as ScenarioRecord);
        const record = next(existing, Date.now());
        await tx.store.put(record);
        await tx.done;
        return record;
      } catch (error) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw error;
      }
    });
  }

  private existing(id: string, record: ScenarioRecord | undefined): ScenarioRecord {
    if (!record) throw new StorageError('failed', `There is no stored scenario ${id}.`);
    return record;
  }

  // --- v1 API, kept: the document in, the document out --------------------------------------

  /** Saves a document as the next revision whatever revision is stored (the v1 behaviour). */
  saveScenario(scenario: StoredScenario): Promise<ScenarioRecord> {
    return this.save(scenario, { expectedRevision: 'any' });
  }

  async loadScenario(id: string): Promise<StoredScenario | undefined> {
    return (await this.getRecord(id))?.scenario;
  }

  async setLastScenarioId(id: string): Promise<void> {
    await this.use((db) => db.put('meta', id, LAST_SCENARIO_ID));
  }

  /** The record of the scenario opened last, if it is still there, readable and not deleted. */
  getLastRecord(): Promise<ScenarioRecord | undefined> {
    return this.use(async (db) => {
      const tx = db.transaction(['meta', 'scenarios'], 'readonly');
      const id = await tx.objectStore('meta').get(LAST_SCENARIO_ID);
      const value: unknown = typeof id === 'string' ? await tx.objectStore('scenarios').get(id) : undefined;
      await tx.done;
      if (typeof id !== 'string' || value === undefined || recordProblem(id, value)) return undefined;
      const record = value as ScenarioRecord;
      return record.deletedAt === null ? record : undefined;
    });
  }

  async getLastScenario(): Promise<StoredScenario | undefined> {
    return (await this.getLastRecord())?.scenario;
  }

  // --- run history -----------------------------------------------------------------------------

  /** Records a run and keeps only the newest `keep` runs of its scenario. */
  addRun(run: Omit<RunRecord, 'id'>, keep = 100): Promise<RunRecord> {
    return this.use(async (db) => {
      const record: RunRecord = { ...run, id: randomId() };
      const tx = db.transaction('runs', 'readwrite');
      await tx.store.add(record);
      // Keys in index order: oldest first.
      const range = IDBKeyRange.bound([run.scenarioId, -Infinity], [run.scenarioId, Infinity]);
      const keys = await tx.store.index('scenarioTime').getAllKeys(range);
      for (const key of keys.slice(0, Math.max(0, keys.length - keep))) await tx.store.delete(key);
      await tx.done;
      return record;
    });
  }

  /** Runs of one scenario (or all), newest first. */
  listRuns(scenarioId?: string): Promise<RunRecord[]> {
    return this.use(async (db) => {
      const runs = scenarioId === undefined ? await db.getAll('runs') : await db.getAllFromIndex('runs', 'scenarioId', scenarioId);
      return runs.sort((a, b) => b.createdAt - a.createdAt);
    });
  }

  /** The newest run of a scenario, read without loading the others. */
  lastRun(scenarioId: string): Promise<RunRecord | undefined> {
    return this.use(async (db) => {
      const range = IDBKeyRange.bound([scenarioId, -Infinity], [scenarioId, Infinity]);
      const cursor = await db.transaction('runs').store.index('scenarioTime').openCursor(range, 'prev');
      return cursor?.value;
    });
  }

  getRun(id: string): Promise<RunRecord | undefined> {
    return this.use((db) => db.get('runs', id));
  }

  // --- import ----------------------------------------------------------------------------------

  /**
   * Adds documents (and their runs) in one transaction. A document whose id is taken gets a new
   * id and `takenSuffix` in its name: an import never overwrites.
   */
  importBatch(batch: ImportBatch): Promise<ImportedScenario[]> {
    return this.use(async (db) => {
      const tx = db.transaction(['scenarios', 'runs'], 'readwrite');
      const scenarios = tx.objectStore('scenarios');
      const taken = new Set((await scenarios.getAllKeys()).map(String));
      const now = Date.now();
      const newIds = new Map<string, string>();
      const imported: ImportedScenario[] = [];
      for (const doc of batch.scenarios) {
        let scenario = doc;
        if (taken.has(doc.id)) {
          const id = freeId(doc.id, batch.takenIdSuffix ?? 'imported', taken);
          scenario = { ...doc, id, name: suffixedName(doc.name as LocalText, batch.takenSuffix) };
        }
        taken.add(scenario.id);
        newIds.set(doc.id, scenario.id);
        imported.push({ id: scenario.id, name: scenario.name as LocalText, ...(scenario.id !== doc.id ? { renamedFrom: doc.id } : {}) });
        await scenarios.add({ id: scenario.id, scenario, revision: 1, createdAt: now, updatedAt: now, deletedAt: null });
      }
      const runs = tx.objectStore('runs');
      for (const run of batch.runs) {
        const scenarioId = newIds.get(run.scenarioId) ?? run.scenarioId;
        await runs.add({ ...run, id: randomId(), scenarioId, scenario: { ...run.scenario, id: scenarioId } });
      }
      await tx.done;
      return imported;
    });
  }
}

function checkedRecordOrMissing(id: string, value: unknown): ScenarioRecord {
  if (value === undefined) throw new StorageError('failed', `There is no stored scenario ${id}.`);
  return checkedRecord(id, value);
}

/** v1 stored bare documents under their id; v2 wraps each in a record at revision 1. */
async function wrapVersion1Documents(tx: UpgradeTx): Promise<void> {
  const store = tx.objectStore('scenarios');
  store.createIndex('updatedAt', 'updatedAt');
  const now = Date.now();
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const document = cursor.value as unknown as StoredScenario;
    await cursor.update({ id: String(cursor.key), scenario: document, revision: 1, createdAt: now, updatedAt: now, deletedAt: null });
  }
}

/** The app's database. */
export const scenarioDb = new ScenarioDb();

export const saveScenario = (scenario: StoredScenario) => scenarioDb.saveScenario(scenario);
export const loadScenario = (id: string) => scenarioDb.loadScenario(id);
export const setLastScenarioId = (id: string) => scenarioDb.setLastScenarioId(id);
export const getLastScenario = () => scenarioDb.getLastScenario();
