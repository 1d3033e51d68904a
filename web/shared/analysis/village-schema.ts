// The village file (MODEL.md section 8: `plastic-line-village`, version 1) and the province file
// (extension: `plastic-line-province`, version 1, a list of villages), validated with zod; their
// types are in village-types.ts. Every error comes at once, each with its JSON Pointer and a
// message that names the group (by id and name) and the field in words, in English or
// Vietnamese (village-messages.ts). Scenarios inside groups are checked by the scenario schema
// when the village is resolved (village-load.ts). No DOM and no Node APIs: used in the worker,
// in Node and (later) on the page.

import * as z from 'zod/mini';

import { STATUS_KEYS } from '../model/scenario-schema.ts';
import { hasOwn, isPlainObject, obj, report } from '../model/schema-blocks.ts';
import { fileCustom, kindOf, show as showValue, sizeProblem } from '../model/schema-issues.ts';
import { formatVillageIssue, type VillageIssue } from './village-messages.ts';
import { pointerOf, valueAtPath } from '../io/json-pointer.ts';
import {
  PROVINCE_FORMAT,
  PROVINCE_VERSION,
  VILLAGE_FORMAT,
  VILLAGE_LIMITS,
  VILLAGE_VERSION,
  type ProvinceFile,
  type ProvinceValidation,
  type VillageFile,
  type VillageValidation,
} from './village-types.ts';

export type { VillageIssue };

// ---------------------------------------------------------------------------------------------
// Schema

const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;

const idSchema = z.string().check(
  z.minLength(1),
  z.maxLength(VILLAGE_LIMITS.idLength),
  z.superRefine((v: string, ctx) => {
    if (v.length > 0 && v.length <= VILLAGE_LIMITS.idLength && !ID_PATTERN.test(v)) report(ctx, [], 'invalid_id', { got: JSON.stringify(v) });
  }),
);
const nameSchema = z.string().check(z.minLength(1), z.maxLength(VILLAGE_LIMITS.nameLength));
const shortText = z.string().check(z.maxLength(VILLAGE_LIMITS.nameLength));
const sourceText = z.string().check(z.minLength(1), z.maxLength(VILLAGE_LIMITS.sourceLength));
const description = z.string().check(z.maxLength(VILLAGE_LIMITS.descriptionLength));

/** A file path as written in the file: relative, no URL, no NUL. */
const pathSchema = z.string().check(
  z.minLength(1),
  z.maxLength(VILLAGE_LIMITS.path),
  z.superRefine((v: string, ctx) => {
    if (/\0/.test(v) || /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) report(ctx, [], 'invalid_file_path', { got: JSON.stringify(v.slice(0, 80)) });
  }),
);

/** A file path or an inline object (a scenario or a village). */
function fileOrObject(expected: 'scenario_ref' | 'village_ref') {
  return z.unknown().check(
    z.superRefine((v, ctx) => {
      if (typeof v === 'string') {
        const checked = pathSchema.safeParse(v);
        if (!checked.success) {
          if (v.length === 0) report(ctx, [], 'empty_path');
          else if (v.length > VILLAGE_LIMITS.path) report(ctx, [], 'too_long', { limit: VILLAGE_LIMITS.path, got: v.length });
          else report(ctx, [], 'invalid_file_path', { got: JSON.stringify(v.slice(0, 80)) });
        }
        return;
      }
      if (v === undefined) return report(ctx, [], 'required');
      if (!isPlainObject(v)) report(ctx, [], 'invalid_type', { expected, received: v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v });
    }),
  );
}

const contextSchema = obj({
  nationalOpenBurningGTeqPerYear: z.number().check(z.gt(0), z.maximum(VILLAGE_LIMITS.nationalGTeqPerYear)),
  source: sourceText,
  status: z.enum(STATUS_KEYS),
  period: z.optional(shortText),
  note: z.optional(description),
});

const provenanceSchema = z
  .record(z.string().check(z.maxLength(VILLAGE_LIMITS.path)), obj({ source: sourceText, status: z.enum(STATUS_KEYS), note: z.optional(description) }))
  .check(
    z.superRefine((map, ctx) => {
      const keys = Object.keys(map);
      if (keys.length > VILLAGE_LIMITS.provenanceEntries) report(ctx, [], 'too_many_items', { limit: VILLAGE_LIMITS.provenanceEntries, got: keys.length });
      for (const key of keys) if (!key.startsWith('/')) report(ctx, [key], 'invalid_pointer', { got: JSON.stringify(key.slice(0, 80)) });
    }),
  );

