// The emission-factor library: resolution of the library file deep-merged with a scenario's
// overrides (MODEL.md section 3.1), value by value, keeping each value's source and status.

import { EF_SCALAR_KEYS as SCALAR_FACTOR_KEYS, SOURCE_KEYS, VECTOR_KEYS, type SourceKey, type VectorKey } from './keys.ts';
import type { Dist } from './scenario-schema.ts';

export { SOURCE_KEYS, VECTOR_KEYS, SCALAR_FACTOR_KEYS, type SourceKey, type VectorKey };
export type Status = 'R' | 'M' | 'D' | 'E';

/** One resolved factor: its value ("ND" = not quantified) and where it came from. */
export interface FactorValue {
  value: number | 'ND';
  source?: string;
  status?: Status;
  dist?: Dist;
  /** JSON Pointer of the value inside the library's `factors` (and overrides' shape). */
  pointer: string;
  /** True when the scenario's `emissionFactors` replaced the library value. */
  overridden: boolean;
}

export interface SourceFactors {
  pcddf: Partial<Record<VectorKey, FactorValue>>;
  dlpcb: Partial<Record<VectorKey, FactorValue>>;
  pm25?: FactorValue;
  pm10?: FactorValue;
  bc?: FactorValue;
  co?: FactorValue;
  ch4?: FactorValue;
  co2PerTJ?: FactorValue;
}

export interface ResolvedFactors {
  libraryId: string;
  libraryVersion: number;
  sources: Record<SourceKey, SourceFactors>;
  gridCo2PerMWh?: FactorValue;
}

export interface EmissionFactorLibraryFile {
  format: 'plastic-line-emission-factors';
  version: number;
  id: string;
  name?: string;
  description?: string;
  factors: Record<string, unknown>;
  /** Chlorine and HCl parameters with their sources (MODEL.md 3.1a); absent: MODEL.md's defaults. */
  releases?: Record<string, unknown>;
}

type RawLeaf = number | 'ND' | { value: number | 'ND'; source?: string; status?: Status; dist?: Dist };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function leaf(raw: unknown, pointer: string, overridden: boolean, base?: FactorValue): FactorValue | undefined {
  if (raw === undefined) return base;
  if (typeof raw === 'number' || raw === 'ND') {
    // A bare override keeps nothing of the library value but its distribution's shape is
    // no longer valid either: the user's number is taken as given.
    return overridden ? { value: raw, source: 'scenario override', pointer, overridden } : { value: raw, pointer, overridden };
  }
  if (isRecord(raw) && (typeof raw.value === 'number' || raw.value === 'ND')) {
    const r = raw as Exclude<RawLeaf, number | 'ND'>;
    return {
      value: r.value,
      source: r.source ?? (overridden ? 'scenario override' : undefined),
      status: r.status,
      dist: r.dist,
      pointer,
      overridden,
    };
  }
  return base;
}

function resolveSource(key: SourceKey, lib: unknown, over: unknown): SourceFactors {
  const l = isRecord(lib) ? lib : {};
  const o = isRecord(over) ? over : {};
  const out: SourceFactors = { pcddf: {}, dlpcb: {} };
  for (const group of ['pcddf', 'dlpcb'] as const) {
    const lg = isRecord(l[group]) ? (l[group] as Record<string, unknown>) : {};
    const og = isRecord(o[group]) ? (o[group] as Record<string, unknown>) : {};
    for (const v of VECTOR_KEYS) {
      const pointer = `/${key}/${group}/${v}`;
      const base = leaf(lg[v], pointer, false);
      const value = leaf(og[v], pointer, true, base);
      if (value) out[group][v] = value;
    }
  }
  for (const s of SCALAR_FACTOR_KEYS) {
    const pointer = `/${key}/${s}`;
    const value = leaf(o[s], pointer, true, leaf(l[s], pointer, false));
    if (value) out[s] = value;
  }
  return out;
}

