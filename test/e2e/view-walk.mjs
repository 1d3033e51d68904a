// One walk through every view of the app, shared by the Vietnamese-leak test (vi-leaks.mjs), the
// screenshots of issue 16 (vi-leaks.mjs --shots) and the offline journey: Workbench, Compare with
// the pilot preset, Dynamics after its run, Uncertainty after a run, Training (first step, levers,
// before and after with the take-away), Evaluation with the illustrative survey, its report, and
// the Library dialog (with its "New from example" choices). `stop(name)` is called at each stop once the
// view has settled; what it does there (scan, screenshot, axe) is the caller's.

/** Clicks a view's link (opening the collapsed navigation on a phone first) and waits for the hash. */
export async function openView(page, view) {
  const link = page.locator(`plc-app nav a[href="#/${view}"]`);
  if (!(await link.isVisible())) await page.locator('plc-app [data-testid="nav-toggle"]').click();
  await link.click();
  await page.waitForFunction((v) => location.hash === `#/${v}`, view);
}

/** Waits until nothing is moving (two still frames; endless spinners do not count). */
export async function settled(page) {
  const still = () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
  for (let i = 0; i < 2; i++) {
    await page.waitForFunction(still, undefined, { timeout: 60_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
}

/** The stops of the walk, in order; each leaves the page where the next one starts. */
export const STOPS = [
  {
    name: 'workbench',
    run: async (page) => {
      await openView(page, 'workbench');
      await page.locator('plc-result-figures [data-figure="productT"] .value').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'compare',
    run: async (page) => {
      await openView(page, 'compare');
      await page.locator('plc-compare-view plc-measure-picker [data-preset="minh-khai-pilot"]').first().click();
      await page.locator('plc-compare-view[data-status="done"] plc-sankey-chart [data-drawn]').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'dynamics',
    run: async (page) => {
      await openView(page, 'dynamics');
      await page.locator('plc-dynamics-view .run-facts').first().waitFor({ timeout: 90_000 });
    },
  },
  {
    name: 'uncertainty',
    run: async (page) => {
      await openView(page, 'uncertainty');
      await page.locator('plc-mc-controls sl-button[data-testid="run"]').click();
      await page.locator('plc-uncertainty-view [data-testid="probability"]').waitFor({ timeout: 90_000 });
    },
  },
  {
    name: 'training-start',
    run: async (page) => {
      await openView(page, 'training');
      await page.locator('plc-training-view section.step plc-everyday-figures').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'training-levers',
    run: async (page) => {
      await page.locator('plc-training-view plc-training-stepper [data-step="3"]').click();
      await page.locator('plc-training-view [data-testid="live-figures"]').waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'training-takeaway',
    run: async (page) => {
      await page.locator('plc-training-view plc-training-stepper [data-step="4"]').click();
      await page.locator('plc-training-view plc-takeaway').waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'evaluation',
    run: async (page) => {
      await openView(page, 'evaluation');
      await page.locator('plc-survey-import [data-testid="load-illustrative"]').click();
      await page.locator('plc-indicator-table [data-testid="group-table"]').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'report',
    run: async (page) => {
      await page.locator('plc-evaluation-view button[data-sub="report"]').click();
      await page.locator('plc-evaluation-view plc-report').first().waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => document.querySelector('.plc-print-root plc-report')?.hasAttribute('ready') ?? true, undefined, {
        timeout: 60_000,
      });
    },
  },
  {
    name: 'library',
    run: async (page) => {
      await openView(page, 'workbench');
      await page.locator('plc-app [data-testid="library-button"]').click();
      await page.locator('plc-library-dialog sl-dialog[open]').waitFor({ timeout: 60_000 });
      await page.locator('plc-library-dialog [data-testid="new-from-example"] sl-button').first().waitFor();
    },
  },
];

/** Walks every stop in `page` (already at the app), calling `stop(name)` at each. */
export async function walkViews(page, stop) {
  for (const { name, run } of STOPS) {
    await run(page);
    await settled(page);
    await stop(name);
  }
}
