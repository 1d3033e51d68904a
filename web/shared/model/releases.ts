// Chlorine, HCl and the release method (MODEL.md 3.1a): MODEL.md's defaults, their resolution
// (library `releases` entry, then the scenario's `releases` overrides, value by value, like the
// emission factors); their places in the parameter block of the core are in field-table.ts.

import * as L from '../../../assembly/layout.ts';
import type { FactorValue, EmissionFactorLibraryFile } from './emission-factors.ts';
import {
  CHLORINE_PARAMETER_KEYS,
  PLASTIC_SOURCE_KEYS,
  POLYMER_KEYS,
  type ChlorineParameterKey,
  type PlasticSourceKey,
  type PolymerKey,
  type ReleaseMethod,
} from './keys.ts';
import type { Scenario } from './scenario-schema.ts';

/** MODEL.md 3.1a's defaults, used where neither the library nor the scenario gives a value. */
export const RELEASE_DEFAULTS = {
  chlorine: { refFraction: 0.01, exponent: 1, maxMultiplier: 100 },
  /** PVC is C2H3Cl: 35.45 / 62.50 = 0.5673 kg chlorine per kg (stoichiometric). */
  chlorineFraction: { PE: 0, PP: 0, PS: 0, PET: 0, PVC: 0.5673, otherPlastic: 0 },
  hclReleaseFraction: { openBurning: 1, dumpFire: 1, plasticFuel: 1, cementKiln: 0, brickMelt: 0.5 },
} as const satisfies {
  chlorine: Record<ChlorineParameterKey, number>;
  chlorineFraction: Record<PolymerKey, number>;
  hclReleaseFraction: Record<PlasticSourceKey, number>;
};

export interface ResolvedReleases {
  method: ReleaseMethod;
  chlorine: Record<ChlorineParameterKey, FactorValue>;
  chlorineFraction: Record<PolymerKey, FactorValue>;
  hclReleaseFraction: Record<PlasticSourceKey, FactorValue>;
}

type Raw = Record<string, unknown>;
const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One value: the scenario's override, else the library's entry, else MODEL.md's default. */
function resolveValue(pointer: string, fallback: number, lib: unknown, over: unknown): FactorValue {
  if (typeof over === 'number') return { value: over, source: 'scenario override', pointer, overridden: true };
  if (isRecord(over) && typeof over.value === 'number') {
    return {
      value: over.value,
      source: typeof over.source === 'string' ? over.source : 'scenario override',
      status: over.status as FactorValue['status'],
      dist: over.dist as FactorValue['dist'],
      pointer,
      overridden: true,
    };
  }
  if (isRecord(lib) && typeof lib.value === 'number') {
    return {
      value: lib.value,
      source: lib.source as string | undefined,
      status: lib.status as FactorValue['status'],
      dist: lib.dist as FactorValue['dist'],
      pointer,
      overridden: false,
    };
  }
  return { value: fallback, source: 'MODEL.md 3.1a default', status: 'E', pointer, overridden: false };
}

function resolveGroup<K extends string>(group: string, keys: readonly K[], defaults: Record<K, number>, lib: unknown, over: unknown): Record<K, FactorValue> {
  const l = isRecord(lib) ? lib : {};
  const o = isRecord(over) ? over : {};
  const out = {} as Record<K, FactorValue>;
  for (const k of keys) out[k] = resolveValue(`/releases/${group}/${k}`, defaults[k], l[k], o[k]);
  return out;
}

/** The release parameters of a scenario: pointers are scenario paths ("/releases/chlorine/exponent"). */
export function resolveReleases(library: EmissionFactorLibraryFile, scenario: Scenario): ResolvedReleases {
  const lib = isRecord(library.releases) ? library.releases : {};
  const over = isRecord(scenario.releases) ? (scenario.releases as Raw) : {};
  return {
    method: scenario.releases?.method ?? 'toolkit',
    chlorine: resolveGroup('chlorine', CHLORINE_PARAMETER_KEYS, RELEASE_DEFAULTS.chlorine, lib.chlorine, over.chlorine),
    chlorineFraction: resolveGroup('chlorineFraction', POLYMER_KEYS, RELEASE_DEFAULTS.chlorineFraction, lib.chlorineFraction, over.chlorineFraction),
    hclReleaseFraction: resolveGroup(
      'hclReleaseFraction',
      PLASTIC_SOURCE_KEYS,
      RELEASE_DEFAULTS.hclReleaseFraction,
      lib.hclReleaseFraction,
      over.hclReleaseFraction,
    ),
  };
}

/** The core's code of the release method (METHOD_* of layout.ts). Sources that burn no plastic
 *  (coal, wood, LPG) release no HCl from it: their slots of the block stay 0. */
export function releaseMethodCode(releases: ResolvedReleases): number {
  return releases.method === 'chlorineAdjusted' ? L.METHOD_CHLORINE_ADJUSTED : L.METHOD_TOOLKIT;
}

/** Every resolved release parameter, for provenance and uncertainty. */
export function releaseValues(releases: ResolvedReleases): FactorValue[] {
  return [...Object.values(releases.chlorine), ...Object.values(releases.chlorineFraction), ...Object.values(releases.hclReleaseFraction)];
}
