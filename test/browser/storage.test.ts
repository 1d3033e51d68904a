import { expect } from '@esm-bundle/chai';
import { textIn } from '../../web/shared/model/local-text.ts';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import phanBoi from '../../fixtures/scenarios/phan-boi-before.json';
import { ConflictError, DB_VERSION, ScenarioDb, StorageError, type StoredScenario } from '../../web/common/db.ts';
import { BUNDLE_FORMAT, ImportError, ScenarioLibrary } from '../../web/common/library.ts';
import { createVersion1, deleteDb, failPutsWithQuota, rawOpen, rawPut, uniqueDbName } from './helpers/storage.ts';

const minh = minhKhai as unknown as StoredScenario;
const phan = phanBoi as unknown as StoredScenario;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('scenario storage, schema version 2', () => {
  const opened: ScenarioDb[] = [];
  const names: string[] = [];
  const open = (name = uniqueDbName()) => {
    names.push(name);
    const db = new ScenarioDb(name);
    opened.push(db);
    return db;
  };
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
    for (const name of names.splice(0)) await deleteDb(name);
  });

  it('a fresh database opens at version 2 with scenarios, runs and meta', async () => {
    const db = open();
    expect(DB_VERSION).to.equal(2);
    await db.listScenarios();
    await db.close();
    const raw = await rawOpen(db.name);
    expect(raw.version).to.equal(2);
    expect([...raw.objectStoreNames].sort()).to.deep.equal(['meta', 'runs', 'scenarios']);
    const tx = raw.transaction('runs');
    expect([...tx.objectStore('runs').indexNames].sort()).to.deep.equal(['scenarioId', 'scenarioTime']);
    raw.close();
  });

  it('migrates a version-1 database (made with raw IndexedDB) keeping every scenario and the last one opened', async () => {
    const name = uniqueDbName();
    names.push(name);
    const odd = { id: 'odd', name: 'A v1 document with fields the schema does not know', extra: [1, 2, 3] };
    await createVersion1(name, [minh, phan, odd], 'phan-boi-before');

    const db = open(name);
    const { records, corrupt } = await db.listScenarios();
    expect(corrupt).to.deep.equal([]);
    expect(records.map((r) => r.id).sort()).to.deep.equal(['minh-khai-before', 'odd', 'phan-boi-before']);
    for (const r of records) {
      expect(r.revision).to.equal(1);
      expect(r.deletedAt).to.equal(null);
      expect(r.updatedAt).to.be.a('number');
    }
    // The documents come back unchanged, and so does the v1 "last scenario".
    expect(await db.loadScenario('minh-khai-before')).to.deep.equal(minh);
    expect(await db.loadScenario('odd')).to.deep.equal(odd);
    expect(await db.getLastScenario()).to.deep.equal(phan);
    await db.close();
    const raw = await rawOpen(name);
    expect(raw.version).to.equal(2);
    raw.close();
  });

  it('saves revisions 1, 2, 3 and refuses a save based on an older revision with ConflictError', async () => {
    const db = open();
    const first = await db.save(minh, { expectedRevision: 0 });
    expect(first.revision).to.equal(1);
    const second = await db.save({ ...minh, name: 'tab A' }, { expectedRevision: 1 });
    expect(second.revision).to.equal(2);
    // Tab B still holds revision 1.
    const error = await db.save({ ...minh, name: 'tab B' }, { expectedRevision: 1 }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError).theirs.revision).to.equal(2);
    expect((error as ConflictError).theirs.scenario.name).to.equal('tab A');
    // Nothing was overwritten.
    const stored = await db.getRecord(minh.id);
    expect(stored?.revision).to.equal(2);
    expect(stored?.scenario.name).to.equal('tab A');
    // A new scenario (expected 0) under a taken id is a conflict too.
    expect(await db.save(minh, { expectedRevision: 0 }).catch((e: unknown) => e)).to.be.instanceOf(ConflictError);
    expect((await db.save({ ...minh, name: 'tab A again' }, { expectedRevision: 2 })).revision).to.equal(3);
  });

  it('renames, duplicates, soft-deletes, restores and purges', async () => {
    const db = open();
    const library = new ScenarioLibrary(db);
    await db.save(minh, { expectedRevision: 0 });
    const renamed = await library.rename(minh.id, 'Renamed line');
    expect(renamed.revision).to.equal(2);
    expect(renamed.scenario.name).to.equal('Renamed line');
    const copy = await library.duplicate(minh.id, '(copy)');
    expect(copy.id).to.equal('minh-khai-before-copy');
    expect(copy.scenario.id).to.equal(copy.id);
    expect(copy.scenario.name).to.equal('Renamed line (copy)');
    expect((await library.duplicate(minh.id, '(copy)')).id).to.equal('minh-khai-before-copy-2');

    await library.remove(copy.id);
    let listing = await library.list();
    expect(listing.scenarios.map((r) => r.id)).not.to.include(copy.id);
    expect(listing.deleted.map((r) => r.id)).to.deep.equal([copy.id]);
    await library.restore(copy.id);
    listing = await library.list();
    expect(listing.scenarios.map((r) => r.id)).to.include(copy.id);
    expect(listing.deleted).to.deep.equal([]);

    await db.addRun({
      scenarioId: copy.id,
      scenarioRevision: 1,
      scenarioHash: 'h',
      scenario: copy.scenario,
      kind: 'steady',
      seed: null,
      efLibraryId: 'lib',
      efLibraryVersion: 1,
      appVersion: 'test',
      createdAt: 1,
      result: {},
    });
    await library.remove(copy.id);
    await library.purge(copy.id);
    expect(await db.getRecord(copy.id)).to.equal(undefined);
    expect(await db.listRuns(copy.id)).to.deep.equal([]);
  });

  it('reports and skips a damaged record instead of failing the list', async () => {
    const db = open();
    await db.save(minh, { expectedRevision: 0 });
    await db.close();
    await rawPut(db.name, 'scenarios', { id: 'broken', scenario: 'not a document', revision: 'x' });
    await rawPut(db.name, 'scenarios', { id: 'half', revision: 1 });
    const { records, corrupt } = await db.listScenarios();
    expect(records.map((r) => r.id)).to.deep.equal(['minh-khai-before']);
    expect(corrupt.map((c) => c.key).sort()).to.deep.equal(['broken', 'half']);
    expect(corrupt[0].reason).to.be.a('string').and.not.empty;
    const error = await db.getRecord('broken').catch((e: unknown) => e);
    expect((error as Error).name).to.equal('CorruptRecordError');
  });

  it('turns a full disk (QuotaExceededError) into a StorageError "quota" with a clear message', async () => {
    const db = open();
    await db.listScenarios(); // opened before the stub
    const restore = failPutsWithQuota();
    let error: unknown;
    try {
      error = await db.save(minh, { expectedRevision: 0 }).catch((e: unknown) => e);
    } finally {
      restore();
    }
    expect(error).to.be.instanceOf(StorageError);
    expect((error as StorageError).problem).to.equal('quota');
    expect((error as StorageError).message).to.equal('The browser has no storage space left for this site.');
    expect(await db.getRecord(minh.id)).to.equal(undefined);
  });

  it('says "blocked" when another tab holds an older version open', async () => {
    const name = uniqueDbName();
    names.push(name);
    await createVersion1(name, [minh]);
    const holder = await rawOpen(name); // an old tab that ignores versionchange
    holder.onversionchange = null;
    const db = open(name);
    const error = await db.listScenarios().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StorageError);
    expect((error as StorageError).problem).to.equal('blocked');
    holder.close();
    // Once the old tab is gone the next call opens (and migrates) normally.
    await new Promise((r) => setTimeout(r, 50));
    expect((await db.listScenarios()).records.map((r) => r.id)).to.deep.equal(['minh-khai-before']);
  });

  it('refuses an invalid scenario file with every message from the schema module, storing nothing', async () => {
    const db = open();
    const library = new ScenarioLibrary(db);
    const bad = clone(minhKhai) as Record<string, any>;
    bad.feed.tonnesPerDay = -1;
    bad.calendar.hoursPerDay = 25;
    const error = await library.importText(JSON.stringify(bad), '(imported)').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ImportError);
    const paths = (error as ImportError).issues.map((i) => i.path);
    expect(paths).to.include('/feed/tonnesPerDay');
    expect(paths).to.include('/calendar/hoursPerDay');
    for (const issue of (error as ImportError).issues) expect(issue.message).not.to.match(/at \w+ \(|\.ts:\d+/);
    expect((await db.listScenarios()).records).to.deep.equal([]);

    const syntax = await library.importText('{ "format": ', '(imported)').catch((e: unknown) => e);
    expect((syntax as ImportError).issues[0].message).to.match(/line 1/i);
  });

  it('refuses a bundle when one scenario in it is invalid, naming where', async () => {
    const library = new ScenarioLibrary(open());
    const bad = { ...clone(phan), units: [] };
    const bundle = { format: BUNDLE_FORMAT, version: 1, exportedAt: '', scenarios: [minh, bad], runs: [] };
    const error = await library.importText(JSON.stringify(bundle), '(imported)').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ImportError);
    expect((error as ImportError).issues.every((i) => i.path.startsWith('/scenarios/1'))).to.equal(true);
  });

  it('export then import into a fresh database gives identical scenarios and runs; a taken id is never overwritten', async () => {
    const source = open();
    const library = new ScenarioLibrary(source);
    await source.save(minh, { expectedRevision: 0 });
    await source.save(phan, { expectedRevision: 0 });
    const result = { format: 'plastic-line-result', mass: { productT: 543.21 } };
    await source.addRun({
      scenarioId: minh.id,
      scenarioRevision: 1,
      scenarioHash: 'sha256:abc',
      scenario: minh,
      kind: 'steady',
      seed: null,
      efLibraryId: 'ef',
      efLibraryVersion: 3,
      appVersion: '0.1.0',
      createdAt: 1000,
      result,
    });
    const bundle = await library.exportBundle();
    expect(JSON.parse(bundle.text)).to.include({ format: 'plastic-line-bundle', version: 1 });

    const fresh = new ScenarioLibrary(open());
    const outcome = await fresh.importText(bundle.text, '(imported)');
    expect(outcome.scenarios.map((s) => s.id).sort()).to.deep.equal(['minh-khai-before', 'phan-boi-before']);
    expect(outcome.runs).to.equal(1);
    const listing = await fresh.list();
    expect(listing.scenarios.find((r) => r.id === minh.id)?.scenario).to.deep.equal(minh);
    expect(listing.scenarios.find((r) => r.id === phan.id)?.scenario).to.deep.equal(phan);
    const [run] = await fresh.history(minh.id);
    expect(run).to.deep.include({ scenarioRevision: 1, scenarioHash: 'sha256:abc', efLibraryId: 'ef', efLibraryVersion: 3, appVersion: '0.1.0', seed: null });
    expect(run.result).to.deep.equal(result);

    // One scenario file, imported where its id exists: a new id and "(imported)"; the original stays.
    await fresh.rename(minh.id, 'Edited here');
    const file = await library.exportScenario(minh.id);
    expect(JSON.parse(file.text)).to.deep.equal(minh);
    const again = await fresh.importText(file.text, '(imported)');
    expect(again.scenarios[0]).to.deep.equal({
      id: 'minh-khai-before-imported',
      name: { vi: `${textIn(minh.name, 'vi')} (imported)`, en: `${textIn(minh.name, 'en')} (imported)` },
      renamedFrom: minh.id,
    });
    expect((await fresh.list()).scenarios.find((r) => r.id === minh.id)?.scenario.name).to.equal('Edited here');
  });
});
