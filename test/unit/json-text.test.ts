// The one JSON reader for files (web/shared/io/json-text.ts, issue 14): size cap before parsing,
// a depth limit without recursion, keys written twice reported by name, syntax errors located
// without copying the file's bytes into the message.
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestingDepth, parseJsonText, scanJsonStructure } from '../../web/shared/io/json-text.ts';
import { parseScenarioText, validateScenario } from '../../web/shared/model/scenario-schema.ts';
import { parseCatalogueText } from '../../web/shared/analysis/measures.ts';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('depth', () => {
  it('accepts 64 levels and refuses 65 at the line and column of the 65th opening', () => {
    expect(parseJsonText(nested(MAX_JSON_DEPTH), { maxBytes: 1e6 }).ok).toBe(true);
    // "{\n  "a": " then 65 "[": the 65th "[" is the 65th character of line 2 after 7 characters.
    const text = '{\n  "a": ' + nested(MAX_JSON_DEPTH) + '}';
    expect(parseJsonText(text, { maxBytes: 1e6 })).toEqual({
      ok: false,
      issues: [{ path: '', code: 'too_deep', params: { limit: 64, line: 2, column: 8 + 63 } }],
    });
  });

  it('refuses a million levels without overflowing the stack, and says so in words', () => {
    const r = parseScenarioText(nested(1_000_000), { maxBytes: 3e6 });
    expect(r.ok ? '' : r.errors[0].message).toBe(
      'The file nests objects or lists more than 64 levels deep (at line 1, column 65); no file of this app needs more than a few, so it was not read.',
    );
  });

  it('holds objects built in JavaScript to the same depth, without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { x: deep };
    expect(nestingDepth(deep)).toBe(65); // stops counting past the limit
    const r = validateScenario({ format: 'plastic-line-scenario', version: 1, junk: deep });
    expect(r.ok ? '' : r.errors.map((e) => e.code)).toEqual(['too_deep']);
    // A cycle (which no file can hold) ends too.
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(nestingDepth(a)).toBe(65);
  });
});

describe('duplicate keys', () => {
  it('are reported by name and JSON Pointer, every one', () => {
    const text = '{"feed": {"composition": {"PE": 0.5, "PE": 0.5}}, "units": [{"id": "a", "id": "b"}], "id": 1, "id": 2}';
    expect(scanJsonStructure(text).duplicates).toEqual([
      { path: '/feed/composition/PE', key: 'PE' },
      { path: '/units/0/id', key: 'id' },
      { path: '/id', key: 'id' },
    ]);
    const r = parseScenarioText(text);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'feed/composition/PE (feed share of PE): the field "PE" is written twice in the same object; JSON would keep only the last one silently, so write it once',
      'units/0/id: the field "id" is written twice in the same object; JSON would keep only the last one silently, so write it once',
      'id: the field "id" is written twice in the same object; JSON would keep only the last one silently, so write it once',
    ]);
  });

  it('compare keys after unescaping, and ignore equal keys in different objects and inside strings', () => {
    expect(scanJsonStructure('{"a": 1, "\\u0061": 2}').duplicates).toEqual([{ path: '/a', key: 'a' }]);
    expect(scanJsonStructure('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}], "c": "{\\"a\\": 1, \\"a\\": 2}"}').duplicates).toEqual([]);
    expect(scanJsonStructure('{"a/b": {"x~y": 1, "x~y": 2}}').duplicates).toEqual([{ path: '/a~1b/x~0y', key: 'x~y' }]);
  });
});

describe('syntax errors', () => {
  it('name a printable character and give any other by its code point, never the bytes', () => {
    const binary = parseJsonText('\u007fELF\u0002\u0001', { maxBytes: 100 });
    expect(binary).toMatchObject({ ok: false, issues: [{ code: 'invalid_json', params: { found: 'U+007F', line: 1, column: 1 } }] });
    const text = parseJsonText('hello world', { maxBytes: 100 });
    expect(text).toMatchObject({ ok: false, issues: [{ params: { found: '"h"' } }] });
  });

  it("of catalogues no longer quote the engine's message (which copies the file)", () => {
    const r = parseCatalogueText('secret text that is not JSON');
    expect(r.ok ? '' : r.errors[0].message).toBe(
      'The file is not valid JSON: expected a value (a number, "text", true, false, null, { or [), found "s" at line 1, column 1.',
    );
  });

  it('refuse text over the cap before parsing, and empty text', () => {
    expect(parseJsonText('[1]'.padEnd(101), { maxBytes: 100 })).toMatchObject({
      ok: false,
      issues: [{ code: 'too_large', params: { bytes: 101, maxBytes: 100 } }],
    });
    // "é" is 2 bytes in UTF-8: 60 of them are 120 bytes, over a cap of 100.
    expect(parseJsonText(`"${'é'.repeat(60)}"`, { maxBytes: 100 })).toMatchObject({ ok: false, issues: [{ code: 'too_large', params: { bytes: 122 } }] });
    expect(parseJsonText('\ufeff  \n', { maxBytes: 100 })).toMatchObject({ ok: false, issues: [{ code: 'empty_file' }] });
  });
});
