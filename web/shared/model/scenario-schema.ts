// The one schema module that validates scenario files (MODEL.md section 2) and the
// emission-factor library (MODEL.md section 3.1), built with zod. It runs on the main thread,
// in the worker and in Node: no DOM and no Node APIs here. Its parts: the building blocks
// (schema-blocks.ts), the library and release parameters (library-schema.ts), the scenario
// (here) and zod's issues turned into ValidationIssues (schema-issues.ts).
//
// Validation never transforms: a valid scenario is handed back exactly as it came in (defaults
// such as "missing numbers mean 0" are the compiler's job). Unknown fields are kept and reported
// as warnings; keys that could pollute prototypes are errors.

import { z } from 'zod';
import { formatIssueMessage, type MessageLang } from './schema-messages.ts';
import { MAX_JSON_DEPTH, nestingDepth, parseJsonText, type JsonTextIssue } from '../io/json-text.ts';
import {
  BRICK_HEAT_FUEL_KEYS,
  COMPONENT_KEYS,
  FUEL_KEYS,
  INERT_ROUTE_KEYS,
  PLASTIC_ROUTE_KEYS,
  POLYMER_KEYS,
  SEPARATION_ROUTE_KEYS,
  SINK_KEYS,
  STATUS_KEYS,
  UNIT_TYPES,
  WASTEWATER_TREATMENTS,
} from './keys.ts';
import {
  besideInput,
  closedMap,
  distSchema,
  descriptionText,
  FORBIDDEN_KEYS,
  idSchema,
  isPlainObject,
  LIMITS,
  nameSchema,
  num,
  obj,
  pointerProblem,
  pointerSchema,
  report,
  shortText,
  sourceText,
  sumsToOne,
  whenArray,
  whenObject,
} from './schema-blocks.ts';
import { efOverrides, librarySchema, scenarioReleases, type EmissionFactorLibrary } from './library-schema.ts';
import { collect, makeIssue, show, topLevelProblem, type ValidationIssue } from './schema-issues.ts';

export * from './keys.ts';
export { locateJsonError, parseJsonText } from '../io/json-text.ts';
export { LIMITS, USED_BOUNDS } from './schema-blocks.ts';
export { toJsonPointer, type ValidationIssue } from './schema-issues.ts';
export {
  EF_LIBRARY_FORMAT,
  EF_LIBRARY_VERSION,
  type EmissionFactorLibrary,
  type EmissionFactorOverrides,
  type EmissionFactorValue,
  type ScenarioReleases,
} from './library-schema.ts';

export const SCENARIO_FORMAT = 'plastic-line-scenario';
export const SCENARIO_VERSION = 1;

/** A document refused: its errors, and any warnings found on the way. */
export type Refusal = { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

export type ValidationResult = { ok: true; scenario: Scenario; warnings: ValidationIssue[] } | Refusal;

export type LibraryValidationResult = { ok: true; library: EmissionFactorLibrary; warnings: ValidationIssue[] } | Refusal;

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

/** Reports every item whose id an earlier item of the list already has (both places named). */
function reportDuplicateIds(items: unknown[], ctx: z.RefinementCtx): void {
  const firstIndexById = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isPlainObject(item) || typeof item.id !== 'string' || item.id === '') return;
    const first = firstIndexById.get(item.id);
    if (first === undefined) firstIndexById.set(item.id, i);
    else report(ctx, [i, 'id'], 'duplicate_id', { id: item.id.slice(0, LIMITS.idLength), first, second: i });
  });
}

const unitsSchema = z.array(unitSchema).min(1).max(LIMITS.units).superRefine(reportDuplicateIds, whenArray);

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
const otherCostsSchema = z.array(otherCostSchema).max(LIMITS.otherCosts).superRefine(reportDuplicateIds, whenArray);

const PRICE_KEYS = [
  'productPerTonne',
  'electricityPerKWh',
  'waterPerM3',
  'coalPerTonne',
  'woodPerTonne',
  'lpgPerKg',
  'wagePerWorkerDay',
  'landfillFeePerTonne',
  'cementKilnFeePerTonne',
  'scrapSalePerTonne',
] as const;
const pricesSchema = obj(
  Object.fromEntries(PRICE_KEYS.map((k) => [k, num(`/prices/${k}`).optional()])) as { [K in (typeof PRICE_KEYS)[number]]: z.ZodOptional<z.ZodNumber> },
);

