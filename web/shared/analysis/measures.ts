// BAT/BEP measures (MODEL.md section 6): the catalogue file, applying measures to a baseline
// scenario, and scenario-variant files ("after" = a baseline + catalogue ids). No DOM and no
// Node APIs: used in the worker, in Node and in tests.
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

import { z } from 'zod';

// No code generation: zod's JIT fast path probes `new Function`, which the app's strict
// Content-Security-Policy forbids (and reports); the interpreted path is fast enough here.
z.config({ jitless: true });
import jsonpatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import { FUEL_KEYS, UNIT_TYPES, jsonTextIssue, validateScenario, toJsonPointer, type Scenario, type ValidationIssue } from '../model/scenario-schema.ts';
import { formatIssueMessage } from '../model/schema-messages.ts';
import { boundOf } from '../model/bounds.ts';
import { parseJsonText } from '../io/json-text.ts';
import { getAt, unescapeSegment, valueAtPath } from '../io/json-pointer.ts';

export const MEASURES_FORMAT = 'plastic-line-measures';
export const MEASURES_VERSION = 1;
export const VARIANT_FORMAT = 'plastic-line-scenario-variant';
export const VARIANT_VERSION = 1;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;
const SELECTOR = /^\[(.*)\]$/;

// ---------------------------------------------------------------------------------------------
// Schemas

/** JSON Pointer that may contain selector segments; returns a problem in plain words or null. */
function patchPathProblem(p: string, selectorsAllowed: boolean): string | null {
  if (!p.startsWith('/')) return `must be a JSON Pointer starting with "/", such as "/residues/plasticRoutes/openBurning"; got ${JSON.stringify(p.slice(0, 80))}`;
  for (const raw of p.slice(1).split('/')) {
    const selector = SELECTOR.exec(raw);
    if (selector) {
      if (!selectorsAllowed) return `may not contain a selector such as ${raw}; write the concrete path`;
      if (parseSelector(selector[1]) === null) {
        return `has the selector ${raw}, which is not of the form [*], [key=value] or [key=value1|value2]`;
      }
      continue;
    }
    if (/~[^01]|~$/.test(raw)) return `has "~" not written as "~0" (or "/" inside a name not written as "~1") in ${JSON.stringify(raw)}`;
    const key = unescapeSegment(raw);
    if (FORBIDDEN_KEYS.has(key)) return `contains the key "${key}", which is not allowed (it could corrupt the program)`;
  }
  return null;
}

const pathField = (selectorsAllowed: boolean) => z.string().min(1).max(1000).superRefine((v, ctx) => {
  const problem = patchPathProblem(v, selectorsAllowed);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { code: 'invalid_patch_path' } });
});

const jsonValue = z.unknown().refine((v) => v !== undefined, { message: 'is required but missing', params: { code: 'required' } });
const finiteNumber = z.number().refine(Number.isFinite, { message: 'must be an ordinary finite number' });

const patchOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), path: pathField(true), value: jsonValue }).strict(),
  z.object({ op: z.literal('replace'), path: pathField(true), value: jsonValue }).strict(),
  z.object({ op: z.literal('test'), path: pathField(true), value: jsonValue }).strict(),
  z.object({ op: z.literal('remove'), path: pathField(true) }).strict(),
  z.object({ op: z.literal('move'), from: pathField(false), path: pathField(false) }).strict(),
  z.object({ op: z.literal('copy'), from: pathField(false), path: pathField(false) }).strict(),
  z.object({ op: z.literal('multiply'), path: pathField(true), value: finiteNumber.min(0) }).strict(),
  z.object({ op: z.literal('transfer'), from: pathField(false), path: pathField(false), fraction: z.number().min(0).max(1).optional() }).strict(),
  z.object({ op: z.literal('ensure'), path: pathField(true), value: jsonValue }).strict(),
]);
export type PatchOperation = z.infer<typeof patchOperationSchema>;

