// `npm run fuzz -- --runs N [--seed S]`: property-based fuzzing of the schema and the core.
// Six generators share the N runs: valid scenarios, mutated valid scenarios, scenarios whose every
// number is drawn log-uniformly between 1e-300 and 1e300, from its accepted range or its edges
// (issue 14), random catalogue patches compared against a valid scenario, arbitrary JSON and
// arbitrary text. Checked: nothing throws or traps; every accepted scenario (and both sides of a
// comparison) runs with finite, non-negative outputs and a balance closed to 1e-9 × feed, and the
// final guard never has to refuse a run; every refused input has messages that name a JSON path
// or the measure. Prints a summary and exits non-zero on the first counterexample.

import fc from 'fast-check';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { decodeResult } from '../../web/shared/model/decode.ts';
import { parseScenarioText, validateScenario, type ValidationResult } from '../../web/shared/model/scenario-schema.ts';
import { loadCoreNode, loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { scenarioArb } from '../unit/arbitraries.ts';
import { extremeScenarioArb, measuresArb } from '../unit/hostile-arbitraries.ts';
import { checkResult } from '../unit/invariants.ts';
import { compare, ComparisonError } from '../../web/shared/analysis/compare.ts';
import { MeasureError, validateCatalogue, type Measure } from '../../web/shared/analysis/measures.ts';
import { findBadFigure } from '../../web/shared/model/result-guard.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';

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
const counts = {
  valid: 0,
  mutated: 0,
  extreme: 0,
  patched: 0,
  json: 0,
  text: 0,
  accepted: 0,
  refused: 0,
  comparisons: 0,
  patchesRefused: 0,
  nonFinite: 0,
  balanceErrors: 0,
  traps: 0,
};

const nasty = fc.oneof(
  fc.constantFrom(-1, 1e308, -1e308, Infinity, 0, 1, 2, 'NaN', 'Infinity', '', null, true, [], {}, '__proto__'),
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

/** checkResult, counting what it finds (the run stops at the first failure anyway). */
function checked(result: Parameters<typeof checkResult>[0]): void {
  try {
    checkResult(result);
  } catch (e) {
    if (/closure error|≠|more than/.test(String(e))) counts.balanceErrors++;
    else counts.nonFinite++;
    throw e;
  }
}

/** Runs the core; a trap is a failure of its own kind. */
function evaluate(scenario: Scenario) {
  const compiled = compileScenario(scenario, library);
  try {
    return decodeResult(core.evaluate(compiled.params), compiled, scenario.id);
  } catch (e) {
    counts.traps++;
    throw e;
  }
}

function judge(outcome: ValidationResult): void {
  if (outcome.ok) {
    counts.accepted++;
    checked(evaluate(outcome.scenario));
  } else {
    counts.refused++;
    if (outcome.errors.length === 0) throw new Error('refused without a message');
    for (const e of outcome.errors) {
      if (typeof e.message !== 'string' || e.message.length < 5) throw new Error(`empty message for ${e.path}`);
      if (typeof e.path !== 'string' || (e.path !== '' && !e.path.startsWith('/'))) throw new Error(`bad path ${String(e.path)}`);
    }
  }
}

/** Measures from random patches against a valid scenario: refused with a message naming the
 *  measure (or the catalogue field), or compared with every figure finite on both sides. */
function judgePatch(scenario: Scenario, measures: Measure[]): void {
  const catalogue = validateCatalogue({ format: 'plastic-line-measures', version: 1, measures });
  if (!catalogue.ok) {
    counts.patchesRefused++;
    for (const e of catalogue.errors)
      if (!/^\/measures\//.test(e.path) || e.message.length < 10) throw new Error(`catalogue issue without a place: ${JSON.stringify(e)}`);
    return;
  }
  let doc;
  try {
    doc = compare(core, library, { before: scenario, measures });
  } catch (e) {
    if (e instanceof MeasureError || e instanceof ComparisonError) {
      counts.patchesRefused++;
      if (!/measure/.test(e.message)) throw new Error(`a refusal that names no measure: ${e.message}`, { cause: e });
      return;
    }
    if (/core stopped/.test(String(e))) counts.traps++;
    else counts.nonFinite++; // the final guard refused a run: something non-finite got that far
    throw e;
  }
  counts.comparisons++;
  checked(doc.before);
  checked(doc.after);
  const bad = findBadFigure(doc, { nullAllowed: [/./] });
  if (bad) {
    counts.nonFinite++;
    throw new Error(`comparison figure ${bad.figure} = ${bad.value}`);
  }
}

const input = fc.oneof(
  { weight: 3, arbitrary: scenarioArb.map((s) => ({ kind: 'valid' as const, value: s as unknown })) },
  { weight: 3, arbitrary: mutatedArb.map((s) => ({ kind: 'mutated' as const, value: s as unknown })) },
  { weight: 3, arbitrary: extremeScenarioArb.map((x) => ({ kind: 'extreme' as const, value: x.scenario as unknown })) },
  { weight: 1, arbitrary: fc.tuple(scenarioArb, measuresArb).map((x) => ({ kind: 'patched' as const, value: x as unknown })) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => ({ kind: 'json' as const, value: v as unknown })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((t) => ({ kind: 'text' as const, value: t as unknown })) },
);

const t0 = performance.now();
fc.assert(
  fc.property(input, ({ kind, value }) => {
    counts[kind]++;
    if (kind === 'text') return judge(parseScenarioText(value as string));
    if (kind === 'patched') {
      const [scenario, measures] = value as [Scenario, Measure[]];
      return judgePatch(scenario, measures);
    }
    const outcome = validateScenario(value);
    if (kind === 'valid' && !outcome.ok) throw new Error(`a valid scenario was refused: ${outcome.errors.map((e) => e.message).join('; ')}`);
    judge(outcome);
  }),
  { numRuns: runs, seed, endOnFailure: true },
);
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ runs, seed, seconds: Number(seconds.toFixed(1)), ...counts, failures: 0 }));
