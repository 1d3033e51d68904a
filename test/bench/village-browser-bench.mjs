// The Village view at scale in Chromium (issue 18): the production build (dist/, from `npm run
// build`) served by `vite preview`; a village of 1,000 groups (the Minh Khai film line, each group
// with an uncertain input of its own, its PVC share, so that no two groups merge: the worst case;
// each group may adopt the pilot's measures, share 0.3) is imported through the view's file input,
// and its 10,000-draw Monte Carlo is started with the view's button, in the page's worker pool.
// While it runs, a PerformanceObserver records the main thread's long tasks ('longtask', > 50 ms).
// Prints the run's wall time, groups × draws per second, and the long tasks seen (count, longest).
// A long task's attribution in Chromium names only the frame, not the script, so every long task
// of the page during the run is counted (an upper bound on those the page's own work causes).
// Run alone (`node test/bench/village-browser-bench.mjs`) or through test/bench/bench.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, repoRoot, startPreview } from '../e2e/helpers.mjs';

const GROUPS = Number(process.env.VILLAGE_GROUPS ?? 1000);
const DRAWS = Number(process.env.VILLAGE_DRAWS ?? 10_000);
const fmt = (x, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d });

function files() {
  const read = (p) => JSON.parse(readFileSync(path.join(repoRoot, p), 'utf8'));
  const film = read('fixtures/scenarios/minh-khai-before.json');
  const pilot = read('fixtures/scenarios/minh-khai-after.json').measures;
  const own = { ...film, uncertainty: [{ path: '/feed/composition/PVC', dist: { type: 'uniform', min: 0.02, max: 0.04 } }] };
  const village = {
    format: 'plastic-line-village',
    version: 1,
    id: 'bench-1000',
    name: `Bench village of ${GROUPS} groups`,
    groups: Array.from({ length: GROUPS }, (_, i) => ({
      id: `g${i}`,
      households: 1 + (i % 7),
      scenario: 'film-own.json',
      adoption: { measures: pilot, share: 0.3 },
    })),
  };
  const json = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
  return [json('bench-village.json', village), json('film-own.json', own)];
}

