// The one schema module that validates scenario files (MODEL.md section 2) and the
// emission-factor library (MODEL.md section 3.1), built with zod. It runs on the main thread,
// in the worker and in Node: no DOM and no Node APIs here. Its parts: the building blocks
// (schema-blocks.ts), the library and release parameters (library-schema.ts), the scenario
// (here) and zod's issues turned into ValidationIssues (schema-issues.ts).
//
// Validation never transforms: a valid scenario is handed back exactly as it came in (defaults
// such as "missing numbers mean 0" are the compiler's job). Unknown fields are kept and reported
// as warnings; keys that could pollute prototypes are errors.

import * as z from 'zod/mini';
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
  MJPerTonne: z.optional(num('/units/*/heat/MJPerTonne')),
  fuel: z.enum(FUEL_KEYS),
  efficiency: z.optional(num('/units/*/heat/efficiency')),
  backupFuel: z.optional(z.enum(FUEL_KEYS)),
}).check(
  z.superRefine((h, ctx) => {
    if (h.backupFuel === 'plasticRejects') report(ctx, ['backupFuel'], 'backup_is_plastic', {}, true);
  }, whenObject),
);

const unitSchema = obj({
  id: idSchema,
  type: z.enum(UNIT_TYPES),
  name: z.optional(nameSchema),
  capacityKgPerHour: z.optional(num('/units/*/capacityKgPerHour')),
  mtbfHours: z.optional(num('/units/*/mtbfHours')),
  mttrHours: z.optional(num('/units/*/mttrHours')),
  removal: z.optional(closedMap(COMPONENT_KEYS, removalEntry)),
  processLossFraction: z.optional(num('/units/*/processLossFraction')),
  electricityKWhPerTonne: z.optional(num('/units/*/electricityKWhPerTonne')),
  waterM3PerTonne: z.optional(num('/units/*/waterM3PerTonne')),
  waterRecycledFraction: z.optional(num('/units/*/waterRecycledFraction')),
  heat: z.optional(heatSchema),
  workers: z.optional(num('/units/*/workers')),
  /** Line dynamics (MODEL.md 7): the buffer after this unit, kg. */
  bufferKg: z.optional(num('/units/*/bufferKg')),
}).check(
  z.superRefine((u, ctx) => {
    const hasMtbf = u.mtbfHours !== undefined;
    const hasMttr = u.mttrHours !== undefined;
    if (hasMtbf !== hasMttr) {
      const [given, missing] = hasMtbf ? ['mtbfHours', 'mttrHours'] : ['mttrHours', 'mtbfHours'];
      report(ctx, [given], 'availability_partial', { given, missing }, true);
    }
    if (u.capacityKgPerHour === undefined || u.capacityKgPerHour === 0) report(ctx, ['capacityKgPerHour'], 'zero_capacity', {}, true);
  }, whenObject),
);

/** Reports every item whose id an earlier item of the list already has (both places named). */
function reportDuplicateIds(items: unknown[], ctx: z.core.$RefinementCtx): void {
  const firstIndexById = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isPlainObject(item) || typeof item.id !== 'string' || item.id === '') return;
    const first = firstIndexById.get(item.id);
    if (first === undefined) firstIndexById.set(item.id, i);
    else report(ctx, [i, 'id'], 'duplicate_id', { id: item.id.slice(0, LIMITS.idLength), first, second: i });
  });
}

const unitsSchema = z.array(unitSchema).check(z.minLength(1), z.maxLength(LIMITS.units), z.superRefine(reportDuplicateIds, whenArray));

const residuesSchema = obj({
  plasticRoutes: sumsToOne(PLASTIC_ROUTE_KEYS, closedMap(PLASTIC_ROUTE_KEYS, num('/residues/plasticRoutes/{plasticRoute}'))),
  inertRoutes: sumsToOne(INERT_ROUTE_KEYS, closedMap(INERT_ROUTE_KEYS, num('/residues/inertRoutes/{inertRoute}'))),
  dumpFireFraction: z.optional(num('/residues/dumpFireFraction')),
  /** Extension: a share of each polymer in the rejects kept apart (PVC sorted out, say) and sent
   *  straight to a route where it is not burned, before any rejects are burned as fuel. */
  separation: z.optional(closedMap(POLYMER_KEYS, obj({ fraction: num('/residues/separation/{polymer}/fraction'), to: z.enum(SEPARATION_ROUTE_KEYS) }))),
});

const bricksSchema = obj({
  plasticMassFraction: num('/bricks/plasticMassFraction'),
  brickMassKg: num('/bricks/brickMassKg'),
  electricityKWhPerTonnePlastic: z.optional(num('/bricks/electricityKWhPerTonnePlastic')),
  sandPricePerTonne: z.optional(num('/bricks/sandPricePerTonne')),
  pricePerBrick: z.optional(num('/bricks/pricePerBrick')),
  workers: z.optional(num('/bricks/workers')),
  /** MODEL.md 3.1a: heat of the brick melt, from a purchased fuel or electricity. */
  heat: z.optional(
    obj({
      MJPerTonnePlastic: z.optional(num('/bricks/heat/MJPerTonnePlastic')),
      fuel: z.enum(BRICK_HEAT_FUEL_KEYS),
      efficiency: z.optional(num('/bricks/heat/efficiency')),
    }),
  ),
});

