// The files of BAT/BEP measures (MODEL.md section 6): the catalogue and scenario variants
// ("after" = a baseline + catalogue ids), their schemas, and their validation messages (a JSON
// Pointer and plain words, as for scenarios); the path language of a measure's patch, selectors
// included, is described in measures.ts, which applies them, and the selectors are read in
// measure-selectors.ts. No DOM and no Node APIs.

import * as z from 'zod/mini';
import { jsonTextIssue, toJsonPointer, type ValidationIssue } from '../model/scenario-schema.ts';
import { kindOf } from '../model/schema-issues.ts';
import { formatIssueMessage } from '../model/schema-messages.ts';
import { boundOf } from '../model/bounds.ts';
import { parseJsonText } from '../io/json-text.ts';
import { valueAtPath } from '../io/json-pointer.ts';
import { parseSelector, patchPathProblem, SELECTOR, selectorProblem } from './measure-selectors.ts';

export const MEASURES_FORMAT = 'plastic-line-measures';
export const MEASURES_VERSION = 1;
export const VARIANT_FORMAT = 'plastic-line-scenario-variant';
export const VARIANT_VERSION = 1;

const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;

// ---------------------------------------------------------------------------------------------
// Schemas

const pathField = (selectorsAllowed: boolean) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(1000),
    z.superRefine((v: string, ctx) => {
      const problem = patchPathProblem(v, selectorsAllowed);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { code: 'invalid_patch_path' } });
    }),
  );

// Any value but a missing one; its type says so (zod's classic refine narrowed it by the guard).
const jsonValue = z
  .unknown()
  .check(z.refine((v) => v !== undefined, { message: 'is required but missing', params: { code: 'required' } })) as z.ZodMiniType<NonNullable<unknown> | null>;
const finiteNumber = z.number().check(z.refine(Number.isFinite, { message: 'must be an ordinary finite number' }));

const patchOperationSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), path: pathField(true), value: jsonValue }),
  z.strictObject({ op: z.literal('replace'), path: pathField(true), value: jsonValue }),
  z.strictObject({ op: z.literal('test'), path: pathField(true), value: jsonValue }),
  z.strictObject({ op: z.literal('remove'), path: pathField(true) }),
  z.strictObject({ op: z.literal('move'), from: pathField(false), path: pathField(false) }),
  z.strictObject({ op: z.literal('copy'), from: pathField(false), path: pathField(false) }),
  z.strictObject({ op: z.literal('multiply'), path: pathField(true), value: finiteNumber.check(z.minimum(0)) }),
  z.strictObject({
    op: z.literal('transfer'),
    from: pathField(false),
    path: pathField(false),
    fraction: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  }),
  z.strictObject({ op: z.literal('ensure'), path: pathField(true), value: jsonValue }),
]);
export type PatchOperation = z.infer<typeof patchOperationSchema>;

const provenanceEntry = z.strictObject({
  source: z.string().check(z.minLength(1), z.maxLength(2000)),
  status: z.enum(['R', 'M', 'D', 'E']),
  note: z.optional(z.string().check(z.maxLength(5000))),
});

const idSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(ID_PATTERN, { message: 'must use only letters A–Z, a–z, digits and . _ -' }));

const measureSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['BAT', 'BEP']),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  nameVi: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  description: z.string().check(z.minLength(1), z.maxLength(5000)),
  descriptionVi: z.optional(z.string().check(z.minLength(1), z.maxLength(5000))),
  source: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** The source in Vietnamese words (like nameVi): what a Vietnamese page shows. */
  sourceVi: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
  /** MODEL.md 6: optional; a measure without it is read as E (an estimate) and shown so. */
  status: z.optional(z.enum(['R', 'M', 'D', 'E'])),
  appliesTo: z.optional(z.string().check(z.maxLength(2000))),
  appliesToVi: z.optional(z.string().check(z.maxLength(2000))),
  capex: finiteNumber.check(z.minimum(0), z.maximum(1e15)),
  lifetimeYears: z
    .number()
    .check(z.minimum(1), z.maximum(100), z.refine(Number.isInteger, { message: 'must be a whole number of years', params: { code: 'not_whole_years' } })),
  patch: z.array(patchOperationSchema).check(z.minLength(1), z.maxLength(200)),
  /** Source and status of each number, keyed by JSON Pointer into this measure ("/capex", "/patch/0/value"). */
  provenance: z.optional(z.record(z.string(), provenanceEntry)),
});
/** A measure as the app uses it: its status is always known (E when the file gave none). */
export type Measure = z.infer<typeof measureSchema> & { status: 'R' | 'M' | 'D' | 'E' };

const catalogueSchema = z.strictObject({
  format: z.literal(MEASURES_FORMAT),
  version: z.literal(MEASURES_VERSION),
  name: z.optional(z.string().check(z.maxLength(200))),
  description: z.optional(z.string().check(z.maxLength(10000))),
  measures: z.array(measureSchema).check(z.minLength(1), z.maxLength(200)),
});
export type MeasureCatalogue = Omit<z.infer<typeof catalogueSchema>, 'measures'> & { measures: Measure[] };

const variantSchema = z.strictObject({
  format: z.literal(VARIANT_FORMAT),
  version: z.literal(VARIANT_VERSION),
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  description: z.optional(z.string().check(z.maxLength(5000))),
  /** Path of the baseline scenario file, relative to the variant file. */
  baseline: z.string().check(z.minLength(1), z.maxLength(1000)),
  measures: z.array(idSchema).check(z.maxLength(200)),
  provenance: z.optional(z.record(z.string(), provenanceEntry)),
});
export type ScenarioVariant = z.infer<typeof variantSchema>;

