// Incremental validation of edits (issue 17). A Workbench edit changes one number; where that
// number's only rule is its range (field-table.ts) and no other rule reads it, the document is
// valid exactly when the previous one was and the new number is in range, with the same
// warnings. EditValidator compares each document with the last valid one, value by value (the
// worker receives a fresh copy of every document, so references cannot be trusted), and runs
// the full schema (scenario-schema.ts) for anything else: a first document, an import, a load,
// an edit of any other field, more than one change, a number out of range (whose message the
// schema words), or a change of shape. Validation never transforms, so the valid scenario is the
// document itself, as validateScenario hands it back.

import { bound } from './bounds.ts';
import { validateScenario, type Scenario, type ValidationIssue, type ValidationResult } from './scenario-schema.ts';

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

const isPlain = (x: unknown): x is Record<string, unknown> => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
};

/** The one number that differs between a and b, 'same' when nothing does, null for anything
 *  else (another kind of change, a change of shape or of key order, more than one change). */
export function singleNumberChange(a: unknown, b: unknown): NumberChange | 'same' | null {
  let found: NumberChange | null = null;
  const path: string[] = []; // the keys down to where the walk is ('*' for an index)
  const walk = (x: unknown, y: unknown): boolean => {
    if (x === y) return true;
    if (path.length > 64) return false;
    if (typeof x === 'number' && typeof y === 'number') {
      if (found) return false;
      found = { pattern: path.length === 0 ? '' : `/${path.join('/')}`, before: x, after: y };
      return true;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      path.push('*');
      for (let i = 0; i < x.length; i++) if (!walk(x[i], y[i])) return false;
      path.pop();
      return true;
    }
    if (!isPlain(x) || !isPlain(y)) return false;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length) return false;
    for (let i = 0; i < kx.length; i++) {
      const k = kx[i];
      if (k !== ky[i]) return false;
      path.push(k);
      if (!walk(x[k], y[k])) return false;
      path.pop();
    }
    return true;
  };
  if (!walk(a, b)) return null;
  return found ?? 'same';
}

/** Whether num(pattern) of schema-blocks.ts accepts x without an issue (finite, in range). */
function inRange(pattern: string, x: number): boolean {
  const row = bound(pattern);
  if (row.integer || !Number.isFinite(x)) return false; // whole numbers: left to the schema
  if (row.zeroAllowed) return x >= 0 && x <= row.max && !(x > 0 && x < row.min);
  return (row.minExclusive ? x > row.min : x >= row.min) && x <= row.max;
}

/** Validates edit after edit, checking only the changed number where that is enough. */
export class EditValidator {
  private last: { doc: unknown; warnings: ValidationIssue[] } | null = null;

  validate(input: unknown): ValidationResult {
    const last = this.last;
    if (last !== null) {
      const change = singleNumberChange(last.doc, input);
      if (change === 'same' || (change !== null && this.unaffected(change))) {
        this.last = { doc: input, warnings: last.warnings };
        return { ok: true, scenario: input as Scenario, warnings: [...last.warnings] };
      }
    }
    const result = validateScenario(input);
    this.last = result.ok ? { doc: input, warnings: result.warnings } : null;
    return result;
  }

  private unaffected({ pattern, before, after }: NumberChange): boolean {
    if (pattern === CAPACITY) return before !== 0 && after !== 0 && inRange(pattern, after);
    return RANGE_ONLY.has(pattern) && inRange(pattern, after);
  }
}
