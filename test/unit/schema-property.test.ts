// Property: random mutations of a valid scenario either validate or are refused with issues
// whose paths are JSON Pointers into the document; validation never throws.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, validateScenario } from '../../web/shared/model/scenario-schema.ts';

const valid = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/scenarios/minh-khai-before.json'), 'utf8'));
// Keep a few provenance entries only, so that mutations mostly hit the model's own fields.
valid.provenance = Object.fromEntries(Object.entries(valid.provenance).slice(0, 4));
valid.emissionFactors = { openBurning: { pcddf: { air: { value: 40, dist: { type: 'lognormal', median: 40, gsd: 3.2 } }, water: 'ND' }, pm25: 9.8 } };
valid.uncertainty = [{ path: '/feed/tonnesPerDay', dist: { type: 'triangular', min: 1.5, mode: 2, max: 2.5 } }];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Paths (arrays of keys) to every node of the document, the root included. */
function allPaths(node: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(node)) node.forEach((v, i) => out.push(...allPaths(v, [...prefix, i])));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) out.push(...allPaths(v, [...prefix, k]));
  return out;
}

function parse(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return null;
  if (/~[^01]|~$/.test(pointer)) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function resolves(doc: unknown, segments: string[]): boolean {
  let node = doc;
  for (const s of segments) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, s)) return false;
    node = (node as Record<string, unknown>)[s];
  }
  return true;
}

const weirdValue = fc.oneof(
  fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -1, 0, 1, 1.5, 1e308, -0, 64, 65, 'NaN', 'ND', '', 'x'.repeat(70), null, true, [], {}, '__proto__'),
  fc.double(),
  fc.integer({ min: -1000, max: 100000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('sorting', 'coal', 'rejects', 'none', 'lognormal', 'plasticRejects', 'bricks', 'R'),
  fc.jsonValue({ maxDepth: 2 }),
);
const weirdKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'PE', 'bricks', 'heat', 'fuel', 'mtbfHours', 'extra', 'type', 'value', '~', '/'),
  fc.string({ maxLength: 8 }),
);

type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'addKey'; at: number; key: string; value: unknown }
  | { kind: 'duplicate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: weirdValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('addKey' as const), at: fc.nat(), key: weirdKey, value: weirdValue }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

function apply(doc: Json, m: Mutation): Json {
  const paths = allPaths(doc);
  const target = paths[m.at % paths.length];
  if (target.length === 0) {
    if (m.kind === 'set') return m.value as Json;
    return doc;
  }
  let parent: any = doc;
  for (const k of target.slice(0, -1)) parent = parent[k];
  const key = target[target.length - 1];
  const node = parent[key];
  switch (m.kind) {
    case 'set':
      parent[key] = m.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'addKey':
      // defineProperty, so that "__proto__" becomes an own key as JSON.parse would make it
      if (node && typeof node === 'object' && !Array.isArray(node)) {
        Object.defineProperty(node, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      }
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(node));
      break;
  }
  return doc;
}

function checkIssues(doc: unknown, result: ReturnType<typeof validateScenario>): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const issue of [...result.errors, ...result.warnings]) {
    const segments = parse(issue.path);
    expect(segments, issue.path).not.toBeNull();
    // The path points into the document: the node itself, or (for a missing field) its parent.
    const intoDocument = resolves(doc, segments!) || resolves(doc, segments!.slice(0, -1));
    expect(intoDocument, `${issue.path} (${issue.code})`).toBe(true);
    expect(issue.message.length).toBeGreaterThan(5);
  }
}

const outcomes = [0, 0]; // runs, accepted

describe('random mutations of a valid scenario', () => {
  it('validate or are refused with issues at JSON Pointers into the document, never throwing', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let doc = structuredClone(valid) as Json;
        for (const m of mutations) doc = apply(doc, m);
        let result: ReturnType<typeof validateScenario> | undefined;
        outcomes[0]++;
        expect(() => {
          result = validateScenario(doc);
        }).not.toThrow();
        checkIssues(doc, result!);
        if (result!.ok) {
          outcomes[1]++;
          expect(result!.scenario).toBe(doc);
        }
        // The same document as text (NaN and Infinity become null there).
        const text = JSON.stringify(doc) ?? '';
        let fromText: ReturnType<typeof parseScenarioText> | undefined;
        expect(() => {
          fromText = parseScenarioText(text);
        }).not.toThrow();
        if (text !== '') checkIssues(JSON.parse(text), fromText!);
      }),
      { numRuns: 2000 },
    );
    // Both outcomes must occur, or the mutations are not exercising the schema.
    expect(outcomes[1]).toBeGreaterThan(outcomes[0] * 0.05);
    expect(outcomes[1]).toBeLessThan(outcomes[0] * 0.95);
  });
});