// ---------------------------------------------------------------------------------------------
// Validation messages: JSON Pointer + plain words, as for scenarios.

export type CatalogueValidation = { ok: true; catalogue: MeasureCatalogue } | { ok: false; errors: ValidationIssue[] };
export type VariantValidation = { ok: true; variant: ScenarioVariant } | { ok: false; errors: ValidationIssue[] };

function issue(path: readonly PropertyKey[], code: string, message: string, params?: Record<string, string | number>): ValidationIssue {
  const out: ValidationIssue = { path: toJsonPointer(path), code, message: '' };
  if (params) out.params = params;
  // Codes the scenario message tables know get their (translatable) wording; ours keep `message`.
  // A sentence about the whole document stands on its own.
  out.message = path.length === 0 && message !== '' ? message : formatIssueMessage({ ...out, message }, 'en');
  return out;
}

function toIssues(error: z.core.$ZodError, input: unknown, expectedFormat: string): ValidationIssue[] {
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
        if (kindOf(operation) !== 'object')
          out.push(
            issue(opPath.slice(0, -1), 'invalid_type', '', {
              expected: 'object',
              received: kindOf(operation),
              got: kindOf(operation) === 'number' ? String(operation) : kindOf(operation),
            }),
          );
        else
          out.push(
            issue(opPath, 'invalid_value', '', {
              allowed: '"add", "remove", "replace", "move", "copy", "test", "multiply", "transfer", "ensure"',
              got: opValue === undefined ? 'nothing' : JSON.stringify(opValue),
            }),
          );
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
        else if (raw.origin === 'array')
          out.push(issue(path, big ? 'too_many_items' : 'too_few_items', '', { limit, got: Array.isArray(value) ? value.length : 0 }));
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
function duplicateIds(
  list: unknown,
  idOf: (item: unknown) => unknown,
  path: (i: number) => PropertyKey[],
  message: (id: string, first: number, i: number) => string,
): ValidationIssue[] {
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

/** The problems of one operation that need no scenario to see: selectors that can never match
 *  and numbers to multiply or transfer that are not numbers of a scenario. */
export function operationProblems(op: PatchOperation): { field: 'path' | 'from'; problem: string }[] {
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

/** The one issue of a file that is not a JSON object: what it must contain instead. */
function notAnObject(input: unknown, code: string, format: string): { ok: false; errors: ValidationIssue[] } {
  const message = `The file must contain one JSON object { … } with "format": "${format}"; it contains ${kindOf(input)} instead`;
  return { ok: false, errors: [issue([], code, message)] };
}

/** Validates a parsed measures catalogue; reports every error at once, never throws. */
export function validateCatalogue(input: unknown): CatalogueValidation {
  if (kindOf(input) !== 'object') return notAnObject(input, 'not_a_catalogue_object', MEASURES_FORMAT);
  const parsed = catalogueSchema.safeParse(input);
  const operationErrors: ValidationIssue[] = [];
  if (parsed.success) {
    parsed.data.measures.forEach((m, i) =>
      m.patch.forEach((op, j) => {
        for (const { field, problem } of operationProblems(op)) {
          operationErrors.push(
            issue(
              ['measures', i, 'patch', j, field],
              'invalid_operation',
              `measure "${m.id}", operation ${j} (${describeOp(op)}): the ${field === 'from' ? '"from" path' : 'path'} ${problem}`,
            ),
          );
        }
      }),
    );
  }
  const errors = [
    ...(parsed.success ? [] : toIssues(parsed.error, input, MEASURES_FORMAT)),
    ...operationErrors,
    ...duplicateIds(
      (input as { measures?: unknown }).measures,
      (m) => valueAtPath(m, ['id']),
      (i) => ['measures', i, 'id'],
      (id, first, i) => `the id "${id}" is used twice, by measures/${first} and measures/${i}; each measure needs its own id`,
    ),
  ];
  if (errors.length > 0) return { ok: false, errors };
  // MODEL.md 6: a measure without a status is an estimate. The input is left as it was.
  const catalogue = input as z.infer<typeof catalogueSchema>;
  return { ok: true, catalogue: { ...catalogue, measures: catalogue.measures.map((m) => ({ ...m, status: m.status ?? 'E' })) } };
}

/** Validates a parsed scenario-variant file; never throws. */
export function validateVariant(input: unknown): VariantValidation {
  if (kindOf(input) !== 'object') return notAnObject(input, 'not_a_variant_object', VARIANT_FORMAT);
  const parsed = variantSchema.safeParse(input);
  const errors = [
    ...(parsed.success ? [] : toIssues(parsed.error, input, VARIANT_FORMAT)),
    ...duplicateIds(
      (input as { measures?: unknown }).measures,
      (id) => id,
      (i) => ['measures', i],
      (id) => `lists the measure "${id}" twice`,
    ),
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

/** A measure that cannot be used or applied, naming it (and the operation) where known. */
export class MeasureError extends Error {
  constructor(
    message: string,
    readonly measureId?: string,
    readonly operationIndex?: number,
  ) {
    super(message);
    this.name = 'MeasureError';
  }
}

/** An operation in words for messages: "transfer /residues/plasticRoutes/openBurning from …". */
export function describeOp(op: PatchOperation): string {
  const from = 'from' in op ? ` from ${op.from}` : '';
  return `${op.op} ${op.path}${from}`;
}
