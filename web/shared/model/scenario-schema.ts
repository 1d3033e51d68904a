// The one schema module that validates scenario files (MODEL.md section 2) and the
// emission-factor library (MODEL.md section 3.1), built with zod. It runs on the main thread,
// in the worker and in Node: no DOM and no Node APIs here.
//
// Validation never transforms: a valid scenario is handed back exactly as it came in (defaults
// such as "missing numbers mean 0" are the compiler's job). Unknown fields are kept and reported
// as warnings; keys that could pollute prototypes are errors.

import { z } from 'zod';

// No code generation: zod's JIT fast path probes `new Function`, which the app's strict
// Content-Security-Policy forbids (and reports); the interpreted path is fast enough here.
z.config({ jitless: true });
import { formatIssueMessage, type MessageLang } from './schema-messages.ts';
import { bound, boundOf } from './bounds.ts';
import { ROUNDING_TOLERANCE } from './shares.ts';
import { MAX_JSON_DEPTH, nestingDepth, parseJsonText, type JsonTextIssue } from '../io/json-text.ts';
import { pointerOf, unescapeSegment, valueAtPath } from '../io/json-pointer.ts';

export { locateJsonError, parseJsonText } from '../io/json-text.ts';

export const SCENARIO_FORMAT = 'plastic-line-scenario';
export const SCENARIO_VERSION = 1;
export const EF_LIBRARY_FORMAT = 'plastic-line-emission-factors';
export const EF_LIBRARY_VERSION = 1;

export * from './keys.ts';
import {
  BRICK_HEAT_FUEL_KEYS, COMPONENT_KEYS, EF_SCALAR_KEYS, FUEL_KEYS, INERT_ROUTE_KEYS, PLASTIC_ROUTE_KEYS,
  PLASTIC_SOURCE_KEYS, POLYMER_KEYS, RELEASE_METHODS, SEPARATION_ROUTE_KEYS, SINK_KEYS, SOURCE_KEYS, STATUS_KEYS, UNIT_TYPES,
  VECTOR_KEYS, WASTEWATER_TREATMENTS,
} from './keys.ts';

/** Sizes that keep absurd inputs out; the ranges of numbers are in field-table.ts. */
export const LIMITS = {
  /** At most this many other costs (MODEL.md 3.2). */
  otherCosts: 100,
  units: 64,
  uncertaintyItems: 1_000,
  provenanceEntries: 10_000,
  idLength: 64,
  nameLength: 200,
  descriptionLength: 5_000,
  sourceLength: 2_000,
  pointerLength: 1_000,
  defaultMaxBytes: 5 * 1024 * 1024,
} as const;

const SUM_TOLERANCE = 1e-6;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// ---------------------------------------------------------------------------------------------
// Public issue types

export interface ValidationIssue {
  /** JSON Pointer, e.g. "/units/2/capacityKgPerHour"; "" for the whole document. */
  path: string;
  /** Stable machine code, e.g. "too_big", "sum_not_one", "duplicate_id", "invalid_json". */
  code: string;
  params?: Record<string, string | number>;
  /** Plain English sentence naming the field, what was expected and what was found. */
  message: string;
}