/** Deep-merges `overrides` (a scenario's `emissionFactors`) over the library, value by value. */
export function resolveEmissionFactors(library: EmissionFactorLibraryFile, overrides?: unknown): ResolvedFactors {
  const lf = library.factors;
  const of = isRecord(overrides) ? overrides : {};
  const sources = {} as Record<SourceKey, SourceFactors>;
  for (const key of SOURCE_KEYS) sources[key] = resolveSource(key, lf[key], of[key]);
  return {
    libraryId: library.id,
    libraryVersion: library.version,
    sources,
    gridCo2PerMWh: leaf(of.gridCo2PerMWh, '/gridCo2PerMWh', true, leaf(lf.gridCo2PerMWh, '/gridCo2PerMWh', false)),
  };
}

/** The numeric value of a factor: absent ("not applicable") and "ND" both contribute 0. */
export function factorNumber(f: FactorValue | undefined): number {
  return f && typeof f.value === 'number' ? f.value : 0;
}

export const SOURCE_LABELS: Record<SourceKey, string> = {
  openBurning: 'open burning',
  dumpFire: 'dump fires',
  plasticFuel: 'plastic rejects as fuel',
  coal: 'coal',
  wood: 'wood',
  lpg: 'LPG',
  cementKiln: 'cement kiln',
  brickMelt: 'brick melt',
};

const GROUP_LABELS: Record<string, string> = {
  pcddf: 'PCDD/F',
  dlpcb: 'dl-PCB',
  pm25: 'PM2.5',
  pm10: 'PM10',
  bc: 'BC',
  co: 'CO',
  ch4: 'CH4',
  co2PerTJ: 'CO2',
};

/** A release that happens but has no number: a pollutant of a source, to one vector where it
 *  has vectors. The result lists these by name (MODEL.md 3.1) and pages translate them. */
export interface NotQuantifiedItem {
  pollutant: 'pcddf' | 'dlpcb' | (typeof SCALAR_FACTOR_KEYS)[number] | 'hcb' | 'pecb' | 'vocs';
  source: SourceKey;
  vector?: VectorKey;
}

const POLLUTANT_LABELS: Record<NotQuantifiedItem['pollutant'], string> = {
  ...GROUP_LABELS,
  hcb: 'HCB',
  pecb: 'PeCB',
  vocs: 'aromatic VOCs and PAHs',
} as Record<NotQuantifiedItem['pollutant'], string>;

/** The English name of an item, as MODEL.md's `notQuantified` list shows it. */
export function notQuantifiedName(item: NotQuantifiedItem): string {
  const what = POLLUTANT_LABELS[item.pollutant];
  return item.vector ? `${what} to ${item.vector} (${SOURCE_LABELS[item.source]})` : `${what} (${SOURCE_LABELS[item.source]})`;
}

/** The "ND" factors of the given sources, e.g. PCDD/F to water of open burning. */
export function notQuantifiedItems(factors: ResolvedFactors, activeSources: Iterable<SourceKey>): NotQuantifiedItem[] {
  const items: NotQuantifiedItem[] = [];
  for (const key of activeSources) {
    const s = factors.sources[key];
    for (const group of ['pcddf', 'dlpcb'] as const) {
      for (const v of VECTOR_KEYS) {
        if (s[group][v]?.value === 'ND') items.push({ pollutant: group, source: key, vector: v });
      }
    }
    for (const k of SCALAR_FACTOR_KEYS) {
      if (s[k]?.value === 'ND') items.push({ pollutant: k, source: key });
    }
    // Melting plastic gives off aromatic VOCs and PAHs (Huang et al. 2013, measured inside
    // granulation plants); nothing measured them at brick making (reference/DATA.md 1).
    if (key === 'brickMelt') items.push({ pollutant: 'vocs', source: key });
  }
  return items;
}

/** Names of the "ND" factors of the given sources, e.g. "PCDD/F to water (open burning)". */
export function notQuantifiedNames(factors: ResolvedFactors, activeSources: Iterable<SourceKey>): string[] {
  return notQuantifiedItems(factors, activeSources).map(notQuantifiedName);
}

/** Toolkit 2013 gives no HCB or PeCB factors for open waste burning (Annex 46): never 0. */
export const ALWAYS_NOT_QUANTIFIED_ITEMS: readonly NotQuantifiedItem[] = [
  { pollutant: 'hcb', source: 'openBurning' },
  { pollutant: 'pecb', source: 'openBurning' },
];
export const ALWAYS_NOT_QUANTIFIED = ALWAYS_NOT_QUANTIFIED_ITEMS.map(notQuantifiedName);
