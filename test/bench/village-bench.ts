// Village Monte Carlo speed (issue 18), single core, in Node: groups × draws per second, the
// time of one worker-sized block, and a village of 1,000 groups with 10,000 draws. Called by
// test/bench/bench.ts (BENCH_VILLAGE_FULL=0 skips the 1,000 × 10,000 run).
//
// Every group here has an uncertain input of its own (its PVC share), so no two groups can share
// a computation: this is the worst case. Groups that share a line and have no inputs of their
// own are computed once (village-mc.ts), which makes a real village far cheaper.

import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../../web/shared/analysis/measures.ts';
import { mapReader, resolveVillage, type ResolvedVillage } from '../../web/shared/analysis/village-load.ts';
import { planVillageMonteCarlo, runVillageBlock, runVillageMonteCarlo, villageBlockSize, type VillageMcPlan } from '../../web/shared/analysis/village-mc.ts';
import { loadCoreNode, loadEfLibrary } from '../../web/cli/load-core-node.ts';

const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const library = loadEfLibrary();
const catalogue = loadCatalogue(JSON.parse(readFileSync('fixtures/measures.json', 'utf8')));
const PILOT: string[] = JSON.parse(readFileSync('fixtures/scenarios/minh-khai-after.json', 'utf8')).measures;
const film = JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8'));
// The group's own input: the PVC share of its scrap (uniform 2–4 %, for the benchmark only).
const withOwnInput = { ...film, uncertainty: [{ path: '/feed/composition/PVC', dist: { type: 'uniform', min: 0.02, max: 0.04 } }] };

async function village(groups: number, adoption: boolean): Promise<{ resolved: ResolvedVillage; plan: VillageMcPlan }> {
  const doc = {
    format: 'plastic-line-village',
    version: 1,
    id: 'bench',
    name: 'Bench village',
    groups: Array.from({ length: groups }, (_, i) => ({
      id: `g${i}`,
      households: 1 + (i % 7),
      scenario: 'film.json',
      ...(adoption ? { adoption: { measures: PILOT, share: 0.3 } } : {}),
    })),
  };
  const r = await resolveVillage(doc, { reader: mapReader({ 'film.json': withOwnInput }), catalogue });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const p = planVillageMonteCarlo(r.village, library);
  if (!p.ok) throw new Error(p.errors.map((e) => e.message).join('\n'));
  return { resolved: r.village, plan: p.plan };
}

export async function runVillageBench(): Promise<void> {
  const core = await loadCoreNode();
  console.log("Village Monte Carlo (Minh Khai film line, 44 uncertain inputs of which 1 is the group's own: no groups merged), one core, Node");

  for (const adoption of [false, true]) {
    const { plan } = await village(100, adoption);
    const draws = 2000;
    runVillageBlock(core, plan, { draws, seed: 1, count: 200 }); // warm-up
    const ms: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      runVillageBlock(core, plan, { draws, seed: 1 });
      ms.push(performance.now() - t0);
    }
    const t = median(ms);
    const rate = (100 * draws) / (t / 1000);
    console.log(
      `  100 groups × ${fmt(draws)} draws, ${adoption ? 'each with an adoption (baseline + adopted line)' : 'no adoption (one line each)'}: ` +
        `${fmt(t, 0)} ms → ${fmt(rate)} groups × draws per second (${fmt((rate * plan.evaluationsPerDraw) / 100)} line evaluations/s)`,
    );
  }

  const { plan } = await village(1000, true);
  const block = villageBlockSize(plan.evaluationsPerDraw);
  runVillageBlock(core, plan, { draws: 10_000, seed: 1, count: block });
  const blockMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    runVillageBlock(core, plan, { draws: 10_000, seed: 1, start: i * block, count: block });
    blockMs.push(performance.now() - t0);
  }
  console.log(
    `  one worker call for 1,000 groups (a block of ${block} draws, ${fmt(block * plan.evaluationsPerDraw)} evaluations): median ${fmt(median(blockMs), 0)} ms`,
  );

  if (process.env.BENCH_VILLAGE_FULL === '0') return;
  const t0 = performance.now();
  const before = process.memoryUsage().rss;
  runVillageMonteCarlo(core, plan, 10_000, 1);
  const seconds = (performance.now() - t0) / 1000;
  const grownMB = (process.memoryUsage().rss - before) / 1e6;
  console.log(
    `  1,000 groups × 10,000 draws with adoption (20 M line evaluations): ${fmt(seconds, 1)} s on one core → ${fmt((1000 * 10_000) / seconds)} groups × draws per second; resident memory grew ${fmt(grownMB, 0)} MB`,
  );
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) await runVillageBench();
