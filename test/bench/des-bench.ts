// Events per second of the line-dynamics engine: the Wasm core (release build) against the same
// algorithm in plain TypeScript (des-plain.ts), same workload, same process.
// Run alone with `npx tsx test/bench/des-bench.ts` after `npm run asbuild:release`.

import { pathToFileURL } from 'node:url';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { compileDynamics, DynamicsEngine } from '../../web/shared/analysis/dynamics.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';
import { loadCoreNode } from '../../web/cli/load-core-node.ts';
import { TEST_LIBRARY } from '../unit/helpers.ts';
import { runPlainDes } from './des-plain.ts';

/** A 5-unit line with failures on every unit, fed beyond the extruder's capacity. */
export const BENCH_LINE = {
  format: 'plastic-line-scenario',
  version: 1,
  id: 'bench-5-units',
  name: 'Five units with failures',
  calendar: { daysPerYear: 300, hoursPerDay: 10 },
  feed: { tonnesPerDay: 3, composition: { PE: 0.6, PP: 0.15, PVC: 0.05, dirt: 0.12, moisture: 0.08 } },
  units: [
    { id: 'sort', type: 'sorting', capacityKgPerHour: 400, mtbfHours: 80, mttrHours: 2, removal: { PVC: { fraction: 0.8, to: 'rejects' } } },
    { id: 'shred', type: 'shredding', capacityKgPerHour: 350, mtbfHours: 40, mttrHours: 4 },
    { id: 'wash', type: 'washing', capacityKgPerHour: 320, mtbfHours: 60, mttrHours: 3, removal: { dirt: { fraction: 0.8, to: 'wastewater' } } },
    { id: 'dry', type: 'drying', capacityKgPerHour: 300, mtbfHours: 100, mttrHours: 5, removal: { moisture: { fraction: 0.9, to: 'evaporation' } } },
    { id: 'extrude', type: 'extrusion', capacityKgPerHour: 250, mtbfHours: 30, mttrHours: 6, processLossFraction: 0.03 },
  ],
  residues: { plasticRoutes: { openBurning: 1 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0 },
} as unknown as Scenario;

const YEARS = 40;

function measure(label: string, minMs: number, once: (rep: number) => number): { eventsPerSecond: number; events: number } {
  once(0); // warm-up (JIT tiers, Wasm tier-up)
  let events = 0;
  let rep = 1;
  const start = performance.now();
  let elapsed: number;
  do {
    events += once(rep++);
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  const eventsPerSecond = events / (elapsed / 1000);
  console.log(
    `${label.padEnd(28)} ${(eventsPerSecond / 1e6).toFixed(2).padStart(7)} M events/s  (${events.toLocaleString('en')} events, ${rep - 1} runs, ${elapsed.toFixed(0)} ms)`,
  );
  return { eventsPerSecond, events };
}

export async function runDesBench(): Promise<void> {
  const engine = new DynamicsEngine(await loadCoreNode());
  const params = compileScenario(BENCH_LINE, TEST_LIBRARY).params;
  const desParams = compileDynamics(BENCH_LINE, { years: YEARS, replications: 1, seed: 7, burnPolicy: { everyDays: 7 } });

  const wasmFirst = engine.run(params, desParams, 0);
  const plainFirst = runPlainDes(params, desParams, 0);
  console.log(`line dynamics: 5 units with failures, ${YEARS} years per run; events per run Wasm ${wasmFirst[0]}, plain TS ${plainFirst.events}`);

  const wasm = measure('Wasm (AssemblyScript)', 1500, (rep) => engine.runView(params, desParams, rep)[0]);
  const plain = measure('plain TypeScript', 1500, (rep) => runPlainDes(params, desParams, rep).events);
  console.log(
    `Wasm / plain TypeScript: ${(wasm.eventsPerSecond / plain.eventsPerSecond).toFixed(2)}×  (target ≥ 10 M events/s in Wasm: ${wasm.eventsPerSecond >= 1e7 ? 'met' : 'NOT met'})`,
  );
  replicationScaling(engine);
}

/** Time of n replications, one after the other as runDynamics asks for them. */
function replicationsMs(engine: DynamicsEngine, params: Float64Array, desParams: Float64Array, n: number): number {
  const start = performance.now();
  for (let r = 0; r < n; r++) engine.runView(params, desParams, r);
  return performance.now() - start;
}

/** Replication cost must grow linearly in the count: 2,000 replications ≈ 10 × 200 (issue 14).
 *  A short horizon keeps the run brief; interleaved repetitions share the machine's load. */
function replicationScaling(engine: DynamicsEngine): void {
  const params = compileScenario(BENCH_LINE, TEST_LIBRARY).params;
  const desParams = compileDynamics(BENCH_LINE, { years: 0.02, replications: 1, seed: 7, burnPolicy: { everyDays: 7 } });
  replicationsMs(engine, params, desParams, 50); // warm-up
  const ratios: number[] = [];
  const small: number[] = [];
  const large: number[] = [];
  for (let k = 0; k < 3; k++) {
    const a = replicationsMs(engine, params, desParams, 200);
    const b = replicationsMs(engine, params, desParams, 2000);
    small.push(a);
    large.push(b);
    ratios.push(b / a);
  }
  const sorted = [...ratios].sort((x, y) => x - y);
  const median = sorted[1];
  console.log(`replications (6 working days each): 200 in ${Math.min(...small).toFixed(0)} ms, 2,000 in ${Math.min(...large).toFixed(0)} ms (min of 3)`);
  console.log(
    `2,000 ÷ 200 replications: min ${sorted[0].toFixed(1)}×, median ${median.toFixed(1)}×  (goal ≤ 11×, linear: ${median <= 11 ? 'met' : 'NOT met'})`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runDesBench();
}
