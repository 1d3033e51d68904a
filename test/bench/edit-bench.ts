// The edit path (issue 17): one field of the Minh Khai scenario edited (the extruder's capacity,
// as the latency bench types it), then what the worker does for it: validate, compile, evaluate,
// decode (and the result guard), through simulateScenario with the worker's EditValidator, on a
// fresh copy of the document as the worker receives it (structured clone). Each edit is
// timed alone; a repetition is the median of 400 edits, and 15 repetitions give the minimum and
// the median. The parts are timed the same way, interleaved with the whole.
import { readFileSync } from 'node:fs';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { decodeResult } from '../../web/shared/model/decode.ts';
import { guardResult } from '../../web/shared/model/result-guard.ts';
import { validateScenario } from '../../web/shared/model/scenario-schema.ts';
import { simulateScenario } from '../../web/shared/model/simulate.ts';
import { EditValidator } from '../../web/shared/model/edit-validation.ts';
import { loadCoreNode, loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { addGoal, medianOf, minOf } from './goals.ts';

const EDITS = 400;
const REPS = 15;

export async function runEditBench(): Promise<void> {
  const library = loadEfLibrary();
  const base = JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8')) as { units: Record<string, unknown>[] };
  const core = await loadCoreNode();
  // The edited documents, made beforehand as the line editor makes them (a new object on the
  // path to the field, the rest shared).
  const edited = Array.from({ length: 40 }, (_, i) =>
    structuredClone({ ...base, units: base.units.map((u, k) => (k === 4 ? { ...u, capacityKgPerHour: 160 + i } : u)) }),
  );
  const worker = new EditValidator();
  const editor = new EditValidator();
  const checked = validateScenario(edited[0]);
  if (!checked.ok) throw new Error('the Minh Khai fixture is invalid');
  const scenario = checked.scenario;
  const compiled = compileScenario(scenario, library);
  const result = decodeResult(core.evaluate(compiled.params), compiled, scenario.id);
  const parts: Record<string, (i: number) => void> = {
    'validate + compile + evaluate + decode + guard (simulateScenario)': (i) => {
      if (!simulateScenario(core, edited[i % 40], library, (doc) => worker.validate(doc)).ok) throw new Error('invalid');
    },
    'validate, incremental (EditValidator)': (i) => void editor.validate(edited[i % 40]),
    'validate, full schema (import, load)': (i) => void validateScenario(edited[i % 40]),
    compile: () => void compileScenario(scenario, library),
    evaluate: () => void core.evaluate(compiled.params),
    'evaluate + decode': () => void decodeResult(core.evaluate(compiled.params), compiled, scenario.id),
    'result guard': () => void guardResult(result, scenario),
  };
  const samples = new Map<string, number[]>(Object.keys(parts).map((k) => [k, []]));
  for (const fn of Object.values(parts)) for (let i = 0; i < EDITS; i++) fn(i); // warm-up
  for (let rep = 0; rep < REPS; rep++) {
    for (const [name, fn] of Object.entries(parts)) {
      const us: number[] = [];
      for (let i = 0; i < EDITS; i++) {
        const t0 = performance.now();
        fn(i);
        us.push((performance.now() - t0) * 1000);
      }
      samples.get(name)!.push(medianOf(us));
    }
  }
  console.log(`One-field edit of the Minh Khai line, in Node (median of ${EDITS} edits a repetition, ${REPS} repetitions interleaved)`);
  for (const [name, xs] of samples) console.log(`  ${name}: min ${minOf(xs).toFixed(1)} µs, median ${medianOf(xs).toFixed(1)} µs`);
  addGoal({
    figure: 'one-field edit: validate + compile + evaluate + decode, median',
    unit: 'µs',
    samples: samples.get('validate + compile + evaluate + decode + guard (simulateScenario)')!,
    goal: '≤ 50 µs',
    meets: (v) => v <= 50,
  });
}
