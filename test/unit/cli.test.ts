// The command-line runner: JSON on stdout, one-line errors, exit codes 0 / 1 / 2, no stack traces.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
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

  it('prints the keys of MODEL.md 3.1a and 3.2 exactly as section 4 names them', () => {
    const doc = JSON.parse(execFileSync(TSX, [CLI, MINH_KHAI], { encoding: 'utf8' }));
    expect(typeof doc.air.hclKg).toBe('number');
    expect(Object.keys(doc.air.hclKgBySource).sort()).toEqual(['brickMelt', 'cementKiln', 'dumpFire', 'openBurning', 'plasticFuel']);
    expect(doc.chlorine.method).toBe('toolkit');
    for (const source of ['openBurning', 'dumpFire', 'plasticFuel', 'cementKiln', 'brickMelt']) {
      expect(Object.keys(doc.chlorine.bySource[source]).sort()).toEqual(['clFraction', 'multiplier']);
      expect(typeof doc.chlorine.adjustedMultiplier[source]).toBe('number');
    }
    expect(typeof doc.economics.costBreakdown.other).toBe('number');
    expect(typeof doc.economics.costBreakdown.otherById).toBe('object');
    expect(doc.pcddf.bySource).toHaveProperty('brickMelt');
  });

  it('prints a readable table with --table', () => {
    const r = simulate(MINH_KHAI, '--table');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/PCDD\/F to air/);
    expect(r.stdout).toMatch(/Bottleneck/);
    expect(r.stdout).toMatch(/Hydrogen chloride \(HCl\)/);
    expect(r.stdout).toMatch(/quantified releases only; not quantified: PCDD\/F to water \(open burning\)/);
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
    writeFileSync(
      file,
      JSON.stringify({
        format: 'plastic-line-scenario',
        version: 1,
        id: 'x',
        name: 'x',
        calendar: { daysPerYear: -5, hoursPerDay: 10 },
        feed: { tonnesPerDay: 2, composition: { PE: 0.5 } },
        units: [
          { id: 'a', type: 'sorting' },
          { id: 'a', type: 'spinning' },
        ],
        residues: { plasticRoutes: { openBurning: 1 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0 },
      }),
    );
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

  it('compares before with an after variant (--compare)', () => {
    const r = simulate(MINH_KHAI, '--compare', join('fixtures', 'scenarios', 'minh-khai-after.json'));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.format).toBe('plastic-line-comparison');
    // The after variant of Minh Khai is the UNIDO/GEF pilot: about 90 % less PCDD/F or more.
    expect(doc.percentChange['pcddf.total']).toBeLessThanOrEqual(-90);
    expect(Object.keys(doc.attribution).length).toBeGreaterThan(0);
  });

  it('applies catalogue measures by id (--measures)', () => {
    const r = simulate(MINH_KHAI, '--measures', 'sanitary-landfill');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.measures).toEqual(['sanitary-landfill']);
    // With no dumping left there are no dump fires after.
    expect(doc.after.mass.routesT.dumpFire).toBe(0);
    const bad = simulate(MINH_KHAI, '--measures', 'no-such-measure');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/no-such-measure/);
  });

  it('prints Monte Carlo percentiles keyed by headline figure (--mc)', () => {
    const r = simulate(MINH_KHAI, '--mc', '2000', '--seed', '1');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const air = doc['pcddf.air'];
    expect(air.p5).toBeLessThan(air.p50);
    expect(air.p50).toBeLessThan(air.p95);
    expect(Object.keys(doc)).toHaveLength(15);
  });

  it('prints the dynamics summary (--dynamic)', () => {
    const r = simulate(MINH_KHAI, '--dynamic', '--years', '1', '--replications', '3', '--seed', '7');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    for (const k of ['processedT', 'productT', 'burnedPlasticT', 'pcddfAirUgTeq']) {
      expect(doc[k].ci95[0]).toBeLessThanOrEqual(doc[k].mean);
      expect(doc[k].ci95[1]).toBeGreaterThanOrEqual(doc[k].mean);
    }
    expect(doc.replications).toBe(3);
    expect(doc.events).toBeGreaterThan(0);
    expect(doc.units[0]).toHaveProperty('busy');
  });
});