export type ValidationResult =
  | { ok: true; scenario: Scenario; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

export type LibraryValidationResult =
  | { ok: true; library: EmissionFactorLibrary; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

// ---------------------------------------------------------------------------------------------
// Building blocks

type Payload = { value: unknown };
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOwn = (o: object, k: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, k);
/** Cross-field checks run even when a sibling field already failed, so all errors come at once. */
const whenObject = { when: (p: Payload) => isPlainObject(p.value) };
const whenArray = { when: (p: Payload) => Array.isArray(p.value) };

type Ctx = { addIssue(arg: z.core.$ZodSuperRefineIssue): void };

/** Our own issues travel through zod as "custom" issues carrying their stable code in params. */
function report(ctx: Ctx, path: PropertyKey[], code: string, params: Record<string, string | number> = {}, warning = false): void {
  ctx.addIssue({
    code: 'custom',
    path,
    message: code,
    params: { ...params, code, ...(warning ? { severity: 'warning' } : {}) },
    continue: true,
  });
}

/** Checks the keys of the raw input, side by side with the object schema (an intersection, so
 *  a warning here never stops the fields from being checked; zod's object output has already
 *  dropped unknown keys and never holds "__proto__", so the check cannot run on the output). */
function checkingKeys<S extends z.ZodType>(schema: S, knownFor: (input: Record<string, unknown>) => ReadonlySet<string>, unknownKey: (key: string) => { code: string; params: Record<string, string | number>; warning: boolean }) {
  const keyCheck = z.unknown().superRefine((input, ctx) => {
    if (!isPlainObject(input)) return;
    const known = knownFor(input);
    for (const key of Object.keys(input)) {
      if (known.has(key)) continue;
      if (FORBIDDEN_KEYS.has(key)) report(ctx, [key], 'forbidden_key', { key });
      else {
        const problem = unknownKey(key);
        report(ctx, [key], problem.code, problem.params, problem.warning);
      }
    }
  });
  return z.intersection(keyCheck, schema);
}
const unknownField = (key: string) => ({ code: 'unknown_field', params: { key }, warning: true });

/** An object with named fields: unknown fields are warnings, prototype keys are errors. */
function obj<T extends z.ZodRawShape>(shape: T) {
  const known = new Set(Object.keys(shape));
  return checkingKeys(z.object(shape), () => known, unknownField);
}

/** An object whose keys come from a closed list (components, routes, sources): unknown keys are errors. */
function closedObj<T extends z.ZodRawShape>(shape: T) {
  const known = new Set(Object.keys(shape));
  const allowed = [...known].join(', ');
  return checkingKeys(z.object(shape), () => known, (key) => ({ code: 'unknown_key', params: { key, allowed }, warning: false }));
}

function closedMap<const K extends readonly string[], S extends z.ZodType>(keys: K, value: S) {
  const shape = Object.fromEntries(keys.map((k) => [k, value.optional()])) as { [P in K[number]]: z.ZodOptional<S> };
  return closedObj(shape);
}

/** Shares that must add up to 1 (missing keys count as 0). */
function sumsToOne<T extends z.ZodType>(keys: readonly string[], schema: T) {
  return schema.superRefine((value, ctx) => {
    const map = value as Record<string, unknown>;
    const values = keys.filter((k) => hasOwn(map, k)).map((k) => map[k]);
    if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return; // reported elsewhere
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > SUM_TOLERANCE) report(ctx, [], 'sum_not_one', { sum: Number(sum.toPrecision(12)) });
    else if (Math.abs(sum - 1) > ROUNDING_TOLERANCE) report(ctx, [], 'shares_rescaled', { sum: Number(sum.toPrecision(12)) }, true);
  }, whenObject);
}

/** Patterns of field-table.ts that the schema uses (the tests check that it uses every row). */
export const USED_BOUNDS = new Set<string>();

/** A number with its range from field-table.ts. A feed below the minimum but above 0 is a typing
 *  slip (and sub-normal tonnages cannot be balanced to 1e-9 × feed): 0 (idle) or at least it. */
function num(pattern: string) {
  const row = bound(pattern);
  USED_BOUNDS.add(pattern);
  const base = row.integer ? z.number().int() : z.number();
  if (row.zeroAllowed) {
    return base.min(0).max(row.max).superRefine((v, ctx) => {
      if (v > 0 && v < row.min) report(ctx, [], 'zero_or_at_least', { limit: row.min, unit: row.unit, got: v });
    });
  }
  return (row.minExclusive ? base.gt(row.min) : base.min(row.min)).max(row.max);
}

const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;
const idSchema = z.string().min(1).max(LIMITS.idLength).superRefine((v, ctx) => {
  if (v.length > 0 && v.length <= LIMITS.idLength && !ID_PATTERN.test(v)) report(ctx, [], 'invalid_id', { got: JSON.stringify(v) });
});
const nameSchema = z.string().min(1).max(LIMITS.nameLength);
const shortText = z.string().max(LIMITS.nameLength);
const sourceText = z.string().min(1).max(LIMITS.sourceLength);

/** Problems with a JSON Pointer string, or null if it is well formed and safe. */
function pointerProblem(p: string): { code: string; params: Record<string, string | number> } | null {
  if (!p.startsWith('/') || /~[^01]|~$/.test(p)) return { code: 'invalid_pointer', params: { got: JSON.stringify(p.slice(0, 80)) } };
  for (const segment of p.slice(1).split('/')) {
    const key = unescapeSegment(segment);
    if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden_key', params: { key } };
  }
  return null;
}
const pointerSchema = z.string().max(LIMITS.pointerLength).superRefine((v, ctx) => {
  const problem = pointerProblem(v);
  if (problem) report(ctx, [], problem.code, problem.params);
});

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
const distSchema = checkingKeys(z.discriminatedUnion('type', [
  z.object({ type: z.literal('lognormal'), median: num('**/dist/median'), gsd: num('**/dist/gsd') }),
  z.object({ type: z.literal('triangular'), min: num('**/dist/min'), mode: num('**/dist/mode'), max: num('**/dist/max') })
    .superRefine(ordered(['min', 'mode', 'max']), whenObject),
  z.object({ type: z.literal('uniform'), min: num('**/dist/min'), max: num('**/dist/max') }).superRefine(ordered(['min', 'max']), whenObject),
  z.object({ type: z.literal('normal'), mean: num('**/dist/mean'), sd: num('**/dist/sd'), min: num('**/dist/min').optional(), max: num('**/dist/max').optional() })
    .superRefine(ordered(['min', 'max']), whenObject),
]), (input) => DIST_KEYS[String(input.type)] ?? new Set(['type']), unknownField);

// ---------------------------------------------------------------------------------------------
// Emission factors (shared shape of library and overrides, MODEL.md 3.1)

// A factor's number, "ND" ("not quantified") or { value, source, status, dist }, with the
// range of its row in field-table.ts (the rows "@ef/{source}/pcddf/{vector}", "@ef/{source}/pm25", …).
function efValueOf(pattern: string) {
  const efPlain = z.union([num(pattern), z.literal('ND')]);
  const efObject = obj({
    value: efPlain,
    source: sourceText.optional(),
    status: z.enum(STATUS_KEYS).optional(),
    dist: distSchema.optional(),
    distNote: z.string().max(LIMITS.sourceLength).optional(),
  });
  return z.union([num(pattern), z.literal('ND'), efObject]);
}
const efValue = efValueOf('@ef/{source}/pcddf/{vector}');
const efSource = closedObj({
  pcddf: closedMap(VECTOR_KEYS, efValueOf('@ef/{source}/pcddf/{vector}')).optional(),
  dlpcb: closedMap(VECTOR_KEYS, efValueOf('@ef/{source}/dlpcb/{vector}')).optional(),
  ...(Object.fromEntries(EF_SCALAR_KEYS.map((k) => [k, efValueOf(`@ef/{source}/${k}`).optional()])) as { [K in (typeof EF_SCALAR_KEYS)[number]]: z.ZodOptional<typeof efValue> }),
});
const efOverrides = closedObj({
  ...(Object.fromEntries(SOURCE_KEYS.map((k) => [k, efSource.optional()])) as { [K in (typeof SOURCE_KEYS)[number]]: z.ZodOptional<typeof efSource> }),
  gridCo2PerMWh: efValueOf('@ef/gridCo2PerMWh').optional(),
});

/** In the library file every value is an object that carries its source and status; its number
 *  has the same range as an override's (one row of field-table.ts for both). */
function libEntryOf(pattern: string) {
  return obj({
    value: z.union([num(pattern), z.literal('ND')]),
    source: sourceText,
    status: z.enum(STATUS_KEYS),
    dist: distSchema.optional(),
    distNote: z.string().max(LIMITS.sourceLength).optional(),
  }).superRefine((v, ctx) => {
    if (typeof v.value === 'number' && v.dist === undefined) report(ctx, ['dist'], 'required');
  }, whenObject);
}
const libEntry = libEntryOf('@ef/{source}/pcddf/{vector}');
const libSource = closedObj({
  pcddf: closedMap(VECTOR_KEYS, libEntryOf('@ef/{source}/pcddf/{vector}')).optional(),
  dlpcb: closedMap(VECTOR_KEYS, libEntryOf('@ef/{source}/dlpcb/{vector}')).optional(),
  ...(Object.fromEntries(EF_SCALAR_KEYS.map((k) => [k, libEntryOf(`@ef/{source}/${k}`).optional()])) as { [K in (typeof EF_SCALAR_KEYS)[number]]: z.ZodOptional<typeof libEntry> }),
});
const libFactors = closedObj({
  ...(Object.fromEntries(SOURCE_KEYS.map((k) => [k, libSource])) as { [K in (typeof SOURCE_KEYS)[number]]: typeof libSource }),
  gridCo2PerMWh: libEntryOf('@ef/gridCo2PerMWh'),
});
// ---------------------------------------------------------------------------------------------
// Chlorine and HCl parameters (MODEL.md 3.1a): scenario `releases`, library `releases`

/** A release parameter in a scenario: a plain number, or an object with its value and, for
 *  Monte Carlo (MODEL.md 5), a distribution. */
function releaseValue(value: z.ZodNumber) {
  return z.union([value, obj({
    value,
    source: sourceText.optional(),
    status: z.enum(STATUS_KEYS).optional(),
    dist: distSchema.optional(),
    distNote: z.string().max(LIMITS.sourceLength).optional(),
  })]);
}
/** The same parameter in the library: an object with its source, status and distribution. */
function libReleaseValue(value: z.ZodNumber) {
  return obj({
    value,
    source: sourceText,
    status: z.enum(STATUS_KEYS),
    dist: distSchema,
    distNote: z.string().max(LIMITS.sourceLength).optional(),
  });
}
const RELEASE_BOUNDS = {
  refFraction: num('/releases/chlorine/refFraction'),
  exponent: num('/releases/chlorine/exponent'),
  maxMultiplier: num('/releases/chlorine/maxMultiplier'),
  chlorineFraction: num('/releases/chlorineFraction/{polymer}'),
  hclReleaseFraction: num('/releases/hclReleaseFraction/{plasticSource}'),
} as const;
function releasesShape(leaf: (value: z.ZodNumber) => z.ZodType) {
  return {
    chlorine: closedObj({
      refFraction: leaf(RELEASE_BOUNDS.refFraction).optional(),
      exponent: leaf(RELEASE_BOUNDS.exponent).optional(),
      maxMultiplier: leaf(RELEASE_BOUNDS.maxMultiplier).optional(),
    }).optional(),
    chlorineFraction: closedMap(POLYMER_KEYS, leaf(RELEASE_BOUNDS.chlorineFraction)).optional(),
    hclReleaseFraction: closedMap(PLASTIC_SOURCE_KEYS, leaf(RELEASE_BOUNDS.hclReleaseFraction)).optional(),
  };
}
const scenarioReleases = obj({ method: z.enum(RELEASE_METHODS).optional(), ...releasesShape(releaseValue) });
const libraryReleases = obj(releasesShape(libReleaseValue));

const librarySchema = obj({
  format: z.literal(EF_LIBRARY_FORMAT),
  version: z.literal(EF_LIBRARY_VERSION),
  id: idSchema,
  name: nameSchema,
  description: z.string().max(LIMITS.descriptionLength).optional(),
  factors: libFactors,
  /** Defaults of the chlorine and HCl parameters with their sources; absent: MODEL.md's values. */
  releases: libraryReleases.optional(),
});

// ---------------------------------------------------------------------------------------------
// Scenario (MODEL.md section 2)

const removalEntry = obj({ fraction: num('/units/*/removal/{component}/fraction'), to: z.enum(SINK_KEYS) });

const heatSchema = obj({
  MJPerTonne: num('/units/*/heat/MJPerTonne').optional(),
  fuel: z.enum(FUEL_KEYS),
  efficiency: num('/units/*/heat/efficiency').optional(),
  backupFuel: z.enum(FUEL_KEYS).optional(),
}).superRefine((h, ctx) => {
  if (h.backupFuel === 'plasticRejects') report(ctx, ['backupFuel'], 'backup_is_plastic', {}, true);
}, whenObject);

const unitSchema = obj({
  id: idSchema,
  type: z.enum(UNIT_TYPES),
  name: nameSchema.optional(),
  capacityKgPerHour: num('/units/*/capacityKgPerHour').optional(),
  mtbfHours: num('/units/*/mtbfHours').optional(),
  mttrHours: num('/units/*/mttrHours').optional(),
  removal: closedMap(COMPONENT_KEYS, removalEntry).optional(),
  processLossFraction: num('/units/*/processLossFraction').optional(),
  electricityKWhPerTonne: num('/units/*/electricityKWhPerTonne').optional(),
  waterM3PerTonne: num('/units/*/waterM3PerTonne').optional(),
  waterRecycledFraction: num('/units/*/waterRecycledFraction').optional(),
  heat: heatSchema.optional(),
  workers: num('/units/*/workers').optional(),
  /** Line dynamics (MODEL.md 7): the buffer after this unit, kg. */
  bufferKg: num('/units/*/bufferKg').optional(),
}).superRefine((u, ctx) => {
  const hasMtbf = u.mtbfHours !== undefined;
  const hasMttr = u.mttrHours !== undefined;
  if (hasMtbf !== hasMttr) {
    const [given, missing] = hasMtbf ? ['mtbfHours', 'mttrHours'] : ['mttrHours', 'mtbfHours'];
    report(ctx, [given], 'availability_partial', { given, missing }, true);
  }
  if (u.capacityKgPerHour === undefined || u.capacityKgPerHour === 0) report(ctx, ['capacityKgPerHour'], 'zero_capacity', {}, true);
}, whenObject);

const unitsSchema = z.array(unitSchema).min(1).max(LIMITS.units).superRefine((units, ctx) => {
  const firstIndexById = new Map<string, number>();
  (units as unknown[]).forEach((u, i) => {
    if (!isPlainObject(u) || typeof u.id !== 'string' || u.id === '') return;
    const first = firstIndexById.get(u.id);
    if (first === undefined) firstIndexById.set(u.id, i);
    else report(ctx, [i, 'id'], 'duplicate_id', { id: u.id.slice(0, LIMITS.idLength), first, second: i });
  });
}, whenArray);

const residuesSchema = obj({
  plasticRoutes: sumsToOne(PLASTIC_ROUTE_KEYS, closedMap(PLASTIC_ROUTE_KEYS, num('/residues/plasticRoutes/{plasticRoute}'))),
  inertRoutes: sumsToOne(INERT_ROUTE_KEYS, closedMap(INERT_ROUTE_KEYS, num('/residues/inertRoutes/{inertRoute}'))),
  dumpFireFraction: num('/residues/dumpFireFraction').optional(),
  /** Extension: a share of each polymer in the rejects kept apart (PVC sorted out, say) and sent
   *  straight to a route where it is not burned, before any rejects are burned as fuel. */
  separation: closedMap(POLYMER_KEYS, obj({ fraction: num('/residues/separation/{polymer}/fraction'), to: z.enum(SEPARATION_ROUTE_KEYS) })).optional(),
});

const bricksSchema = obj({
  plasticMassFraction: num('/bricks/plasticMassFraction'),
  brickMassKg: num('/bricks/brickMassKg'),
  electricityKWhPerTonnePlastic: num('/bricks/electricityKWhPerTonnePlastic').optional(),
  sandPricePerTonne: num('/bricks/sandPricePerTonne').optional(),
  pricePerBrick: num('/bricks/pricePerBrick').optional(),
  workers: num('/bricks/workers').optional(),
  /** MODEL.md 3.1a: heat of the brick melt, from a purchased fuel or electricity. */
  heat: obj({
    MJPerTonnePlastic: num('/bricks/heat/MJPerTonnePlastic').optional(),
    fuel: z.enum(BRICK_HEAT_FUEL_KEYS),
    efficiency: num('/bricks/heat/efficiency').optional(),
  }).optional(),
});

/** MODEL.md 3.2: other costs (rent, maintenance, transport, chemicals, depreciation…). */
const otherCostSchema = obj({
  id: idSchema,
  name: nameSchema,
  perYear: num('/otherCosts/*/perYear').optional(),
  perTonneFeed: num('/otherCosts/*/perTonneFeed').optional(),
  perTonneProduct: num('/otherCosts/*/perTonneProduct').optional(),
  source: sourceText.optional(),
  status: z.enum(STATUS_KEYS).optional(),
  note: z.string().max(LIMITS.descriptionLength).optional(),
});
const otherCostsSchema = z.array(otherCostSchema).max(LIMITS.otherCosts).superRefine((items, ctx) => {
  const firstIndexById = new Map<string, number>();
  (items as unknown[]).forEach((item, i) => {
    if (!isPlainObject(item) || typeof item.id !== 'string' || item.id === '') return;
    const first = firstIndexById.get(item.id);
    if (first === undefined) firstIndexById.set(item.id, i);
    else report(ctx, [i, 'id'], 'duplicate_id', { id: item.id.slice(0, LIMITS.idLength), first, second: i });
  });
}, whenArray);

const PRICE_KEYS = ['productPerTonne', 'electricityPerKWh', 'waterPerM3', 'coalPerTonne', 'woodPerTonne', 'lpgPerKg',
  'wagePerWorkerDay', 'landfillFeePerTonne', 'cementKilnFeePerTonne', 'scrapSalePerTonne'] as const;
const pricesSchema = obj(Object.fromEntries(PRICE_KEYS.map((k) => [k, num(`/prices/${k}`).optional()])) as { [K in (typeof PRICE_KEYS)[number]]: z.ZodOptional<z.ZodNumber> });

const uncertaintyItem = obj({ path: pointerSchema, dist: distSchema });

const provenanceEntry = obj({
  source: sourceText,
  status: z.enum(STATUS_KEYS),
  note: z.string().max(LIMITS.descriptionLength).optional(),
});
const provenanceSchema = z.intersection(z.unknown().superRefine((input, ctx) => {
  if (!isPlainObject(input)) return;
  const keys = Object.keys(input);
  if (keys.length > LIMITS.provenanceEntries) {
    report(ctx, [], 'too_many_items', { limit: LIMITS.provenanceEntries, got: keys.length });
  }
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) { report(ctx, [key], 'forbidden_key', { key }); continue; }
    const problem = key.length > LIMITS.pointerLength ? { code: 'invalid_pointer', params: { got: JSON.stringify(key.slice(0, 80)) } } : pointerProblem(key);
    if (problem) report(ctx, [key], problem.code, problem.params);
  }
}), z.record(z.string(), provenanceEntry));

