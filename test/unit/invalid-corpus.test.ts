// Every file in fixtures/invalid is refused, without throwing, and its first error under the
// path named in EXPECTED.json has the expected code (and a message that names that path).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../web/shared/model/scenario-schema.ts';

const dir = path.resolve(import.meta.dirname, '../../fixtures/invalid');
type Expected = { path: string; code: string; params?: Record<string, string | number> };
const expected: Record<string, Expected> = JSON.parse(fs.readFileSync(path.join(dir, 'EXPECTED.json'), 'utf8'));
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'EXPECTED.json')
  .sort();

describe('the bad-input corpus', () => {
  it('has at least 30 files, each listed in EXPECTED.json and vice versa', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it('includes a file over 20 MB', () => {
    expect(fs.statSync(path.join(dir, 'huge-20mb.json')).size).toBeGreaterThan(20 * 1024 * 1024);
  });

  it.each(files)('%s is refused with the expected path and code', (file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const want = expected[file];
    let result: ReturnType<typeof parseScenarioText> | undefined;
    expect(() => {
      result = parseScenarioText(text);
    }).not.toThrow();
    if (!result || result.ok) throw new Error(`${file} was accepted`);
    const under = result.errors.filter((e) => (want.path === '' ? true : e.path === want.path || e.path.startsWith(want.path + '/')));
    expect(under.length, JSON.stringify(result.errors, null, 1)).toBeGreaterThan(0);
    const first = under[0];
    expect(first.code, JSON.stringify(result.errors, null, 1)).toBe(want.code);
    if (want.params) expect(first.params).toMatchObject(want.params);
    // The message names the field by its JSON path (without the leading slash), or speaks of "The file".
    if (first.path === '') expect(first.message).toMatch(/^The file/);
    else expect(first.message.startsWith(first.path.slice(1))).toBe(true);
    for (const e of result.errors) expect(e.message.length).toBeGreaterThan(10);
  });
});
