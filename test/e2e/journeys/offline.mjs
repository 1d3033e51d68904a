// Offline (issue 10): load the production build once (the service worker installs and precaches
// the shell, the worker and the Wasm), then take the network away for real and run a comparison;
// a fresh page opened while offline starts too.
//
// "Offline" is not read from `navigator.onLine`: some Chromium builds (Debian's 150) keep it true
// under emulation. Instead the journey serves the build from a server of its own, stops that
// server (nothing can answer any more) and also switches the context's network emulation off;
// each check then waits until a request the service worker does not precache actually fails,
// and only then asserts on what the app shows.
import { assert, goToView, parseShown, startPreview, textOf } from '../helpers.mjs';
import { walkViews } from '../view-walk.mjs';

/** Waits until a request that only the network could answer fails from inside `page`. */
async function waitUntilNetworkFails(page, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    // A path the precache does not hold and that is no navigation: only the network could answer it.
    last = await page.evaluate(async () => {
      try {
        const response = await fetch(`./offline-probe-${Date.now()}.txt`, { cache: 'no-store' });
        return `answered with HTTP ${response.status}`;
      } catch {
        return 'failed';
      }
    });
    if (last === 'failed') return;
    await page.waitForTimeout(100);
  }
  throw new Error(`a request that only the network can answer still succeeds (${last})`);
}

export async function offlineJourney({ newContext, allowOrigin, check }) {
  const server = await startPreview();
  allowOrigin(new URL(server.baseUrl).origin);
  const context = await newContext();
  const page = await context.newPage();
  let installed = false;
  let offline = false;

  try {
    await check('the service worker installs and precaches the app shell, the worker and the Wasm', async () => {
      await page.goto(server.baseUrl, { waitUntil: 'load' });
      await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 60_000);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      // Workbox fills its precache during install; `ready` means it is active, so the cache is full.
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const urls = [];
        for (const name of names.filter((n) => n.includes('precache'))) {
          for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
        }
        return urls;
      });
      for (const [what, pattern] of [
        ['index.html', /\/index\.html$/],
        ['the Wasm', /\.wasm$/],
        ['the worker', /core\.worker.*\.js$/],
      ]) {
        assert(
          cached.some((u) => pattern.test(u)),
          `${what} is not precached: ${cached.join(', ')}`,
        );
      }
      installed = true;
    });

    await check('with its server stopped and the network off, a request the app does not hold fails', async () => {
      assert(installed, 'the service worker did not install');
      await server.stop();
      await context.setOffline(true);
      await waitUntilNetworkFails(page);
      offline = true;
    });

    await check('offline, a reload starts the app and the Compare view with the Minh Khai pilot preset shows its figures', async () => {
      assert(offline, 'the network could not be taken away');
      const response = await page.reload({ waitUntil: 'load' });
      assert(response?.fromServiceWorker() === true, 'the reloaded page did not come from the service worker');
      await textOf(page, 'plc-app h1', 20_000);
      await waitUntilNetworkFails(page);
      await goToView(page, 'compare');
      await page.locator('plc-compare-view plc-measure-picker [data-preset="minh-khai-pilot"]').first().click();
      const card = 'plc-compare-view plc-headline-cards [data-figure="pcddf.air"] [data-column="0"]';
      // The cards are read once the comparison is done and its waterfall has drawn, not before.
      await page.locator('plc-compare-view[data-status="done"] plc-waterfall-chart [data-drawn]').first().waitFor({ timeout: 60_000 });
      const before = parseShown(await textOf(page, `${card} .before`));
      const after = parseShown(await textOf(page, `${card} .after`));
      assert(before > 0 && after >= 0 && after < before, `PCDD/F to air: ${before} before, ${after} after`);
    });

    await check('offline, a journey through every view works: each view computes, the illustrative survey loads, the report and the Library open', async () => {
      assert(offline, 'the network could not be taken away');
      const visited = [];
      await walkViews(page, async (stop) => {
        visited.push(stop);
      });
      await waitUntilNetworkFails(page);
      assert(visited.length >= 10, `only ${visited.join(', ')} were reached`);
    });

    await check('offline, a fresh page opened in the same browser starts and simulates', async () => {
      assert(offline, 'the network could not be taken away');
      const fresh = await context.newPage();
      try {
        await fresh.goto(server.baseUrl, { waitUntil: 'load' });
        await waitUntilNetworkFails(fresh);
        const product = await textOf(fresh, 'plc-result-figures [data-figure="productT"] .value', 60_000);
        assert(parseShown(product) > 0, `the product figure reads "${product}"`);
      } finally {
        await fresh.close();
      }
    });
  } finally {
    await context.setOffline(false).catch(() => undefined);
    await context.close();
    await server.stop();
  }
}