const scenarioSchema = obj({
  format: z.literal(SCENARIO_FORMAT),
  version: z.number(),
  id: idSchema,
  name: nameSchema,
  description: z.string().max(LIMITS.descriptionLength).optional(),
  site: obj({
    name: shortText.optional(), commune: shortText.optional(), district: shortText.optional(),
    province: shortText.optional(), country: shortText.optional(),
  }).optional(),
  currency: z.string().superRefine((v, ctx) => {
    if (!/^[A-Z]{3}$/.test(v)) report(ctx, [], 'invalid_currency', { got: JSON.stringify(v.slice(0, 40)) });
  }).optional(),
  calendar: obj({ daysPerYear: num('/calendar/daysPerYear'), hoursPerDay: num('/calendar/hoursPerDay') }),
  feed: obj({
    tonnesPerDay: num('/feed/tonnesPerDay'),
    pricePerTonne: num('/feed/pricePerTonne').optional(),
    composition: sumsToOne(COMPONENT_KEYS, closedMap(COMPONENT_KEYS, num('/feed/composition/{component}'))),
  }),
  units: unitsSchema,
  residues: residuesSchema,
  bricks: bricksSchema.optional(),
  wastewater: obj({ treatment: z.enum(WASTEWATER_TREATMENTS).optional() }).optional(),
  prices: pricesSchema.optional(),
  otherCosts: otherCostsSchema.optional(),
  discountRate: num('/discountRate').optional(),
  releases: scenarioReleases.optional(),
  // Extension for the line dynamics (MODEL.md section 7); run options in the app override it.
  dynamics: obj({
    lotKg: num('/dynamics/lotKg').optional(),
    bufferKg: num('/dynamics/bufferKg').optional(),
    arrivals: z.enum(['daily', 'poisson']).optional(),
    failureDistribution: z.enum(['exponential', 'lognormal']).optional(),
    failureCv: num('/dynamics/failureCv').optional(),
    burnPolicy: z.union([
      obj({ everyDays: num('/dynamics/burnPolicy/everyDays') }),
      obj({ thresholdKg: num('/dynamics/burnPolicy/thresholdKg') }),
      obj({ never: z.literal(true) }),
    ]).optional(),
    burnShare: num('/dynamics/burnShare').optional(),
  }).superRefine((d, ctx) => {
    if ((d as Record<string, unknown>).burnShare !== undefined) report(ctx, ['burnShare'], 'burn_share_unused', {}, true);
  }, whenObject).optional(),
  emissionFactors: efOverrides.optional(),
  uncertainty: z.array(uncertaintyItem).max(LIMITS.uncertaintyItems).optional(),
  provenance: provenanceSchema.optional(),
}).superRefine((s, ctx) => {
  const residues = (s as Record<string, unknown>).residues;
  const routes = isPlainObject(residues) ? residues.plasticRoutes : undefined;
  const share = isPlainObject(routes) ? routes.bricks : undefined;
  if (typeof share === 'number' && share > 0 && (s as Record<string, unknown>).bricks === undefined) {
    report(ctx, ['bricks'], 'bricks_required', { share });
  }
}, whenObject);

