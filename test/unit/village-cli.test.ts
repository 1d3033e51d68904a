// `npm run simulate -- <village.json> --village`: the village result document, the table, Monte
// Carlo, provinces (a province file of 50 villages in one process), and errors one per line
// naming the file, the group and the field, with exit codes 0 / 1 / 2.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADLINE_FIGURES } from '../../web/shared/model/result-types.ts';

const TSX = join('node_modules', '.bin', 'tsx');
const CLI = join('web', 'cli', 'simulate.ts');
const MINH_KHAI = join('fixtures', 'villages', 'minh-khai.json');
const HUNG_YEN = join('fixtures', 'villages', 'hung-yen.json');

function simulate(...args: string[]) {
  const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'village-cli-'));
  for (const [name, doc] of Object.entries(files)) writeFileSync(join(dir, name), typeof doc === 'string' ? doc : JSON.stringify(doc));
  return dir;
}

const FILM = resolve('fixtures/scenarios/minh-khai-before.json');

describe('npm run simulate -- <village.json> --village', () => {
  it('prints the village result document of MODEL.md 8', () => {
    const r = simulate(MINH_KHAI, '--village');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ format: 'plastic-line-village-result', version: 1, villageId: 'minh-khai-village', households: 580 });
    for (const f of HEADLINE_FIGURES) expect(typeof doc.totals[f]).toBe('number');
    expect(doc.groups.map((g: { id: string }) => g.id)).toEqual(['film-lines', 'rigid-lines']);
    expect(Object.keys(doc.groups[0].baseline)).toEqual(expect.arrayContaining([...HEADLINE_FIGURES]));
    expect(doc.adoptionCurve).toHaveLength(11);
    expect(doc.national.nationalOpenBurningGTeqPerYear).toBe(22.6);
    expect(doc.pcddfGTeqPerYear.before.total).toBeCloseTo(doc.totals['pcddf.total'] / 1e6, 12);
    expect(doc.notQuantified).toContain('PCDD/F to air (brick melt)');
    expect(doc.uncertainty).toBeUndefined();
  });

  it('prints a readable table with --table', () => {
    const r = simulate(MINH_KHAI, '--village', '--table');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/film-lines +film +270/);
    expect(r.stdout).toMatch(/of Viet Nam's open-burning inventory, 22\.6 g TEQ\/yr \(2007–2012\)/);
    expect(r.stdout).toMatch(/Adoption curve/);
    expect(r.stdout).toMatch(/Not quantified: .*PCDD\/F to air \(brick melt\)/);
  });

  it('adds paired Monte Carlo percentiles with --mc, the same for the same seed', () => {
    const a = JSON.parse(simulate(MINH_KHAI, '--village', '--mc', '400', '--seed', '2').stdout);
    const b = JSON.parse(simulate(MINH_KHAI, '--village', '--mc', '400', '--seed', '2').stdout);
    expect(a.uncertainty).toEqual(b.uncertainty);
    expect(a.uncertainty).toMatchObject({ draws: 400, seed: 2, keying: 'village' });
    const u = a.uncertainty;
    expect(u.before['pcddf.total'].p5).toBeLessThan(u.before['pcddf.total'].p95);
    // Shares 0: with adoption is the village before, draw by draw.
    expect(u.withAdoption['pcddf.total']).toEqual(u.before['pcddf.total']);
    expect(u.probabilityAfterBetter['pcddf.total']).toBe(0);
    expect(u.probabilityAllAdoptedBetter['pcddf.total']).toBe(1);
    expect(u.adoptionCurve).toHaveLength(11);
    const table = simulate(MINH_KHAI, '--village', '--mc', '400', '--table');
    expect(table.stdout).toMatch(/Monte Carlo, 400 draws, seed 1/);
  });

  it('runs a province file: its villages one by one, added up', () => {
    const r = simulate(HUNG_YEN, '--village');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.format).toBe('plastic-line-province-result');
    expect(doc.villages.map((v: { villageId: string }) => v.villageId)).toEqual(['minh-khai-village', 'phan-boi-village']);
    expect(doc.households).toBe(680);
    const sum = doc.villages[0].totals['pcddf.total'] + doc.villages[1].totals['pcddf.total'];
    expect(doc.totals['pcddf.total']).toBeCloseTo(sum, 6);
    expect(doc.national.shareOfNational.withAdoption).toBeCloseTo(sum / 1e6 / 22.6, 12);
  });

  it('runs a province of 50 villages in one process, with Monte Carlo of the province', () => {
    const files: Record<string, unknown> = {};
    const names: string[] = [];
    for (let i = 0; i < 50; i++) {
      names.push(`v${i}.json`);
      files[`v${i}.json`] = {
        format: 'plastic-line-village',
        version: 1,
        id: `v${i}`,
        name: `Village ${i}`,
        groups: [{ id: 'film', households: 10 + i, scenario: FILM, adoption: { measures: ['bricks-instead-of-burning'], share: 0.5 } }],
      };
    }
    files['province.json'] = { format: 'plastic-line-province', version: 1, id: 'p', name: 'Fifty villages', villages: names };
    const dir = tmp(files);
    const r = simulate(join(dir, 'province.json'), '--village', '--mc', '200');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.villages).toHaveLength(50);
    // Σ (10 + i) for i < 50 = 500 + 1,225 = 1,725 households of one line.
    expect(doc.households).toBe(1725);
    const perLine = doc.villages[0].groups[0].baseline['pcddf.total'];
    expect(doc.adoptionCurve[0].totals['pcddf.total']).toBeCloseTo(1725 * perLine, 3);
    expect(doc.uncertainty.draws).toBe(200);
    // One line everywhere and factors drawn once for the province: every draw is 1,725 × the line's.
    expect(doc.uncertainty.before['pcddf.total'].p50 / doc.villages[0].uncertainty.before['pcddf.total'].p50).toBeCloseTo(1725 / 10, 9);
  });

  it('adds up several village files given on the command line', () => {
    const r = simulate(MINH_KHAI, join('fixtures', 'villages', 'phan-boi.json'), '--village', '--table');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 villages/);
    expect(r.stdout).toMatch(/^province +680 /m);
  });
});

