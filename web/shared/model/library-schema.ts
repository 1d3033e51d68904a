// The emission-factor library's schema (MODEL.md 3.1) and the shape it shares with a scenario's
// `emissionFactors` overrides, and the chlorine and HCl parameters (MODEL.md 3.1a) of a
// scenario's `releases` and of the library's. Every number takes its range from its row of the
// table of numbers (field-table.ts).

import * as z from 'zod/mini';
import { EF_SCALAR_KEYS, PLASTIC_SOURCE_KEYS, POLYMER_KEYS, RELEASE_METHODS, SOURCE_KEYS, STATUS_KEYS, VECTOR_KEYS } from './keys.ts';
import { closedMap, closedObj, distSchema, idSchema, LIMITS, nameSchema, num, obj, report, sourceText, whenObject } from './schema-blocks.ts';

export const EF_LIBRARY_FORMAT = 'plastic-line-emission-factors';
export const EF_LIBRARY_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Emission factors (shared shape of library and overrides, MODEL.md 3.1)

// A factor's number, "ND" ("not quantified") or { value, source, status, dist }, with the
// range of its row in field-table.ts (the rows "@ef/{source}/pcddf/{vector}", "@ef/{source}/pm25", …).
function efValueOf(pattern: string) {
  const efPlain = z.union([num(pattern), z.literal('ND')]);
  const efObject = obj({
    value: efPlain,
    source: z.optional(sourceText),
    status: z.optional(z.enum(STATUS_KEYS)),
    dist: z.optional(distSchema),
    distNote: z.optional(z.string().check(z.maxLength(LIMITS.sourceLength))),
  });
  return z.union([num(pattern), z.literal('ND'), efObject]);
}
export const efValue = efValueOf('@ef/{source}/pcddf/{vector}');
const efSource = closedObj({
  pcddf: z.optional(closedMap(VECTOR_KEYS, efValueOf('@ef/{source}/pcddf/{vector}'))),
  dlpcb: z.optional(closedMap(VECTOR_KEYS, efValueOf('@ef/{source}/dlpcb/{vector}'))),
  ...(Object.fromEntries(EF_SCALAR_KEYS.map((k) => [k, z.optional(efValueOf(`@ef/{source}/${k}`))])) as {
    [K in (typeof EF_SCALAR_KEYS)[number]]: z.ZodMiniOptional<typeof efValue>;
  }),
});
export const efOverrides = closedObj({
  ...(Object.fromEntries(SOURCE_KEYS.map((k) => [k, z.optional(efSource)])) as { [K in (typeof SOURCE_KEYS)[number]]: z.ZodMiniOptional<typeof efSource> }),
  gridCo2PerMWh: z.optional(efValueOf('@ef/gridCo2PerMWh')),
});

// ---------------------------------------------------------------------------------------------
// Chlorine and HCl parameters (MODEL.md 3.1a): scenario `releases`, library `releases`

/** A release parameter in a scenario: a plain number, or an object with its value and, for
 *  Monte Carlo (MODEL.md 5), a distribution. */
