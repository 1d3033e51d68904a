// Edits of a scenario draft in the line editor (issue 7): values set by JSON Pointer, units
// added, moved, duplicated and removed (with their provenance and uncertainty entries following
// them), and share groups kept at a sum of 1. Pure and immutable: every function returns a new
// draft and leaves its input untouched. No DOM, no Lit.

import { pointerSegments } from '../io/json-pointer.ts';
import { isBilingual } from './local-text.ts';

export type Draft = Record<string, unknown>;
type Json = Record<string, unknown> | unknown[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function cloneShallow(node: unknown, nextKey: string): Json {
  if (Array.isArray(node)) return [...node];
  if (isObject(node)) return { ...node };
  return /^\d+$/.test(nextKey) ? [] : {};
}

/** A copy of `root` with the value at `pointer` replaced (created along the way if missing);
 *  `undefined` removes the key. Only the objects on the path are copied. */
export function setAt<T extends Draft>(root: T, pointer: string, value: unknown): T {
  const keys = pointerSegments(pointer);
  if (keys.length === 0) return value as T;
  const top = { ...root } as Draft;
  let parent: Json = top;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i];
    const child = cloneShallow((parent as Record<string, unknown>)[key], keys[i + 1]);
    (parent as Record<string, unknown>)[key] = child;
    parent = child;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    (parent as Record<string, unknown>)[last] = value;
  }
  return top as T;
}

// ---------------------------------------------------------------------------------------------
// Share groups (feed composition, plastic and inert routes)

/** Sets one share and rescales the others in proportion so the group still sums to 1. A value
 *  outside [0, 1] (or not a number) is kept as typed and nothing else moves: the schema reports
 *  it. When the others are all 0, the remainder goes to them in equal parts. */
export function setShare(shares: Record<string, unknown>, keys: readonly string[], key: string, value: unknown): Record<string, unknown> {
  const next: Record<string, unknown> = { ...shares, [key]: value };
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) return next;
  const others = keys.filter((k) => k !== key);
  const number = (k: string) => (typeof shares[k] === 'number' && Number.isFinite(shares[k]) ? (shares[k] as number) : 0);
  const rest = others.reduce((sum, k) => sum + number(k), 0);
  const remainder = 1 - value;
  for (const k of others) {
    if (rest > 0) next[k] = number(k) * (remainder / rest);
    else next[k] = remainder / others.length;
  }
  return next;
}

/** Divides every share by their sum (missing shares count as 0); unchanged when the sum is 0. */
export function normaliseShares(shares: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const sum = shareSum(shares, keys);
  if (!(sum > 0) || !Number.isFinite(sum)) return { ...shares };
  const next: Record<string, unknown> = { ...shares };
  for (const k of keys) if (typeof shares[k] === 'number') next[k] = (shares[k] as number) / sum;
  return next;
}

export function shareSum(shares: Record<string, unknown>, keys: readonly string[]): number {
  return keys.reduce((sum, k) => sum + (typeof shares[k] === 'number' ? (shares[k] as number) : 0), 0);
}

// ---------------------------------------------------------------------------------------------
// Units: the provenance map and uncertainty list name units by index, so they follow the unit.

const UNIT_POINTER = /^\/units\/(0|[1-9][0-9]*)(\/.*)?$/;

/** Re-indexes `/units/i/...` pointers: `map(i)` is the new index, or null to drop the pointer. */
function remapPointers(draft: Draft, map: (i: number) => number | null, extra: [string, string][] = []): Draft {
  const next = { ...draft };
  const move = (pointer: string): string | null => {
    const m = UNIT_POINTER.exec(pointer);
    if (!m) return pointer;
    const to = map(Number(m[1]));
    return to === null ? null : `/units/${to}${m[2] ?? ''}`;
  };
  if (isObject(draft.provenance)) {
    const provenance: Record<string, unknown> = {};
    for (const [pointer, entry] of Object.entries(draft.provenance)) {
      const to = move(pointer);
      if (to !== null) provenance[to] = entry;
    }
    for (const [from, to] of extra) {
      if (Object.prototype.hasOwnProperty.call(draft.provenance, from)) provenance[to] = draft.provenance[from];
    }
    next.provenance = provenance;
  }
  if (Array.isArray(draft.uncertainty)) {
    next.uncertainty = draft.uncertainty.flatMap((item) => {
      if (!isObject(item) || typeof item.path !== 'string') return [item];
      const to = move(item.path);
      return to === null ? [] : [{ ...item, path: to }];
    });
  }
  return next;
}