const adoptionSchema = obj({
  measures: z.array(idSchema).check(
    z.maxLength(VILLAGE_LIMITS.measures),
    z.superRefine((ids, ctx) => {
      const seen = new Map<string, number>();
      ids.forEach((id, i) => {
        const first = seen.get(id);
        if (first === undefined) seen.set(id, i);
        else report(ctx, [i], 'duplicate_measure', { id, first });
      });
    }),
  ),
  share: z.number().check(z.minimum(0), z.maximum(1)),
});

const groupSchema = obj({
  id: idSchema,
  name: z.optional(nameSchema),
  nameVi: z.optional(nameSchema),
  description: z.optional(description),
  households: z.number().check(z.gt(0), z.maximum(VILLAGE_LIMITS.households)),
  lineType: z.optional(shortText.check(z.minLength(1))),
  scenario: fileOrObject('scenario_ref'),
  adoption: z.optional(adoptionSchema),
});

const groupsSchema = z.array(groupSchema).check(
  z.minLength(1),
  z.maxLength(VILLAGE_LIMITS.groups),
  z.superRefine(
    (groups, ctx) => {
      const first = new Map<string, number>();
      (groups as unknown[]).forEach((g, i) => {
        if (!isPlainObject(g) || typeof g.id !== 'string' || g.id === '') return;
        const at = first.get(g.id);
        if (at === undefined) first.set(g.id, i);
        else report(ctx, [i, 'id'], 'duplicate_group_id', { id: g.id.slice(0, VILLAGE_LIMITS.idLength), first: at });
      });
    },
    { when: (p) => Array.isArray(p.value) },
  ),
);

const siteSchema = obj({
  name: z.optional(shortText),
  commune: z.optional(shortText),
  district: z.optional(shortText),
  province: z.optional(shortText),
  country: z.optional(shortText),
});

const villageSchema = obj({
  format: z.literal(VILLAGE_FORMAT),
  version: z.literal(VILLAGE_VERSION),
  id: idSchema,
  name: nameSchema,
  nameVi: z.optional(nameSchema),
  description: z.optional(description),
  site: z.optional(siteSchema),
  groups: groupsSchema,
  catalogue: z.optional(pathSchema),
  context: z.optional(contextSchema),
  provenance: z.optional(provenanceSchema),
});

const provinceSchema = obj({
  format: z.literal(PROVINCE_FORMAT),
  version: z.literal(PROVINCE_VERSION),
  id: idSchema,
  name: nameSchema,
  description: z.optional(description),
  villages: z.array(fileOrObject('village_ref')).check(z.minLength(1), z.maxLength(VILLAGE_LIMITS.villages)),
  context: z.optional(contextSchema),
  provenance: z.optional(provenanceSchema),
});

// ---------------------------------------------------------------------------------------------
// Issues

/** A value in a message, as the scenario schema shows it (schema-issues.ts), except that a
 *  missing value reads "undefined" here, as village messages have always said. */
const show = (v: unknown): string => (v === undefined ? 'undefined' : showValue(v));

export const toPointer = pointerOf;

/** The group a path is in (index, and id and name as far as the document gives them). */
export function groupOf(root: unknown, index: number): VillageIssue['group'] {
  const g = valueAtPath(root, ['groups', index]);
  const group: NonNullable<VillageIssue['group']> = { index };
  if (isPlainObject(g)) {
    if (typeof g.id === 'string' && g.id !== '') group.id = g.id.slice(0, VILLAGE_LIMITS.idLength);
    if (typeof g.name === 'string' && g.name !== '') group.name = g.name.length > 60 ? g.name.slice(0, 60) + '…' : g.name;
  }
  return group;
}

/** An issue with its English message. */
export function villageIssue(
  root: unknown,
  path: readonly PropertyKey[],
  code: string,
  params: Record<string, string | number> = {},
  extra: Partial<VillageIssue> = {},
): VillageIssue {
  const issue: VillageIssue = { path: toPointer(path), code, message: '' };
  if (Object.keys(params).length > 0) issue.params = params;
  if (path[0] === 'groups' && typeof path[1] === 'number') issue.group = groupOf(root, path[1]);
  Object.assign(issue, extra);
  issue.message = formatVillageIssue(issue, 'en');
  return issue;
}