describe('npm run simulate against hostile files and options (issue 14)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plc-hostile-'));
  const fifo = join(dir, 'fifo.json');
  spawnSync('mkfifo', [fifo]);
  const loop = join(dir, 'loop.json');
  symlinkSync(loop, loop);

  it('refuses /dev/zero, a FIFO, a directory and a symbolic-link loop at once, naming the path', () => {
    const cases: [string[], RegExp][] = [
      [['/dev/zero'], /^cannot read \/dev\/zero: it is a device, not a regular file$/],
      [[fifo], /: it is a named pipe \(FIFO\), not a regular file$/],
      [[dir], /: it is a directory, not a regular file$/],
      [[loop], /: a symbolic link that loops/],
      [[MINH_KHAI, '--ef-library', '/dev/zero'], /^cannot read \/dev\/zero: it is a device/],
      [[MINH_KHAI, '--compare', fifo], /named pipe/],
    ];
    for (const [args, message] of cases) {
      const t0 = Date.now();
      const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr.trim(), args.join(' ')).toMatch(message);
      expect(Date.now() - t0).toBeLessThan(20_000);
    }
  });

  it('validates --ef-library with the library schema: {} is refused naming its fields, not a TypeError', () => {
    const empty = join(dir, 'empty-library.json');
    writeFileSync(empty, '{}');
    const r = simulate(MINH_KHAI, '--ef-library', empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${empty}: emission-factor library: format: is required but missing`);
    expect(r.stderr).toContain('factors: is required but missing');
    expect(r.stderr).not.toMatch(/TypeError/);
  });

  it('refuses every option that would do nothing in the mode asked', () => {
    const after = join('fixtures', 'scenarios', 'minh-khai-after.json');
    const cases: [string[], string][] = [
      [['--table', '--compare', after], '--table prints the summary of one scenario; it cannot be combined with --compare, whose output is JSON'],
      [['--table', '--mc', '100'], '--table prints the summary of one scenario; it cannot be combined with --mc, whose output is JSON'],
      [['--table', '--dynamic'], '--table prints the summary of one scenario; it cannot be combined with --dynamic, whose output is JSON'],
      [
        ['--table', '--measures', 'sanitary-landfill'],
        '--table prints the summary of one scenario; it cannot be combined with --measures, whose output is JSON',
      ],
      [['--years', '2'], 'option --years does nothing with a single scenario; it works with --dynamic'],
      [['--seed', '2'], 'option --seed does nothing with a single scenario; it works with --mc or --dynamic'],
      [['--catalogue', 'fixtures/measures.json', '--dynamic'], 'option --catalogue does nothing with --dynamic; it works with --compare or --measures or --mc'],
      [['--mc', '100', '--measures', 'sanitary-landfill'], 'options --mc and --measures cannot be combined; choose one'],
      [['--mc', '100', '--dynamic'], 'options --mc and --dynamic cannot be combined; choose one'],
      [['--dynamic', '--compare', after], 'options --compare and --dynamic cannot be combined; choose one'],
      [['--lang', 'fr'], 'option --lang needs en or vi, got "fr"'],
      [['--seed', '1', '--seed', '2', '--mc', '10'], 'option --seed is given twice'],
      [['--table=yes'], 'option --table takes no value'],
      [['--dynamic', '--replications', '2.5'], 'option --replications needs a whole number from 1 to 10,000, got "2.5"'],
      [['--mc', '1e9'], 'option --mc needs a whole number from 2 to 10,000,000, got "1e9"'],
    ];
    for (const [args, message] of cases) {
      const r = simulate(MINH_KHAI, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim(), args.join(' ')).toBe(message);
    }
  });

  it('strips terminal control characters from --table and from messages, and escapes them in JSON', () => {
    const scenario = JSON.parse(readFileSync(MINH_KHAI, 'utf8'));
    scenario.name = '\u001b[2J\u001b]0;title\u0007Evil \u009b31m\u202eline';
    const named = join(dir, 'escapes.json');
    writeFileSync(named, JSON.stringify(scenario));
    const table = simulate(named, '--table');
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toBe('[2J]0;titleEvil 31mline (minh-khai-before)');
    // JSON keeps the value, with the C1 control written as an escape (JSON.stringify leaves it raw).
    scenario.units[0].name = 'a\u009bb';
    writeFileSync(named, JSON.stringify(scenario));
    const json = simulate(named);
    expect(json.stdout).toContain('"name": "a\\u009bb"');
    expect(JSON.parse(json.stdout).mass.units[0].name).toBe('a\u009bb');
    scenario.units[0].name = '\u001b[31mred\u001b[0m';
    scenario.units[0].capacityKgPerHour = -1;
    writeFileSync(named, JSON.stringify(scenario));
    const refused = simulate(named);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('units/0/capacityKgPerHour (capacity, [31mred[0m): must be at least 0 kg/h; got -1');
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    expect(refused.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('speaks Vietnamese with --lang vi', () => {
    const r = simulate('/no/such.json', '--lang', 'vi');
    expect(r.code).toBe(1);
    const bad = join(dir, 'bad-efficiency.json');
    const scenario = JSON.parse(readFileSync(MINH_KHAI, 'utf8'));
    scenario.units[3].heat.efficiency = 5e-324;
    writeFileSync(bad, JSON.stringify(scenario));
    const vi = simulate(bad, '--lang', 'vi');
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain(
      // The unit's name is bilingual in the fixture (issue 16): Vietnamese messages use its Vietnamese name.
      'units/3/heat/efficiency (hiệu suất lò, Máy sấy mảnh (đốt bằng nhựa)): phải lớn hơn hoặc bằng 0,01; giá trị hiện tại: 5e-324',
    );
  });
});
