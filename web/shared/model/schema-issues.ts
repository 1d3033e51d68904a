// Turning zod's issues into ValidationIssues: a JSON Pointer, a stable code with its parameters
// and a sentence naming the field (schema-messages.ts words it in English or Vietnamese).

import type * as z from 'zod/mini';
import { isBilingual, textIn } from './local-text.ts';
import { formatIssueMessage } from './schema-messages.ts';
import { boundOf } from './bounds.ts';
import { pointerOf, valueAtPath } from '../io/json-pointer.ts';
import { hasOwn, isPlainObject } from './schema-blocks.ts';

export interface ValidationIssue {
  /** JSON Pointer, e.g. "/units/2/capacityKgPerHour"; "" for the whole document. */
  path: string;
  /** Stable machine code, e.g. "too_big", "sum_not_one", "duplicate_id", "invalid_json". */
  code: string;
  params?: Record<string, string | number>;
  /** Plain English sentence naming the field, what was expected and what was found. */
  message: string;
}

export const toJsonPointer = pointerOf;

export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export function show(v: unknown): string {
  switch (kindOf(v)) {
    case 'number':
      return String(v);
    case 'string': {
      const s = v as string;
      return JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s);
    }
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return String(v);
  }
}

/** A too_small or too_big issue as its message code and parameters: a text's or a list's length,
 *  else the number's limit (with `extra`, such as its unit); `got` shows the value as the caller's
 *  messages do. The scenario and village schemas share it. */
export function sizeProblem(
  raw: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  value: unknown,
  got: (v: unknown) => string = show,
  extra: Record<string, string> = {},
): [code: string, params: Record<string, string | number>] {
  const big = raw.code === 'too_big';
  const limit = Number(big ? (raw as z.core.$ZodIssueTooBig).maximum : (raw as z.core.$ZodIssueTooSmall).minimum);
  if (raw.origin === 'string') return [big ? 'too_long' : 'too_short', { limit, got: typeof value === 'string' ? value.length : 0 }];
  if (raw.origin === 'array') return [big ? 'too_many_items' : 'too_few_items', { limit, got: Array.isArray(value) ? value.length : 0 }];
  return [raw.code, { limit, inclusive: raw.inclusive === false ? 0 : 1, got: got(value), ...extra }];
}

/** Files a refinement's issue (code "custom") under the errors or, when its params say so, the
 *  warnings: `make` builds the issue from the code and parameters it carries. */
export function fileCustom<I>(
  raw: z.core.$ZodIssueCustom,
  out: { errors: I[]; warnings: I[] },
  make: (code: string, params: Record<string, string | number>) => I,
): void {
  const params = { ...((raw.params ?? {}) as Record<string, string | number>) };
  const code = String(params.code ?? 'invalid');
  const warning = params.severity === 'warning';
  delete params.code;
  delete params.severity;
  (warning ? out.warnings : out.errors).push(make(code, params));
}

const quoteList = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

type RawIssue = z.core.$ZodIssue;
type Collected = { errors: ValidationIssue[]; warnings: ValidationIssue[] };

/** The unit's name for a message, in English and (when the name is bilingual) Vietnamese. */
function unitLabel(root: unknown, path: readonly PropertyKey[]): { unitName: string; unitNameVi?: string } | undefined {
  if (path[0] !== 'units' || typeof path[1] !== 'number') return undefined;
  const unit = valueAtPath(root, path.slice(0, 2));
  if (!isPlainObject(unit)) return undefined;
  const cut = (label: string) => (label.length > 60 ? label.slice(0, 60) + '…' : label);
  const id = typeof unit.id === 'string' ? unit.id : undefined;
  const en = textIn(unit.name, 'en') || id;
  if (en === undefined) return undefined;
  return isBilingual(unit.name) && unit.name.vi !== '' ? { unitName: cut(en), unitNameVi: cut(unit.name.vi) } : { unitName: cut(en) };
}

export function makeIssue(root: unknown, path: readonly PropertyKey[], code: string, params: Record<string, string | number>): ValidationIssue {
  const label = unitLabel(root, path);
  const allParams = label !== undefined && path.length > 2 ? { ...params, ...label } : params;
  const issue: ValidationIssue = { path: toJsonPointer(path), code, message: '' };
  if (Object.keys(allParams).length > 0) issue.params = allParams;
  issue.message = formatIssueMessage(issue, 'en');
  return issue;
}

