// The command-line runner: JSON on stdout, one-line errors, exit codes 0 / 1 / 2, no stack traces.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
const CLI = join('web', 'cli', 'simulate.ts');
const MINH_KHAI = join('fixtures', 'scenarios', 'minh-khai-before.json');

function simulate(...args: string[]) {
  const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run simulate', () => {
  it('prints the result document of a village scenario', () => {
    const out = execFileSync(TSX, [CLI, MINH_KHAI], { encoding: 'utf8' });
    const doc = JSON.parse(out);
    expect(doc.format).toBe('plastic-line-result');
    expect(doc.version).toBe(1);
    expect(doc.scenarioId).toBe('minh-khai-before');
    for (const key of ['mass', 'bricks', 'energy', 'water', 'pcddf', 'dlpcb', 'air', 'notQuantified', 'economics']) expect(doc).toHaveProperty(key);
    expect(doc.mass.closureErrorT).toBeLessThan(1e-9 * doc.mass.feedT);
  });

  it('prints a readable table with --table', () => {
    const r = simulate(MINH_KHAI, '--table');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/PCDD\/F to air/);
    expect(r.stdout).toMatch(/Bottleneck/);
  });

  it('refuses a missing file with one line and exit code 1', () => {
    const r = simulate('no/such/file.json');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no\/such\/file\.json/);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
  });

  it('refuses malformed JSON with exit code 2 and the line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plc-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{ "format": "plastic-line-scenario", "version": 1,\n  "id": }');
    const r = simulate(file);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/line 2/i);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('prints every validation error, one per line, naming each field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plc-'));
    const file = join(dir, 'invalid.json');
    writeFileSync(file, JSON.stringify({
      format: 'plastic-line-scenario', version: 1, id: 'x', name: 'x',
      calendar: { daysPerYear: -5, hoursPerDay: 10 },
      feed: { tonnesPerDay: 2, composition: { PE: 0.5 } },
      units: [{ id: 'a', type: 'sorting' }, { id: 'a', type: 'spinning' }],
      residues: { plasticRoutes: { openBurning: 1 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0 },
    }));
    const r = simulate(file);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(r.stderr).toMatch(/calendar\/daysPerYear/);
    expect(r.stderr).toMatch(/feed\/composition/);
    expect(r.stderr).toMatch(/units\/1/);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('refuses an unknown option with exit code 1', () => {
    const r = simulate(MINH_KHAI, '--frobnicate');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown option --frobnicate/);
  });
});
