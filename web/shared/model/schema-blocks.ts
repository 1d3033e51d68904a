// The building blocks of the schemas (scenario-schema.ts, library-schema.ts): objects whose
// unknown fields are warnings and whose prototype keys are errors, closed maps, shares that add
// up to 1, numbers with their range from the table of numbers (field-table.ts), identifiers,
// JSON Pointers and distributions. Our own issues travel through zod as "custom" issues carrying
// a stable code (schema-issues.ts turns them into ValidationIssues).

import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { bound } from './bounds.ts';
import { ROUNDING_TOLERANCE } from './shares.ts';
import { LIMITS } from './limits.ts';
import { unescapeSegment } from '../io/json-pointer.ts';

// zod/mini, not zod's classic API: the same checks (zod/v4/core) and so the same issues, without
// the methods, the JSON Schema generator and the default locale that classic attaches to every
// schema; its functional API costs a third of the bytes and of the start-up (issue 17).
// English is given as the locale, as classic registers it by itself: a few zod messages (an
// invalid record key, say) reach the "invalid" issue's detail. No code generation: zod's JIT
// fast path probes `new Function`, which the app's strict Content-Security-Policy forbids (and
// reports); the interpreted path is fast enough here.
z.config({ ...en(), jitless: true });

export { LIMITS } from './limits.ts';

const SUM_TOLERANCE = 1e-6;
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const FORBIDDEN_WORD = /__proto__|constructor|prototype/;

// ---------------------------------------------------------------------------------------------
// Building blocks

type Payload = { value: unknown };
export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const hasOwn = (o: object, k: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, k);
/** Cross-field checks run even when a sibling field already failed, so all errors come at once. */
export const whenObject = { when: (p: Payload) => isPlainObject(p.value) };
export const whenArray = { when: (p: Payload) => Array.isArray(p.value) };

export type Ctx = { addIssue(arg: z.core.$ZodSuperRefineIssue): void };

/** Our own issues travel through zod as "custom" issues carrying their stable code in params. */
export function report(ctx: Ctx, path: PropertyKey[], code: string, params: Record<string, string | number> = {}, warning = false): void {
  ctx.addIssue({
    code: 'custom',
    path,
    message: code,
    params: { ...params, code, ...(warning ? { severity: 'warning' } : {}) },
    continue: true,
  });
}

/** Runs a check of the raw input beside an object schema: zod's intersection of the two, so that
 *  a warning from the check never stops the fields from being checked (zod's object output has
 *  already dropped unknown keys and never holds "__proto__", so the check cannot run on the
 *  output). The check's side outputs an empty object: zod merges the two sides' outputs, and an
 *  empty side makes that merge one shallow copy per level instead of a deep merge of the whole
 *  subtree at every level (the output is never used; a valid document is its input). */
export function besideInput<S extends z.ZodMiniType>(check: (input: Record<string, unknown>, ctx: Ctx) => void, schema: S) {
  const inputCheck = z.transform((input: unknown, payload) => {
    if (!isPlainObject(input)) return input;
    // A transform's issues as zod's classic transform files them (zod/mini's leaves that to us).
    check(input, { addIssue: (issue) => payload.issues.push({ ...issue, input, inst: inputCheck } as z.core.$ZodRawIssue) });
    return {};
  });
  return z.intersection(inputCheck, schema);
}

/** Checks the keys of the raw input, side by side with the object schema (besideInput). */
export function checkingKeys<S extends z.ZodMiniType>(
  schema: S,
  knownFor: (input: Record<string, unknown>) => ReadonlySet<string>,
  unknownKey: (key: string) => { code: string; params: Record<string, string | number>; warning: boolean },
) {
  return besideInput((input, ctx) => {
    const known = knownFor(input);
    for (const key of Object.keys(input)) {
      if (known.has(key)) continue;
      if (FORBIDDEN_KEYS.has(key)) report(ctx, [key], 'forbidden_key', { key });
      else {
        const problem = unknownKey(key);
        report(ctx, [key], problem.code, problem.params, problem.warning);
      }
    }
  }, schema);
}
export const unknownField = (key: string) => ({ code: 'unknown_field', params: { key }, warning: true });

/** An object with named fields: unknown fields are warnings, prototype keys are errors. */
export function obj<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = new Set(Object.keys(shape));
  return checkingKeys(z.object(shape), () => known, unknownField);
}

/** An object whose keys come from a closed list (components, routes, sources): unknown keys are errors. */
export function closedObj<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = new Set(Object.keys(shape));
  const allowed = [...known].join(', ');
  return checkingKeys(
    z.object(shape),
    () => known,
    (key) => ({ code: 'unknown_key', params: { key, allowed }, warning: false }),
  );
}

export function closedMap<const K extends readonly string[], S extends z.ZodMiniType>(keys: K, value: S) {
  const shape = Object.fromEntries(keys.map((k) => [k, z.optional(value)])) as { [P in K[number]]: z.ZodMiniOptional<S> };
  return closedObj(shape);
}