function releaseValue(value: z.ZodMiniNumber<number>) {
  return z.union([
    value,
    obj({
      value,
      source: z.optional(sourceText),
      status: z.optional(z.enum(STATUS_KEYS)),
      dist: z.optional(distSchema),
      distNote: z.optional(z.string().check(z.maxLength(LIMITS.sourceLength))),
    }),
  ]);
}
/** The same parameter in the library: an object with its source, status and distribution. */
function libReleaseValue(value: z.ZodMiniNumber<number>) {
  return obj({
    value,
    source: sourceText,
    status: z.enum(STATUS_KEYS),
    dist: distSchema,
    distNote: z.optional(z.string().check(z.maxLength(LIMITS.sourceLength))),
  });
}
const RELEASE_BOUNDS = {
  refFraction: num('/releases/chlorine/refFraction'),
  exponent: num('/releases/chlorine/exponent'),
  maxMultiplier: num('/releases/chlorine/maxMultiplier'),
  chlorineFraction: num('/releases/chlorineFraction/{polymer}'),
  hclReleaseFraction: num('/releases/hclReleaseFraction/{plasticSource}'),
} as const;
function releasesShape(leaf: (value: z.ZodMiniNumber<number>) => z.ZodMiniType) {
  return {
    chlorine: z.optional(
      closedObj({
        refFraction: z.optional(leaf(RELEASE_BOUNDS.refFraction)),
        exponent: z.optional(leaf(RELEASE_BOUNDS.exponent)),
        maxMultiplier: z.optional(leaf(RELEASE_BOUNDS.maxMultiplier)),
      }),
    ),
    chlorineFraction: z.optional(closedMap(POLYMER_KEYS, leaf(RELEASE_BOUNDS.chlorineFraction))),
    hclReleaseFraction: z.optional(closedMap(PLASTIC_SOURCE_KEYS, leaf(RELEASE_BOUNDS.hclReleaseFraction))),
  };
}
export const scenarioReleases = obj({ method: z.optional(z.enum(RELEASE_METHODS)), ...releasesShape(releaseValue) });
/** The library file's schema, built on first use: a scenario's schema needs only the shapes above,
 *  and the app's own library is checked by the build (scripts/build-cli.mjs), so that most runs of
 *  the command line and of the worker never build it. */
function makeLibrarySchema() {
  /** In the library file every value is an object that carries its source and status; its number
   *  has the same range as an override's (one row of field-table.ts for both). */
  function libEntryOf(pattern: string) {
    return obj({
      value: z.union([num(pattern), z.literal('ND')]),
      source: sourceText,
      status: z.enum(STATUS_KEYS),
      dist: z.optional(distSchema),
      distNote: z.optional(z.string().check(z.maxLength(LIMITS.sourceLength))),
    }).check(
      z.superRefine((v, ctx) => {
        if (typeof v.value === 'number' && v.dist === undefined) report(ctx, ['dist'], 'required');
      }, whenObject),
    );
  }
  type LibEntry = ReturnType<typeof libEntryOf>;
  const libSource = closedObj({
    pcddf: z.optional(closedMap(VECTOR_KEYS, libEntryOf('@ef/{source}/pcddf/{vector}'))),
    dlpcb: z.optional(closedMap(VECTOR_KEYS, libEntryOf('@ef/{source}/dlpcb/{vector}'))),
    ...(Object.fromEntries(EF_SCALAR_KEYS.map((k) => [k, z.optional(libEntryOf(`@ef/{source}/${k}`))])) as {
      [K in (typeof EF_SCALAR_KEYS)[number]]: z.ZodMiniOptional<LibEntry>;
    }),
  });
  const libFactors = closedObj({
    ...(Object.fromEntries(SOURCE_KEYS.map((k) => [k, libSource])) as { [K in (typeof SOURCE_KEYS)[number]]: typeof libSource }),
    gridCo2PerMWh: libEntryOf('@ef/gridCo2PerMWh'),
  });
  const libraryReleases = obj(releasesShape(libReleaseValue));
  return obj({
    format: z.literal(EF_LIBRARY_FORMAT),
    version: z.literal(EF_LIBRARY_VERSION),
    id: idSchema,
    name: nameSchema,
    description: z.optional(z.string().check(z.maxLength(LIMITS.descriptionLength))),
    factors: libFactors,
    /** Defaults of the chlorine and HCl parameters with their sources; absent: MODEL.md's values. */
    releases: z.optional(libraryReleases),
  });
}
let library: ReturnType<typeof makeLibrarySchema> | undefined;
export function librarySchema(): ReturnType<typeof makeLibrarySchema> {
  return (library ??= makeLibrarySchema());
}

export type EmissionFactorOverrides = z.infer<typeof efOverrides>;
export type EmissionFactorValue = z.infer<typeof efValue>;
export type EmissionFactorLibrary = z.infer<ReturnType<typeof librarySchema>>;
export type ScenarioReleases = z.infer<typeof scenarioReleases>;
