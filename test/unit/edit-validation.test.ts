// Incremental validation of edits (issue 17): for every number of the fixtures, edited to values
// in and out of its range, EditValidator gives exactly what the full schema gives (validateScenario
// is the reference), and it runs the full schema for other kinds of change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EditValidator, singleNumberChange } from '../../web/shared/model/edit-validation.ts';
import { validateScenario } from '../../web/shared/model/scenario-schema.ts';

const FIXTURES = ['minh-khai-before', 'phan-boi-before', 'minh-khai-rigid-before'];
const VALUES = [0, 1e-7, 0.5, 7, 1e4, -1, 2e12, Number.NaN, 5e-324];

function numbersOf(doc: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof doc === 'number') return [at];
  if (Array.isArray(doc)) return doc.flatMap((x, i) => numbersOf(x, [...at, i]));
  if (typeof doc === 'object' && doc !== null) return Object.entries(doc).flatMap(([k, v]) => numbersOf(v, [...at, k]));
  return [];
}

function withValue(doc: unknown, path: (string | number)[], value: number): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(doc)) return doc.map((x, i) => (i === head ? withValue(x, rest, value) : x));
  const o = doc as Record<string, unknown>;
  return { ...o, [head]: withValue(o[head], rest, value) };
}

describe('EditValidator', () => {
  for (const name of FIXTURES) {
    it(`agrees with the full schema on every number of ${name}, edited one at a time`, () => {
      const base = JSON.parse(readFileSync(`fixtures/scenarios/${name}.json`, 'utf8')) as unknown;
      const paths = numbersOf(base);
      expect(paths.length).toBeGreaterThan(20);
      for (const path of paths) {
        for (const value of VALUES) {
          const validator = new EditValidator();
          expect(validator.validate(base).ok).toBe(true);
          const edited = structuredClone(withValue(base, path, value)); // the worker's copy
          expect(validator.validate(edited), `${path.join('/')} = ${value}`).toEqual(validateScenario(edited));
          // and the edit after it, back to the fixture's value
          const back = structuredClone(base);
          expect(validator.validate(back), `${path.join('/')} back`).toEqual(validateScenario(back));
        }
      }
    });
  }

  it('finds the one changed number, and nothing for other changes', () => {
    const a = { x: { y: [1, 2] }, s: 'a' };
    expect(singleNumberChange(a, structuredClone(a))).toBe('same');
    expect(singleNumberChange(a, { x: { y: [1, 3] }, s: 'a' })).toEqual({ pattern: '/x/y/*', before: 2, after: 3 });
    expect(singleNumberChange(a, { x: { y: [4, 3] }, s: 'a' })).toBeNull();
    expect(singleNumberChange(a, { x: { y: [1, 2] }, s: 'b' })).toBeNull();
    expect(singleNumberChange(a, { s: 'a', x: { y: [1, 2] } })).toBeNull();
    expect(singleNumberChange(a, { x: { y: [1, 2, 3] }, s: 'a' })).toBeNull();
    expect(singleNumberChange(a, { x: { y: [1, '2'] }, s: 'a' })).toBeNull();
    // A key more or less, null for an object, an object for an array, a class instance: other changes.
    expect(singleNumberChange(a, { x: { y: [1, 2] }, s: 'a', t: 1 })).toBeNull();
    expect(singleNumberChange({ ...a, t: 1 }, a)).toBeNull();
    expect(singleNumberChange(a, { x: null, s: 'a' })).toBeNull();
    expect(singleNumberChange(a, { x: { y: { 0: 1, 1: 2 } }, s: 'a' })).toBeNull();
    expect(singleNumberChange({ d: new Date(0) }, { d: new Date(0) })).toBeNull();
    // Objects without a prototype are plain; the change is found under them.
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { n: 1 });
    expect(singleNumberChange({ o: bare }, { o: { n: 2 } })).toEqual({ pattern: '/o/n', before: 1, after: 2 });
    // The walk's state does not leak from one call to the next.
    expect(singleNumberChange({ n: 1 }, { n: 2, m: 1 })).toBeNull();
    expect(singleNumberChange({ n: 1 }, { n: 3 })).toEqual({ pattern: '/n', before: 1, after: 3 });
  });
});
