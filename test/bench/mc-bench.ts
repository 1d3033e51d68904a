// Monte Carlo speed of the steady-state model on the Minh Khai fixture, single core, in Node
// (issue 6 target: ≥ 200,000 evaluations per second per core). Called by test/bench/bench.ts.

import { readFileSync } from 'node:fs';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { validateScenario } from '../../web/shared/model/scenario-schema.ts';
import { buildUncertainInputs, loadModel, mcExports, runMonteCarlo, runPaired, type McModel } from '../../web/shared/analysis/uncertainty.ts';
import { runSobol } from '../../web/shared/analysis/sensitivity.ts';
import { loadCoreNode, loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { addGoal } from './goals.ts';
import { medianTime } from './timing.ts';

const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d });

export async function runMcBench(): Promise<void> {
  const library = loadEfLibrary();
  const checked = validateScenario(JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8')));
  if (!checked.ok) throw new Error('the Minh Khai fixture is invalid');
  const compiled = compileScenario(checked.scenario, library);
  const model: McModel = { compiled, inputs: buildUncertainInputs(checked.scenario, compiled) };
  const afterScenario = { ...checked.scenario, residues: { ...checked.scenario.residues, dumpFireFraction: 0 } };
  const afterCompiled = compileScenario(afterScenario, library);
  const after: McModel = { compiled: afterCompiled, inputs: buildUncertainInputs(afterScenario, afterCompiled) };
  const core = await loadCoreNode();
  const mc = mcExports(core);

  const n = 9000; // one call's worth of draws (the output buffer holds 9,362 per scenario pair)
  loadModel(core, 0, model);
  const insideRates: number[] = [];
  for (let k = 0; k < 9; k++) insideRates.push((n / medianTime(3, () => mc.mcRun(1, 1, 0, n))) * 1000);
  addGoal({ figure: 'Monte Carlo evaluations/s per core, in the core', unit: '/s', samples: insideRates, goal: '≥ 1,000,000', meets: (v) => v >= 1e6 });
  const draws = 50_000;
  const single = medianTime(7, () => {
    runMonteCarlo(core, compiled, model.inputs, { draws, seed: 1 });
  });
  const paired = medianTime(7, () => {
    runPaired(core, model, after, { draws, seed: 1 });
  });

  console.log(`Monte Carlo, Minh Khai household line (${model.inputs.length} uncertain inputs: the library's emission-factor distributions)`);
  console.log(`  inside the core (mcRun, ${fmt(n)} draws, 9 repetitions): ${insideRates.map((x) => fmt(x)).join(', ')} evaluations/s`);
  console.log(`  runMonteCarlo, ${fmt(draws)} draws incl. copying the figures out: ${fmt((draws / single) * 1000)} evaluations/s`);
  console.log(`  runPaired (before + after), ${fmt(draws)} draws: ${fmt(((2 * draws) / paired) * 1000)} evaluations/s  (${fmt(paired, 1)} ms)`);

  // The Saltelli design of the Sobol indices: scrambled Sobol′ points against pseudo-random draws.
  const base = 2048;
  const sobolMs = medianTime(5, () => {
    runSobol(core, [model], { baseSamples: base, seed: 1, sampler: 'sobol' });
  });
  const randomMs = medianTime(5, () => {
    runSobol(core, [model], { baseSamples: base, seed: 1, sampler: 'random' });
  });
  const evaluations = base * (model.inputs.length + 2);
  console.log(
    `  Sobol indices design, N = ${fmt(base)} (${fmt(evaluations)} evaluations): Sobol′ points ${fmt(sobolMs, 1)} ms, pseudo-random ${fmt(randomMs, 1)} ms (× ${fmt(sobolMs / randomMs, 2)})`,
  );
}