const provenanceEntry = z.object({
  source: z.string().min(1).max(2000),
  status: z.enum(['R', 'M', 'D', 'E']),
  note: z.string().max(5000).optional(),
}).strict();

const idSchema = z.string().min(1).max(64).regex(ID_PATTERN, { message: 'must use only letters A–Z, a–z, digits and . _ -' });

const measureSchema = z.object({
  id: idSchema,
  kind: z.enum(['BAT', 'BEP']),
  name: z.string().min(1).max(200),
  nameVi: z.string().min(1).max(200).optional(),
  description: z.string().min(1).max(5000),
  descriptionVi: z.string().min(1).max(5000).optional(),
  source: z.string().min(1).max(2000),
  /** MODEL.md 6: optional; a measure without it is read as E (an estimate) and shown so. */
  status: z.enum(['R', 'M', 'D', 'E']).optional(),
  appliesTo: z.string().max(2000).optional(),
  capex: finiteNumber.min(0).max(1e15),
  lifetimeYears: z.number().min(1).max(100).refine(Number.isInteger, { message: 'must be a whole number of years', params: { code: 'not_whole_years' } }),
  patch: z.array(patchOperationSchema).min(1).max(200),
  /** Source and status of each number, keyed by JSON Pointer into this measure ("/capex", "/patch/0/value"). */
  provenance: z.record(z.string(), provenanceEntry).optional(),
}).strict();
/** A measure as the app uses it: its status is always known (E when the file gave none). */
export type Measure = z.infer<typeof measureSchema> & { status: 'R' | 'M' | 'D' | 'E' };

const catalogueSchema = z.object({
  format: z.literal(MEASURES_FORMAT),
  version: z.literal(MEASURES_VERSION),
  name: z.string().max(200).optional(),
  description: z.string().max(10000).optional(),
  measures: z.array(measureSchema).min(1).max(200),
}).strict();
export type MeasureCatalogue = Omit<z.infer<typeof catalogueSchema>, 'measures'> & { measures: Measure[] };

const variantSchema = z.object({
  format: z.literal(VARIANT_FORMAT),
  version: z.literal(VARIANT_VERSION),
  id: idSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  /** Path of the baseline scenario file, relative to the variant file. */
  baseline: z.string().min(1).max(1000),
  measures: z.array(idSchema).max(200),
  provenance: z.record(z.string(), provenanceEntry).optional(),
}).strict();
export type ScenarioVariant = z.infer<typeof variantSchema>;

// ---------------------------------------------------------------------------------------------
// Validation messages: JSON Pointer + plain words, as for scenarios.

export type CatalogueValidation =
  | { ok: true; catalogue: MeasureCatalogue }
  | { ok: false; errors: ValidationIssue[] };
export type VariantValidation =
  | { ok: true; variant: ScenarioVariant }
  | { ok: false; errors: ValidationIssue[] };

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function issue(path: readonly PropertyKey[], code: string, message: string, params?: Record<string, string | number>): ValidationIssue {
  const out: ValidationIssue = { path: toJsonPointer(path), code, message: '' };
  if (params) out.params = params;
  // Codes the scenario message tables know get their (translatable) wording; ours keep `message`.
  // A sentence about the whole document stands on its own.
  out.message = path.length === 0 && message !== '' ? message : formatIssueMessage({ ...out, message }, 'en');
  return out;
}

