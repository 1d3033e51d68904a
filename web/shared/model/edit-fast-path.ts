// The fast path of incremental validation (issue 17), apart from the schema so that the page's
// line editor checks a one-number edit without loading zod: where the changed number's only
// rule is its range (field-table.ts) and no other rule reads it, the document is valid exactly
// when the previous one was and the new number is in range, with the same warnings. Anything
// else is left to the full schema (EditValidator in edit-validation.ts, which uses this).

import { bound } from './bounds.ts';
import type { Scenario, ValidationIssue, ValidationResult } from './scenario-schema.ts';

/** Numbers whose only rule is their range (num() of schema-blocks.ts): no sum, union, presence
 *  or cross-field rule of scenario-schema.ts reads their value. Array indices are written `*`. */
const RANGE_ONLY = new Set([
  '/calendar/daysPerYear',
  '/calendar/hoursPerDay',
  '/feed/tonnesPerDay',
  '/feed/pricePerTonne',
  '/units/*/mtbfHours',
  '/units/*/mttrHours',
  '/units/*/processLossFraction',
  '/units/*/electricityKWhPerTonne',
  '/units/*/waterM3PerTonne',
  '/units/*/waterRecycledFraction',
  '/units/*/workers',
  '/units/*/bufferKg',
  '/units/*/heat/MJPerTonne',
  '/units/*/heat/efficiency',
  '/residues/dumpFireFraction',
  '/bricks/plasticMassFraction',
  '/bricks/brickMassKg',
  '/bricks/electricityKWhPerTonnePlastic',
  '/bricks/sandPricePerTonne',
  '/bricks/pricePerBrick',
  '/bricks/workers',
  '/bricks/heat/MJPerTonnePlastic',
  '/bricks/heat/efficiency',
  '/prices/productPerTonne',
  '/prices/electricityPerKWh',
  '/prices/waterPerM3',
  '/prices/coalPerTonne',
  '/prices/woodPerTonne',
  '/prices/lpgPerKg',
  '/prices/wagePerWorkerDay',
  '/prices/landfillFeePerTonne',
  '/prices/cementKilnFeePerTonne',
  '/prices/scrapSalePerTonne',
  '/otherCosts/*/perYear',
  '/otherCosts/*/perTonneFeed',
  '/otherCosts/*/perTonneProduct',
  '/discountRate',
  '/dynamics/lotKg',
  '/dynamics/bufferKg',
  '/dynamics/failureCv',
]);
/** A unit's capacity is range-only too, but 0 gives a warning: only a change between two
 *  non-zero capacities keeps the warnings. */
const CAPACITY = '/units/*/capacityKgPerHour';

interface NumberChange {
  pattern: string;
  before: number;
  after: number;
}

/** The state of one singleNumberChange walk (module-level, so the walk allocates no closure). */
let found: NumberChange | null = null;
const path: string[] = []; // the keys down to where the walk is ('*' for an index)
/** sameValues: any number that is not the same (0 and −0 differ, NaN and NaN too) ends the walk. */
let strict = false;

/** Whether a plain object's prototype is Object.prototype or null (no class instance, no Map). */
const plainProto = (x: object): boolean => {
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Walks x and y in step; false as soon as they differ in anything but one number. The keys of
 *  x are read with for…in (no array made; same order as Object.keys for a plain object, whose
 *  prototype has no enumerable key), checked one by one against Object.keys(y). */
function walk(x: unknown, y: unknown): boolean {
  if (x === y && !(strict && x === 0 && Object.is(x, -(y as number)))) return true;
  if (path.length > 64) return false;
  if (typeof x !== 'object' || typeof y !== 'object') {
    if (typeof x !== 'number' || typeof y !== 'number' || found !== null || strict) return false;
    found = { pattern: path.length === 0 ? '' : `/${path.join('/')}`, before: x, after: y };
    return true;
  }
  if (x === null || y === null) return false;
  const ax = Array.isArray(x);
  if (ax || Array.isArray(y)) {
    if (!ax || !Array.isArray(y) || x.length !== y.length) return false;
    path.push('*');
    for (let i = 0; i < x.length; i++) if (!walk(x[i], y[i])) return false;
    path.pop();
    return true;
  }
  if (!plainProto(x) || !plainProto(y)) return false;
  const ky = Object.keys(y);
  const ox = x as Record<string, unknown>;
  const oy = y as Record<string, unknown>;
  let i = 0;
  for (const k in ox) {
    if (k !== ky[i++]) return false;
    path.push(k);
    if (!walk(ox[k], oy[k])) return false;
    path.pop();
  }
  return i === ky.length;
}

/** The one number that differs between a and b, 'same' when nothing does, null for anything
 *  else (another kind of change, a change of shape or of key order, more than one change). */
export function singleNumberChange(a: unknown, b: unknown): NumberChange | 'same' | null {
  found = null;
  path.length = 0;
  const same = walk(a, b);
  const change = found as NumberChange | null;
  found = null;
  if (!same) return null;
  return change ?? 'same';
}

/** Whether a and b hold the same values in the same shape and key order, numbers compared bit
 *  for bit but for NaN (0 and −0 differ; NaN never equals): compile.ts's caches. */
export function sameValues(a: unknown, b: unknown): boolean {
  strict = true;
  try {
    return singleNumberChange(a, b) === 'same';
  } finally {
    strict = false;
  }
}

/** Whether num(pattern) of schema-blocks.ts accepts x without an issue (finite, in range). */
function inRange(pattern: string, x: number): boolean {
  const row = bound(pattern);
  if (row.integer || !Number.isFinite(x)) return false; // whole numbers: left to the schema
  if (row.zeroAllowed) return x >= 0 && x <= row.max && !(x > 0 && x < row.min);
  return (row.minExclusive ? x > row.min : x >= row.min) && x <= row.max;
}

/** Compares each document with the last valid one, value by value (the worker receives a fresh
 *  copy of every document, so references cannot be trusted). */
export class EditFastPath {
  private last: { doc: unknown; warnings: ValidationIssue[] } | null = null;

  /** The verdict on a document that differs from the last valid one only where its range is
   *  enough (or not at all), or null when the full schema must look at it. */
  check(input: unknown): ValidationResult | null {
    const last = this.last;
    if (last === null) return null;
    const change = singleNumberChange(last.doc, input);
    if (change !== 'same' && (change === null || !unaffected(change))) return null;
    this.last = { doc: input, warnings: last.warnings };
    return { ok: true, scenario: input as Scenario, warnings: [...last.warnings] };
  }

  /** Keeps the full schema's verdict on a document, as the base of the next check. */
  record(input: unknown, result: ValidationResult): void {
    this.last = result.ok ? { doc: input, warnings: result.warnings } : null;
  }
}

function unaffected({ pattern, before, after }: NumberChange): boolean {
  if (pattern === CAPACITY) return before !== 0 && after !== 0 && inRange(pattern, after);
  return RANGE_ONLY.has(pattern) && inRange(pattern, after);
}
