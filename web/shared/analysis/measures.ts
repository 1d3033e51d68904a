// BAT/BEP measures (MODEL.md section 6): applying measures to a baseline scenario, and resolving
// scenario-variant files ("after" = a baseline + catalogue ids). The files' schemas and their
// validation are in measure-schema.ts. No DOM and no Node APIs: used in the worker, in Node and
// in tests.
//
// A measure's `patch` is an RFC 6902 JSON Patch, applied with fast-json-patch, with two
// extensions that are resolved here into standard operations before fast-json-patch applies them:
//
// 1. Selectors in `path`: a path segment written in brackets where the scenario has a list picks
//    the list's items by content instead of by index, and the operation is applied to every
//    matching item (in list order; in reverse order for `remove`):
//      /units/[id=dry]/heat/fuel               the unit whose id is "dry"
//      /units/[type=drying|extrusion]/…        every drying or extrusion unit
//      /units/[heat.fuel=plasticRejects]/…     every unit heated by burning plastic rejects
//      /units/[*]/mtbfHours                    every unit
//    A selector picks units by `id`, `name`, `type`, `heat.fuel`, `heat.backupFuel` or a unit's
//    number, and a type or fuel must be one the schema knows; in other lists only [*] and
//    [id=…] are allowed. Before a measure is used it is checked against the baseline: a selector
//    that matches no unit of the baseline refuses the measure (it does not apply to this line),
//    naming the measure and the operation. A path without selectors behaves exactly as RFC 6902
//    says. Selectors are allowed in the `path` of add, replace, remove, test, multiply and ensure;
//    `from`, and the paths of move, copy and transfer, must be concrete; the numbers that
//    multiply and transfer work on must be numbers of a scenario (web/shared/model/field-table.ts), so a
//    misspelt route is refused instead of moving nothing.
// 2. Three operations RFC 6902 lacks, because measures change values relative to the baseline:
//      { "op": "multiply", "path", "value": k }  value at path × k; an absent value stays absent
//                                                 (missing numbers mean 0, and 0 × k = 0)
//      { "op": "transfer", "from", "path", "fraction"?: f }  moves f (default 1) of the number at
//                                                 `from` onto the number at `path` (absent = 0);
//                                                 keeps route shares summing to 1
//      { "op": "ensure", "path", "value" }        adds the value only where the path is absent
//
// Measures are applied on a deep clone; the result is validated again with the scenario schema.

import jsonpatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import { validateScenario, type Scenario } from '../model/scenario-schema.ts';
import { kindOf } from '../model/schema-issues.ts';
import { getAt, unescapeSegment, valueAtPath } from '../io/json-pointer.ts';
import { describeOp, MeasureError, operationProblems, validateVariant, type Measure, type PatchOperation, type ScenarioVariant } from './measure-schema.ts';
import { parseSelector, SELECTOR, type Condition } from './measure-selectors.ts';

export {
  CATALOGUE_MAX_BYTES,
  MeasureError,
  loadCatalogue,
  MEASURES_FORMAT,
  MEASURES_VERSION,
  parseCatalogueText,
  validateCatalogue,
  validateVariant,
  VARIANT_FORMAT,
  VARIANT_VERSION,
  type CatalogueValidation,
  type Measure,
  type MeasureCatalogue,
  type PatchOperation,
  type ScenarioVariant,
  type VariantValidation,
} from './measure-schema.ts';

// ---------------------------------------------------------------------------------------------
// Applying measures

