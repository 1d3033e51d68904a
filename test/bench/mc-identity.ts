// Are two builds of the Wasm core's Monte Carlo and steady state bit-identical? Runs the same
// random cases through each build and hashes what they give: the steady state's whole result
// block; mcRun's headline figures for single and paired runs (before and a mutated after) at
// random seeds, first draws and draw counts, each also split in two calls at a random draw (which
// must give the same numbers: any worker count and block split); mcEvalAt at random
// probabilities; mcSample's drawn inputs. Cases mutate the fixtures and the bench line
// (des-identity.ts) and add uncertain inputs of the scenario (`uncertainty`) at random: none
// (only the library's factors and release parameters), prices only, or numbers of the balance
// (feed, composition, routes, capacities, days), with each kind of distribution; a third of them
// draw some inputs from scrambled Sobol′ points, a fifth from stream 1 (matrix B).
// `npx tsx test/bench/mc-identity.ts OLD.wasm NEW.wasm [cases] [case seed]`.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { validateScenario, type Dist, type Scenario } from '../../web/shared/model/scenario-schema.ts';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { Core } from '../../web/shared/model/core.ts';
import { buildUncertainInputs, loadModel, mcExports, type McModel, type UncertainInput } from '../../web/shared/analysis/uncertainty.ts';
import { getAt } from '../../web/shared/io/json-pointer.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import * as M from '../../assembly/mc-layout.ts';
import { baselines, mutate, random } from './des-identity.ts';

const PRICES = [
  '/prices/productPerTonne',
  '/prices/coalPerTonne',
  '/prices/electricityPerKWh',
  '/feed/pricePerTonne',
  '/prices/wagePerWorkerDay',
  '/bricks/pricePerBrick',
];
const BALANCE = [
  '/feed/tonnesPerDay',
  '/feed/composition/PE',
  '/feed/composition/PVC',
  '/residues/dumpFireFraction',
  '/residues/plasticRoutes/openBurning',
  '/units/0/capacityKgPerHour',
  '/units/1/electricityKWhPerTonne',
  '/units/0/heat/MJPerTonne',
  '/calendar/daysPerYear',
  '/bricks/plasticMassFraction',
];

function distAround(x: number, rnd: () => number): Dist {
  const v = x > 0 ? x : 0.5;
  const k = Math.floor(rnd() * 4);
  if (k === 0) return { type: 'lognormal', median: v, gsd: 1 + rnd() };
  if (k === 1) return { type: 'triangular', min: v * 0.8, mode: v, max: v * (1 + rnd()) };
  if (k === 2) return { type: 'uniform', min: v * 0.7, max: v * 1.2 };
  return { type: 'normal', mean: v, sd: v * rnd() * 0.3, min: rnd() < 0.5 ? 0 : undefined };
}

/** A model of the scenario with some of `pointers` made uncertain (those it has and the core reads). */
function model(sc: Scenario, pointers: string[], rnd: () => number): McModel {
  const library = loadEfLibrary();
  const items: { path: string; dist: Dist }[] = [];
  for (const path of pointers) {
    if (rnd() < 0.5) continue;
    const x = getAt(sc, path);
    if (typeof x !== 'number') continue;
    const trial = { ...sc, uncertainty: [...items, { path, dist: distAround(x, rnd) }] } as Scenario;
    try {
      buildUncertainInputs(trial, compileScenario(trial, library));
      items.push(trial.uncertainty!.at(-1)!);
    } catch {
      // a number the Monte Carlo cannot draw here (no slot, availability without MTBF…)
    }
  }
  const s = { ...sc, uncertainty: items } as Scenario;
  const compiled = compileScenario(s, library);
  return { compiled, inputs: buildUncertainInputs(s, compiled) };
}