const uncertaintyItem = obj({ path: pointerSchema, dist: distSchema });

const provenanceEntry = obj({
  source: sourceText,
  status: z.enum(STATUS_KEYS),
  note: z.string().max(LIMITS.descriptionLength).optional(),
});
const provenanceSchema = besideInput(
  (input, ctx) => {
    const keys = Object.keys(input);
    if (keys.length > LIMITS.provenanceEntries) {
      report(ctx, [], 'too_many_items', { limit: LIMITS.provenanceEntries, got: keys.length });
    }
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        report(ctx, [key], 'forbidden_key', { key });
        continue;
      }
      const problem = key.length > LIMITS.pointerLength ? { code: 'invalid_pointer', params: { got: JSON.stringify(key.slice(0, 80)) } } : pointerProblem(key);
      if (problem) report(ctx, [key], problem.code, problem.params);
    }
  },
  z.record(z.string(), provenanceEntry),
);

const scenarioSchema = obj({
  format: z.literal(SCENARIO_FORMAT),
  version: z.number(),
  id: idSchema,
  name: nameSchema,
  description: descriptionText.optional(),
  site: obj({
    name: shortText.optional(),
    commune: shortText.optional(),
    district: shortText.optional(),
    province: shortText.optional(),
    country: shortText.optional(),
  }).optional(),
  currency: z
    .string()
    .superRefine((v, ctx) => {
      if (!/^[A-Z]{3}$/.test(v)) report(ctx, [], 'invalid_currency', { got: JSON.stringify(v.slice(0, 40)) });
    })
    .optional(),
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
    burnPolicy: z
      .union([
        obj({ everyDays: num('/dynamics/burnPolicy/everyDays') }),
        obj({ thresholdKg: num('/dynamics/burnPolicy/thresholdKg') }),
        obj({ never: z.literal(true) }),
      ])
      .optional(),
    burnShare: num('/dynamics/burnShare').optional(),
  })
    .superRefine((d, ctx) => {
      if ((d as Record<string, unknown>).burnShare !== undefined) report(ctx, ['burnShare'], 'burn_share_unused', {}, true);
    }, whenObject)
    .optional(),
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
export type UncertaintySpec = z.infer<typeof uncertaintyItem>;
export type Dist = z.infer<typeof distSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
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
// Public API

/** The checks every document passes first (one JSON object, nested no deeper than a file may be),
 *  then `check` on it; never throws. */
function guarded<R>(input: unknown, check: (doc: Record<string, unknown>) => R | Refusal): R | Refusal {
  try {
    const topProblem = topLevelProblem(input);
    if (topProblem) return { ok: false, errors: [topProblem], warnings: [] };
    // Objects built in JavaScript (not read from text) are held to the same depth as files.
    if (nestingDepth(input) > MAX_JSON_DEPTH) return { ok: false, errors: [makeIssue(undefined, [], 'too_deep', { limit: MAX_JSON_DEPTH })], warnings: [] };
    return check(input as Record<string, unknown>);
  } catch (e) {
    // Defensive: a getter or proxy in a hand-built object could throw inside zod.
    return { ok: false, errors: [makeIssue(undefined, [], 'invalid', { detail: e instanceof Error ? e.message : String(e) })], warnings: [] };
  }
}

/** Validates a parsed scenario document. Reports every error at once; never throws. */
export function validateScenario(input: unknown): ValidationResult {
  return guarded(input, (object) => {
    const doc = migrateScenario(object) as Record<string, unknown>;

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
  });
}

/** Validates an emission-factor library file (fixtures/emission-factors*.json). Never throws. */
export function validateEmissionFactorLibrary(input: unknown): LibraryValidationResult {
  return guarded(input, (doc) => {
    const { success, errors, warnings } = collect(librarySchema, doc);
    return success ? { ok: true, library: doc as EmissionFactorLibrary, warnings } : { ok: false, errors, warnings };
  });
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
