// Saves PNG screenshots of every view at 1280×800 and 360×780 to /tmp/screens/ (or the folder
// given as the first argument), from the production build served by `vite preview`. The Dynamics
// view is shot after its first run, and once more with its number tables open.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { VIEWS, launchBrowser, startPreview, textOf } from './helpers.mjs';

const outDir = process.argv[2] ?? '/tmp/screens';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 360, height: 780 },
];

await mkdir(outDir, { recursive: true });
const preview = await startPreview();
const browser = await launchBrowser();
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(`${preview.baseUrl}#/workbench`, { waitUntil: 'load' });
    await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 30_000);
    for (const view of VIEWS) {
      await page.locator(`plc-app nav a[href="#/${view}"]`).click();
      await page.waitForFunction((v) => location.hash === `#/${v}`, view);
      // The Dynamics view runs once on its first visit: shoot it with the results in.
      if (view === 'dynamics') await textOf(page, 'plc-dynamics-view .run-facts', 30_000);
      await page.waitForTimeout(200);
      const file = path.join(outDir, `${view}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    // The Dynamics view again with every "Show the numbers" table open.
    await page.locator('plc-app nav a[href="#/dynamics"]').click();
    await page.waitForFunction(() => location.hash === '#/dynamics');
    await textOf(page, 'plc-dynamics-view .run-facts', 30_000);
    for (const details of await page.locator('plc-dynamics-view details').all()) await details.evaluate((d) => (d.open = true));
    await page.waitForTimeout(200);
    const numbers = path.join(outDir, `dynamics-numbers-${size.width}x${size.height}.png`);
    await page.screenshot({ path: numbers, fullPage: true });
    console.log(numbers);
    await page.close();
  }
} finally {
  await browser.close();
  await preview.stop();
}