/** MODEL.md 3.2: other costs (rent, maintenance, transport, chemicals, depreciation…). */
const otherCostSchema = obj({
  id: idSchema,
  name: nameSchema,
  perYear: z.optional(num('/otherCosts/*/perYear')),
  perTonneFeed: z.optional(num('/otherCosts/*/perTonneFeed')),
  perTonneProduct: z.optional(num('/otherCosts/*/perTonneProduct')),
  source: z.optional(sourceText),
  status: z.optional(z.enum(STATUS_KEYS)),
  note: z.optional(z.string().check(z.maxLength(LIMITS.descriptionLength))),
});
const otherCostsSchema = z.array(otherCostSchema).check(z.maxLength(LIMITS.otherCosts), z.superRefine(reportDuplicateIds, whenArray));

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
  Object.fromEntries(PRICE_KEYS.map((k) => [k, z.optional(num(`/prices/${k}`))])) as {
    [K in (typeof PRICE_KEYS)[number]]: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
  },
);

const uncertaintyItem = obj({ path: pointerSchema, dist: distSchema });

const provenanceEntry = obj({
  source: sourceText,
  status: z.enum(STATUS_KEYS),
  note: z.optional(z.string().check(z.maxLength(LIMITS.descriptionLength))),
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
  description: z.optional(descriptionText),
  site: z.optional(
    obj({
      name: z.optional(shortText),
      commune: z.optional(shortText),
      district: z.optional(shortText),
      province: z.optional(shortText),
      country: z.optional(shortText),
    }),
  ),
  currency: z.optional(
    z.string().check(
      z.superRefine((v: string, ctx) => {
        if (!/^[A-Z]{3}$/.test(v)) report(ctx, [], 'invalid_currency', { got: JSON.stringify(v.slice(0, 40)) });
      }),
    ),
  ),
  calendar: obj({ daysPerYear: num('/calendar/daysPerYear'), hoursPerDay: num('/calendar/hoursPerDay') }),
  feed: obj({
    tonnesPerDay: num('/feed/tonnesPerDay'),
    pricePerTonne: z.optional(num('/feed/pricePerTonne')),
    composition: sumsToOne(COMPONENT_KEYS, closedMap(COMPONENT_KEYS, num('/feed/composition/{component}'))),
  }),
  units: unitsSchema,
  residues: residuesSchema,
  bricks: z.optional(bricksSchema),
  wastewater: z.optional(obj({ treatment: z.optional(z.enum(WASTEWATER_TREATMENTS)) })),
  prices: z.optional(pricesSchema),
  otherCosts: z.optional(otherCostsSchema),
  discountRate: z.optional(num('/discountRate')),
  releases: z.optional(scenarioReleases),
  // Extension for the line dynamics (MODEL.md section 7); run options in the app override it.
  dynamics: z.optional(
    obj({
      lotKg: z.optional(num('/dynamics/lotKg')),
      bufferKg: z.optional(num('/dynamics/bufferKg')),
      arrivals: z.optional(z.enum(['daily', 'poisson'])),
      failureDistribution: z.optional(z.enum(['exponential', 'lognormal'])),
      failureCv: z.optional(num('/dynamics/failureCv')),
      burnPolicy: z.optional(
        z.union([
          obj({ everyDays: num('/dynamics/burnPolicy/everyDays') }),
          obj({ thresholdKg: num('/dynamics/burnPolicy/thresholdKg') }),
          obj({ never: z.literal(true) }),
        ]),
      ),
      burnShare: z.optional(num('/dynamics/burnShare')),
    }).check(
      z.superRefine((d, ctx) => {
        if ((d as Record<string, unknown>).burnShare !== undefined) report(ctx, ['burnShare'], 'burn_share_unused', {}, true);
      }, whenObject),
    ),
  ),
  emissionFactors: z.optional(efOverrides),
  uncertainty: z.optional(z.array(uncertaintyItem).check(z.maxLength(LIMITS.uncertaintyItems))),
  provenance: z.optional(provenanceSchema),
}).check(
  z.superRefine((s, ctx) => {
    const residues = (s as Record<string, unknown>).residues;
    const routes = isPlainObject(residues) ? residues.plasticRoutes : undefined;
    const share = isPlainObject(routes) ? routes.bricks : undefined;
    if (typeof share === 'number' && share > 0 && (s as Record<string, unknown>).bricks === undefined) {
      report(ctx, ['bricks'], 'bricks_required', { share });
    }
  }, whenObject),
);

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
    const { success, errors, warnings } = collect(librarySchema(), doc);
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
