// Are two builds of the Wasm core's line dynamics bit-identical? Runs the same random cases
// (the baseline fixtures and the bench line, mutated: failures, capacities, shorter lines,
// separation, plastic routes, release method; random years, seeds, lots, buffers, arrivals,
// failure laws, burn policies, series points, event limits and replications) through each
// build and hashes every result block: its head, its burn list and its series up to the counts
// the head reports, and the whole block as the run left it.
// `npx tsx test/bench/des-identity.ts OLD.wasm NEW.wasm [cases] [case seed]`, e.g. after
// `git stash && npm run asbuild:release && cp web/wasm/core.wasm /tmp/old.wasm && git stash pop`.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { validateScenario, type Scenario } from '../../web/shared/model/scenario-schema.ts';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { compileDynamics, DynamicsEngine, type DynamicsOptions } from '../../web/shared/analysis/dynamics.ts';
import { Core } from '../../web/shared/model/core.ts';
import { TEST_LIBRARY } from '../unit/helpers.ts';
import { BENCH_LINE } from './des-bench.ts';
import * as D from '../../assembly/des-layout.ts';

type Mutable = Record<string, unknown> & { units: Record<string, unknown>[]; feed: { tonnesPerDay: number }; residues: Record<string, unknown> };

export function baselines(): Scenario[] {
  const dir = 'fixtures/scenarios/';
  const out: Scenario[] = [BENCH_LINE];
  for (const file of readdirSync(dir)) {
    const checked = validateScenario(JSON.parse(readFileSync(dir + file, 'utf8')));
    if (checked.ok) out.push(checked.scenario); // the "after" files are measure lists, not scenarios
  }
  return out;
}

export function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

export function mutate(base: Scenario, rnd: () => number): Scenario {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const sc = structuredClone(base) as unknown as Mutable;
  if (rnd() < 0.3) for (const u of sc.units) if (rnd() < 0.5) Object.assign(u, { mtbfHours: 5 + rnd() * 100, mttrHours: 0.5 + rnd() * 8 });
  if (rnd() < 0.2) sc.feed.tonnesPerDay *= 0.5 + rnd() * 2;
  if (rnd() < 0.15) for (const u of sc.units) if (rnd() < 0.3) u.capacityKgPerHour = 20 + rnd() * 100;
  if (rnd() < 0.1) for (const u of sc.units) if (rnd() < 0.3) Object.assign(u, { mtbfHours: 0.1 + rnd() * 0.5, mttrHours: 0.1 + rnd() });
  if (rnd() < 0.1) sc.units = sc.units.slice(0, 1 + Math.floor(rnd() * sc.units.length));
  if (rnd() < 0.3) {
    sc.residues.separation = { PET: { fraction: rnd(), to: pick(['landfill', 'cementKiln', 'sale']) }, PVC: { fraction: 0.5, to: 'cementKiln' } };
  }
  if (rnd() < 0.3) {
    const withBricks = [{ bricks: 0.5, cementKiln: 0.5 }, { openBurning: 0.3, dumping: 0.3, landfill: 0.2, sale: 0.2 }, { bricks: 1 }];
    sc.residues.plasticRoutes = sc.bricks ? pick(withBricks) : { openBurning: 0.3, dumping: 0.3, landfill: 0.2, cementKiln: 0.2 };
  }
  if (rnd() < 0.4) sc.releases = { ...((sc.releases as object) ?? {}), method: pick(['toolkit', 'chlorineAdjusted']) };
  const checked = validateScenario(sc);
  if (!checked.ok) throw new Error(`a mutated case is invalid: ${JSON.stringify(checked.errors).slice(0, 300)}`);
  return checked.scenario;
}

function options(rnd: () => number): DynamicsOptions {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  return {
    years: pick([0.01, 0.1, 0.5, 1, 2]),
    replications: 1,
    seed: Math.floor(rnd() * 1e9),
    lotKg: pick([undefined, 5, 10, 25, 50, 100]),
    bufferKg: pick([undefined, 0, 20, 100, 500, 5000]),
    arrivals: pick(['daily', 'poisson'] as const),
    failures: pick(['exponential', 'lognormal'] as const),
    failureCv: pick([undefined, 0.5, 1, 2]),
    burnPolicy: pick([{ everyDays: 1 }, { everyDays: 7 }, { thresholdKg: 50 }, { thresholdKg: 1000 }, { never: true as const }]),
    seriesPoints: pick([2, 50, 2000]),
  };
}

/** The hashes of `cases` random cases run through the build at `wasmPath`. */
export async function hashDesCases(wasmPath: string, cases: number, caseSeed: number): Promise<{ meaningful: string; whole: string; events: number }> {
  const engine = new DynamicsEngine(await Core.instantiate(new WebAssembly.Module(new Uint8Array(readFileSync(wasmPath)))));
  const bases = baselines();
  const rnd = random(caseSeed);
  const meaningful = createHash('sha256');
  const whole = createHash('sha256');
  let events = 0;
  for (let i = 0; i < cases; i++) {
    const sc = mutate(bases[Math.floor(rnd() * bases.length)], rnd);
    const opts = options(rnd);
    const params = compileScenario(sc, TEST_LIBRARY).params;
    const dp = compileDynamics(sc, opts);
    if (rnd() < 0.1) dp[D.DP_EVENT_LIMIT] = 1000 + Math.floor(rnd() * 20000);
    const reps = [[0], [0, 1, 2], [3], [5, 2]][Math.floor(rnd() * 4)];
    for (const r of reps) {
      const v = engine.runView(params, dp, r);
      events += v[D.DR_EVENTS];
      const bytes = (from: number, count: number) => new Uint8Array(v.buffer, v.byteOffset + from * 8, count * 8);
      whole.update(bytes(0, D.DR_SIZE));
      meaningful.update(bytes(0, D.DR_BURNS));
      meaningful.update(bytes(D.DR_BURNS, Math.min(v[D.DR_BURN_COUNT], D.DR_MAX_BURNS) * D.DRB_STRIDE));
      for (let k = 0; k < D.DS_COUNT; k++) meaningful.update(bytes(D.DR_SERIES + k * D.DR_MAX_POINTS, v[D.DR_SERIES_COUNT]));
    }
  }
  return { meaningful: meaningful.digest('hex'), whole: whole.digest('hex'), events };
}

const [before, after, cases = '300', seed = '12345'] = process.argv.slice(2);
if (before && after && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const a = await hashDesCases(before, Number(cases), Number(seed));
  const b = await hashDesCases(after, Number(cases), Number(seed));
  console.log(`${before}: ${a.meaningful} (whole blocks ${a.whole}), ${a.events.toLocaleString('en')} events`);
  console.log(`${after}: ${b.meaningful} (whole blocks ${b.whole}), ${b.events.toLocaleString('en')} events`);
  const same = a.meaningful === b.meaningful && a.whole === b.whole;
  console.log(same ? `bit-identical over ${cases} cases` : 'DIFFERENT');
  process.exitCode = same ? 0 : 1;
}
