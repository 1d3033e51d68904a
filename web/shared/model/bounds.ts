// Reading the table of every number (field-table.ts): which row a concrete JSON Pointer falls
// under, the field in words in English or Vietnamese, whether a value lies in its range, and the
// range in words. No DOM, no Node APIs: used on the main thread, in the worker and in Node.

import { pointerSegments } from '../io/json-pointer.ts';
import { BOUNDS, KEY_LISTS, type Bound, type BoundLang } from './field-table.ts';

export { BOUNDS, type Bound, type BoundLang, type CoreSlot, type ShareGroup } from './field-table.ts';

const EF_PREFIXES = ['/emissionFactors', '/factors'];

const KEY_SETS = new Map(Object.entries(KEY_LISTS).map(([name, keys]) => [name, new Set(keys)]));

/** A row's pattern as segments; `inScenario` when it is a path into a scenario file (not the
 *  library's "/factors" form of an emission factor, not a distribution parameter anywhere). */
interface Compiled {
  bound: Bound;
  segments: string[];
  anyPrefix: boolean;
  inScenario: boolean;
}

const COMPILED: Compiled[] = BOUNDS.flatMap((bound): Compiled[] => {
  if (bound.pattern.startsWith('**')) return [{ bound, segments: pointerSegments(bound.pattern.slice(2)), anyPrefix: true, inScenario: false }];
  if (bound.pattern.startsWith('@ef')) {
    return EF_PREFIXES.map((prefix) => ({
      bound,
      segments: pointerSegments(prefix + bound.pattern.slice(3)),
      anyPrefix: false,
      inScenario: prefix === '/emissionFactors',
    }));
  }
  return [{ bound, segments: pointerSegments(bound.pattern), anyPrefix: false, inScenario: true }];
});

const BY_PATTERN = new Map(BOUNDS.map((x) => [x.pattern, x]));

/** The row of a pattern as written in BOUNDS; throws for a pattern the table lacks (a
 *  programming error, caught by the tests). */
export function bound(pattern: string): Bound {
  const row = BY_PATTERN.get(pattern);
  if (!row) throw new Error(`no bound for ${pattern} in web/shared/model/field-table.ts`);
  return row;
}

export interface BoundMatch {
  bound: Bound;
  /** The keys the named wildcards matched ("{1}", "{2}" of the label). */
  keys: string[];
}

function matchAt(c: Compiled, segs: readonly string[], wildcards?: string[]): BoundMatch | null {
  const offset = c.anyPrefix ? segs.length - c.segments.length : 0;
  if (offset < 0 || (!c.anyPrefix && segs.length !== c.segments.length)) return null;
  const keys: string[] = [];
  for (let i = 0; i < c.segments.length; i++) {
    const want = c.segments[i];
    const got = segs[offset + i];
    if (want === '*') {
      if (!/^(0|[1-9][0-9]*)$/.test(got)) return null;
      wildcards?.push(got);
    } else if (want.startsWith('{') && want.endsWith('}')) {
      const set = KEY_SETS.get(want.slice(1, -1));
      if (set && !set.has(got)) return null;
      keys.push(got);
      wildcards?.push(got);
    } else if (want !== got) return null;
  }
  return { bound: c.bound, keys };
}

/** The row of a number of a scenario file at the pointer `segs`, matched exactly (not the library's
 *  "/factors" paths, not the "value" of a factor written as an object, no distribution parameter),
 *  and what its wildcards matched, in pattern order: a unit's index, a component's key… */
export function scenarioFieldAt(segs: readonly string[]): { bound: Bound; wildcards: string[] } | null {
  for (const c of COMPILED) {
    if (!c.inScenario) continue;
    const wildcards: string[] = [];
    if (matchAt(c, segs, wildcards)) return { bound: c.bound, wildcards };
  }
  return null;
}

/** The bound of a concrete JSON Pointer into a scenario or a library ("/units/3/heat/efficiency",
 *  "/emissionFactors/openBurning/pcddf/air/value"), or null if the number has none. */
export function boundOf(pointer: string): BoundMatch | null {
  let segs = pointerSegments(pointer);
  // An emission factor written as { "value": 40, "source": … } has its number under "value".
  if (segs[segs.length - 1] === 'value') {
    const direct = boundOfSegments(segs);
    if (direct) return direct;
    segs = segs.slice(0, -1);
  }
  return boundOfSegments(segs);
}

function boundOfSegments(segs: readonly string[]): BoundMatch | null {
  for (const c of COMPILED) {
    const m = matchAt(c, segs);
    if (m) return m;
  }
  return null;
}

/** Words for the keys a wildcard can match (components, routes, sources, vectors). */
const KEY_WORDS: Record<BoundLang, Record<string, string>> = {
  en: {
    otherPlastic: 'other plastic',
    dirt: 'dirt',
    moisture: 'moisture',
    openBurning: 'open burning',
    dumping: 'dumping',
    landfill: 'sanitary landfill',
    bricks: 'bricks',
    cementKiln: 'cement kiln',
    sale: 'sale as scrap',
    dumpFire: 'dump fires',
    plasticFuel: 'plastic rejects as fuel',
    coal: 'coal',
    wood: 'wood',
    lpg: 'LPG',
    brickMelt: 'the brick melt',
    air: 'air',
    water: 'water',
    land: 'land',
    product: 'product',
    residue: 'residue',
  },
  vi: {
    otherPlastic: 'nhựa khác',
    dirt: 'đất cát',
    moisture: 'độ ẩm',
    openBurning: 'đốt lộ thiên',
    dumping: 'đổ thải',
    landfill: 'bãi chôn lấp hợp vệ sinh',
    bricks: 'làm gạch',
    cementKiln: 'lò xi măng',
    sale: 'bán phế liệu',
    dumpFire: 'cháy bãi thải',
    plasticFuel: 'nhựa thải làm nhiên liệu',
    coal: 'than',
    wood: 'củi',
    lpg: 'khí hóa lỏng',
    brickMelt: 'nấu chảy làm gạch',
    air: 'không khí',
    water: 'nước',
    land: 'đất',
    product: 'sản phẩm',
    residue: 'chất thải rắn',
  },
};

/** The field in words, in the given language ("furnace efficiency", "feed share of PVC"). */
export function boundLabel(match: BoundMatch, lang: BoundLang): string {
  return match.bound.label[lang].replace(/\{(\d)\}/g, (_, k: string) => {
    const key = match.keys[Number(k) - 1] ?? '?';
    return KEY_WORDS[lang][key] ?? key;
  });
}

/** Whether x lies in the bound's range (what the schema accepts). */
export function inBound(row: Bound, x: number): boolean {
  if (!Number.isFinite(x)) return false;
  if (row.zeroAllowed && x === 0) return true;
  if (row.integer && !Number.isInteger(x)) return false;
  return (row.minExclusive ? x > row.min : x >= row.min) && x <= row.max;
}

/** The range Monte Carlo samples and sweep values of a field keep to: its accepted range (a feed
 *  may still be 0, an idle line). */
export function sampleRange(row: Bound): { lo: number; hi: number } {
  return { lo: row.zeroAllowed ? 0 : row.min, hi: row.max };
}

/** The range in words for tables: "0.01 – 1", "0 or 0.000001 – 10,000", "more than 0 – 1e12". */
export function rangeText(row: Bound, format: (x: number) => string = (x) => String(x)): string {
  const lo = row.minExclusive ? `> ${format(row.min)}` : format(row.min);
  const range = `${lo} – ${format(row.max)}`;
  return row.zeroAllowed ? `0 or ${range}` : range;
}
