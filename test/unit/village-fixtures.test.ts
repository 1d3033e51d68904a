// The village fixtures (fixtures/villages/) and the rigid-line scenario they add: valid, every
// number with a source and status, and the figures of reference/DATA.md §2 they are built from.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../web/shared/model/scenario-schema.ts';
import { computeVillage } from '../../web/shared/analysis/village.ts';
import { resolveVillage } from '../../web/shared/analysis/village-load.ts';
import { loadCatalogue } from '../../web/shared/analysis/measures.ts';
import { validateProvince, validateVillage } from '../../web/shared/analysis/village-schema.ts';
import { loadCoreNode, loadEfLibrary } from '../../web/cli/load-core-node.ts';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));
const VILLAGES = ['fixtures/villages/minh-khai.json', 'fixtures/villages/minh-khai-pilot.json', 'fixtures/villages/phan-boi.json'];
const PILOT_MEASURES: string[] = readJson('fixtures/scenarios/minh-khai-after.json').measures;

/** JSON Pointers of every number, except in `provenance` and `version`. */
function numberPointers(node: unknown, pointer = ''): string[] {
  if (typeof node === 'number') return [pointer];
  if (Array.isArray(node)) return node.flatMap((v, i) => numberPointers(v, `${pointer}/${i}`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => (pointer === '' && (k === 'provenance' || k === 'version') ? [] : numberPointers(v, `${pointer}/${k}`)));
  }
  return [];
}

async function run(file: string) {
  const dir = path.dirname(path.join(root, file));
  const reader = { readText: (p: string) => (fs.existsSync(path.resolve(dir, p)) ? fs.readFileSync(path.resolve(dir, p), 'utf8') : null) };
  const r = await resolveVillage(readJson(file), { reader, catalogue: loadCatalogue(readJson('fixtures/measures.json')) });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  expect(r.warnings).toEqual([]);
  return { resolved: r.village, doc: computeVillage(await loadCoreNode(), loadEfLibrary(), r.village) };
}

describe.each(VILLAGES)('%s', (file) => {
  const doc = readJson(file);

  it('passes the village schema and resolves without warnings', async () => {
    const v = validateVillage(doc);
    expect(v.ok ? [] : v.errors).toEqual([]);
    expect(v.warnings).toEqual([]);
    await run(file);
  });

  it('gives a source and status for every number, and no provenance entry points at nothing', () => {
    const numbers = numberPointers(doc);
    const keys = Object.keys(doc.provenance);
    expect(numbers.filter((p) => !keys.includes(p))).toEqual([]);
    expect(keys.filter((k) => !numbers.includes(k))).toEqual([]);
    for (const entry of Object.values<{ source: string; status: string }>(doc.provenance)) {
      expect(entry.source.length).toBeGreaterThan(20);
      expect(['R', 'M', 'D', 'E']).toContain(entry.status);
    }
  });

  it("sets itself against Viet Nam's open-burning inventory, 22.6 g TEQ/yr (R)", () => {
    expect(doc.context).toMatchObject({ nationalOpenBurningGTeqPerYear: 22.6, status: 'R', period: '2007–2012' });
    expect(doc.provenance['/context/nationalOpenBurningGTeqPerYear'].status).toBe('R');
    expect(doc.description).toMatch(/DATA\.md/);
  });
});