function toIssues(error: z.ZodError, input: unknown, expectedFormat: string): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const raw of error.issues) {
    const path = raw.path as PropertyKey[];
    const value = valueAtPath(input, path);
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : kindOf(value) === 'number' ? String(value) : kindOf(value);
    switch (raw.code) {
      case 'invalid_type':
        if (value === undefined) out.push(issue(path, 'required', 'is required but missing'));
        else out.push(issue(path, 'invalid_type', '', { expected: String(raw.expected), received: kindOf(value), got: shown }));
        break;
      case 'invalid_value':
        if (path.length === 1 && path[0] === 'format') out.push(issue(path, 'wrong_measures_format', `must be exactly "${expectedFormat}"; got ${shown}`));
        else if (value === undefined) out.push(issue(path, 'required', 'is required but missing'));
        else out.push(issue(path, 'invalid_value', '', { allowed: raw.values.map((v) => JSON.stringify(v)).join(', '), got: shown }));
        break;
      case 'invalid_union': {
        // An operation with an unknown or missing "op" (zod may or may not put "op" in the path).
        const opPath = path[path.length - 1] === 'op' ? path : [...path, 'op'];
        const operation = valueAtPath(input, opPath.slice(0, -1));
        const opValue = valueAtPath(input, opPath);
        if (kindOf(operation) !== 'object') out.push(issue(opPath.slice(0, -1), 'invalid_type', '', { expected: 'object', received: kindOf(operation), got: kindOf(operation) === 'number' ? String(operation) : kindOf(operation) }));
        else out.push(issue(opPath, 'invalid_value', '', {
          allowed: '"add", "remove", "replace", "move", "copy", "test", "multiply", "transfer", "ensure"',
          got: opValue === undefined ? 'nothing' : JSON.stringify(opValue),
        }));
        break;
      }
      case 'unrecognized_keys':
        for (const key of raw.keys) out.push(issue([...path, key], 'unknown_measure_field', `"${key}" is not a field of this format`));
        break;
      case 'too_small':
      case 'too_big': {
        const big = raw.code === 'too_big';
        const limit = Number(big ? raw.maximum : raw.minimum);
        if (raw.origin === 'string') out.push(issue(path, big ? 'too_long' : 'too_short', '', { limit, got: typeof value === 'string' ? value.length : 0 }));
        else if (raw.origin === 'array') out.push(issue(path, big ? 'too_many_items' : 'too_few_items', '', { limit, got: Array.isArray(value) ? value.length : 0 }));
        else out.push(issue(path, raw.code, '', { limit, inclusive: raw.inclusive === false ? 0 : 1, got: shown }));
        break;
      }
      case 'invalid_format':
        out.push(issue(path, 'invalid_id', '', { got: shown }));
        break;
      case 'custom': {
        const code = String((raw.params as Record<string, unknown> | undefined)?.code ?? 'invalid');
        if (code === 'required') out.push(issue(path, 'required', 'is required but missing'));
        else if (code === 'not_whole_years') out.push(issue(path, code, `${raw.message}; got ${shown}`));
        else out.push(issue(path, code, raw.message));
        break;
      }
      default:
        out.push(issue(path, 'invalid', '', { detail: raw.message }));
    }
  }
  return out;
}

/** Ids used twice in a list (of measures, or of measure ids); checked outside zod so that they
 *  are reported together with every other error. */
function duplicateIds(list: unknown, idOf: (item: unknown) => unknown, path: (i: number) => PropertyKey[], message: (id: string, first: number, i: number) => string): ValidationIssue[] {
  if (!Array.isArray(list)) return [];
  const seen = new Map<string, number>();
  const out: ValidationIssue[] = [];
  list.forEach((item, i) => {
    const id = idOf(item);
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else out.push(issue(path(i), 'duplicate_measure_id', message(id, first, i)));
  });
  return out;
}

/** Values a selector key may take in /units (null: any text); other keys must name a number. */
const UNIT_SELECTOR_KEYS: Record<string, readonly string[] | null> = {
  id: null, name: null, type: UNIT_TYPES, 'heat.fuel': FUEL_KEYS, 'heat.backupFuel': FUEL_KEYS,
};