export async function runVillageBrowserBench() {
  const preview = await startPreview();
  let browser;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${preview.baseUrl}#/village`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-village-view')?.run?.document.result?.value.ok,
      undefined,
      { timeout: 60_000 },
    );
    await page.locator('plc-village-view [data-testid="village-import"]').setInputFiles(files());
    const t0 = Date.now();
    await page.waitForFunction(
      (n) => {
        const r = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-village-view')?.run?.document;
        return r && !r.running && r.result?.value.ok && r.result.value.value.groups.length === n;
      },
      GROUPS,
      { timeout: 120_000, polling: 200 },
    );
    const docMs = Date.now() - t0;
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    // Long tasks from here on, and the run's progress events as they reach the page.
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration })))).observe({
        type: 'longtask',
      });
      const run = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-village-view').run;
      window.__progress = [];
      // The page's own rendering, timed: every update of the view's elements and charts.
      window.__renders = [];
      const tags = [
        'plc-village-view',
        'plc-village-totals',
        'plc-village-groups',
        'plc-village-curve',
        'plc-village-stack',
        'plc-village-inventory',
        'plc-village-summary',
        'plc-line-chart',
        'plc-chart',
        'plc-run-progress',
      ];
      for (const tag of tags) {
        const proto = customElements.get(tag)?.prototype;
        if (!proto) continue;
        const original = proto.performUpdate;
        proto.performUpdate = function (...args) {
          const t0 = performance.now();
          try {
            return original.apply(this, args);
          } finally {
            window.__renders.push({ tag, start: t0, ms: performance.now() - t0 });
          }
        };
      }
      run.addEventListener('change', () => run.state.progress && window.__progress.push(run.state.progress.done));
    });
    await page.locator('plc-village-view [data-testid="mc-draws"]').selectOption('10000');
    if (DRAWS !== 10_000)
      await page.evaluate((n) => {
        const run = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-village-view').run;
        const start = run.start.bind(run);
        run.start = (request) => start({ ...request, draws: n });
      }, DRAWS);
    // What the page posts with every block: the village request, structured-cloned.
    const cloneMs = await page.evaluate(() => {
      const request = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-village-view').run.document.request;
      const t0 = performance.now();
      for (let i = 0; i < 20; i++) structuredClone(request);
      return (performance.now() - t0) / 20;
    });
    const started = await page.evaluate(() => performance.now());
    await page.locator('plc-village-view [data-testid="mc-run"]').click();
    await page.waitForFunction(
      () => ['done', 'failed', 'cancelled'].includes(document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-village-view')?.run?.status),
      undefined,
      { timeout: 600_000, polling: 500 },
    );
    const out = await page.evaluate((t) => {
      const run = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-village-view').run;
      const tasks = window.__longTasks.filter((e) => e.start >= t);
      return {
        status: run.status,
        ok: run.state.result?.value.ok ?? false,
        ms: performance.now() - t,
        plan: run.state.result?.value.ok ? run.state.result.value.value.run.plan : null,
        longTasks: tasks.length,
        renders: window.__renders.filter((e) => e.start >= t).length,
        longestRender: Math.max(0, ...window.__renders.filter((e) => e.start >= t).map((e) => e.ms)),
        slowRenders: window.__renders
          .filter((e) => e.start >= t && e.ms > 16)
          .map((e) => `${e.tag} ${Math.round(e.ms)} ms`)
          .join(', '),
        rendersInLongTasks: tasks.map((l) => window.__renders.filter((r) => r.start >= l.start && r.start < l.start + l.ms).reduce((x, r) => x + r.ms, 0)),
        over50: tasks.filter((e) => e.ms > 50).length,
        longest: Math.max(0, ...tasks.map((e) => e.ms)),
        timeline: tasks.map((e) => `${Math.round(e.start - t)}+${Math.round(e.ms)}`).join(' '),
        progressEvents: new Set(window.__progress).size,
      };
    }, started);
    if (!out.ok) throw new Error(`the village Monte Carlo ended ${out.status}`);
    const rate = (GROUPS * DRAWS) / (out.ms / 1000);
    console.log(
      `Village view in Chromium: ${fmt(GROUPS)} groups × ${fmt(DRAWS)} draws, each group adopting (2 line evaluations per group and draw), ${cores} logical cores`,
    );
    console.log(`  village document of ${fmt(GROUPS)} groups: ${fmt(docMs)} ms (core worker)`);
    console.log(`  Monte Carlo (worker pool, blocks of ${out.plan?.blockSize} draws): ${fmt(out.ms / 1000, 1)} s = ${fmt(rate)} groups × draws per second`);
    console.log(
      `  the request posted with each worker's first block of a run (village of ${fmt(GROUPS)} groups and its files; later blocks name it): structured clone ${fmt(cloneMs, 1)} ms`,
    );
    console.log(`  progress updates reaching the page: ${fmt(out.progressEvents)}`);
    console.log(`  main-thread long tasks during the run: ${out.longTasks} (over 50 ms: ${out.over50}; longest ${fmt(out.longest)} ms)`);
    console.log(
      `  the page's own rendering during the run: ${fmt(out.renders)} element updates, the longest ${fmt(out.longestRender, 1)} ms; inside the long tasks: ${out.rendersInLongTasks.map((x) => `${fmt(x, 1)} ms`).join(', ') || 'none'}`,
    );
    if (process.env.VERBOSE) console.log(`  element updates over 16 ms: ${out.slowRenders || 'none'}`);
    if (process.env.VERBOSE) console.log(`  long tasks (ms after the click + duration): ${out.timeline}`);
    return { groups: GROUPS, draws: DRAWS, seconds: out.ms / 1000, rate, cloneMs, ...out };
  } finally {
    await browser?.close().catch(() => undefined);
    await preview.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runVillageBrowserBench();
