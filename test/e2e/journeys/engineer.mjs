// The engineer's journey: open the app → edit the line → sweep → dynamics → library export and
// import. Every figure is checked against what `npm run simulate` computes for the same scenario.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { VIEWS, assert, goToView, parseShown, runSimulate, textOf } from '../helpers.mjs';

/** A name as the page shows it in English: names in the fixtures are { vi, en } (issue 16). */
const english = (name) => (typeof name === 'string' ? name : name?.en);

/** The first path where two JSON values differ, for a readable failure. */
function firstDifference(a, b, at = '') {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${at || '/'}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const found = firstDifference(a[key], b[key], `${at}/${key}`);
    if (found) return found;
  }
  return `${at || '/'}: differs`;
}

/** The example run; the page's other settings are the engine's defaults, as in the CLI. */
const DYNAMIC_RUN = { years: 1, replications: 20, seed: 7 };

/** Within half a unit of the last of 3 significant digits (whole tonnes from 100 t up). */
const near = (shown, expected) => Math.abs(shown - expected) <= Math.max(0.5, Math.abs(expected) * 0.005);

export async function engineerJourney({ newContext, baseUrl, check, fixture, cli }) {
  const { scenario } = fixture;
  const shownName = english(scenario.name);
  const context = await newContext();
  const page = await context.newPage();
  // What the page works on: the fixture until the line is edited, then the edited document.
  const current = { doc: scenario, file: fixture.path, productT: null };

  await check('the page loads and shows the app shell', async () => {
    const response = await page.goto(baseUrl, { waitUntil: 'load' });
    assert(response?.ok(), `GET / answered ${response?.status()}`);
    assert((await page.title()).length > 0, 'the page has no title');
    await textOf(page, 'plc-app h1');
    assert(page.url().endsWith('#/workbench'), `the app did not route to the workbench: ${page.url()}`);
  });

  const productText = await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 60_000).catch(() => null);

  await check('the product tonnes on the page equal what `npm run simulate` prints for Minh Khai', async () => {
    const cliResult = await cli.result;
    if (cliResult instanceof Error) throw cliResult;
    assert(productText !== null, 'no product figure appeared on the page');
    const expected = cliResult.mass.productT;
    assert(typeof expected === 'number' && expected > 0, `the CLI printed no product tonnes: ${expected}`);
    assert(near(parseShown(productText), expected), `page shows ${productText}, the CLI computed ${expected}`);
    current.productT = expected;
  });

  await check('the Wasm is fetched and instantiated by the worker, not by the page', async () => {
    assert(
      context.requestUrls().some((url) => /\.wasm(\?|$)/.test(url)),
      'no .wasm request was made',
    );
    const pageWasm = await page.evaluate(() => ({
      used: window.__mainThreadWasm,
      fetched: performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('.wasm')),
    }));
    assert(pageWasm.used.length === 0, `the main thread called WebAssembly.${pageWasm.used.join(', ')}`);
    assert(pageWasm.fetched.length === 0, `the page fetched ${pageWasm.fetched.join(', ')}`);
    const workers = page.workers();
    assert(workers.length > 0, 'no worker is running');
    const workerFetched = (await Promise.all(workers.map((w) => w.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)))))
      .flat()
      .filter((n) => n.includes('.wasm'));
    assert(workerFetched.length > 0, 'no worker fetched the .wasm');
  });

  for (const view of VIEWS) {
    await check(`navigating to ${view} shows that view and the scenario name`, async () => {
      await goToView(page, view);
      // The hash changes before Lit re-renders: wait for the link of this view to be current.
      const current = await page
        .locator(`plc-app nav a[href="#/${view}"][aria-current="page"]`)
        .getAttribute('href', { timeout: 20_000 })
        .catch(async () => page.locator('plc-app nav a[aria-current="page"]').getAttribute('href'));
      assert(current === `#/${view}`, `the navigation marks ${current} as current`);
      const heading = await textOf(page, 'plc-app main h2', 20_000);
      assert(heading.length > 0, 'the view has no heading');
      const name = await textOf(page, 'plc-app [data-testid="scenario-name"]', 20_000);
      assert(name === shownName, `the header shows "${name}", expected "${shownName}"`);
    });
  }

  await check('a deep link opens its view (and the stored scenario after a reload)', async () => {
    const second = await context.newPage();
    await second.goto(`${baseUrl}#/uncertainty`, { waitUntil: 'load' });
    const current = await second
      .locator('plc-app nav a[href="#/uncertainty"][aria-current="page"]')
      .getAttribute('href', { timeout: 30_000 })
      .catch(async () => second.locator('plc-app nav a[aria-current="page"]').getAttribute('href'));
    assert(current === '#/uncertainty', `deep link landed on ${current}`);
    // The header says "loading…" until the stored scenario has been read from IndexedDB: wait (up to
    // 30 s) for the expected name, then compare what it shows, so that a wrong one still fails with it.
    await second
      .waitForFunction(
        (expected) => document.querySelector('plc-app')?.shadowRoot?.querySelector('[data-testid="scenario-name"]')?.textContent?.trim() === expected,
        shownName,
        { timeout: 30_000 },
      )
      .catch(() => undefined);
    const name = await textOf(second, 'plc-app [data-testid="scenario-name"]');
    assert(name === shownName, `the header shows "${name}"`);
    await second.close();
  });

  // --- Edit the line (issue 7): an edit in the line editor re-runs the model and the figures follow. ---
  await check('changing the extruder capacity in the line editor changes the product figure to what the CLI computes', async () => {
    await goToView(page, 'workbench');
    const before = await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 60_000);
    const extruder = page.locator('plc-unit-editor').nth(4);
    const toggle = extruder.locator('button[data-action="toggle"]');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    // 100 kg/h makes the extruder a tighter bottleneck: less feed is processed, less product made.
    await page.locator('plc-number-field[pointer="/units/4/capacityKgPerHour"] input').fill('100');
    await page.waitForFunction(
      (old) => {
        const figures = document
          .querySelector('plc-app')
          ?.shadowRoot?.querySelector('plc-workbench')
          ?.shadowRoot?.querySelector('plc-result-figures')
          ?.shadowRoot?.querySelector('[data-figure="productT"] .value');
        return figures && figures.textContent.trim() !== old;
      },
      before,
      { timeout: 60_000 },
    );
    const after = await textOf(page, 'plc-result-figures [data-figure="productT"] .value');
    const edited = structuredClone(scenario);
    edited.units[4].capacityKgPerHour = 100;
    // A value the user typed is theirs: the editor drops the default's source for it.
    if (edited.provenance) delete edited.provenance['/units/4/capacityKgPerHour'];
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'plc-e2e-')), 'edited.json');
    await writeFile(file, JSON.stringify(edited));
    const expected = (await runSimulate([file])).mass.productT;
    assert(parseShown(after) < parseShown(before), `product went from ${before} to ${after} t/yr`);
    assert(near(parseShown(after), expected), `page shows ${after}, the CLI computed ${expected} for capacity 100 kg/h`);
    Object.assign(current, { doc: edited, file, productT: expected });
  });

  await check('a sweep of the edited line gives a table of results', async () => {
    await goToView(page, 'workbench');
    await page.locator('plc-sweep-panel button[data-testid="sweep-run"]').click();
    const rows = page.locator('plc-sweep-result table[data-testid="sweep-table"] tr');
    await rows.first().waitFor({ state: 'attached', timeout: 60_000 }); // a data table beside the chart
    assert((await rows.count()) >= 3, `the sweep table has ${await rows.count()} row(s)`);
  });

  await check('the Dynamics view runs 20 replications and shows the processed tonnes the CLI prints', async () => {
    const args = [current.file, '--dynamic', '--years', DYNAMIC_RUN.years, '--replications', DYNAMIC_RUN.replications, '--seed', DYNAMIC_RUN.seed];
    const cliDynamic = await runSimulate(args);
    await goToView(page, 'dynamics');
    const controls = 'plc-dynamics-view plc-dynamics-controls';
    // The first visit runs once with the defaults; wait for it, then run the example.
    await textOf(page, 'plc-dynamics-view .run-facts', 60_000);
    for (const [name, value] of Object.entries(DYNAMIC_RUN)) {
      await page.locator(`${controls} sl-input[name="${name}"] input`).fill(String(value));
    }
    await page.locator(`${controls} sl-button[data-testid="run"]`).click();
    await page.locator('plc-dynamics-view .run-facts', { hasText: '20 replications, seed 7' }).waitFor({ timeout: 60_000 });
    const shown = await textOf(page, 'plc-dynamics-comparison [data-figure="dynamicProcessedT"] .value');
    const expected = cliDynamic.processedT?.mean;
    assert(typeof expected === 'number' && expected > 0, `the CLI printed no processed tonnes: ${expected}`);
    assert(near(parseShown(shown), expected), `page shows ${shown} t/yr processed, the CLI computed ${expected}`);
  });

  // --- Scenario library: export a bundle, import it into a fresh profile. ---
  let bundleText = null;
  let productBefore = null;

  await check('the Library dialog lists the scenario and exports a bundle with its recorded run', async () => {
    await goToView(page, 'workbench');
    productBefore = await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 30_000);
    await page.locator('plc-app [data-testid="library-button"]').click();
    const row = page.locator('plc-scenario-list li', { hasText: shownName }).first();
    await row.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.locator('plc-library-dialog sl-button[data-action="export-bundle"]').click(),
    ]);
    bundleText = await readFile(await download.path(), 'utf8');
    const bundle = JSON.parse(bundleText);
    assert(bundle.format === 'plastic-line-bundle' && bundle.version === 1, `not a bundle: ${bundleText.slice(0, 100)}`);
    const exported = bundle.scenarios.find((s) => s.id === scenario.id);
    assert(isDeepStrictEqual(exported, current.doc), `the exported scenario differs from the one the page shows at ${firstDifference(exported, current.doc)}`);
    const run = bundle.runs.find((r) => r.scenarioId === scenario.id);
    assert(run, 'the bundle holds no recorded run of the scenario');
    assert(
      run.kind === 'steady' && typeof run.efLibraryId === 'string' && run.appVersion && /^sha256:/.test(run.scenarioHash),
      `the run lacks its provenance: ${JSON.stringify({ ...run, result: undefined, scenario: undefined })}`,
    );
    await page.keyboard.press('Escape');
  });

  await check('importing the bundle into a fresh profile gives the same scenario with identical product tonnes', async () => {
    assert(bundleText !== null && productBefore !== null, 'no bundle was exported');
    const fresh = await newContext();
    try {
      const freshPage = await fresh.newPage();
      await freshPage.goto(baseUrl, { waitUntil: 'load' });
      await textOf(freshPage, 'plc-result-figures [data-figure="productT"] .value', 60_000);
      await freshPage.locator('plc-app [data-testid="library-button"]').click();
      await freshPage.locator('plc-scenario-list li').first().waitFor({ timeout: 30_000 });
      await freshPage.locator('plc-library-dialog input[type="file"]').setInputFiles({
        name: 'bundle.json',
        mimeType: 'application/json',
        buffer: Buffer.from(bundleText, 'utf8'),
      });
      const report = await textOf(freshPage, 'plc-library-dialog [data-testid="import-report"]', 30_000);
      assert(report.startsWith('Imported'), `the import reported: ${report}`);
      // The fresh profile already stores the default scenario under the same id: the import gets a new id.
      const importedName = `${shownName} (imported)`;
      const row = freshPage.locator('plc-scenario-list li', { hasText: importedName }).first();
      await row.locator('sl-button[data-action="open"]').click();
      await freshPage.locator('plc-app [data-testid="scenario-name"]', { hasText: importedName }).waitFor({ timeout: 30_000 });
      // A run that ends within 200 ms changes the figures in place, with no spinner to wait for, and
      // the first document the worker cannot vouch for loads the schema first: the figures of the
      // opened scenario are awaited (up to 30 s), then compared.
      const figure = freshPage.locator('plc-result-figures [data-figure="productT"] .value').first();
      let productAfter = await textOf(freshPage, 'plc-result-figures [data-figure="productT"] .value', 30_000);
      for (const until = Date.now() + 30_000; productAfter !== productBefore && Date.now() < until;) {
        await freshPage.waitForTimeout(100);
        productAfter = (await figure.textContent())?.trim() ?? '';
      }
      assert(productAfter === productBefore, `product tonnes: ${productAfter} after the import, ${productBefore} before`);
      if (current.productT !== null) {
        assert(near(parseShown(productAfter), current.productT), `page shows ${productAfter}, the CLI computed ${current.productT}`);
      }
      // The stored document is the exported one, only its id and name changed.
      await freshPage.locator('plc-app [data-testid="library-button"]').click();
      const [download] = await Promise.all([
        freshPage.waitForEvent('download', { timeout: 30_000 }),
        freshPage.locator('plc-library-dialog sl-button[data-action="export-bundle"]').click(),
      ]);
      const again = JSON.parse(await readFile(await download.path(), 'utf8'));
      const imported = again.scenarios.find((s) => (s.name?.en ?? s.name) === importedName);
      assert(imported, 'the imported scenario is not in the fresh profile’s bundle');
      assert(isDeepStrictEqual({ ...imported, id: scenario.id, name: scenario.name }, current.doc), 'the imported scenario differs from the exported one');
    } finally {
      await fresh.close();
    }
  });

  await context.close();
}
