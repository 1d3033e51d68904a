// Saves PNG screenshots of every view at 1280×800 and 360×780 to /tmp/screens/ (or the folder
// given as the first argument), from the production build served by `vite preview`. The Dynamics
// view is shot after its first run, and once more with its number tables open.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { VIEWS, launchBrowser, startPreview, textOf } from './helpers.mjs';
import { shootWorkbench } from './workbench-shots.mjs';
import { shootTraining } from './training-shots.mjs';

const outDir = process.argv[2] ?? '/tmp/screens';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 360, height: 780 },
];

/** Picks the pilot preset in the first column and two residue measures in a second, then shoots. */
async function shootCompare(page, file) {
  await page.locator('plc-app nav a[href="#/compare"]').click();
  await page.waitForFunction(() => location.hash === '#/compare');
  const pickers = page.locator('plc-compare-view plc-measure-picker');
  await pickers.first().locator('[data-preset="minh-khai-pilot"]').click();
  await page.locator('plc-compare-view [data-testid="add-column"]').click();
  for (const id of ['cement-kiln-coprocessing', 'sanitary-landfill']) {
    await pickers.nth(1).locator(`sl-checkbox[value="${id}"]`).click();
  }
  await page.waitForFunction(
    () => {
      const view = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-compare-view')?.shadowRoot;
      return view && view.querySelectorAll('plc-sankey-chart').length === 3 && !view.querySelector('sl-spinner');
    },
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

/** The Uncertainty view after a paired run of 10,000 draws, with its Sobol indices computed. */
async function shootUncertainty(page, file) {
  await page.locator('plc-app nav a[href="#/uncertainty"]').click();
  await page.waitForFunction(() => location.hash === '#/uncertainty');
  await page.locator('plc-mc-controls sl-button[data-testid="run"]').click();
  await page.locator('plc-uncertainty-view [data-testid="probability"]').waitFor({ timeout: 60_000 });
  await page.locator('plc-sensitivity-panel sl-button[data-testid="sobol-run"]').click();
  await page.locator('plc-sensitivity-panel plc-sobol-bars plc-chart').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

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
    // The Compare view with two "after" scenarios: the Minh Khai pilot, and cement kiln + landfill.
    await shootCompare(page, path.join(outDir, `compare-results-${size.width}x${size.height}.png`));
    await shootUncertainty(page, path.join(outDir, `uncertainty-results-${size.width}x${size.height}.png`));
    // The Workbench with a unit open in the line editor, a sweep and a measure portfolio.
    await shootWorkbench(page, path.join(outDir, `workbench-tools-${size.width}x${size.height}.png`));
    await page.close();
  }
  // Training (issue 8): every step on a 360×780 phone and in the presenter layout at 1920×1080.
  for (const file of await shootTraining(browser, preview.baseUrl, outDir)) console.log(file);
  // Evaluation (issue 9): the illustrative survey with its indicators, and the report sub-view.
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(`${preview.baseUrl}#/evaluation`, { waitUntil: 'load' });
    await page.locator('plc-survey-import [data-testid="load-illustrative"]').click();
    await textOf(page, 'plc-indicator-table [data-testid="group-table"]', 30_000);
    await page.waitForTimeout(300);
    const data = path.join(outDir, `evaluation-data-${size.width}x${size.height}.png`);
    await page.screenshot({ path: data, fullPage: true });
    console.log(data);
    await page.locator('plc-evaluation-view button[data-sub="report"]').click();
    await page.waitForFunction(() => document.querySelector('.plc-print-root plc-report')?.hasAttribute('ready'), undefined, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const report = path.join(outDir, `evaluation-report-${size.width}x${size.height}.png`);
    await page.screenshot({ path: report, fullPage: true });
    console.log(report);
    await page.close();
  }
} finally {
  await browser.close();
  await preview.stop();
}
