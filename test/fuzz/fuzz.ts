// `npm run fuzz -- --runs N [--seed S]`: property-based fuzzing of the schema and the core.
// Four generators share the N runs: valid scenarios, mutated valid scenarios, arbitrary JSON and
// arbitrary text. Checked: nothing throws or traps; every accepted scenario runs with finite,
// non-negative outputs and a closed balance; every refused input has at least one message that
// names a JSON path. Prints a summary and exits non-zero on the first counterexample.

import fc from 'fast-check';
import { compileScenario } from '../../web/shared/compile.ts';
import { decodeResult } from '../../web/shared/decode.ts';
import { parseScenarioText, validateScenario, type ValidationResult } from '../../web/shared/scenario-schema.ts';
import { loadCoreNode, loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { scenarioArb } from '../unit/arbitraries.ts';
import { checkResult } from '../unit/invariants.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} needs a non-negative number`);
  return v;
}

const runs = arg('--runs', 10_000);
const seed = arg('--seed', 1);
const core = await loadCoreNode();
const library = loadEfLibrary();
const counts = { valid: 0, mutated: 0, json: 0, text: 0, accepted: 0, refused: 0 };

const nasty = fc.oneof(
  fc.constantFrom(-1, 1e308, -1e308, 1e400 as number, 0, 1, 2, 'NaN', 'Infinity', '', null, true, [], {}, '__proto__'),
  fc.jsonValue({ maxDepth: 2 }),
  fc.double(),
  fc.string(),
);

type Path = (string | number)[];
function paths(x: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) paths(v, [...prefix, Array.isArray(x) ? Number(k) : k], out);
  return out;
}

/** Replaces, deletes or adds one value at a random place of a valid scenario. */
const mutatedArb = fc.tuple(scenarioArb, fc.nat(), fc.constantFrom('replace', 'delete', 'add', 'proto'), nasty).map(([s, pick, op, value]) => {
  const doc = structuredClone(s) as unknown as Record<string, unknown>;
  const all = paths(doc).filter((p) => p.length > 0);
  const path = all[pick % all.length];
  let parent: Record<string, unknown> = doc;
  for (const k of path.slice(0, -1)) parent = parent[k as string] as Record<string, unknown>;
  const key = path[path.length - 1] as string;
  if (op === 'replace') parent[key] = value;
  else if (op === 'delete') delete parent[key];
  else if (op === 'add') parent[`x${pick % 7}`] = value;
  else Object.defineProperty(parent, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
  return doc;
});

function judge(outcome: ValidationResult): void {
  if (outcome.ok) {
    counts.accepted++;
    const compiled = compileScenario(outcome.scenario, library);
    checkResult(decodeResult(core.evaluate(compiled.params), compiled, outcome.scenario.id));
  } else {
    counts.refused++;
    if (outcome.errors.length === 0) throw new Error('refused without a message');
    for (const e of outcome.errors) {
      if (typeof e.message !== 'string' || e.message.length < 5) throw new Error(`empty message for ${e.path}`);
      if (typeof e.path !== 'string' || (e.path !== '' && !e.path.startsWith('/'))) throw new Error(`bad path ${String(e.path)}`);
    }
  }
}

const input = fc.oneof(
  { weight: 4, arbitrary: scenarioArb.map((s) => ({ kind: 'valid' as const, value: s as unknown })) },
  { weight: 4, arbitrary: mutatedArb.map((s) => ({ kind: 'mutated' as const, value: s as unknown })) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => ({ kind: 'json' as const, value: v as unknown })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((t) => ({ kind: 'text' as const, value: t as unknown })) },
);

const t0 = performance.now();
fc.assert(
  fc.property(input, ({ kind, value }) => {
    counts[kind]++;
    if (kind === 'text') return judge(parseScenarioText(value as string));
    const outcome = validateScenario(value);
    if (kind === 'valid' && !outcome.ok) throw new Error(`a valid scenario was refused: ${outcome.errors.map((e) => e.message).join('; ')}`);
    judge(outcome);
  }),
  { numRuns: runs, seed, endOnFailure: true },
);
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ runs, seed, seconds: Number(seconds.toFixed(1)), ...counts, failures: 0 }));