type Collected = { errors: VillageIssue[]; warnings: VillageIssue[] };

function convert(raw: z.core.$ZodIssue, root: unknown, out: Collected): void {
  const path = [...raw.path];
  const value = valueAtPath(root, path);
  const push = (code: string, params: Record<string, string | number> = {}): void => {
    out.errors.push(villageIssue(root, path, code, params));
  };
  switch (raw.code) {
    case 'invalid_type': {
      const parent = valueAtPath(root, path.slice(0, -1));
      const present = path.length > 0 && isPlainObject(parent) ? hasOwn(parent, path[path.length - 1]) : Array.isArray(parent);
      if (!present || value === undefined) return push('required');
      const primitive = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
      return push('invalid_type', { expected: String(raw.expected), received: kindOf(value), ...(primitive ? { got: show(value) } : {}) });
    }
    case 'too_small':
    case 'too_big':
      return push(...sizeProblem(raw, value, show));
    case 'invalid_value': {
      if (value === undefined) return push('required');
      if (path.length === 1 && path[0] === 'format') return push('wrong_format', { expected: String(raw.values[0]), got: show(value) });
      if (path.length === 1 && path[0] === 'version') return push('unknown_version', { got: show(value), supported: String(raw.values[0]) });
      return push('invalid_value', { allowed: raw.values.map((v) => JSON.stringify(v)).join(', '), got: show(value) });
    }
    case 'custom':
      return fileCustom(raw, out, (code, params) => villageIssue(root, path, code, params));
    default:
      return push('invalid', { detail: raw.message });
  }
}

function collect(schema: z.ZodMiniType, input: unknown): Collected {
  const out: Collected = { errors: [], warnings: [] };
  const result = schema.safeParse(input);
  if (!result.success) for (const raw of result.error.issues) convert(raw, input, out);
  return out;
}

function topLevel(input: unknown, format: string): VillageIssue | null {
  if (!isPlainObject(input)) return villageIssue(input, [], 'not_object', { received: kindOf(input), format });
  return null;
}

/** A document checked against its schema: its errors and warnings, or the document itself. */
function validated(
  input: unknown,
  format: string,
  schema: z.ZodMiniType,
): { ok: true; warnings: VillageIssue[] } | { ok: false; errors: VillageIssue[]; warnings: VillageIssue[] } {
  try {
    const top = topLevel(input, format);
    if (top) return { ok: false, errors: [top], warnings: [] };
    const { errors, warnings } = collect(schema, input);
    if (errors.length > 0) return { ok: false, errors, warnings };
    return { ok: true, warnings };
  } catch (e) {
    return { ok: false, errors: [villageIssue(undefined, [], 'invalid', { detail: e instanceof Error ? e.message : String(e) })], warnings: [] };
  }
}

/** Validates a parsed village document (its structure; the scenarios are checked when it is
 *  resolved). Reports every error at once; never throws. */
export function validateVillage(input: unknown): VillageValidation {
  const v = validated(input, VILLAGE_FORMAT, villageSchema);
  return v.ok ? { ok: true, village: input as VillageFile, warnings: v.warnings } : v;
}

/** Validates a parsed province document (its villages are checked when they are read). */
export function validateProvince(input: unknown): ProvinceValidation {
  const v = validated(input, PROVINCE_FORMAT, provinceSchema);
  return v.ok ? { ok: true, province: input as ProvinceFile, warnings: v.warnings } : v;
}

/** Parses JSON text; a syntax error becomes one issue (never throws). */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: VillageIssue } {
  if (typeof text !== 'string') return { ok: false, error: villageIssue(undefined, [], 'not_text', {}) };
  if (text.length > VILLAGE_LIMITS.maxBytes)
    return { ok: false, error: villageIssue(undefined, [], 'too_large', { bytes: text.length, maxBytes: VILLAGE_LIMITS.maxBytes }) };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: villageIssue(undefined, [], 'empty_file', {}) };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    return { ok: false, error: villageIssue(undefined, [], 'invalid_json', { detail: e instanceof Error ? e.message : String(e) }) };
  }
}

export { formatVillageIssue };