function unitsOf(draft: Draft): unknown[] {
  return Array.isArray(draft.units) ? draft.units : [];
}

/** Moves unit `from` to position `to` (line order). */
export function moveUnit(draft: Draft, from: number, to: number): Draft {
  const units = [...unitsOf(draft)];
  if (from === to || from < 0 || to < 0 || from >= units.length || to >= units.length) return draft;
  const [unit] = units.splice(from, 1);
  units.splice(to, 0, unit);
  const map = (i: number) => {
    if (i === from) return to;
    if (from < to && i > from && i <= to) return i - 1;
    if (to < from && i >= to && i < from) return i + 1;
    return i;
  };
  return { ...remapPointers(draft, map), units };
}

/** Removes unit `index`; its provenance and uncertainty entries go with it. */
export function removeUnit(draft: Draft, index: number): Draft {
  const units = [...unitsOf(draft)];
  if (index < 0 || index >= units.length) return draft;
  units.splice(index, 1);
  return { ...remapPointers(draft, (i) => (i === index ? null : i > index ? i - 1 : i)), units };
}

/** A unit id not used by any unit of the draft, built from `base`. */
export function freeUnitId(draft: Draft, base: string): string {
  const taken = new Set(unitsOf(draft).map((u) => (isObject(u) ? u.id : undefined)));
  const stem = (base.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/-\d+$/, '') || 'unit').slice(0, 56);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** Inserts a copy of unit `index` right after it, with a fresh id; the copy keeps the original's
 *  provenance (the same numbers from the same sources). */
export function duplicateUnit(draft: Draft, index: number, copyWord = 'copy'): Draft {
  const units = [...unitsOf(draft)];
  const original = units[index];
  if (!isObject(original)) return draft;
  const copy = structuredClone(original);
  copy.id = freeUnitId(draft, String(original.id ?? 'unit'));
  const copied = (name: string) => `${name} (${copyWord})`.slice(0, 200);
  if (isBilingual(original.name)) copy.name = { vi: copied(original.name.vi), en: copied(original.name.en) };
  else if (typeof original.name === 'string' && original.name !== '') copy.name = copied(original.name);
  units.splice(index + 1, 0, copy);
  const extra: [string, string][] = isObject(draft.provenance)
    ? Object.keys(draft.provenance).flatMap((p) => {
        const m = UNIT_POINTER.exec(p);
        return m && Number(m[1]) === index ? [[p, `/units/${index + 1}${m[2] ?? ''}`] as [string, string]] : [];
      })
    : [];
  return { ...remapPointers(draft, (i) => (i > index ? i + 1 : i), extra), units };
}

/** Appends a new unit of `type` (at position `at`, default the end of the line). */
export function addUnit(draft: Draft, unit: Record<string, unknown>, at = unitsOf(draft).length): Draft {
  const units = [...unitsOf(draft)];
  const fresh = { ...unit, id: freeUnitId(draft, String(unit.id ?? unit.type ?? 'unit')) };
  units.splice(at, 0, fresh);
  return { ...remapPointers(draft, (i) => (i >= at ? i + 1 : i)), units };
}

/** Drops the provenance entry of a value the user has just changed: it no longer comes from that source. */
export function forgetProvenance(draft: Draft, pointer: string): Draft {
  if (!isObject(draft.provenance) || !Object.prototype.hasOwnProperty.call(draft.provenance, pointer)) return draft;
  const provenance = { ...draft.provenance };
  delete provenance[pointer];
  return { ...draft, provenance };
}