export type Scenario = z.infer<typeof scenarioSchema>;
export type Unit = Scenario['units'][number];
export type Residues = Scenario['residues'];
export type Bricks = NonNullable<Scenario['bricks']>;
export type EmissionFactorOverrides = z.infer<typeof efOverrides>;
export type EmissionFactorValue = z.infer<typeof efValue>;
export type UncertaintySpec = z.infer<typeof uncertaintyItem>;
export type Dist = z.infer<typeof distSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type EmissionFactorLibrary = z.infer<typeof librarySchema>;
export type ScenarioReleases = z.infer<typeof scenarioReleases>;
export type OtherCost = z.infer<typeof otherCostSchema>;

// ---------------------------------------------------------------------------------------------
// Migrations: MIGRATIONS[n] turns a version-n document into a version-(n+1) document.
// Append only; never edit an existing step. None exist yet: version 1 is the first format.

const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrateScenario(doc: unknown): unknown {
  if (!isPlainObject(doc)) return doc;
  let current = doc;
  while (typeof current.version === 'number' && current.version < SCENARIO_VERSION) {
    const step = MIGRATIONS[current.version];
    if (!step) break;
    current = step(current);
  }
  return current;
}

// ---------------------------------------------------------------------------------------------
// zod issues -> ValidationIssue