function matches(item: unknown, c: Condition): boolean {
  if (c.all) return true;
  const v = valueAtPath(item, c.key);
  return (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && c.values.includes(String(v));
}

/** Expands selector segments into the concrete JSON Pointers of every matching item. */
export function expandPath(doc: unknown, path: string): string[] {
  const segments = path.slice(1).split('/');
  if (!segments.some((s) => SELECTOR.test(s))) return [path];
  const out: string[] = [];
  const walk = (node: unknown, i: number, prefix: string) => {
    if (i === segments.length) {
      out.push(prefix);
      return;
    }
    const seg = segments[i];
    const selector = SELECTOR.exec(seg);
    if (selector) {
      if (node === undefined) return;
      if (!Array.isArray(node)) throw new Error(`the selector ${seg} needs a list at ${prefix || '/'}, but the scenario has ${kindOf(node)} there`);
      const condition = parseSelector(selector[1]);
      if (!condition) throw new Error(`the selector ${seg} is not of the form [*], [key=value] or [key=value1|value2]`);
      node.forEach((item, k) => {
        if (matches(item, condition)) walk(item, i + 1, `${prefix}/${k}`);
      });
      return;
    }
    walk(valueAtPath(node, [unescapeSegment(seg)]), i + 1, `${prefix}/${seg}`);
  };
  walk(doc, 0, '');
  return out;
}

const PATCH_ERRORS: Record<string, string> = {
  OPERATION_PATH_UNRESOLVABLE: 'the path does not exist in the scenario',
  OPERATION_FROM_UNRESOLVABLE: 'the "from" path does not exist in the scenario',
  OPERATION_PATH_CANNOT_ADD: 'cannot add there: the parent of the path does not exist in the scenario',
  OPERATION_PATH_ILLEGAL_ARRAY_INDEX: 'the path uses an index that is not a number',
  OPERATION_VALUE_OUT_OF_BOUNDS: 'the list index is beyond the end of the list',
  TEST_OPERATION_FAILED: 'the test failed: the scenario has a different value there',
  OPERATION_VALUE_REQUIRED: 'the operation needs a "value"',
  OPERATION_PATH_INVALID: 'the path is not a valid JSON Pointer',
};

function asNumber(doc: unknown, pointer: string, what: string): number | undefined {
  const v = getAt(doc, pointer);
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${what} ${pointer} holds ${kindOf(v)}, not a number`);
  return v;
}

/** The standard RFC 6902 operations one (possibly extended) operation stands for at `target`. */
function standardOps(doc: unknown, op: PatchOperation, target: string): Operation[] {
  switch (op.op) {
    case 'multiply': {
      const v = asNumber(doc, target, 'the path');
      return v === undefined ? [] : [{ op: 'replace', path: target, value: v * op.value }];
    }
    case 'transfer': {
      const fromValue = asNumber(doc, op.from, 'the "from" path') ?? 0;
      const toValue = asNumber(doc, target, 'the path') ?? 0;
      const f = op.fraction ?? 1;
      const moved = fromValue * f;
      if (moved === 0) return [];
      // Moving everything leaves an exact 0 (not a rounding residue) behind.
      return [
        { op: 'add', path: op.from, value: f === 1 ? 0 : fromValue - moved },
        { op: 'add', path: target, value: toValue + moved },
      ];
    }
    case 'ensure':
      return getAt(doc, target) === undefined ? [{ op: 'add', path: target, value: structuredClone(op.value) }] : [];
    case 'add':
    case 'replace':
    case 'test':
      // fast-json-patch inserts values by reference: clone so the catalogue is never mutated.
      return [{ op: op.op, path: target, value: structuredClone(op.value) }];
    case 'remove':
      return [{ op: 'remove', path: target }];
    case 'move':
    case 'copy':
      return [{ op: op.op, from: op.from, path: target }];
  }
}

/** Applies one measure's patch to `doc` in place, without validating the result (callers
 *  validate: applyMeasures does, and so does the comparison engine for each Shapley subset).
 *  With `recordProvenance: false` the scenario's provenance map is left alone. */
export function applyMeasureInPlace(doc: Record<string, unknown>, measure: Measure, opts: { recordProvenance?: boolean } = {}): void {
  const withProvenance = opts.recordProvenance ?? true;
  measure.patch.forEach((op, index) => {
    const fail = (reason: string): never => {
      throw new MeasureError(`measure "${measure.id}", operation ${index} (${describeOp(op)}): ${reason}`, measure.id, index);
    };
    let targets: string[];
    try {
      targets = expandPath(doc, op.path);
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    }
    if (op.op === 'remove') targets.reverse(); // later list items first, so indices stay valid
    for (const target of targets) {
      let ops: Operation[] = [];
      try {
        ops = standardOps(doc, op, target);
        for (const std of ops) jsonpatch.applyOperation(doc, std, true, true, true);
      } catch (e) {
        const name = (e as { name?: string }).name ?? '';
        const reason = PATCH_ERRORS[name] ?? (e instanceof Error ? e.message.split('\n')[0] : String(e));
        fail(target === op.path ? reason : `${reason} (at ${target})`);
      }
      if (withProvenance && ops.length > 0 && op.op !== 'test') recordProvenance(doc, measure, index, op, target);
    }
  });
}

/** Carries the measure's provenance of an operation's numbers into the scenario's `provenance`
 *  map at the concrete paths written, so the after scenario says where its new values come from.
 *  Measure keys: "/patch/i" (the whole operation), "/patch/i/value[/…]" or "/patch/i/fraction". */
function recordProvenance(doc: Record<string, unknown>, measure: Measure, index: number, op: PatchOperation, target: string): void {
  const entries = measure.provenance;
  if (!entries) return;
  const prefix = `/patch/${index}`;
  const written: Array<[string, { source: string; status: 'R' | 'M' | 'D' | 'E'; note?: string }]> = [];
  for (const [key, entry] of Object.entries(entries)) {
    if (key !== prefix && !key.startsWith(prefix + '/')) continue;
    const rest = key.slice(prefix.length);
    const note = `set by measure "${measure.id}"${entry.note ? `; ${entry.note}` : ''}`;
    const value = { source: entry.source, status: entry.status, note };
    if (rest === '' || rest === '/fraction') {
      written.push([target, value]);
      if (op.op === 'transfer') written.push([op.from, value]);
    } else if (rest === '/value' || rest.startsWith('/value/')) {
      written.push([target + rest.slice('/value'.length), value]);
    }
  }
  if (written.length === 0) return;
  const map = (doc.provenance && typeof doc.provenance === 'object' ? doc.provenance : (doc.provenance = {})) as Record<string, unknown>;
  for (const [pointer, value] of written) map[pointer] = value;
}

/** Checks measures against the baseline they are about to be applied to: every selector must
 *  match a unit of the baseline (otherwise the measure does not apply to this line, and saying
 *  nothing would show a measure that changes nothing). Throws a MeasureError naming the measure
 *  and the operation. Later measures of a set may find nothing left to change (two ways of
 *  replacing the same plastic fuel): only the baseline is checked. */
export function checkMeasuresAgainst(baseline: Scenario, measures: readonly Measure[]): void {
  for (const measure of measures) {
    measure.patch.forEach((op, index) => {
      const fail = (reason: string): never => {
        throw new MeasureError(`measure "${measure.id}", operation ${index} (${describeOp(op)}): ${reason}`, measure.id, index);
      };
      for (const { field, problem } of operationProblems(op)) fail(`the ${field === 'from' ? '"from" path' : 'path'} ${problem}`);
      const segments = op.path.slice(1).split('/');
      if (!segments.some((s) => SELECTOR.test(s))) return;
      let targets: string[];
      try {
        targets = expandPath(baseline, op.path);
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e));
      }
      if (targets.length > 0) return;
      // Name the first selector that leaves nothing (the path up to it matches nothing).
      for (let k = 0; k < segments.length; k++) {
        if (!SELECTOR.test(segments[k])) continue;
        const upTo = '/' + segments.slice(0, k + 1).join('/');
        if (expandPath(baseline, upTo).length === 0) {
          const units = (baseline.units ?? []).map((u) => `${u.id} (${u.type}${u.heat?.fuel ? `, ${u.heat.fuel}` : ''})`).join(', ');
          fail(
            `the selector ${segments[k]} matches nothing in the scenario "${baseline.id}" (its units: ${units}), so this measure does not apply to this line`,
          );
        }
      }
    });
  }
}

/** Applies the measures' patches to a deep clone of the baseline, in the order given, and
 *  validates the result. A measure that does not apply (checkMeasuresAgainst), a failing
 *  operation or an invalid result raises a MeasureError that names the measure (and the
 *  operation). */
export function applyMeasures(baseline: Scenario, measures: readonly Measure[]): Scenario {
  checkMeasuresAgainst(baseline, measures);
  const doc = structuredClone(baseline) as unknown as Record<string, unknown>;
  for (const m of measures) applyMeasureInPlace(doc, m);
  const checked = validateScenario(doc);
  if (checked.ok) return checked.scenario;
  // Find the first measure after which the scenario stops being valid (only on this error path).
  const probe = structuredClone(baseline) as unknown as Record<string, unknown>;
  for (const m of measures) {
    applyMeasureInPlace(probe, m);
    const step = validateScenario(probe);
    if (!step.ok) {
      const details = step.errors
        .slice(0, 3)
        .map((e) => e.message)
        .join('; ');
      const more = step.errors.length > 3 ? `; and ${step.errors.length - 3} more` : '';
      throw new MeasureError(`measure "${m.id}" makes the scenario "${baseline.id}" invalid: ${details}${more}`, m.id);
    }
  }
  throw new MeasureError(`the measures make the scenario "${baseline.id}" invalid: ${checked.errors[0]?.message ?? ''}`);
}

/** The measures with the given ids, in the catalogue's order (the order used for "after" and
 *  for Shapley subsets). Unknown ids raise a MeasureError listing the known ones. */
export function selectMeasures(catalogue: readonly Measure[], ids: readonly string[]): Measure[] {
  const known = new Set(catalogue.map((m) => m.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new MeasureError(
      `unknown measure${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; the catalogue has ${catalogue.map((m) => m.id).join(', ')}`,
      unknown[0],
    );
  }
  const wanted = new Set(ids);
  return catalogue.filter((m) => wanted.has(m.id));
}

/** Sorts measures into catalogue order; measures not in the catalogue keep their given order, after those that are. */
export function inCatalogueOrder(measures: readonly Measure[], catalogue?: readonly Measure[]): Measure[] {
  if (!catalogue) return [...measures];
  const rank = new Map(catalogue.map((m, i) => [m.id, i]));
  return measures
    .map((m, i) => ({ m, key: rank.get(m.id) ?? catalogue.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.m);
}

// ---------------------------------------------------------------------------------------------
// Scenario variants

export interface ResolvedVariant {
  /** The "after" scenario: the baseline with the measures applied in catalogue order, carrying
   *  the variant's id, name and description. */
  scenario: Scenario;
  baseline: Scenario;
  /** The variant's measures, in catalogue order. */
  measures: Measure[];
  variant: ScenarioVariant;
}

/** Resolves a variant file to a scenario. `loadBaseline` receives the `baseline` path as written
 *  in the variant (relative to the variant file) and returns the parsed baseline document. */
export async function resolveVariant(
  variant: unknown,
  loadBaseline: (relativePath: string) => unknown | Promise<unknown>,
  catalogue: readonly Measure[],
): Promise<ResolvedVariant> {
  const checked = validateVariant(variant);
  if (!checked.ok) throw new MeasureError(`the variant file is invalid: ${checked.errors.map((e) => e.message).join('; ')}`);
  const v = checked.variant;
  const raw = await loadBaseline(v.baseline);
  const base = validateScenario(raw);
  if (!base.ok) throw new MeasureError(`the baseline ${v.baseline} of variant "${v.id}" is invalid: ${base.errors.map((e) => e.message).join('; ')}`);
  const measures = selectMeasures(catalogue, v.measures);
  const after = applyMeasures(base.scenario, measures) as Record<string, unknown>;
  after.id = v.id;
  after.name = v.name;
  if (v.description !== undefined) after.description = v.description;
  else delete after.description;
  return { scenario: after as Scenario, baseline: base.scenario, measures, variant: v };
}
