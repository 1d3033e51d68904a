// Accessibility check (issue 8): axe-core in Chromium on the production build (served as in
// run.mjs), every main view in English and in Vietnamese — Workbench, Compare with results,
// Dynamics after its run, Uncertainty after a run, Training on the lever step and the last step,
// Evaluation with the illustrative survey, the Village view (Minh Khai), and the Library dialog. Fails on any violation of impact
// "moderate", "serious" or "critical" (WCAG 2.x A/AA and axe's best practices); lesser ones are listed only.
// The last line is `N passed, M failed`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchBrowser, startPreview, textOf } from './helpers.mjs';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LANGS = ['en', 'vi'];
const BLOCKING = new Set(['moderate', 'serious', 'critical']);
const results = [];

/** Runs axe on the whole page (it walks open shadow roots) and returns the violations. */
async function axe(page) {
  // Evaluated through the DevTools protocol: the page's CSP (no inline script) does not apply.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
      count: v.nodes.length,
    }));
  });
}

/** Waits until nothing on the page is moving: axe judges colours and visibility, and an alert
 *  fading in has neither its final contrast nor its final aria-hidden. Endless animations (a
 *  spinner) do not count; two frames in a row must be still. */
async function settled(page) {
  const still = () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
  for (let i = 0; i < 2; i++) {
    await page.waitForFunction(still, undefined, { timeout: 60_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
}

/** The one-time "Ready to work offline" note comes when the service worker has installed, at a
 *  moment of its own: wait for it (it is checked where it shows, with the workbench), then close it
 *  so that it cannot fade in or out while a later view is being checked. */
async function offlineNoteShown(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.locator('plc-update-notice sl-alert[data-testid="offline-ready"]').waitFor({ state: 'attached', timeout: 30_000 });
}
async function offlineNoteClosed(page) {
  await page.evaluate(() =>
    document
      .querySelector('plc-app')
      ?.shadowRoot?.querySelector('plc-update-notice')
      ?.shadowRoot?.querySelector('sl-alert[data-testid="offline-ready"]')
      ?.hide(),
  );
  await page.locator('plc-update-notice sl-alert[data-testid="offline-ready"]').waitFor({ state: 'detached', timeout: 30_000 });
}

async function check(name, page) {
  let violations;
  try {
    await settled(page);
    violations = await axe(page);
  } catch (error) {
    results.push(false);
    console.log(`not ok - ${name}\n    axe could not run: ${error.message}`);
    return;
  }
  const blocking = violations.filter((v) => BLOCKING.has(v.impact));
  const minor = violations.filter((v) => !BLOCKING.has(v.impact));
  results.push(blocking.length === 0);
  console.log(`${blocking.length === 0 ? 'ok' : 'not ok'} - ${name}${minor.length ? ` (${minor.length} minor: ${minor.map((v) => v.id).join(', ')})` : ''}`);
  for (const v of minor) console.log(`    [minor] ${v.id}: ${v.help} (${v.count}×)\n      ${v.targets.join('\n      ')}`);
  for (const v of blocking) console.log(`    [${v.impact}] ${v.id}: ${v.help} (${v.count}×)\n      ${v.targets.join('\n      ')}`);
}

async function go(page, view) {
  await page.locator(`plc-app nav a[href="#/${view}"]`).click();
  await page.waitForFunction((v) => location.hash === `#/${v}`, view);
}

const preview = await startPreview();
try {
  for (const lang of LANGS) {
    const browser = await launchBrowser({ lang });
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      await page.goto(`${preview.baseUrl}#/workbench`, { waitUntil: 'load' });
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 60_000);
      await offlineNoteShown(page);
      await check(`${lang}: workbench`, page);
      await offlineNoteClosed(page);

      await go(page, 'compare');
      await page.locator('plc-compare-view plc-measure-picker [data-preset="minh-khai-pilot"]').first().click();
      await page.locator('plc-compare-view[data-status="done"] plc-sankey-chart [data-drawn]').first().waitFor({ timeout: 60_000 });
      await check(`${lang}: compare (pilot measures)`, page);

      await go(page, 'dynamics');
      await textOf(page, 'plc-dynamics-view .run-facts', 60_000);
      await check(`${lang}: dynamics (after a run)`, page);

      await go(page, 'uncertainty');
      await page.locator('plc-mc-controls sl-button[data-testid="run"]').click();
      await page.locator('plc-uncertainty-view [data-testid="probability"]').waitFor({ timeout: 60_000 });
      await check(`${lang}: uncertainty (after a run)`, page);

      await go(page, 'training');
      await page.locator('plc-training-view section.step plc-everyday-figures').first().waitFor({ timeout: 60_000 });
      await check(`${lang}: training, step 1`, page);
      await page.locator('plc-training-view plc-training-stepper [data-step="3"]').click();
      await page.locator('plc-training-view plc-training-levers').waitFor();
      await page.locator('plc-training-view [data-testid="live-figures"]').waitFor({ timeout: 60_000 });
      await check(`${lang}: training, levers`, page);
      await page.locator('plc-training-view plc-training-stepper [data-step="4"]').click();
      await page.locator('plc-training-view plc-takeaway').waitFor({ timeout: 60_000 });
      await check(`${lang}: training, before and after with take-away`, page);

      await go(page, 'evaluation');
      await page.locator('plc-survey-import [data-testid="load-illustrative"]').click();
      await textOf(page, 'plc-indicator-table [data-testid="group-table"]', 60_000);
      await check(`${lang}: evaluation (illustrative survey)`, page);

      await go(page, 'village');
      await page.locator('plc-village-view section > plc-village-totals [data-figure="pcddf.total"]').waitFor({ timeout: 60_000 });
      await page.locator('plc-village-view plc-village-curve plc-line-chart[data-drawn]').waitFor({ timeout: 60_000 });
      await check(`${lang}: village (Minh Khai)`, page);

      await page.locator('plc-app [data-testid="library-button"]').click();
      await page.locator('plc-library-dialog sl-dialog[open]').waitFor({ timeout: 60_000 });
      // The dialog's opening animation has finished (no running animation on it or its panel).
      await page.waitForFunction(
        () => {
          const dialog = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-library-dialog')?.shadowRoot?.querySelector('sl-dialog');
          const parts = dialog ? [dialog, ...dialog.shadowRoot.querySelectorAll('[part]')] : [];
          return dialog && parts.every((el) => el.getAnimations().every((a) => a.playState !== 'running'));
        },
        undefined,
        { timeout: 60_000 },
      );
      await check(`${lang}: library dialog`, page);
    } catch (error) {
      results.push(false);
      console.log(`not ok - ${lang}: the walk through the views stopped\n    ${String(error?.message ?? error).split('\n')[0]}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await preview.stop();
}

const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