/** Why a selector is wrong for the list it picks from (`list`: the segment before it), or null. */
function selectorProblem(list: string | undefined, raw: string, condition: Condition): string | null {
  if (condition.all) return null;
  const key = condition.key.join('.');
  if (list !== 'units') {
    return key === 'id' ? null : `has the selector ${raw}; outside /units a selector may only be [*] or [id=…]`;
  }
  const allowed = UNIT_SELECTOR_KEYS[key];
  if (allowed === undefined) {
    if (!boundOf(`/units/0/${condition.key.join('/')}`)) {
      return `has the selector ${raw}, but "${key}" is not a field of a unit (use id, name, type, heat.fuel, heat.backupFuel or a unit's number)`;
    }
    const bad = condition.values.find((v) => !Number.isFinite(Number(v)));
    return bad === undefined ? null : `has the selector ${raw}, but ${key} is a number and "${bad}" is not`;
  }
  const bad = allowed === null ? undefined : condition.values.find((v) => !allowed.includes(v));
  return bad === undefined ? null : `has the selector ${raw}, but "${bad}" is not a ${key === 'type' ? 'unit type' : 'fuel'}; the ${key === 'type' ? 'types' : 'fuels'} are ${allowed!.join(', ')}`;
}

/** The problems of one operation that need no scenario to see: selectors that can never match
 *  and numbers to multiply or transfer that are not numbers of a scenario. */
function operationProblems(op: PatchOperation): { field: 'path' | 'from'; problem: string }[] {
  const out: { field: 'path' | 'from'; problem: string }[] = [];
  const segments = op.path.slice(1).split('/');
  segments.forEach((raw, k) => {
    const selector = SELECTOR.exec(raw);
    const condition = selector ? parseSelector(selector[1]) : null;
    if (!condition) return;
    const problem = selectorProblem(segments[k - 1], raw, condition);
    if (problem) out.push({ field: 'path', problem });
  });
  const asNumberPath = (p: string) => p.replace(/\[[^\]/]*\]/g, '0');
  const notANumber = (p: string) => `names ${p}, which is not a number of a scenario (see the accepted ranges in README.md); is it misspelt?`;
  if (op.op === 'multiply' && !boundOf(asNumberPath(op.path))) out.push({ field: 'path', problem: notANumber(op.path) });
  if (op.op === 'transfer') {
    if (!boundOf(op.from)) out.push({ field: 'from', problem: notANumber(op.from) });
    if (!boundOf(op.path)) out.push({ field: 'path', problem: notANumber(op.path) });
  }
  return out;
}

/** Validates a parsed measures catalogue; reports every error at once, never throws. */
export function validateCatalogue(input: unknown): CatalogueValidation {
  if (kindOf(input) !== 'object') return { ok: false, errors: [issue([], 'not_a_catalogue_object', `The file must contain one JSON object { … } with "format": "${MEASURES_FORMAT}"; it contains ${kindOf(input)} instead`)] };
  const parsed = catalogueSchema.safeParse(input);
  const operationErrors: ValidationIssue[] = [];
  if (parsed.success) {
    parsed.data.measures.forEach((m, i) => m.patch.forEach((op, j) => {
      for (const { field, problem } of operationProblems(op)) {
        operationErrors.push(issue(['measures', i, 'patch', j, field], 'invalid_operation', `measure "${m.id}", operation ${j} (${describeOp(op)}): the ${field === 'from' ? '"from" path' : 'path'} ${problem}`));
      }
    }));
  }
  const errors = [
    ...(parsed.success ? [] : toIssues(parsed.error, input, MEASURES_FORMAT)),
    ...operationErrors,
    ...duplicateIds((input as { measures?: unknown }).measures, (m) => valueAtPath(m, ['id']), (i) => ['measures', i, 'id'],
      (id, first, i) => `the id "${id}" is used twice, by measures/${first} and measures/${i}; each measure needs its own id`),
  ];
  if (errors.length > 0) return { ok: false, errors };
  // MODEL.md 6: a measure without a status is an estimate. The input is left as it was.
  const catalogue = input as z.infer<typeof catalogueSchema>;
  return { ok: true, catalogue: { ...catalogue, measures: catalogue.measures.map((m) => ({ ...m, status: m.status ?? 'E' })) } };
}

