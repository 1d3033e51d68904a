import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** The one module that opens IndexedDB. Bump DB_VERSION and append an `if (oldVersion < N)` block. */
export const DB_NAME = 'plastic-line-sim';
export const DB_VERSION = 1;

/** A stored scenario: any scenario document; `id` is its key. */
export interface StoredScenario {
  id: string;
  [key: string]: unknown;
}

interface PlcSchema extends DBSchema {
  scenarios: { key: string; value: StoredScenario };
  meta: { key: string; value: string };
}

export type StorageProblem = 'unavailable' | 'blocked' | 'quota' | 'failed';

/** A storage failure the UI can name; the app keeps working without storage. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly problem: StorageProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StorageError('quota', 'The browser has no storage space left for this site.', { cause: error });
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError') {
    return new StorageError('unavailable', 'This browser does not allow the app to store data (private mode or disabled storage).', { cause: error });
  }
  return new StorageError('failed', `Storage failed: ${detail}`, { cause: error });
}

const LAST_SCENARIO_ID = 'lastScenarioId';

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
      openDB<PlcSchema>(this.name, DB_VERSION, {
        upgrade(db, oldVersion) {
          if (oldVersion < 1) {
            db.createObjectStore('scenarios', { keyPath: 'id' });
            db.createObjectStore('meta');
          }
        },
        blocked() {
          reject(new StorageError('blocked', 'Another tab holds an older version of the app’s storage open; close it and reload.'));
        },
        blocking: () => {
          // A newer version wants to upgrade (another tab): step aside, reopen on next use.
          void this.close();
        },
        terminated: () => {
          this.opening = null;
        },
      }).then(resolve, (error: unknown) => reject(toStorageError(error)));
    });
  }

  /** Closes the connection; the next call reopens it. */
  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = null;
    if (opening) (await opening.catch(() => null))?.close();
  }

  async saveScenario(scenario: StoredScenario): Promise<void> {
    try {
      await (await this.open()).put('scenarios', scenario);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  async loadScenario(id: string): Promise<StoredScenario | undefined> {
    try {
      return await (await this.open()).get('scenarios', id);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  async setLastScenarioId(id: string): Promise<void> {
    try {
      await (await this.open()).put('meta', id, LAST_SCENARIO_ID);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  async getLastScenario(): Promise<StoredScenario | undefined> {
    try {
      const db = await this.open();
      const tx = db.transaction(['meta', 'scenarios'], 'readonly');
      const id = await tx.objectStore('meta').get(LAST_SCENARIO_ID);
      const scenario = id === undefined ? undefined : await tx.objectStore('scenarios').get(id);
      await tx.done;
      return scenario;
    } catch (error) {
      throw toStorageError(error);
    }
  }
}

/** The app's database. */
export const scenarioDb = new ScenarioDb();

export const saveScenario = (scenario: StoredScenario) => scenarioDb.saveScenario(scenario);
export const loadScenario = (id: string) => scenarioDb.loadScenario(id);
export const setLastScenarioId = (id: string) => scenarioDb.setLastScenarioId(id);
export const getLastScenario = () => scenarioDb.getLastScenario();