/** Shares that must add up to 1 (missing keys count as 0). */
export function sumsToOne<T extends z.ZodMiniType>(keys: readonly string[], schema: T) {
  const check = z.superRefine((value: unknown, ctx) => {
    const map = value as Record<string, unknown>;
    const values = keys.filter((k) => hasOwn(map, k)).map((k) => map[k]);
    if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return; // reported elsewhere
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > SUM_TOLERANCE) report(ctx, [], 'sum_not_one', { sum: Number(sum.toPrecision(12)) });
    else if (Math.abs(sum - 1) > ROUNDING_TOLERANCE) report(ctx, [], 'shares_rescaled', { sum: Number(sum.toPrecision(12)) }, true);
  }, whenObject);
  return schema.check(check);
}

/** Patterns of field-table.ts that the schema uses (the tests check that it uses every row). */
export const USED_BOUNDS = new Set<string>();

/** A number with its range from field-table.ts. A feed below the minimum but above 0 is a typing
 *  slip (and sub-normal tonnages cannot be balanced to 1e-9 × feed): 0 (idle) or at least it. */
export function num(pattern: string) {
  const row = bound(pattern);
  USED_BOUNDS.add(pattern);
  const base = row.integer ? z.number().check(z.int()) : z.number();
  if (row.zeroAllowed) {
    return base.check(
      z.minimum(0),
      z.maximum(row.max),
      z.superRefine((v: number, ctx) => {
        if (v > 0 && v < row.min) report(ctx, [], 'zero_or_at_least', { limit: row.min, unit: row.unit, got: v });
      }),
    );
  }
  return base.check(row.minExclusive ? z.gt(row.min) : z.minimum(row.min), z.maximum(row.max));
}

const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;
export const idSchema = z.string().check(
  z.minLength(1),
  z.maxLength(LIMITS.idLength),
  z.superRefine((v: string, ctx) => {
    if (v.length > 0 && v.length <= LIMITS.idLength && !ID_PATTERN.test(v)) report(ctx, [], 'invalid_id', { got: JSON.stringify(v) });
  }),
);
/** Text a user reads: plain, or `{ "vi": "…", "en": "…" }` (web/shared/model/local-text.ts). */
export const localText = (text: z.ZodMiniString<string>) => z.union([text, obj({ vi: text, en: text })]);
export const nameSchema = localText(z.string().check(z.minLength(1), z.maxLength(LIMITS.nameLength)));
export const shortText = localText(z.string().check(z.maxLength(LIMITS.nameLength)));
export const sourceText = localText(z.string().check(z.minLength(1), z.maxLength(LIMITS.sourceLength)));
export const descriptionText = localText(z.string().check(z.maxLength(LIMITS.descriptionLength)));

/** Problems with a JSON Pointer string, or null if it is well formed and safe. */
export function pointerProblem(p: string): { code: string; params: Record<string, string | number> } | null {
  // Most pointers have no escape and no forbidden word: then no segment can be a forbidden key.
  if (p.startsWith('/') && !p.includes('~') && !FORBIDDEN_WORD.test(p)) return null;
  if (!p.startsWith('/') || /~[^01]|~$/.test(p)) return { code: 'invalid_pointer', params: { got: JSON.stringify(p.slice(0, 80)) } };
  for (const segment of p.slice(1).split('/')) {
    const key = unescapeSegment(segment);
    if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden_key', params: { key } };
  }
  return null;
}
export const pointerSchema = z.string().check(
  z.maxLength(LIMITS.pointerLength),
  z.superRefine((v: string, ctx) => {
    const problem = pointerProblem(v);
    if (problem) report(ctx, [], problem.code, problem.params);
  }),
);

function ordered(names: readonly string[]) {
  const rule = names.join(' ≤ ');
  return (value: object, ctx: Ctx) => {
    const v = value as Record<string, unknown>;
    const present = names.filter((n) => typeof v[n] === 'number' && Number.isFinite(v[n] as number));
    for (let i = 1; i < present.length; i++) {
      if ((v[present[i - 1]] as number) > (v[present[i]] as number)) {
        report(ctx, [present[i]], 'dist_order', { rule, got: present.map((n) => `${n} ${v[n]}`).join(', ') });
        return;
      }
    }
  };
}
const DIST_KEYS: Record<string, ReadonlySet<string>> = {
  lognormal: new Set(['type', 'median', 'gsd']),
  triangular: new Set(['type', 'min', 'mode', 'max']),
  uniform: new Set(['type', 'min', 'max']),
  normal: new Set(['type', 'mean', 'sd', 'min', 'max']),
};
export const distSchema = checkingKeys(
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('lognormal'), median: num('**/dist/median'), gsd: num('**/dist/gsd') }),
    z
      .object({ type: z.literal('triangular'), min: num('**/dist/min'), mode: num('**/dist/mode'), max: num('**/dist/max') })
      .check(z.superRefine(ordered(['min', 'mode', 'max']), whenObject)),
    z.object({ type: z.literal('uniform'), min: num('**/dist/min'), max: num('**/dist/max') }).check(z.superRefine(ordered(['min', 'max']), whenObject)),
    z
      .object({
        type: z.literal('normal'),
        mean: num('**/dist/mean'),
        sd: num('**/dist/sd'),
        min: z.optional(num('**/dist/min')),
        max: z.optional(num('**/dist/max')),
      })
      .check(z.superRefine(ordered(['min', 'max']), whenObject)),
  ]),
  (input) => DIST_KEYS[String(input.type)] ?? new Set(['type']),
  unknownField,
);