export const toJsonPointer = pointerOf;

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function show(v: unknown): string {
  switch (kindOf(v)) {
    case 'number': return String(v);
    case 'string': {
      const s = v as string;
      return JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s);
    }
    case 'array': return 'a list';
    case 'object': return 'an object';
    case 'undefined': return 'nothing';
    default: return String(v);
  }
}

const quoteList = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

type RawIssue = z.core.$ZodIssue;
type Collected = { errors: ValidationIssue[]; warnings: ValidationIssue[] };

function unitLabel(root: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'units' || typeof path[1] !== 'number') return undefined;
  const unit = valueAtPath(root, path.slice(0, 2));
  if (!isPlainObject(unit)) return undefined;
  const label = typeof unit.name === 'string' && unit.name !== '' ? unit.name : typeof unit.id === 'string' ? unit.id : undefined;
  return label === undefined ? undefined : label.length > 60 ? label.slice(0, 60) + '…' : label;
}

function makeIssue(root: unknown, path: readonly PropertyKey[], code: string, params: Record<string, string | number>): ValidationIssue {
  const label = unitLabel(root, path);
  const allParams = label !== undefined && path.length > 2 ? { ...params, unitName: label } : params;
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
      const present = path.length > 0 && hasOwn(valueAtPath(root, path.slice(0, -1)) as object ?? {}, last as PropertyKey);
      if (!present || value === undefined) return push('required');
      if (typeof value === 'number' && !Number.isFinite(value)) return push('not_finite', { got: String(value) });
      const primitive = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
      return push('invalid_type', { expected: String(raw.expected), received: kindOf(value), ...(primitive ? { got: show(value) } : {}) });
    }
    case 'too_small':
    case 'too_big': {
      const big = raw.code === 'too_big';
      const limit = Number(big ? (raw as z.core.$ZodIssueTooBig).maximum : (raw as z.core.$ZodIssueTooSmall).minimum);
      if (raw.origin === 'string') return push(big ? 'too_long' : 'too_short', { limit, got: typeof value === 'string' ? value.length : 0 });
      if (raw.origin === 'array') return push(big ? 'too_many_items' : 'too_few_items', { limit, got: Array.isArray(value) ? value.length : 0 });
      return push(raw.code, { limit, inclusive: raw.inclusive === false ? 0 : 1, got: show(value), ...measure });
    }
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
      if (typeof value === 'number' && !Number.isFinite(value)) return push('not_finite', { got: String(value) });
      if (value === undefined) return push('required');
      const primitive = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
      return push('invalid_type', { expected: 'efvalue', received: kindOf(value), ...(primitive ? { got: show(value) } : {}) });
    }
    case 'custom': {
      const params = { ...((raw.params ?? {}) as Record<string, string | number>) };
      const code = String(params.code ?? 'invalid');
      const warning = params.severity === 'warning';
      delete params.code;
      delete params.severity;
      const issue = makeIssue(root, path, code, params);
      (warning ? out.warnings : out.errors).push(issue);
      return;
    }
    default:
      return push('invalid', { detail: raw.message });
  }
}

