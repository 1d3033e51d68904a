// The evaluator's journey: compare with the Minh Khai pilot preset → uncertainty → evaluation
// with the illustrative survey → report. Figures are checked against `npm run simulate`.
import { assert, goToView, parseShown, textOf } from '../helpers.mjs';

/** The Uncertainty view's default comparison is the Minh Khai pilot, i.e. this variant file's measures. */
export const MC_RUN = { draws: 2000, seed: 1 };

export async function evaluatorJourney({ newContext, baseUrl, check, cli }) {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(baseUrl, { waitUntil: 'load' });
  // The worker is ready once the first result is on the page.
  await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 60_000);

  await check('the Compare view with the Minh Khai pilot preset shows PCDD/F to air at least 90 % lower, as the CLI computes', async () => {
    const cliCompare = await cli.compare;
    if (cliCompare instanceof Error) throw cliCompare;
    await goToView(page, 'compare');
    await page.locator('plc-compare-view plc-measure-picker [data-preset="minh-khai-pilot"]').first().click();
    const card = 'plc-compare-view plc-headline-cards [data-figure="pcddf.air"] [data-column="0"]';
    // The cards are read once the comparison is done and its waterfall has drawn, not before.
    await page.locator('plc-compare-view[data-status="done"] plc-waterfall-chart [data-drawn]').first().waitFor({ timeout: 60_000 });
    const before = parseShown(await textOf(page, `${card} .before`));
    const after = parseShown(await textOf(page, `${card} .after`));
    assert(before > 0, `PCDD/F to air before is ${before}`);
    assert(after <= 0.1 * before, `PCDD/F to air falls only from ${before} to ${after} µg TEQ/yr`);
    const expected = cliCompare.after.pcddf.air;
    assert(Math.abs(after - expected) <= Math.max(0.005, expected * 0.005), `page shows ${after}, the CLI computed ${expected}`);
    const change = await textOf(page, `${card} .change`);
    // The pilot's brick line melts plastic whose PCDD/F nobody measured: the percentage is of the
    // quantified releases, and the words beside it say what is not quantified.
    assert(/falls by .* % of the quantified releases: better/.test(change), `the change reads "${change}"`);
    const missing = await textOf(page, `${card} [data-testid="not-quantified"]`);
    assert(missing === 'Melting plastic for bricks is not quantified.', `the words beside the change read "${missing}"`);
    const summary = await textOf(page, 'plc-compare-view [data-testid="pcddf-summary"]');
    assert(summary.includes('bricks'), `the summary does not name the bricks measure: "${summary}"`);
  });

  await check('the Uncertainty view runs 2,000 paired draws and states the probability `npm run simulate -- --mc --compare` gives', async () => {
    const cliMc = await cli.mc;
    if (cliMc instanceof Error) throw cliMc;
    await goToView(page, 'uncertainty');
    await page.locator('plc-mc-controls sl-input[name="draws"] input').fill(String(MC_RUN.draws));
    await page.locator('plc-mc-controls sl-input[name="seed"] input').fill(String(MC_RUN.seed));
    await page.locator('plc-mc-controls sl-button[data-testid="run"]').click();
    await page.locator('plc-uncertainty-view [data-testid="run-facts"]', { hasText: '2,000 paired draws' }).waitFor({ timeout: 60_000 });
    const sentence = await textOf(page, 'plc-uncertainty-view [data-testid="probability"]');
    const match = /^In (\d+(?:\.\d)?) % of draws the after scenario releases less PCDD\/F to air than before\./.exec(sentence);
    assert(match, `unexpected probability sentence: "${sentence}"`);
    const expected = cliMc.probabilityAfterBetter?.['pcddf.air'];
    assert(typeof expected === 'number', 'the CLI printed no probabilityAfterBetter for pcddf.air');
    // Whole percent (one decimal near 0 and 100): within half of the last digit shown.
    const shown = Number(match[1]);
    assert(Math.abs(shown - expected * 100) <= (match[1].includes('.') ? 0.05 : 0.5) + 1e-9, `page says ${shown} %, the CLI computed ${expected}`);
  });

  await check('the Evaluation view loads the illustrative survey and shows the group indicators with n and intervals', async () => {
    await goToView(page, 'evaluation');
    await page.locator('plc-survey-import [data-testid="load-illustrative"]').click();
    const source = await textOf(page, 'plc-evaluation-view [data-testid="survey-source"]', 60_000);
    assert(/illustrative/i.test(source), `the survey is not labelled illustrative: "${source}"`);
    const n = await textOf(page, 'plc-indicator-table tr[data-indicator="materialYield"] [data-cell="n"]', 60_000);
    // 12 households, MK-07 without an after row: 11 enter the paired change.
    assert(n === '11', `the yield change rests on ${n} households, expected 11`);
    const interval = await textOf(page, 'plc-indicator-table tr[data-indicator="pcddfAirUgTeqPerTProduct"] [data-cell="interval"]');
    assert(/^−[\d.,]+ to −[\d.,]+$/.test(interval), `PCDD/F to air per tonne: interval "${interval}" is not a fall`);
    const missing = await textOf(page, 'plc-survey-table tr[data-household="MK-03"][data-period="after"] td[data-column="water_m3_per_yr"]');
    assert(missing === '—', `a value not measured shows as "${missing}"`);
  });

  await check('the Evaluation report is built with its charts and comparisons, ready to print', async () => {
    await page.locator('plc-evaluation-view button[data-sub="report"]').click();
    // The print copy (outside the app) is ready once its charts are images and the comparisons are in.
    await page.waitForFunction(() => document.querySelector('.plc-print-root plc-report')?.hasAttribute('ready'), undefined, { timeout: 60_000 });
  });

  await context.close();
}
