// A worker crash mid-run (issue 10): open the app with `?faults`, start a long dynamics run, end
// the worker behind the app's back (as a browser reclaiming it would), see the notice, press
// Retry, get the result, and find the stored scenario unchanged.
import { isDeepStrictEqual } from 'node:util';
import { assert, goToView, textOf } from '../helpers.mjs';

const LONG_RUN = { years: 5, replications: 100 };

const storedRecord = (page, id) => page.evaluate((key) => document.querySelector('plc-app').session.db.getRecord(key), id);
const dynamicsStatus = (page) => page.evaluate(() => document.querySelector('plc-app').runs.dynamics.status);

export async function faultsJourney({ newContext, baseUrl, check, fixture }) {
  const { scenario } = fixture;
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}?faults#/workbench`, { waitUntil: 'load' });
  // The worker is ready once the first result is on the page.
  await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 60_000);

  await check('with ?faults, a worker ended mid-run shows the crash notice, and Retry completes the run with no data lost', async () => {
    assert(await page.evaluate(() => typeof window.__plcFaults?.killWorker === 'function'), 'the ?faults hook is not installed');
    // The default scenario is stored once the first run is done; that record must survive.
    await page.waitForFunction(() => document.querySelector('plc-app')?.session?.store.unsaved === false, undefined, { timeout: 10_000 });
    const before = await storedRecord(page, scenario.id);
    assert(before && isDeepStrictEqual(before.scenario, scenario), 'the stored scenario is not the fixture before the crash');

    await goToView(page, 'dynamics');
    const controls = 'plc-dynamics-view plc-dynamics-controls';
    await textOf(page, 'plc-dynamics-view .run-facts', 30_000); // the first visit's default run
    for (const [name, value] of Object.entries(LONG_RUN)) {
      await page.locator(`${controls} sl-input[name="${name}"] input`).fill(String(value));
    }
    await page.locator(`${controls} sl-button[data-testid="run"]`).click();
    // Ended as soon as the page says the run is going: the run takes seconds of synchronous Wasm,
    // and no sleep is needed to be inside it (a sleep would only guess the machine's speed).
    await page.waitForFunction(() => document.querySelector('plc-app').runs.dynamics.status === 'running');
    assert(await page.evaluate(() => window.__plcFaults.killWorker()), 'no worker was running to end');

    const notice = page.locator('plc-fault-notice sl-alert[data-testid="fault-notice"][data-fault="crashed"]');
    await notice.waitFor({ timeout: 30_000 });
    assert((await notice.getAttribute('role')) === 'alert', 'the notice is not an alert');
    const text = (await notice.textContent()) ?? '';
    assert(/stopped unexpectedly and was restarted\. Your scenario is saved\./.test(text), `the notice reads "${text.trim()}"`);
    assert((await dynamicsStatus(page)) === 'failed', 'the run was not reported as failed');

    await notice.locator('sl-button[data-action="retry"]').click();
    await page.locator('plc-dynamics-view .run-facts', { hasText: `${LONG_RUN.replications} replications` }).waitFor({ timeout: 120_000 });
    assert((await dynamicsStatus(page)) === 'done', 'the retried run did not finish');
    assert((await notice.count()) === 0, 'the notice stayed after the retry');

    const after = await storedRecord(page, scenario.id);
    assert(isDeepStrictEqual(after, before), 'the stored scenario changed across the crash');
    await page.locator('plc-app [data-testid="library-button"]').click();
    await page
      .locator('plc-scenario-list li', { hasText: scenario.name?.en ?? scenario.name })
      .first()
      .waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
  });

  await context.close();
}
