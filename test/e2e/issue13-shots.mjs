// Screenshots for issue 13 (the release method, honest totals, HCl, why a figure gets worse): the
// Compare view with the Minh Khai pilot (whose brick line is "not quantified") and the Training
// levers and before/after steps with the dryer on electricity and a little of the rejects made
// into bricks, in English and Vietnamese at 1280×800 and 360×780, whole pages.
// `node test/e2e/issue13-shots.mjs [folder]` after `npm run build` (default /tmp/screens/issue13).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, startPreview, textOf } from './helpers.mjs';
import { pageIn } from './training-shots.mjs';

const outDir = process.argv[2] ?? '/tmp/screens/issue13';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 360, height: 780 },
];

async function shootCompare(page, file) {
  await page.locator('plc-app nav a[href="#/compare"]').click();
  await page.waitForFunction(() => location.hash === '#/compare');
  await page.locator('plc-compare-view plc-measure-picker').first().locator('[data-preset="minh-khai-pilot"]').click();
  await page.locator('plc-compare-view plc-method-figures [data-testid="method-figures"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => {
      const view = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-compare-view')?.shadowRoot;
      return view && view.querySelectorAll('plc-sankey-chart').length === 2 && !view.querySelector('sl-spinner');
    },
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

/** Dryer on electricity, 95 % of the rejects still burned or dumped (5 % to bricks). */
async function setLevers(page) {
  await page.locator('plc-training-view plc-lever[name="burnedShare"] input').evaluate((input) => {
    input.value = '0.95';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  });
  await page.locator('plc-training-view plc-lever[name="dryingFuel"] input[value="electricity"]').evaluate((input) => input.click());
  await page.waitForFunction(
    () => {
      const view = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-training-view');
      return view?.training?.settled && view.training.after?.levers.dryingFuel === 'electricity' && view.training.after.levers.burnedShare === 0.95;
    },
    undefined,
    { timeout: 30_000 },
  );
}

async function shootTraining(page, prefix) {
  await page.locator('plc-app nav a[href="#/training"]').click();
  await page.locator('plc-training-view section.step plc-everyday-figures').first().waitFor({ timeout: 30_000 });
  for (const step of [3, 4]) {
    await page.locator(`plc-training-view plc-training-stepper [data-step="${step}"]`).click();
    await page.locator(`plc-training-view section.step[data-step="${step}"]`).waitFor();
    if (step === 3) await setLevers(page);
    await page.locator('plc-training-view plc-training-why [data-testid="why-worse"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    const file = `${prefix}-step${step + 1}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
}

await mkdir(outDir, { recursive: true });
const preview = await startPreview();
const browser = await launchBrowser();
try {
  for (const lang of ['en', 'vi']) {
    for (const size of SIZES) {
      const page = await pageIn(browser, lang, { viewport: size });
      await page.goto(`${preview.baseUrl}#/workbench`, { waitUntil: 'load' });
      await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 30_000);
      const tag = `${size.width}x${size.height}-${lang}`;
      await shootCompare(page, path.join(outDir, `compare-${tag}.png`));
      await shootTraining(page, path.join(outDir, `training-${tag}`));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await preview.stop();
}