function collect(schema: z.ZodType, input: unknown): Collected & { success: boolean } {
  const out: Collected = { errors: [], warnings: [] };
  const result = schema.safeParse(input);
  if (!result.success) for (const raw of result.error.issues) convert(raw, input, [], out);
  return { ...out, success: out.errors.length === 0 };
}

function topLevelProblem(input: unknown): ValidationIssue | null {
  if (isPlainObject(input)) return null;
  return makeIssue(input, [], 'not_object', { received: kindOf(input) });
}

// ---------------------------------------------------------------------------------------------
// Public API

/** Validates a parsed scenario document. Reports every error at once; never throws. */
export function validateScenario(input: unknown): ValidationResult {
  try {
    const topProblem = topLevelProblem(input);
    if (topProblem) return { ok: false, errors: [topProblem], warnings: [] };
    // Objects built in JavaScript (not read from text) are held to the same depth as files.
    if (nestingDepth(input) > MAX_JSON_DEPTH) return { ok: false, errors: [makeIssue(undefined, [], 'too_deep', { limit: MAX_JSON_DEPTH })], warnings: [] };
    const doc = migrateScenario(input) as Record<string, unknown>;

    const version = doc.version;
    if (typeof version === 'number' && Number.isFinite(version) && version !== SCENARIO_VERSION) {
      // Another version's fields mean other things: report the version (and a wrong format) only.
      const errors = [makeIssue(doc, ['version'], 'unknown_version', { got: version, supported: SCENARIO_VERSION })];
      if (doc.format !== SCENARIO_FORMAT) errors.unshift(makeIssue(doc, ['format'], 'wrong_format', { expected: SCENARIO_FORMAT, got: show(doc.format) }));
      return { ok: false, errors, warnings: [] };
    }

    const { success, errors, warnings } = collect(scenarioSchema, doc);
    if (!success) return { ok: false, errors, warnings };
    // Not transformed: the scenario is the (migrated) input itself, unknown fields included.
    return { ok: true, scenario: doc as Scenario, warnings };
  } catch (e) {
    // Defensive: a getter or proxy in a hand-built object could throw inside zod.
    return { ok: false, errors: [makeIssue(undefined, [], 'invalid', { detail: e instanceof Error ? e.message : String(e) })], warnings: [] };
  }
}

