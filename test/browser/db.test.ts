import { expect } from '@esm-bundle/chai';
import { DB_NAME, DB_VERSION, ScenarioDb, StorageError } from '../../web/common/db.ts';

const uniqueName = () => `plc-test-${Math.random().toString(36).slice(2)}`;

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** The raw database, to check the schema without going through the module under test. */
function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('ScenarioDb', () => {
  let name: string;
  let db: ScenarioDb;
  beforeEach(() => {
    name = uniqueName();
    db = new ScenarioDb(name);
  });
  afterEach(async () => {
    await db.close();
    await deleteDb(name);
  });

  it('the app database is plastic-line-sim, version 2', () => {
    expect(DB_NAME).to.equal('plastic-line-sim');
    expect(DB_VERSION).to.equal(2);
  });

  it('creates the scenarios, runs and meta stores at version 2 (storage.test.ts covers the migration)', async () => {
    await db.loadScenario('anything');
    await db.close();
    const raw = await rawOpen(name);
    expect(raw.version).to.equal(2);
    expect([...raw.objectStoreNames].sort()).to.deep.equal(['meta', 'runs', 'scenarios']);
    raw.close();
  });

  it('saves and loads a scenario unchanged', async () => {
    const scenario = { id: 's1', name: 'Test line', feed: { tonnesPerDay: 2.5 }, units: [{ id: 'wash' }] };
    await db.saveScenario(scenario);
    expect(await db.loadScenario('s1')).to.deep.equal(scenario);
    expect(await db.loadScenario('nope')).to.equal(undefined);
  });

  it('saving again under the same id replaces the scenario', async () => {
    await db.saveScenario({ id: 's1', name: 'first' });
    await db.saveScenario({ id: 's1', name: 'second' });
    expect((await db.loadScenario('s1'))?.name).to.equal('second');
  });

  it('has no last scenario on a fresh database', async () => {
    expect(await db.getLastScenario()).to.equal(undefined);
  });

  it('lastScenarioId survives closing and reopening the database', async () => {
    await db.saveScenario({ id: 'a', name: 'A' });
    await db.saveScenario({ id: 'b', name: 'B' });
    await db.setLastScenarioId('a');
    await db.close();

    const reopened = new ScenarioDb(name);
    expect(await reopened.getLastScenario()).to.deep.equal({ id: 'a', name: 'A' });
    await reopened.close();
  });

  it('turns a refused write into a StorageError the UI can name', async () => {
    const error = await db.saveScenario({ name: 'no id' } as never).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StorageError);
    expect((error as StorageError).problem).to.equal('failed');
  });
});