describe('npm run simulate -- --village: errors', () => {
  const bad = {
    format: 'plastic-line-village',
    version: 1,
    id: 'bad',
    name: 'Bad',
    groups: [
      { id: 'film', name: 'Film lines', households: -1, scenario: FILM, adoption: { measures: ['no-such'], share: 2 } },
      { id: 'rigid', households: 1, scenario: 'missing.json' },
    ],
  };

  it('prints every problem, one per line, naming the file, the group and the field (exit 2)', () => {
    const dir = tmp({ 'bad.json': bad });
    const file = join(dir, 'bad.json');
    const r = simulate(file, '--village');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `${file}: group "film" (Film lines), number of households [/groups/0/households]: must be more than 0; got -1`,
      `${file}: group "film" (Film lines), adoption share [/groups/0/adoption/share]: must be at most 1; got 2`,
    ]);
    const vi = simulate(file, '--village', '--lang', 'vi');
    expect(vi.stderr.trim().split('\n')[0]).toBe(`${file}: nhóm "film" (Film lines), số hộ [/groups/0/households]: phải lớn hơn 0; giá trị hiện tại: -1`);
  });

  it('names unknown measures and missing scenario files once the structure is right', () => {
    const dir = tmp({ 'bad.json': { ...bad, groups: [{ ...bad.groups[0], households: 1, adoption: { measures: ['no-such'], share: 1 } }, bad.groups[1]] } });
    const r = simulate(join(dir, 'bad.json'), '--village');
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /bad\.json: group "film" \(Film lines\), adoption measure 1 \[\/groups\/0\/adoption\/measures\/0\]: the measures catalogue has no measure "no-such"/,
    );
    expect(lines[1]).toMatch(/bad\.json: group "rigid", scenario .*\[\/groups\/1\/scenario\]: the file missing\.json was not found/);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('exits with 1 when only files are missing, or an option is wrong', () => {
    const dir = tmp({ 'v.json': { ...bad, groups: [bad.groups[1]] } });
    const missingScenario = simulate(join(dir, 'v.json'), '--village');
    expect(missingScenario.code).toBe(1);
    expect(missingScenario.stderr.trim().split('\n')).toHaveLength(1);
    expect(simulate('no/such/village.json', '--village')).toMatchObject({ code: 1 });
    expect(simulate(MINH_KHAI, '--village', '--mc', '1').code).toBe(1);
    expect(simulate(MINH_KHAI, '--village', '--seed', '3').stderr).toMatch(/--seed needs --mc/);
    expect(simulate(MINH_KHAI, '--village', '--compare', MINH_KHAI).stderr).toMatch(/cannot be used with --village/);
    const twice = simulate(MINH_KHAI, MINH_KHAI, '--village');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/the id "minh-khai-village" is already used by/);
    const notJson = tmp({ 'v.json': '{ "format": ' });
    expect(simulate(join(notJson, 'v.json'), '--village').code).toBe(2);
  });
});