/** Validates an emission-factor library file (fixtures/emission-factors*.json). Never throws. */
export function validateEmissionFactorLibrary(input: unknown): LibraryValidationResult {
  try {
    const topProblem = topLevelProblem(input);
    if (topProblem) return { ok: false, errors: [topProblem], warnings: [] };
    if (nestingDepth(input) > MAX_JSON_DEPTH) return { ok: false, errors: [makeIssue(undefined, [], 'too_deep', { limit: MAX_JSON_DEPTH })], warnings: [] };
    const { success, errors, warnings } = collect(librarySchema, input);
    if (!success) return { ok: false, errors, warnings };
    return { ok: true, library: input as EmissionFactorLibrary, warnings };
  } catch (e) {
    return { ok: false, errors: [makeIssue(undefined, [], 'invalid', { detail: e instanceof Error ? e.message : String(e) })], warnings: [] };
  }
}

/** The issue of a problem found while reading JSON text (json-text.ts), with its message. */
export function jsonTextIssue(i: JsonTextIssue): ValidationIssue {
  const issue: ValidationIssue = { path: i.path, code: i.code, params: i.params, message: '' };
  issue.message = formatIssueMessage(issue, 'en');
  return issue;
}

/** Parses and validates scenario text: too large, too deeply nested, not JSON or with a key
 *  written twice is refused before validation (json-text.ts); never throws. */
export function parseScenarioText(text: string, opts: { maxBytes?: number } = {}): ValidationResult {
  try {
    const parsed = parseJsonText(text, { maxBytes: opts.maxBytes ?? LIMITS.defaultMaxBytes });
    if (!parsed.ok) return { ok: false, errors: parsed.issues.map(jsonTextIssue), warnings: [] };
    return validateScenario(parsed.value);
  } catch (e) {
    return { ok: false, errors: [makeIssue(undefined, [], 'invalid', { detail: e instanceof Error ? e.message : String(e) })], warnings: [] };
  }
}

/** The issue in English or Vietnamese, built from its code and params. */
export function formatIssue(issue: ValidationIssue, lang: 'en' | 'vi'): string {
  return formatIssueMessage(issue, lang as MessageLang);
}
