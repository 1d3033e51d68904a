// The hostile-input corpus (fixtures/hostile/, issue 14): every file through the command line, in
// its own process group with a time limit (TOOLCHAIN point 14: the group is killed on time-out so
// nothing outlives the test). The command line is web/cli/simulate.ts bundled once by esbuild
// (the same code, without tsx compiling it again for each of the 86 runs: 0.15 s a run instead
// of 0.55 s), placed so that its paths to the Wasm and the fixtures resolve as in the source. Every file is refused with the exit code of EXPECTED.json and a
// message naming the field (by its path and in words), or accepted with only finite figures; no
// stack trace, no control character and nothing of a non-JSON file's content is printed.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { build } from 'esbuild';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBadFigure } from '../../web/shared/model/result-guard.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, 'fixtures/hostile');
// The bundle lives in <tmp>/web/cli/, beside links to web/wasm and fixtures, as the source does.
const work = mkdtempSync(path.join(tmpdir(), 'plc-hostile-cli-'));
const CLI = path.join(work, 'web/cli/simulate.mjs');
const BASELINE = path.join(root, 'fixtures/scenarios/minh-khai-before.json');
/** Per file, generous for a loaded 2-core machine: a refusal takes well under a second. */
const TIME_LIMIT_MS = 30_000;

interface Expected {
  role: 'scenario' | 'dynamic' | 'catalogue' | 'variant' | 'library';
  exit: 0 | 1 | 2;
  path?: string;
  words?: string;
  contains?: string;
  args?: string[];
  measures?: string;
  why: string;
}
const expected: Record<string, Expected> = JSON.parse(readFileSync(path.join(dir, 'EXPECTED.json'), 'utf8'));
const files = readdirSync(dir)
  .filter((f) => f !== 'EXPECTED.json' && f !== 'make-hostile.mts')
  .sort();

function argsFor(file: string, e: Expected): string[] {
  const p = path.join(dir, file);
  switch (e.role) {
    case 'scenario':
      return [p, ...(e.args ?? [])];
    case 'dynamic':
      return [p, '--dynamic', ...(e.args ?? ['--years', '1', '--replications', '2'])];
    case 'catalogue':
      return [BASELINE, '--measures', e.measures ?? 'bad', '--catalogue', p];
    case 'variant':
      return [BASELINE, '--compare', p];
    case 'library':
      return [BASELINE, '--ef-library', p];
  }
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs the command line in its own process group; the whole group is killed at the limit. */
function run(args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, TIME_LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - t0, timedOut });
    });
  });
}

const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  mkdirSync(path.join(work, 'web/cli'), { recursive: true });
  symlinkSync(path.join(root, 'web/wasm'), path.join(work, 'web/wasm'));
  symlinkSync(path.join(root, 'fixtures'), path.join(work, 'fixtures'));
  await build({ entryPoints: [path.join(root, 'web/cli/simulate.ts')], bundle: true, platform: 'node', format: 'esm', outfile: CLI, logLevel: 'warning' });
  // Two at a time (the machines have two cores, and other jobs run beside the tests).
  const queue = [...files];
  const workers = Array.from({ length: Math.min(2, cpus().length) }, async () => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) outcomes.set(f, await run(argsFor(f, expected[f])));
  });
  await Promise.all(workers);
}, 15 * 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('the hostile-input corpus', () => {
  it('has at least 60 files, each listed in EXPECTED.json and vice versa', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s', (file) => {
    const e = expected[file];
    const o = outcomes.get(file)!;
    const shown = `${file} (${e.why}): exit ${o.code} after ${o.ms} ms\nstdout: ${o.stdout.slice(0, 300)}\nstderr: ${o.stderr.slice(0, 600)}`;
    expect(o.timedOut, shown).toBe(false);
    expect(o.code, shown).toBe(e.exit);
    expect(o.stderr, shown).not.toMatch(/\n\s+at .*:\d+:\d+|TypeError|RangeError|Maximum call stack/);
    expect(CONTROL.test(o.stderr), shown).toBe(false);
    if (e.contains) expect(o.stdout + o.stderr, shown).toContain(e.contains);
    // A file that is not JSON is named by one character at most, never quoted.
    expect(o.stderr, shown).not.toContain('SECRET-CONTENT');
    if (e.exit === 0) {
      const doc = JSON.parse(o.stdout.startsWith('{') ? o.stdout : '{}');
      if (o.stdout.startsWith('{')) expect(findBadFigure(doc), shown).toBeNull();
      expect(CONTROL.test(o.stdout), shown).toBe(false);
      return;
    }
    if (e.path) expect(o.stderr, shown).toContain(`${e.path.slice(1)}`);
    if (e.words) expect(o.stderr, shown).toContain(e.words);
  });
});
