// Raw IndexedDB for storage tests: build older schema versions and look at what the module wrote
// without going through it.

export const uniqueDbName = (prefix = 'plc-test') => `${prefix}-${Math.random().toString(36).slice(2)}`;

export function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function done(request: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onerror = () => reject(request.error);
      request.onabort = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });
}

/** Opens `name` at `version` (or the current one) with an optional raw upgrade. */
export function rawOpen(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A version-1 database exactly as the v1 module made it: bare documents and lastScenarioId. */
export async function createVersion1(name: string, documents: { id: string }[], lastId?: string): Promise<void> {
  const db = await rawOpen(name, 1, (raw) => {
    raw.createObjectStore('scenarios', { keyPath: 'id' });
    raw.createObjectStore('meta');
  });
  const tx = db.transaction(['scenarios', 'meta'], 'readwrite');
  for (const doc of documents) tx.objectStore('scenarios').put(doc);
  if (lastId !== undefined) tx.objectStore('meta').put(lastId, 'lastScenarioId');
  await done(tx);
  db.close();
}

/** Writes a value straight into a store of an existing database (to plant a damaged record). */
export async function rawPut(name: string, store: string, value: unknown, key?: IDBValidKey): Promise<void> {
  const db = await rawOpen(name);
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).put(value, key);
  await done(tx);
  db.close();
}

/** Makes every IndexedDB put throw QuotaExceededError until the returned function is called. */
export function failPutsWithQuota(): () => void {
  const original = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return () => {
    IDBObjectStore.prototype.put = original;
  };
}
