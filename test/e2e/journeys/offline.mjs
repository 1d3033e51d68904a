// Offline (issue 10): load the production build once (the service worker installs and precaches
// the shell, the worker and the Wasm), cut the network, reload and run a comparison; a fresh page
// opened while offline starts too.
import { assert, goToView, parseShown, textOf } from '../helpers.mjs';

export async function offlineJourney({ newContext, baseUrl, check }) {
  const context = await newContext();
  const page = await context.newPage();
  let installed = false;

  await check('the service worker installs and precaches the app shell, the worker and the Wasm', async () => {
    await page.goto(baseUrl, { waitUntil: 'load' });
    await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 30_000);
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
    for (const [what, pattern] of [['index.html', /\/index\.html$/], ['the Wasm', /\.wasm$/], ['the worker', /core\.worker.*\.js$/]]) {
      assert(cached.some((u) => pattern.test(u)), `${what} is not precached: ${cached.join(', ')}`);
    }
    installed = true;
  });

  await check('offline, a reload starts the app and the Compare view with the Minh Khai pilot preset shows its figures', async () => {
    assert(installed, 'the service worker did not install');
    await context.setOffline(true);
    try {
      await page.reload({ waitUntil: 'load' });
      await textOf(page, 'plc-app h1', 20_000);
      assert(await page.evaluate(() => !navigator.onLine), 'the browser still says it is online');
      await goToView(page, 'compare');
      await page.locator('plc-compare-view plc-measure-picker [data-preset="minh-khai-pilot"]').first().click();
      const card = 'plc-compare-view plc-headline-cards [data-figure="pcddf.air"] [data-column="0"]';
      await page.locator('plc-compare-view plc-waterfall-chart').first().waitFor({ timeout: 30_000 });
      const before = parseShown(await textOf(page, `${card} .before`));
      const after = parseShown(await textOf(page, `${card} .after`));
      assert(before > 0 && after >= 0 && after < before, `PCDD/F to air: ${before} before, ${after} after`);
    } finally {
      await context.setOffline(false);
    }
  });

  await check('offline, a fresh page opened in the same browser starts and simulates', async () => {
    assert(installed, 'the service worker did not install');
    await context.setOffline(true);
    const fresh = await context.newPage();
    try {
      await fresh.goto(baseUrl, { waitUntil: 'load' });
      const product = await textOf(fresh, 'plc-result-figures [data-figure="productT"] .value', 30_000);
      assert(parseShown(product) > 0, `the product figure reads "${product}"`);
    } finally {
      await fresh.close();
      await context.setOffline(false);
    }
  });

  await context.close();
}
