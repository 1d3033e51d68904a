import { expect } from '@esm-bundle/chai';
import { textIn } from '../../web/shared/model/local-text.ts';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import { DEFAULT_AUTOSAVE_DELAY_MS } from '../../web/app/autosave.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { switchLocale } from '../../web/app/locale.ts';
import { deepQuery, until } from './helpers/dom.ts';
import { deleteDb, failPutsWithQuota, rawPut, uniqueDbName } from './helpers/storage.ts';

const minh = minhKhai as unknown as ScenarioDocument;
const feedOf = (s: ScenarioDocument) => s.feed as { tonnesPerDay: number };
const withFeed = (s: ScenarioDocument, tonnesPerDay: number, name = s.name): ScenarioDocument => ({
  ...s,
  name,
  feed: { ...(s.feed as object), tonnesPerDay },
});

/** A core that answers at once: product tonnes = 100 × feed t/day, enough to tell runs apart. */
class FakeCore {
  async simulate(scenario: ScenarioDocument, options: { signal?: AbortSignal } = {}) {
    await new Promise((r) => setTimeout(r, 1));
    if (options.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return {
      ok: true,
      warnings: [],
      result: { format: 'plastic-line-result', scenarioId: scenario.id, mass: { productT: feedOf(scenario).tonnesPerDay * 100 } },
    };
  }
  async info() {
    return { appVersion: 'test-app', efLibraryId: 'test-ef', efLibraryVersion: 7 };
  }
}
const fakeCore = () => new FakeCore() as unknown as CoreClient;

describe('autosave, two tabs and run history (sessions on one database)', () => {
  let name: string;
  const sessions: ScenarioSession[] = [];
  const session = (delayMs = 50) => {
    const s = new ScenarioSession(fakeCore(), new ScenarioDb(name), minh, { autosaveDelayMs: delayMs });
    sessions.push(s);
    return s;
  };
  const stored = async (id = minh.id) => {
    const db = new ScenarioDb(name);
    try {
      return await db.getRecord(id);
    } finally {
      await db.close();
    }
  };
  beforeEach(() => {
    name = uniqueDbName('plc-test-lib');
  });
  afterEach(async () => {
    for (const s of sessions.splice(0)) {
      s.dispose();
      await s.db.close();
    }
    await deleteDb(name);
  });

  it('waits 800 ms by default before saving an edit', () => {
    expect(DEFAULT_AUTOSAVE_DELAY_MS).to.equal(800);
  });

  it('saves an edit after the debounce, and a reloaded page (a new session on the same database) opens it', async () => {
    const tab = session(150);
    await tab.start();
    expect(tab.store.revision).to.equal(1);
    const edited = withFeed(minh, 3, 'Edited line');
    tab.draft.edit(edited);
    await tab.simulation.settled();
    // Within the debounce nothing is written yet.
    expect((await stored())?.scenario.name).to.deep.equal(minh.name);
    const record = await untilAsync(async () => ((await stored())?.revision === 2 ? stored() : null), 'the autosave');
    expect(record?.scenario).to.deep.equal(edited);

    tab.dispose();
    await tab.db.close();
    const reloaded = session();
    await reloaded.start();
    expect(reloaded.draft.scenario).to.deep.equal(edited);
    expect(reloaded.store.revision).to.equal(2);
  });

  it('saves a pending edit at once when the page is hidden or left', async () => {
    const tab = session(60_000);
    await tab.start();
    tab.draft.edit(withFeed(minh, 4, 'Before leaving'));
    await tab.simulation.settled();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const record = await untilAsync(async () => ((await stored())?.revision === 2 ? stored() : null), 'the save on pagehide');
    expect(record?.scenario.name).to.equal('Before leaving');
  });

  it('two tabs: the stale save meets ConflictError, keeps its edit, and "keep mine as a copy" stores both', async () => {
    const a = session(60_000);
    const b = session(60_000);
    await a.start();
    await b.start();
    const mineA = withFeed(minh, 3, 'Tab A');
    const mineB = withFeed(minh, 5, 'Tab B');
    a.draft.edit(mineA);
    await a.simulation.settled();
    b.draft.edit(mineB);
    await b.simulation.settled();
    await a.store.flush(); // revision 2; tab B hears of it and tries its own save
    await until(() => b.store.conflict, 5_000, 'the conflict in tab B');
    expect(b.store.conflict!.theirs.revision).to.equal(2);
    expect(b.draft.scenario).to.deep.equal(mineB); // nothing lost
    expect((await stored())?.scenario).to.deep.equal(mineA); // nothing overwritten

    await b.store.keepMineAsCopy();
    expect(b.store.conflict).to.equal(null);
    expect(b.draft.scenario?.id).to.equal('minh-khai-before-copy');
    expect(b.draft.scenario?.name).to.equal('Tab B (my copy)');
    expect(feedOf(b.draft.scenario!).tonnesPerDay).to.equal(5);
    expect((await stored('minh-khai-before-copy'))?.scenario.name).to.equal('Tab B (my copy)');
    expect((await stored())?.scenario).to.deep.equal(mineA);
    expect(a.draft.scenario).to.deep.equal(mineA);
  });

  it('two tabs: "load theirs" opens the other revision and keeps this edit among the recently deleted', async () => {
    const a = session(60_000);
    const b = session(60_000);
    await a.start();
    await b.start();
    a.draft.edit(withFeed(minh, 3, 'Tab A'));
    await a.simulation.settled();
    b.draft.edit(withFeed(minh, 5, 'Tab B'));
    await b.simulation.settled();
    await a.store.flush();
    await until(() => b.store.conflict, 5_000, 'the conflict in tab B');
    await b.store.loadTheirs();
    expect(b.store.conflict).to.equal(null);
    expect(b.draft.scenario?.name).to.equal('Tab A');
    expect(b.store.revision).to.equal(2);
    const listing = await b.store.library.list();
    expect(listing.deleted.map((r) => r.scenario.name)).to.deep.equal(['Tab B (replaced by another tab)']);
  });

  it('a tab without pending edits follows what another tab saved', async () => {
    const a = session(60_000);
    const b = session(60_000);
    await a.start();
    await b.start();
    a.draft.edit(withFeed(minh, 3, 'Saved in A'));
    await a.simulation.settled();
    await a.store.flush();
    await until(() => b.draft.scenario?.name === 'Saved in A', 5_000, 'tab B to follow');
    expect(b.store.revision).to.equal(2);
    expect(b.store.conflict).to.equal(null);
  });

  it('records each steady-state result once, with its scenario revision and provenance', async () => {
    const tab = session(60_000);
    await tab.start();
    await tab.store.historySettled();
    let runs = await untilAsync(async () => {
      const r = await tab.store.library.history(minh.id);
      return r.length === 1 ? r : null;
    }, 'the first run');
    expect(runs[0]).to.deep.include({
      scenarioId: minh.id,
      scenarioRevision: 1,
      kind: 'steady',
      seed: null,
      efLibraryId: 'test-ef',
      efLibraryVersion: 7,
      appVersion: 'test-app',
    });
    expect(runs[0].scenarioHash).to.match(/^sha256:[0-9a-f]{64}$/);
    // 2 t/day in the fixture × 100 in the fake core.
    expect((runs[0].result as { mass: { productT: number } }).mass.productT).to.equal(200);
    expect(runs[0].scenario).to.deep.equal(minh);

    // An edit is recorded once saved, against its own revision.
    tab.draft.edit(withFeed(minh, 3));
    await tab.simulation.settled();
    await tab.store.flush();
    await tab.store.historySettled();
    runs = await tab.store.library.history(minh.id);
    expect(runs.map((r) => r.scenarioRevision)).to.deep.equal([2, 1]);
    expect((runs[0].result as { mass: { productT: number } }).mass.productT).to.equal(300);
    // Running the same revision again records nothing new.
    await tab.simulation.retry();
    await tab.store.historySettled();
    expect(await tab.store.library.history(minh.id)).to.have.length(2);
  });
});

describe('<plc-library-dialog> in the app, with the real core worker', () => {
  let client: CoreClient;
  let app: PlcApp | undefined;
  let session: ScenarioSession;
  let name: string;

  before(() => {
    client = new CoreClient();
  });
  beforeEach(async () => {
    name = uniqueDbName('plc-test-dialog');
    history.replaceState(null, '', '#/workbench');
    session = new ScenarioSession(client, new ScenarioDb(name), minh, { autosaveDelayMs: 60_000 });
    app = document.createElement('plc-app');
    app.session = session;
    document.body.append(app);
    await until(() => session.simulation.status === 'done', 20_000, 'the first run');
  });
  afterEach(async () => {
    app?.remove();
    app = undefined;
    session.dispose();
    await session.db.close();
    await deleteDb(name);
  });
  after(() => client.terminate());

  const dialogRoot = () => deepQuery(app!, 'plc-library-dialog')!.shadowRoot!;
  // The dialog's code loads with the first press of the button (issue 17): until then there is no list.
  const list = () => deepQuery(app!, 'plc-library-dialog', 'plc-scenario-list')?.shadowRoot;
  const rows = () => [...(list()?.querySelectorAll('li') ?? [])];
  const openLibrary = async () => {
    (deepQuery(app!, '[data-testid="library-button"]') as HTMLElement).click();
    await until(() => rows().length > 0, 10_000, 'the scenario list');
  };

  it('keeps the in-memory scenario and shows the quota message when the disk is full', async () => {
    const edited = withFeed(minh, 3, 'Edited while the disk is full');
    const restore = failPutsWithQuota();
    try {
      session.draft.edit(edited);
      await session.store.flush();
    } finally {
      restore();
    }
    expect(session.store.storageError?.problem).to.equal('quota');
    expect(session.draft.scenario).to.deep.equal(edited);
    expect(session.store.unsaved).to.equal(true);
    const alert = await until(() => deepQuery(app!, 'plc-fault-notice', 'sl-alert[variant="warning"]'), 5_000, 'the warning');
    expect(alert.textContent).to.contain('not being saved');
    expect(alert.textContent).to.contain('no storage space left');
    expect(deepQuery(app!, '[data-testid="scenario-name"]')?.textContent?.trim()).to.equal(edited.name);

    // With space again the next save writes the edit and the warning goes.
    await session.store.flush();
    expect(session.store.storageError).to.equal(null);
    expect((await session.db.getRecord(minh.id))?.scenario).to.deep.equal(edited);
  });

  it('lists the scenario with its revision, duplicates it, deletes the copy and undoes the delete', async () => {
    await openLibrary();
    expect(rows()).to.have.length(1);
    expect(rows()[0].textContent).to.contain(textIn(minh.name, 'en'));
    expect(rows()[0].textContent).to.contain('revision 1');
    expect(dialogRoot().querySelector('[data-testid="clearable-note"]')?.textContent).to.contain('export a bundle');

    (rows()[0].querySelector('[data-action="duplicate"]') as HTMLElement).click();
    await until(() => rows().length === 2, 5_000, 'the copy');
    const copyRow = rows().find((r) => r.dataset.id === 'minh-khai-before-copy')!;
    expect(copyRow.textContent).to.contain(`${textIn(minh.name, 'en')} (copy)`);

    (copyRow.querySelector('[data-action="delete"]') as HTMLElement).click();
    await until(() => rows().length === 1, 5_000, 'the delete');
    const undo = await until(
      () => dialogRoot().querySelector('[data-testid="undo-toast"] [data-action="undo"]') as HTMLElement | null,
      5_000,
      'the undo toast',
    );
    undo.click();
    await until(() => rows().length === 2, 5_000, 'the undo');
  });

  /** Chooses a file of `doc` in the dialog's file input, as a user does; the report's issue list once shown. */
  const importFile = async (name: string, doc: unknown): Promise<Element> => {
    const input = dialogRoot().querySelector('input[type="file"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(doc)], name, { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    return until(() => dialogRoot().querySelector('[data-testid="import-report"] plc-issue-list'), 10_000, 'the report');
  };

  it('refuses an invalid file with the schema messages in a list, without a stack trace', async () => {
    await openLibrary();
    const bad = JSON.parse(JSON.stringify(minhKhai)) as Record<string, any>;
    bad.feed.tonnesPerDay = -1;
    bad.calendar.hoursPerDay = 25;
    const report = await importFile('bad.json', bad);
    const items = [...report.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items.length).to.be.at.least(2);
    expect(items.join('\n')).to.contain('/feed/tonnesPerDay');
    expect(items.join('\n')).to.contain('/calendar/hoursPerDay');
    expect(items.join('\n')).not.to.match(/at \w+ \(|\.ts:\d+/);
    expect(rows()).to.have.length(1);
  });

  it('words a bundle’s own problems in the page’s language: Vietnamese, not the English message', async () => {
    await switchLocale('vi', false);
    try {
      await openLibrary();
      const bundle = { format: 'plastic-line-bundle', version: 1, exportedAt: '2026-12-06T00:00:00Z', scenarios: [minhKhai, minhKhai], runs: {} };
      const report = await importFile('twice.json', bundle);
      await (report as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const items = [...report.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '').join('\n');
      // The bundle's two problems, as vi.xlf words them (the same scenario twice; runs not a list).
      expect(items).to.contain('Mã "minh-khai-before" xuất hiện hai lần trong gói.');
      expect(items).to.contain('Các lần chạy phải là một danh sách.');
      expect(items).not.to.contain('appears twice');
      expect(items).not.to.contain('must be a list');
      expect(rows()).to.have.length(1);
    } finally {
      await switchLocale('en', false);
    }
  });

  it('says why a damaged stored record was skipped in the page’s language: Vietnamese, not English', async () => {
    await rawPut(name, 'scenarios', { id: 'broken', scenario: 'not a document', revision: 'x' });
    await switchLocale('vi', false);
    try {
      await openLibrary();
      const damaged = await until(() => dialogRoot().querySelector('[data-testid="corrupt-records"] plc-issue-list'), 5_000, 'the damaged list');
      const text = damaged.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('broken');
      expect(text).to.contain('Nó không chứa tài liệu kịch bản nào.'); // vi.xlf's words for no_scenario
      expect(text).not.to.contain('scenario document');
    } finally {
      await switchLocale('en', false);
    }
  });

  it('shows the recorded result and re-opens its scenario revision', async () => {
    await session.store.historySettled();
    await openLibrary();
    const history = () => deepQuery(app!, 'plc-library-dialog', 'plc-run-history')!.shadowRoot!;
    const row = await until(() => history().querySelector('tr[data-run]'), 10_000, 'the history row');
    expect(row.textContent).to.contain('0.1.0');
    (row.querySelector('[data-action="open-run"]') as HTMLElement).click();
    await until(() => session.draft.scenario?.id === 'minh-khai-before-r1', 10_000, 'the re-opened revision');
    // A bilingual name gets the suffix in both languages.
    expect(session.draft.scenario?.name).to.deep.equal({ vi: `${textIn(minh.name, 'vi')} (revision 1)`, en: `${textIn(minh.name, 'en')} (revision 1)` });
  });
});

/** Polls an async read until it gives something truthy. */
async function untilAsync<T>(read: () => Promise<T | null | undefined>, what: string, timeoutMs = 5_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await read();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
