// `npm run bench`: performance figures measured in one run on this machine (no timed tests).
// Prints each figure and, where two ways of doing the same work are compared, their ratio; then
// the bundle report, and at the end every goal of issue 17 with its measured minimum and median
// (goals.ts). BENCH_BROWSER=0 leaves out the Chromium figures (first view, worker speed-up, latency).

import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Bench } from 'tinybench';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { decodeResult } from '../../web/shared/model/decode.ts';
import { validateScenario } from '../../web/shared/model/scenario-schema.ts';
import { loadCoreNode, loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { addGoal, printGoals, skipGoal } from './goals.ts';
import { printBundleReport } from './bundle-report.ts';
import { runEditBench } from './edit-bench.ts';
import { runCliBench } from './cli-bench.ts';

const fmt = (x: number, d = 2) => x.toLocaleString('en-US', { maximumFractionDigits: d });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function steadyState(): Promise<void> {
  const library = loadEfLibrary();
  const checked = validateScenario(JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8')));
  if (!checked.ok) throw new Error('the Minh Khai fixture is invalid');
  const scenario = checked.scenario;
  const core = await loadCoreNode();
  const compiled = compileScenario(scenario, library);
  core.evaluate(compiled.params);

  // 1. Inside the core: evaluateRepeat(n) runs n evaluations without crossing the boundary.
  const n = 200_000;
  core.exports.evaluateRepeat(n); // warm-up
  const perEvalUs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    core.exports.evaluateRepeat(n);
    perEvalUs.push(((performance.now() - t0) * 1000) / n);
  }
  const inside = median(perEvalUs);

  // 2. Across the boundary: write the parameter block, evaluate, copy the result block back;
  // 3. and with decoding into the result document; 4. the whole path from a validated scenario.
  const bench = new Bench({ time: 1500, warmup: true });
  bench
    .add('boundary: params in, evaluate, results out', () => {
      core.evaluate(compiled.params);
    })
    .add('boundary + decode to the result document', () => {
      decodeResult(core.evaluate(compiled.params), compiled, scenario.id);
    })
    .add('compile + evaluate + decode', () => {
      const c = compileScenario(scenario, library);
      decodeResult(core.evaluate(c.params), c, scenario.id);
    })
    .add('validate + compile + evaluate + decode', () => {
      const v = validateScenario(scenario);
      if (v.ok) {
        const c = compileScenario(v.scenario, library);
        decodeResult(core.evaluate(c.params), c, scenario.id);
      }
    });
  await bench.run();

  console.log('Steady-state model, Minh Khai household line (one evaluation)');
  console.log(`  inside the core (median of 15 × ${fmt(n, 0)}): ${fmt(inside, 3)} µs  →  ${fmt(1e6 / inside, 0)} evaluations/s   (target ≤ 5 µs)`);
  for (const task of bench.tasks) {
    const r = task.result as unknown as { latency?: { p50?: number }; throughput?: { mean?: number } } | undefined;
    const medUs = (r?.latency?.p50 ?? NaN) * 1000;
    console.log(`  ${task.name}: median ${fmt(medUs, 3)} µs  →  ${fmt(1e6 / medUs, 0)} /s   (${fmt(medUs / inside, 1)} × the core alone)`);
  }
}

async function optional(path: string, fn: string): Promise<void> {
  try {
    const mod = (await import(path)) as Record<string, () => Promise<void>>;
    if (typeof mod[fn] === 'function') {
      console.log('');
      await mod[fn]();
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
}

/** Portfolio search: every subset of the whole catalogue on the Minh Khai line (issue 7). */
async function portfolio(): Promise<void> {
  const { loadCatalogue } = await import('../../web/shared/analysis/measures.ts');
  const { runPortfolio } = await import('../../web/shared/analysis/portfolio.ts');
  const library = loadEfLibrary();
  const checked = validateScenario(JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8')));
  if (!checked.ok) throw new Error('the Minh Khai fixture is invalid');
  const measures = loadCatalogue(JSON.parse(readFileSync('fixtures/measures.json', 'utf8')));
  const core = await loadCoreNode();
  runPortfolio(core, library, checked.scenario, measures.slice(0, 4)); // warm-up
  const times: number[] = [];
  let evaluations = 0;
  for (let i = 0; i < 3; i++) {
    const r = runPortfolio(core, library, checked.scenario, measures);
    times.push(r.elapsedMs);
    evaluations = r.evaluations;
  }
  console.log('');
  console.log(`Measure portfolio search, Minh Khai, all ${measures.length} catalogue measures (${evaluations} subsets), in Node`);
  console.log(`  median of 3: ${fmt(median(times), 0)} ms  →  ${fmt(evaluations / (median(times) / 1000), 0)} subsets/s (validate + patch + simulate each)`);
}

/** The bundle report, and the whole build's gzipped code (JS, CSS, Wasm, HTML; the data files apart). */
function bundle(): void {
  const { files } = printBundleReport();
  const code = files.filter((f) => /\.(js|mjs|css|wasm|html)$/.test(f.name)).reduce((a, f) => a + f.gzBytes, 0) / 1024;
  const data = files.filter((f) => !/\.(js|mjs|css|wasm|html)$/.test(f.name)).reduce((a, f) => a + f.gzBytes, 0) / 1024;
  console.log(`  code (JS, CSS, Wasm, HTML): ${code.toFixed(1)} KB gzipped; data files (JSON, CSV, manifest): ${data.toFixed(1)} KB`);
  addGoal({ figure: 'whole build, gzipped JS+CSS+Wasm+HTML (data files apart)', unit: 'KB', samples: [code], goal: '≤ 300 KB', meets: (v) => v <= 300 });
}

/** Chromium on the production build: the first view's bytes, the 2-worker speed-up, edit latency. */
async function browser(): Promise<void> {
  if (process.env.BENCH_BROWSER === '0') {
    for (const [figure, goal] of [
      ['first view, gzipped JS+CSS+Wasm', '≤ 150 KB'],
      ['2-worker speed-up, interleaved', '≥ 1.7×'],
      ['edit → updated figures, P95, Chromium, production build', '≤ 30 ms'],
    ])
      skipGoal(figure, goal, 'BENCH_BROWSER=0');
    return;
  }
  const { runFirstViewBench } = (await import('./first-view-bench.mjs')) as { runFirstViewBench: () => Promise<{ firstViewKb: number; atFiguresKb: number }> };
  const view = await runFirstViewBench();
  addGoal({
    figure: 'first view (#/workbench), gzipped JS+CSS+Wasm+HTML, until the network is idle',
    unit: 'KB',
    samples: [view.firstViewKb],
    goal: '≤ 150 KB',
    meets: (v) => v <= 150,
  });
  console.log('');
  const { runMcBrowserBench } = (await import('./mc-browser-bench.mjs')) as { runMcBrowserBench: () => Promise<{ speedUps: number[] }> };
  const mc = await runMcBrowserBench();
  addGoal({ figure: '2-worker speed-up, Monte Carlo in Chromium, interleaved', unit: '×', samples: mc.speedUps, goal: '≥ 1.7×', meets: (v) => v >= 1.7 });
  console.log('');
  const { runLatencyBench } = (await import('./latency-bench.mjs')) as { runLatencyBench: () => Promise<{ p95s: number[] }> };
  const latency = await runLatencyBench();
  addGoal({ figure: 'edit → updated figures, P95, Chromium, production build', unit: 'ms', samples: latency.p95s, goal: '≤ 30 ms', meets: (v) => v <= 30 });
}

console.log(
  `npm run bench, ${new Date().toISOString()}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
bundle();
console.log('');
await steadyState();
console.log('');
await runEditBench();
await portfolio();
await optional('./des-bench.ts', 'runDesBench');
await optional('./mc-bench.ts', 'runMcBench');
await optional('./village-bench.ts', 'runVillageBench');
console.log('');
runCliBench();
console.log('');
await browser();
if (process.env.BENCH_BROWSER !== '0' && process.env.BENCH_VILLAGE_FULL !== '0') await optional('./village-browser-bench.mjs', 'runVillageBrowserBench');
printGoals();