describe('Minh Khai from the figures of DATA.md §2', () => {
  it('has 580 facilities handling 850 t/day: film lines of 2 t/day and rigid lines of 1 t/day', async () => {
    const { resolved, doc } = await run('fixtures/villages/minh-khai.json');
    const groups = resolved.groups;
    // > 580 active facilities (UNDP 2025, R); 700–1,000 t/day (UNDP 2025, R), 850 at the midpoint (D).
    expect(groups.reduce((s, g) => s + g.households, 0)).toBe(580);
    expect(groups.reduce((s, g) => s + g.households * g.baseline.feed.tonnesPerDay, 0)).toBe(850);
    expect(groups.map((g) => [g.lineType, g.baseline.feed.tonnesPerDay])).toEqual([
      ['film', 2],
      ['rigid', 1],
    ]);
    // 850 t/day × 300 days.
    expect(doc.totals['mass.feedT']).toBeCloseTo(255_000, 6);
    // Plastic rejects ≈ 75 t/day: in the band of 60–70 t/day at 600–650 t/day (2024, R) scaled to 850 (D).
    const rejectsPerDay = doc.totals['mass.rejectsT.plastic'] / 300;
    expect(rejectsPerDay).toBeGreaterThan(60);
    expect(rejectsPerDay).toBeLessThan(95);
    // Every group may adopt the pilot's measures, none has yet.
    for (const g of groups) expect(g).toMatchObject({ share: 0, measures: PILOT_MEASURES });
    expect(readJson('fixtures/villages/minh-khai.json').provenance['/groups/0/households'].status).toBe('D');
  });
});

describe('The UNIDO/GEF pilot as an adoption scenario', () => {
  it('has two new lines and a bricks line among the 270 film lines, with the measures of minh-khai-after', async () => {
    const { resolved, doc } = await run('fixtures/villages/minh-khai-pilot.json');
    const byId = new Map(resolved.groups.map((g) => [g.id, g]));
    expect(byId.get('pilot-new-lines')).toMatchObject({ households: 2, share: 1, measures: PILOT_MEASURES.filter((m) => m !== 'bricks-instead-of-burning') });
    expect(byId.get('pilot-bricks-line')).toMatchObject({ households: 1, share: 1, measures: ['bricks-instead-of-burning'] });
    const film = resolved.groups.filter((g) => g.lineType === 'film').reduce((s, g) => s + g.households, 0);
    expect(film).toBe(270);
    // The pilot lowers the village's PCDD/F a little (3 of 580 lines) and makes bricks.
    expect(doc.totals['pcddf.total']).toBeLessThan(doc.adoptionCurve[0].totals['pcddf.total']);
    expect(doc.totals['bricks.count']).toBeGreaterThan(0);
  });
});

describe('Phan Boi says its figures are assumed', () => {
  it('marks the household count and the share E, and its description says no data exists', () => {
    const doc = readJson('fixtures/villages/phan-boi.json');
    expect(doc.description).toMatch(/no quantitative data/i);
    expect(doc.provenance['/groups/0/households'].status).toBe('E');
    expect(doc.provenance['/groups/0/adoption/share'].status).toBe('E');
    expect(doc.groups[0].adoption.measures).toEqual(readJson('fixtures/scenarios/phan-boi-after.json').measures);
  });
});

describe('fixtures/villages/hung-yen.json', () => {
  it('is a valid province file listing both villages', () => {
    const r = validateProvince(readJson('fixtures/villages/hung-yen.json'));
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) expect(r.province.villages).toEqual(['minh-khai.json', 'phan-boi.json']);
  });
});

describe('fixtures/scenarios/minh-khai-rigid-before.json (an assumed line type)', () => {
  const doc = readJson('fixtures/scenarios/minh-khai-rigid-before.json');
  it('passes the schema and gives a source and status for every number', () => {
    const r = validateScenario(doc);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    const numbers = numberPointers(doc);
    const keys = Object.keys(doc.provenance);
    expect(numbers.filter((p) => !keys.includes(p))).toEqual([]);
    expect(keys.filter((k) => !numbers.includes(k))).toEqual([]);
  });

  it('says it is assumed, and marks its size and composition E', () => {
    expect(doc.description).toMatch(/ASSUMED \(status E\)/);
    expect(doc.provenance['/feed/tonnesPerDay'].status).toBe('E');
    for (const c of Object.keys(doc.feed.composition)) expect(doc.provenance[`/feed/composition/${c}`].status).toBe('E');
  });
});
