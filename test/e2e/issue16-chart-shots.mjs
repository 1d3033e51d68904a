// Screenshots for issue 16 part B (charts, inputs and layout of Dynamics, Uncertainty, Training,
// Evaluation, Compare and the Workbench's portfolio chart) in English and Vietnamese at 1280×800
// and 360×780, whole pages. `node test/e2e/issue16-chart-shots.mjs [folder] [view…]` after
// `npm run build` (default /tmp/screens/issue16).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { goToView, launchBrowser, startPreview, textOf } from './helpers.mjs';
import { pageIn } from './training-shots.mjs';

const outDir = process.argv[2] ?? '/tmp/screens/issue16';
const only = process.argv.slice(3);
const SIZES = [
  { width: 1280, height: 800 },
  { width: 360, height: 780 },
];

async function settle(page) {
  await page.waitForTimeout(400);
}

const SHOTS = {
  async dynamics(page, shot) {
    await goToView(page, 'dynamics');
    const controls = 'plc-dynamics-view plc-dynamics-controls';
    await textOf(page, 'plc-dynamics-view .run-facts', 60_000);
    await page.locator(`${controls} sl-input[name="years"] input`).fill('5');
    await page.locator(`${controls} sl-input[name="replications"] input`).fill('3');
    await page.locator(`${controls} sl-button[data-testid="run"]`).click();
    await page.locator('plc-dynamics-view .run-facts', { hasText: /5/ }).waitFor({ timeout: 120_000 });
    await settle(page);
    await shot('dynamics');
  },
  async uncertainty(page, shot) {
    await goToView(page, 'uncertainty');
    await page.locator('plc-mc-controls sl-input[name="draws"] input').fill('2000');
    await page.locator('plc-mc-controls sl-button[data-testid="run"]').click();
    await page.locator('plc-uncertainty-view [data-testid="run-facts"]').waitFor({ timeout: 120_000 });
    await settle(page);
    await shot('uncertainty');
  },
  async training(page, shot) {
    await goToView(page, 'training');
    await page.locator('plc-training-view section.step plc-everyday-figures').first().waitFor({ timeout: 30_000 });
    for (const step of [1, 4]) {
      await page.locator(`plc-training-view plc-training-stepper [data-step="${step}"]`).click();
      await page.locator(`plc-training-view section.step[data-step="${step}"]`).waitFor();
      await page.waitForTimeout(800);
      await shot(`training-step${step + 1}`);
    }
  },
  async evaluation(page, shot) {
    await goToView(page, 'evaluation');
    await page.locator('plc-survey-import [data-testid="load-illustrative"]').click();
    await textOf(page, 'plc-indicator-table tr[data-indicator="materialYield"] [data-cell="n"]', 60_000);
    await settle(page);
    await shot('evaluation');
    await page.locator('plc-evaluation-view button[data-sub="report"]').click();
    await page.waitForFunction(() => document.querySelector('.plc-print-root plc-report')?.hasAttribute('ready'), undefined, { timeout: 60_000 });
    await settle(page);
    await shot('evaluation-report');
  },
  async compare(page, shot) {
    await goToView(page, 'compare');
    await page.locator('plc-compare-view plc-measure-picker [data-preset="minh-khai-pilot"]').first().click();
    await page.locator('plc-compare-view[data-status="done"] plc-waterfall-chart [data-drawn]').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(800);
    await shot('compare');
  },
  async portfolio(page, shot) {
    await page.locator('plc-portfolio-panel').scrollIntoViewIfNeeded(); // it asks for the catalogue once seen
    const boxes = page.locator('plc-portfolio-panel input[type="checkbox"]');
    await boxes.first().waitFor({ timeout: 60_000 });
    const n = Math.min(await boxes.count(), 12);
    for (let i = 0; i < n; i++) await boxes.nth(i).check();
    await page.locator('plc-portfolio-panel button[data-testid="portfolio-run"]').click();
    await page.locator('plc-portfolio-panel [data-testid="portfolio-results"]').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(800);
    await page.locator('plc-portfolio-panel').screenshot({ path: shot.file('portfolio') });
    console.log(shot.file('portfolio'));
  },
};

await mkdir(outDir, { recursive: true });
const preview = await startPreview();
const browser = await launchBrowser();
try {
  for (const lang of ['en', 'vi']) {
    for (const size of SIZES) {
      const tag = `${size.width}-${lang}`;
      for (const [name, take] of Object.entries(SHOTS)) {
        if (only.length && !only.includes(name)) continue;
        const page = await pageIn(browser, lang, { viewport: size });
        await page.goto(`${preview.baseUrl}#/workbench`, { waitUntil: 'load' });
        await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 60_000);
        const shot = async (what) => {
          const file = path.join(outDir, `${what}-${tag}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        };
        shot.file = (what) => path.join(outDir, `${what}-${tag}.png`);
        try {
          await take(page, shot);
        } catch (error) {
          console.error(`${name} ${tag}: ${error.message}`);
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await preview.stop();
}