function convert(raw: RawIssue, root: unknown, prefix: readonly PropertyKey[], out: Collected): void {
  const path = [...prefix, ...raw.path];
  const value = valueAtPath(root, path);
  const last = path[path.length - 1];
  const unit = boundOf(toJsonPointer(path))?.bound.unit;
  const measure: Record<string, string> = unit ? { measure: unit } : {};
  const push = (code: string, params: Record<string, string | number> = {}): void => {
    out.errors.push(makeIssue(root, path, code, params));
  };

  switch (raw.code) {
    case 'invalid_type': {
      const present = path.length > 0 && hasOwn((valueAtPath(root, path.slice(0, -1)) as object) ?? {}, last as PropertyKey);
      if (!present || value === undefined) return push('required');
      if (typeof value === 'number' && !Number.isFinite(value)) return push('not_finite', { got: String(value) });
      const primitive = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
      return push('invalid_type', { expected: String(raw.expected), received: kindOf(value), ...(primitive ? { got: show(value) } : {}) });
    }
    case 'too_small':
    case 'too_big':
      return push(...sizeProblem(raw, value, show, measure));
    case 'invalid_value': {
      if (value === undefined) return push('required');
      if (path.length === 1 && path[0] === 'format') return push('wrong_format', { expected: String(raw.values[0]), got: show(value) });
      return push('invalid_value', { allowed: quoteList(raw.values), got: show(value) });
    }
    case 'invalid_union': {
      const union = raw as z.core.$ZodIssueInvalidUnion & { discriminator?: string; options?: unknown[] };
      if (union.discriminator !== undefined) {
        // A distribution with an unknown or missing "type".
        const parent = valueAtPath(root, path.slice(0, -1));
        if (!isPlainObject(parent)) return push('invalid_type', { expected: 'object', received: kindOf(parent), got: show(parent) });
        if (value === undefined) return push('required');
        return push('invalid_value', { allowed: quoteList(union.options ?? []), got: show(value) });
      }
      // Pick the branch whose type matched the input (number, "ND" or object) and report its issues.
      const matched = union.errors.filter((branch) => !branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')));
      if (matched.length > 0) {
        for (const inner of matched[0]) convert(inner, root, path, out);
        return;
      }
      const numberBranch = union.errors.find((branch) => branch.some((i) => i.path.length === 0 && i.code !== 'invalid_type' && i.code !== 'invalid_value'));
      if (typeof value === 'number' && numberBranch) {
        for (const inner of numberBranch) convert(inner, root, path, out);
        return;
      }
      // Text a user reads: plain text or { "vi": …, "en": … } (schema-blocks.ts localText).
      const expected = new Set(
        union.errors.flatMap((branch) =>
          branch.filter((i) => i.path.length === 0 && i.code === 'invalid_type').map((i) => (i as { expected?: string }).expected),
        ),
      );
      if (expected.size === 2 && expected.has('string') && expected.has('object')) {
        if (value === undefined) return push('required');
        const primitive = typeof value === 'number' || typeof value === 'boolean';
        return push('invalid_type', { expected: 'localtext', received: kindOf(value), ...(primitive ? { got: show(value) } : {}) });
      }
      if (typeof value === 'number' && !Number.isFinite(value)) return push('not_finite', { got: String(value) });
      if (value === undefined) return push('required');
      const primitive = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
      return push('invalid_type', { expected: 'efvalue', received: kindOf(value), ...(primitive ? { got: show(value) } : {}) });
    }
    case 'custom':
      return fileCustom(raw, out, (code, params) => makeIssue(root, path, code, params));
    default:
      return push('invalid', { detail: raw.message });
  }
}

export function collect(schema: z.ZodMiniType, input: unknown): Collected & { success: boolean } {
  const out: Collected = { errors: [], warnings: [] };
  const result = schema.safeParse(input);
  if (!result.success) for (const raw of result.error.issues) convert(raw, input, [], out);
  return { ...out, success: out.errors.length === 0 };
}

export function topLevelProblem(input: unknown): ValidationIssue | null {
  if (isPlainObject(input)) return null;
  return makeIssue(input, [], 'not_object', { received: kindOf(input) });
}
