// `npm run bench:against -- REV`: the same figures measured on this tree and on an earlier revision,
// interleaved in one run (old, new, new, old, old, new…), so that "no slower than before" is a
// measurement, not a memory. The earlier revision is checked out once into a detached worktree under
// the system's temporary folder, shares this tree's node_modules and gets its own Wasm release build.
//
// Both trees are driven through the same public functions (compileScenario, validateScenario,
// decodeResult, DynamicsEngine, runMonteCarlo, runPaired); only their paths moved when the house
// was rebuilt by feature (issue 15), so each probe finds them under either layout.
//
// `tsx test/bench/against.ts --probe DIR` measures one tree and prints one JSON line.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { medianOf, minOf } from './goals.ts';
import { eventStretch, medianCpuTime, medianTime } from './timing.ts';

interface Figure {
  key: string;
  label: string;
  unit: string;
  /** Whether a larger value is better (rates) or worse (times). */
  higherIsBetter: boolean;
}

const FIGURES: Figure[] = [
  { key: 'coreUs', label: 'one evaluation inside the core', unit: 'µs', higherIsBetter: false },
  { key: 'boundaryDecodeUs', label: 'evaluate across the boundary + decode', unit: 'µs', higherIsBetter: false },
  { key: 'fullPathUs', label: 'validate + compile + evaluate + decode', unit: 'µs', higherIsBetter: false },
  { key: 'editUs', label: 'one-field edit (EditValidator, simulateScenario)', unit: 'µs', higherIsBetter: false },
  { key: 'editCpuUs', label: 'one-field edit, CPU time', unit: 'µs', higherIsBetter: false },
  { key: 'desMevents', label: 'line dynamics, Minh Khai, 10 years a run', unit: 'M events/s', higherIsBetter: true },
  { key: 'mcKps', label: 'Monte Carlo, 50,000 draws (runMonteCarlo)', unit: 'k evaluations/s', higherIsBetter: true },
  { key: 'pairedKps', label: 'paired before/after, 50,000 draws (runPaired)', unit: 'k evaluations/s', higherIsBetter: true },
  { key: 'mcCoreKps', label: 'Monte Carlo inside the core (mcRun, 9,000 draws)', unit: 'k evaluations/s', higherIsBetter: true },
  { key: 'mcCoreCpuKps', label: 'Monte Carlo inside the core, per CPU second', unit: 'k evaluations/s', higherIsBetter: true },
];

/** The first of the candidate paths (relative to the tree) that exists, as an importable URL. */
function modulePath(root: string, ...candidates: string[]): string {
  for (const c of candidates) {
    const full = path.join(root, c);
    if (existsSync(full)) return pathToFileURL(full).href;
  }
  throw new Error(`none of ${candidates.join(', ')} in ${root}`);
}

/** One tree's figures (runs with the tree as the working folder). */
async function probe(root: string): Promise<Record<string, number>> {
  const model = (name: string) => modulePath(root, `web/shared/model/${name}.ts`, `web/shared/${name}.ts`);
  const analysis = (name: string) => modulePath(root, `web/shared/analysis/${name}.ts`, `web/shared/${name}.ts`);
  const { compileScenario } = await import(model('compile'));
  const { decodeResult } = await import(model('decode'));
  const { validateScenario } = await import(model('scenario-schema'));
  const { compileDynamics, DynamicsEngine } = await import(analysis('dynamics'));
  const { buildUncertainInputs, loadModel, mcExports, runMonteCarlo, runPaired } = await import(analysis('uncertainty'));
  const { simulateScenario } = await import(model('simulate'));
  const { EditValidator } = await import(model('edit-validation'));
  const { loadCoreNode, loadEfLibrary } = await import(modulePath(root, 'web/cli/load-core-node.ts'));

  const library = loadEfLibrary();
  const checked = validateScenario(JSON.parse(readFileSync(path.join(root, 'fixtures/scenarios/minh-khai-before.json'), 'utf8')));
  if (!checked.ok) throw new Error(`the Minh Khai fixture is invalid in ${root}`);
  const scenario = checked.scenario;
  const core = await loadCoreNode();
  const compiled = compileScenario(scenario, library);

  const n = 100_000;
  const coreUs = (medianTime(9, () => core.exports.evaluateRepeat(n)) * 1000) / n;
  const reps = 2000;
  const boundaryDecodeUs =
    (medianTime(7, () => {
      for (let i = 0; i < reps; i++) decodeResult(core.evaluate(compiled.params), compiled, scenario.id);
    }) *
      1000) /
    reps;
  const fullPathUs =
    (medianTime(7, () => {
      for (let i = 0; i < reps; i++) {
        const v = validateScenario(scenario);
        const c = compileScenario(v.scenario, library);
        decodeResult(core.evaluate(c.params), c, scenario.id);
      }
    }) *
      1000) /
    reps;

  // The edit bench's edit (edit-bench.ts): the extruder's capacity typed, each document a fresh copy.
  const raw = JSON.parse(readFileSync(path.join(root, 'fixtures/scenarios/minh-khai-before.json'), 'utf8')) as { units: Record<string, unknown>[] };
  const edited = Array.from({ length: 40 }, (_, i) =>
    structuredClone({ ...raw, units: raw.units.map((u, k) => (k === 4 ? { ...u, capacityKgPerHour: 160 + i } : u)) }),
  );
  const validator = new EditValidator();
  const edits = () => {
    for (let i = 0; i < reps; i++) simulateScenario(core, edited[i % 40], library, (doc: unknown) => validator.validate(doc));
  };
  const editUs = (medianTime(7, edits) * 1000) / reps;
  const editCpuUs = (medianCpuTime(7, edits) * 1000) / reps;

  const engine = new DynamicsEngine(core);
  const desParams = compileDynamics(scenario, { years: 10, replications: 1, seed: 7, burnPolicy: { everyDays: 7 } });
  engine.runView(compiled.params, desParams, 0);
  const desMevents = eventStretch(1500, (rep) => engine.runView(compiled.params, desParams, rep)[0]).perSecond / 1e6;

  const inputs = buildUncertainInputs(scenario, compiled);
  const draws = 50_000;
  const mcKps = draws / medianTime(5, () => runMonteCarlo(core, compiled, inputs, { draws, seed: 1 }));
  const afterScenario = { ...scenario, residues: { ...scenario.residues, dumpFireFraction: 0 } };
  const afterCompiled = compileScenario(afterScenario, library);
  const after = { compiled: afterCompiled, inputs: buildUncertainInputs(afterScenario, afterCompiled) };
  const pairedKps = (2 * draws) / medianTime(5, () => runPaired(core, { compiled, inputs }, after, { draws, seed: 1 }));
  // mc-bench.ts's figure: one call of the core's Monte Carlo loop, no copying out.
  loadModel(core, 0, { compiled, inputs });
  const mc = mcExports(core);
  const mcCoreKps = 9000 / medianTime(9, () => mc.mcRun(1, 1, 0, 9000));
  // The same in CPU time, five calls a timing (45 ms) for the clock's resolution.
  const mcCoreCpuKps =
    45_000 /
    medianCpuTime(9, () => {
      for (let k = 0; k < 5; k++) mc.mcRun(1, 1, k * 9000, 9000);
    });

  return { coreUs, boundaryDecodeUs, fullPathUs, editUs, editCpuUs, desMevents, mcKps, pairedKps, mcCoreKps, mcCoreCpuKps };
}

