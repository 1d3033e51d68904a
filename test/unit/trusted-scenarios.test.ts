// The bundled scenarios the worker takes as valid without loading the schema (issue 17;
// web/shared/model/trusted-scenarios.ts, web/worker/scenario-check.ts). The list must say what the
// full schema says of the files today, a trusted document must get exactly the schema's verdict,
// and nothing but a listed file's exact JSON text may be trusted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRUSTED_FILE, trustedScenarioList } from '../../scripts/trusted-scenarios.ts';
import { validateScenario, type ValidationResult } from '../../web/shared/model/scenario-schema.ts';
import { sha256Hex, strictJsonText, trustedValidation } from '../../web/shared/model/trusted-scenarios.ts';
import { ScenarioCheck } from '../../web/worker/scenario-check.ts';

const read = (name: string) => JSON.parse(readFileSync(`fixtures/scenarios/${name}.json`, 'utf8')) as Record<string, unknown>;

describe('the list of trusted scenarios', () => {
  it('is what the schema says of fixtures/scenarios today (else: npx tsx scripts/trusted-scenarios.ts --write)', async () => {
    expect(JSON.parse(readFileSync(TRUSTED_FILE, 'utf8'))).toEqual(await trustedScenarioList());
  });

  it('holds the three "before" scenarios the app ships, and not the "after" variant files (the schema warns of their baseline and measures)', async () => {
    expect((await trustedScenarioList()).files).toEqual(['minh-khai-before.json', 'minh-khai-rigid-before.json', 'phan-boi-before.json']);
  });
});

describe('sha256Hex', () => {
  it('gives the standard digests', async () => {
    // FIPS 180-2's test vectors: SHA-256("abc") and SHA-256("").
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('strictJsonText', () => {
  it('is JSON.stringify for plain JSON data', () => {
    const doc = read('minh-khai-before');
    expect(strictJsonText(doc)).toBe(JSON.stringify(doc));
    expect(strictJsonText({ a: [1, 'x', null, true, { b: 2.5 }] })).toBe('{"a":[1,"x",null,true,{"b":2.5}]}');
  });

  it('refuses what JSON.stringify would drop or change silently', () => {
    expect(strictJsonText({ a: undefined })).toBeNull(); // JSON.stringify gives {}
    expect(strictJsonText({ a: Number.NaN })).toBeNull(); // gives {"a":null}
    expect(strictJsonText({ a: Infinity })).toBeNull();
    expect(strictJsonText({ a: -0 })).toBeNull(); // gives {"a":0}
    const holed = [1, 2, 3];
    delete holed[1];
    expect(strictJsonText(holed)).toBeNull(); // a hole gives null
    expect(strictJsonText({ a: new Date(0) })).toBeNull(); // gives an ISO string
    expect(strictJsonText({ a: () => 1 })).toBeNull();
    expect(strictJsonText(new Map())).toBeNull();
  });
});

describe('trustedValidation', () => {
  it("gives a bundled scenario the schema's own verdict", async () => {
    for (const name of ['minh-khai-before', 'phan-boi-before', 'minh-khai-rigid-before']) {
      const doc = read(name);
      expect(await trustedValidation(structuredClone(doc))).toEqual(validateScenario(doc));
    }
  });

  it('trusts nothing else: a changed number, a renamed scenario, a key moved, an extra key, a NaN where the file has null', async () => {
    const doc = read('minh-khai-before');
    const feed = doc.feed as Record<string, unknown>;
    const variants: unknown[] = [
      { ...doc, feed: { ...feed, tonnesPerDay: (feed.tonnesPerDay as number) + 1e-9 } },
      { ...doc, id: `${String(doc.id)}x` },
      { feed, ...doc }, // same content, another key order: another text
      { ...doc, extra: undefined },
      { ...doc, notes: 'x' },
      read('minh-khai-after'),
    ];
    for (const v of variants) expect(await trustedValidation(v)).toBeNull();
  });
});

describe('ScenarioCheck (the worker)', () => {
  function counting() {
    let loads = 0;
    let calls = 0;
    const load = () => {
      loads++;
      return Promise.resolve((input: unknown): ValidationResult => {
        calls++;
        return validateScenario(input);
      });
    };
    return { load, counts: () => ({ loads, calls }) };
  }

  it('runs the bundled scenario and a one-number edit of it without loading the schema', async () => {
    const schema = counting();
    const check = new ScenarioCheck(schema.load);
    const doc = read('minh-khai-before');
    expect((await check.edit(structuredClone(doc))).ok).toBe(true);
    const edited = structuredClone(doc);
    (edited.feed as Record<string, number>).tonnesPerDay = 3.5; // range-only (edit-fast-path.ts)
    expect(await check.edit(edited)).toEqual(validateScenario(edited));
    expect(schema.counts()).toEqual({ loads: 0, calls: 0 });
  });

  it('loads the schema once for any other document and gives its verdict', async () => {
    const schema = counting();
    const check = new ScenarioCheck(schema.load);
    const broken = { ...read('minh-khai-before'), units: 'none' };
    expect(await check.whole(broken)).toEqual(validateScenario(broken));
    const renamed = { ...read('phan-boi-before'), id: 'mine' };
    expect(await check.edit(renamed)).toEqual(validateScenario(renamed));
    expect(schema.counts()).toEqual({ loads: 1, calls: 2 });
  });
});
