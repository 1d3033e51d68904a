// House rules of issue 15 that lint does not check: no TypeScript source file in web/ or
// assembly/ over 400 lines (web/locales/ and web/wasm/ are generated and left out), and no
// top-level function in assembly/ over 80 lines. Lines are counted as `wc -l` counts them; a
// function runs from its `function` line (at column 0, after an optional @inline) to the first
// closing brace at column 0, which is how Prettier-style code closes a top-level function.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
const GENERATED = ['web/locales/', 'web/wasm/'];

/** The .ts files under a folder, as paths relative to the repository ("web/app/plc-app.ts"). */
function tsFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((f) => path.posix.join(folder, f.split(path.sep).join('/')))
    .filter((f) => f.endsWith('.ts') && !GENERATED.some((g) => f.startsWith(g)))
    .sort();
}

/** Lines as `wc -l` counts them, plus a last line without its newline. */
function lineCount(text: string): number {
  const newlines = text.split('\n').length - 1;
  return text.length > 0 && !text.endsWith('\n') ? newlines + 1 : newlines;
}

const FUNCTION_START = /^(?:@inline\s+)?(?:export\s+)?function\s+([A-Za-z_$][\w$]*)/;

/** Top-level functions with their length in lines (a one-line function is 1). */
function functionLengths(text: string): { name: string; line: number; lines: number }[] {
  const lines = text.split('\n');
  const out: { name: string; line: number; lines: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = FUNCTION_START.exec(lines[i]);
    if (!start) continue;
    const opens = (lines[i].match(/\{/g) ?? []).length;
    const closes = (lines[i].match(/\}/g) ?? []).length;
    if (opens > 0 && opens === closes) {
      out.push({ name: start[1], line: i + 1, lines: 1 });
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !lines[end].startsWith('}')) end++;
    out.push({ name: start[1], line: i + 1, lines: end - i + 1 });
    i = end;
  }
  return out;
}

describe('file and function size (issue 15)', () => {
  const files = [...tsFiles('web'), ...tsFiles('assembly')];

  it('finds the source files', () => {
    expect(files).toContain('web/shared/survey/survey.ts');
    expect(files).toContain('assembly/des.ts');
    expect(files.some((f) => f.startsWith('web/locales/'))).toBe(false);
  });

  it(`has no .ts file in web/ or assembly/ over ${MAX_FILE_LINES} lines`, () => {
    const tooLong = files.map((f) => ({ f, n: lineCount(readFileSync(path.join(root, f), 'utf8')) })).filter(({ n }) => n > MAX_FILE_LINES);
    expect(tooLong.map(({ f, n }) => `${f}: ${n} lines`)).toEqual([]);
  });

  it('counts lines and functions as wc -l and a reader would', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
    const sample = [
      '@inline export function p(i: i32): f64 { return load<f64>(i); }',
      '',
      'export function step(',
      '  a: f64,',
      '): f64 {',
      '  if (a > 0) {',
      '    return a;',
      '  }',
      '  return 0;',
      '}',
      '',
      'function inner(): void {',
      '  const f = function (): void {};',
      '}',
    ].join('\n');
    expect(functionLengths(sample)).toEqual([
      { name: 'p', line: 1, lines: 1 },
      { name: 'step', line: 3, lines: 8 },
      { name: 'inner', line: 12, lines: 3 },
    ]);
  });

  it(`has no top-level function in assembly/ over ${MAX_FUNCTION_LINES} lines`, () => {
    const assembly = files.filter((f) => f.startsWith('assembly/'));
    const all = assembly.flatMap((f) => functionLengths(readFileSync(path.join(root, f), 'utf8')).map((fn) => ({ f, ...fn })));
    // The core has well over a hundred top-level functions; finding few would mean the scan broke.
    expect(all.length).toBeGreaterThan(100);
    const tooLong = all.filter((fn) => fn.lines > MAX_FUNCTION_LINES);
    expect(tooLong.map((fn) => `${fn.f}:${fn.line} ${fn.name}: ${fn.lines} lines`)).toEqual([]);
  });
});