/** Validates a parsed scenario-variant file; never throws. */
export function validateVariant(input: unknown): VariantValidation {
  if (kindOf(input) !== 'object') return { ok: false, errors: [issue([], 'not_a_variant_object', `The file must contain one JSON object { … } with "format": "${VARIANT_FORMAT}"; it contains ${kindOf(input)} instead`)] };
  const parsed = variantSchema.safeParse(input);
  const errors = [
    ...(parsed.success ? [] : toIssues(parsed.error, input, VARIANT_FORMAT)),
    ...duplicateIds((input as { measures?: unknown }).measures, (id) => id, (i) => ['measures', i],
      (id) => `lists the measure "${id}" twice`),
  ];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, variant: input as ScenarioVariant };
}

/** Catalogue files above this size are refused before parsing. */
export const CATALOGUE_MAX_BYTES = 5 * 1024 * 1024;

/** Parses catalogue text (JSON, with the checks of json-text.ts) and validates it. */
export function parseCatalogueText(text: string): CatalogueValidation {
  const parsed = parseJsonText(text, { maxBytes: CATALOGUE_MAX_BYTES });
  if (!parsed.ok) return { ok: false, errors: parsed.issues.map(jsonTextIssue) };
  return validateCatalogue(parsed.value);
}

/** Throws a MeasureError unless the catalogue is valid; returns its measures. */
export function loadCatalogue(input: unknown): Measure[] {
  const checked = validateCatalogue(input);
  if (!checked.ok) throw new MeasureError(`the measures catalogue is invalid: ${checked.errors.map((e) => e.message).join('; ')}`);
  return checked.catalogue.measures;
}

// ---------------------------------------------------------------------------------------------
// Applying measures

export class MeasureError extends Error {
  constructor(message: string, readonly measureId?: string, readonly operationIndex?: number) {
    super(message);
    this.name = 'MeasureError';
  }
}

type Condition = { all: true } | { all: false; key: string[]; values: string[] };

function parseSelector(body: string): Condition | null {
  if (body === '*') return { all: true };
  const eq = body.indexOf('=');
  if (eq <= 0 || eq === body.length - 1) return null;
  const key = body.slice(0, eq).split('.');
  if (key.some((k) => k === '' || FORBIDDEN_KEYS.has(k))) return null;
  const values = body.slice(eq + 1).split('|');
  if (values.some((v) => v === '')) return null;
  return { all: false, key, values };
}

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
    if (i === segments.length) { out.push(prefix); return; }
    const seg = segments[i];
    const selector = SELECTOR.exec(seg);
    if (selector) {
      if (node === undefined) return;
      if (!Array.isArray(node)) throw new Error(`the selector ${seg} needs a list at ${prefix || '/'}, but the scenario has ${kindOf(node)} there`);
      const condition = parseSelector(selector[1]);
      if (!condition) throw new Error(`the selector ${seg} is not of the form [*], [key=value] or [key=value1|value2]`);
      node.forEach((item, k) => { if (matches(item, condition)) walk(item, i + 1, `${prefix}/${k}`); });
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

function describeOp(op: PatchOperation): string {
  const from = 'from' in op ? ` from ${op.from}` : '';
  return `${op.op} ${op.path}${from}`;
}

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
    case 'add': case 'replace': case 'test':
      // fast-json-patch inserts values by reference: clone so the catalogue is never mutated.
      return [{ op: op.op, path: target, value: structuredClone(op.value) }];
    case 'remove':
      return [{ op: 'remove', path: target }];
    case 'move': case 'copy':
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
          fail(`the selector ${segments[k]} matches nothing in the scenario "${baseline.id}" (its units: ${units}), so this measure does not apply to this line`);
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
      const details = step.errors.slice(0, 3).map((e) => e.message).join('; ');
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
    throw new MeasureError(`unknown measure${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; the catalogue has ${catalogue.map((m) => m.id).join(', ')}`, unknown[0]);
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