export async function hashMcCases(
  wasmPath: string,
  cases: number,
  caseSeed: number,
): Promise<{ hash: string; draws: number; splitsAgree: boolean; scenarioInputs: number }> {
  const core = await Core.instantiate(new WebAssembly.Module(new Uint8Array(readFileSync(wasmPath))));
  const mc = mcExports(core);
  const bases = baselines();
  const rnd = random(caseSeed);
  const hash = createHash('sha256');
  let draws = 0;
  let splitsAgree = true;
  let scenarioInputs = 0; // inputs of the scenarios' own uncertainty lists, over all cases
  const out = (count: number) => new Float64Array(core.exports.memory.buffer, mc.mcOutPtr(), count).slice();
  for (let i = 0; i < cases; i++) {
    const sc = mutate(bases[Math.floor(rnd() * bases.length)], rnd);
    const kind = Math.floor(rnd() * 3);
    const pointers = kind === 0 ? [] : kind === 1 ? PRICES : [...PRICES, ...BALANCE];
    const before = model(sc, pointers, rnd);
    scenarioInputs += before.inputs.filter((x) => x.origin === 'scenario' && x.pointer.startsWith('/releases') === false).length;
    const steady = core.evaluate(before.compiled.params);
    hash.update(new Uint8Array(steady.buffer));
    const paired = rnd() < 0.4;
    // A third of the cases take some inputs' uniforms from scrambled Sobol′ points (Saltelli designs).
    const sobolSeed = Math.floor(rnd() * 1000);
    const sobol = rnd() < 0.33 ? { seed: sobolSeed, dimOf: (x: UncertainInput) => (x.key % 3 === 0 ? x.key % 40 : null) } : undefined;
    const stream = rnd() < 0.2 ? () => 1 : () => 0;
    loadModel(core, 0, before, stream, sobol);
    if (paired) {
      const other = validateScenario({ ...sc, residues: { ...sc.residues, dumpFireFraction: rnd() < 0.5 ? 0 : 0.5 } });
      if (!other.ok) throw new Error('the after case is invalid');
      loadModel(core, 1, model(other.scenario, pointers, rnd), stream, sobol);
    }
    const nBlocks = paired ? 2 : 1;
    const seed = Math.floor(rnd() * 1e12);
    const i0 = Math.floor(rnd() * 1e9);
    const n = 1 + Math.floor(rnd() * (rnd() < 0.2 ? 8000 : 700));
    if (mc.mcRun(seed, nBlocks, i0, n) !== M.MC_OK) throw new Error(`mcRun failed in case ${i}`);
    const whole = out(nBlocks * M.N_HEADLINE * n);
    hash.update(new Uint8Array(whole.buffer));
    draws += nBlocks * n;
    // The same draws in two calls.
    const n1 = Math.floor(rnd() * n);
    const parts = [
      [i0, n1],
      [i0 + n1, n - n1],
    ];
    for (const [from, count] of parts) {
      if (count === 0) continue;
      if (mc.mcRun(seed, nBlocks, from, count) !== M.MC_OK) throw new Error(`mcRun failed in case ${i}`);
      const part = out(nBlocks * M.N_HEADLINE * count);
      for (let row = 0; row < nBlocks * M.N_HEADLINE; row++)
        for (let d = 0; d < count; d++) if (!Object.is(part[row * count + d], whole[row * n + (from - i0) + d])) splitsAgree = false;
    }
    // The tornado's evaluations and the drawn inputs.
    const probs = new Float64Array(core.exports.memory.buffer, mc.mcProbsPtr(0), before.inputs.length);
    for (let k = 0; k < probs.length; k++) probs[k] = rnd() < 0.2 ? Number.NaN : rnd();
    if (mc.mcEvalAt(1) !== M.MC_OK) throw new Error(`mcEvalAt failed in case ${i}`);
    hash.update(new Uint8Array(out(M.N_HEADLINE).buffer));
    const m = Math.min(50, Math.floor(M.MC_OUT_CAPACITY / Math.max(1, before.inputs.length)));
    if (mc.mcSample(seed, 0, i0, m) !== M.MC_OK) throw new Error(`mcSample failed in case ${i}`);
    hash.update(new Uint8Array(out(before.inputs.length * m).buffer));
  }
  return { hash: hash.digest('hex'), draws, splitsAgree, scenarioInputs };
}

const [oldWasm, newWasm, cases = '300', seed = '12345'] = process.argv.slice(2);
if (oldWasm && newWasm) {
  const a = await hashMcCases(oldWasm, Number(cases), Number(seed));
  const b = await hashMcCases(newWasm, Number(cases), Number(seed));
  console.log(
    `${oldWasm}: ${a.hash}, ${a.draws.toLocaleString('en')} draws (${a.scenarioInputs} uncertain numbers of the scenarios), splits agree: ${a.splitsAgree}`,
  );
  console.log(
    `${newWasm}: ${b.hash}, ${b.draws.toLocaleString('en')} draws (${b.scenarioInputs} uncertain numbers of the scenarios), splits agree: ${b.splitsAgree}`,
  );
  const same = a.hash === b.hash && a.splitsAgree && b.splitsAgree;
  console.log(same ? `bit-identical over ${cases} cases` : 'DIFFERENT');
  process.exitCode = same ? 0 : 1;
}