/** A detached worktree of `rev` with this tree's node_modules and its own Wasm release build. */
function prepare(rev: string): string {
  const sha = execFileSync('git', ['rev-parse', '--short', rev], { encoding: 'utf8' }).trim();
  const dir = path.join(os.tmpdir(), `plc-against-${sha}`);
  if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, sha], { stdio: 'inherit' });
  if (!existsSync(path.join(dir, 'node_modules'))) symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  if (!existsSync(path.join(dir, 'web/wasm/core.wasm')))
    execFileSync('npx', ['asc', 'assembly/index.ts', '--target', 'release'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

function runProbe(root: string): Record<string, number> {
  const self = path.resolve('test/bench/against.ts');
  const out = spawnSync(path.resolve('node_modules/.bin/tsx'), [self, '--probe', root], { cwd: root, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`the probe failed in ${root}:\n${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

const fmt = (x: number) => x.toLocaleString('en-US', { maximumSignificantDigits: 3 });

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--probe') {
    console.log(JSON.stringify(await probe(path.resolve(args[1]))));
    return;
  }
  const rev = args[0] ?? 'f2f83b8';
  const rounds = Number(args[1] ?? 5);
  if (!existsSync('web/wasm/core.wasm')) execFileSync('npm', ['run', 'asbuild:release'], { stdio: 'inherit' });
  const old = prepare(rev);
  const samples: Record<'old' | 'new', Record<string, number>[]> = { old: [], new: [] };
  // ABBA order: each tree runs first as often as second, so a drift in the machine's load falls on both.
  for (let k = 0; k < rounds; k++) {
    const order: ('old' | 'new')[] = k % 2 === 0 ? ['old', 'new'] : ['new', 'old'];
    for (const which of order) samples[which].push(runProbe(which === 'old' ? old : process.cwd()));
    process.stderr.write(`round ${k + 1} of ${rounds} done\n`);
  }
  console.log(`This tree against ${rev} (${old}), ${rounds} interleaved rounds each`);
  console.log('| figure | unit | before best | before median | now best | now median | now ÷ before, best | now ÷ before, median | no slower? |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---|');
  for (const f of FIGURES) {
    const a = samples.old.map((s) => s[f.key]);
    const b = samples.new.map((s) => s[f.key]);
    const best = (xs: number[]) => (f.higherIsBetter ? Math.max(...xs) : minOf(xs));
    const ratioBest = best(b) / best(a);
    const ratioMedian = medianOf(b) / medianOf(a);
    // Judged on the best round: the load of a shared machine only ever adds time, so the best round is
    // the closest to the code's own cost; within 5 % counts as the same.
    const same = f.higherIsBetter ? ratioBest >= 0.95 : ratioBest <= 1.05;
    console.log(
      `| ${f.label} | ${f.unit} | ${fmt(best(a))} | ${fmt(medianOf(a))} | ${fmt(best(b))} | ${fmt(medianOf(b))} | ${ratioBest.toFixed(2)} | ${ratioMedian.toFixed(2)} | ${same ? 'yes' : 'NO'} |`,
    );
  }
  console.log('("best" is the lowest time or the highest rate of the rounds; the verdict is judged on it.)');
}

await main();
