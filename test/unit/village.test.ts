// The village engine (MODEL.md 8) on a two-group village worked out by hand: totals with and
// without adoption, a fractional household count, the adoption curve, both release methods,
// g TEQ next to the national figure, the inventory rows and what is not quantified.
import { describe, expect, it } from 'vitest';
import { computeVillage, ADOPTION_SHARES } from '../../web/shared/analysis/village.ts';
import { core, TEST_LIBRARY } from './helpers.ts';
import { line, resolved, village } from './village-helpers.ts';

const NATIONAL = { nationalOpenBurningGTeqPerYear: 22.6, source: 'test: the national figure of reference/DATA.md', status: 'R' };

async function run(doc: unknown) {
  return computeVillage(await core(), TEST_LIBRARY, await resolved(doc));
}

describe('a two-group village, by hand (lines "one" and "two" of village-helpers.ts)', () => {
  // Group A: 2 households of line one (400 µg TEQ air per line), 25 % adopting landfill-instead (0 µg).
  // Group B: 1.5 households (fractional) of line two (800 µg), no adoption.
  const doc = village(
    [
      { id: 'a', name: 'Group A', households: 2, scenario: line('one', 1), adoption: { measures: ['landfill-instead'], share: 0.25 } },
      { id: 'b', households: 1.5, lineType: 'rigid', scenario: line('two', 2) },
    ],
    { context: NATIONAL },
  );

  it('adds up households × ((1 − share) × baseline + share × adopted)', async () => {
    const r = await run(doc);
    // PCDD/F to air: A = 2 × (0.75 × 400 + 0.25 × 0) = 600; B = 1.5 × 800 = 1,200; village 1,800.
    expect(r.groups[0].totals['pcddf.air']).toBeCloseTo(600, 9);
    expect(r.groups[1].totals['pcddf.air']).toBeCloseTo(1200, 9);
    expect(r.totals['pcddf.air']).toBeCloseTo(1800, 9);
    // PCDD/F total (air 40 + land 1 per t): A = 2 × 0.75 × 410 = 615; B = 1.5 × 820 = 1,230; 1,845.
    expect(r.totals['pcddf.total']).toBeCloseTo(1845, 9);
    // Plastic burned: A = 2 × 0.75 × 10 = 15 t; B = 1.5 × 20 = 30 t; 45 t.
    expect(r.totals['mass.burnedPlasticT']).toBeCloseTo(45, 9);
    // Product does not depend on where the rejects go: 2 × 90 + 1.5 × 180 = 450 t.
    expect(r.totals['mass.productT']).toBeCloseTo(450, 9);
    // Feed: 2 × 100 + 1.5 × 200 = 500 t/yr.
    expect(r.totals['mass.feedT']).toBeCloseTo(500, 9);
    expect(r.households).toBe(3.5);
  });

  it('keeps each line per household and says what each group adopted', async () => {
    const r = await run(doc);
    const [a, b] = r.groups;
    expect(a).toMatchObject({ id: 'a', name: 'Group A', households: 2, share: 0.25, measures: ['landfill-instead'], scenario: null, scenarioId: 'one' });
    expect(a.baseline['pcddf.air']).toBeCloseTo(400, 9);
    expect(a.adopted!['pcddf.air']).toBe(0);
    expect(b).toMatchObject({ id: 'b', name: 'b', lineType: 'rigid', share: 0, measures: [], adopted: null, adoptedByMethod: null });
    expect(b.baseline['pcddf.air']).toBeCloseTo(800, 9);
  });

  it('gives the adoption curve at 0, 0.1, …, 1 with every group at that share', async () => {
    const r = await run(doc);
    expect(r.adoptionCurve.map((p) => p.share)).toEqual(ADOPTION_SHARES);
    expect(ADOPTION_SHARES).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    // s = 0: 2 × 400 + 1.5 × 800 = 2,000; s = 0.5: 2 × 200 + 1,200 = 1,600; s = 1: 0 + 1,200 (B cannot adopt).
    expect(r.adoptionCurve[0].totals['pcddf.air']).toBeCloseTo(2000, 9);
    expect(r.adoptionCurve[5].totals['pcddf.air']).toBeCloseTo(1600, 9);
    expect(r.adoptionCurve[10].totals['pcddf.air']).toBeCloseTo(1200, 9);
    // s = 0.3: 2 × 0.7 × 400 + 1,200 = 1,760.
    expect(r.adoptionCurve[3].totals['pcddf.air']).toBeCloseTo(1760, 9);
  });

  it('reports the dioxin figures under both release methods from the same run', async () => {
    const r = await run(doc);
    // Chlorine-adjusted air: line one 400 × 56.73 = 22,692; A = 2 × 0.75 × 22,692 = 34,038;
    // B = 1.5 × 45,384 = 68,076; village 102,114. The Toolkit figure is the headline one here.
    expect(r.totalsByMethod.chlorineAdjusted.pcddfAir).toBeCloseTo(102114, 6);
    expect(r.totalsByMethod.toolkit.pcddfAir).toBeCloseTo(1800, 9);
    expect(r.releaseMethods).toEqual(['toolkit']);
    expect(r.groups[0].baselineByMethod.chlorineAdjusted.pcddfAir).toBeCloseTo(22692, 6);
  });

  it('adds up the chosen method: a chlorine-adjusted group counts its adjusted figure', async () => {
    const adjusted = village([
      { id: 'a', households: 2, scenario: line('one', 1, { releases: { method: 'chlorineAdjusted' } }) },
      { id: 'b', households: 1.5, scenario: line('two', 2) },
    ]);
    const r = await run(adjusted);
    // A: 2 × 22,692 = 45,384 (chlorine-adjusted); B: 1.5 × 800 = 1,200 (Toolkit); 46,584.
    expect(r.totals['pcddf.air']).toBeCloseTo(46584, 6);
    expect(r.releaseMethods).toEqual(['toolkit', 'chlorineAdjusted']);
    // Under the Toolkit method alone: 2 × 400 + 1,200 = 2,000.
    expect(r.totalsByMethod.toolkit.pcddfAir).toBeCloseTo(2000, 9);
  });

  it('gives PCDD/F in g TEQ per year and as a share of the national figure', async () => {
    const r = await run(doc);
    // 1,845 µg = 0.001845 g; 0.001845 / 22.6 = 8.1637e-5. Before (s = 0): 2 × 410 + 1,230 = 2,050 µg.
    expect(r.pcddfGTeqPerYear.withAdoption.total).toBeCloseTo(0.001845, 12);
    expect(r.pcddfGTeqPerYear.before.total).toBeCloseTo(0.00205, 12);
    expect(r.pcddfGTeqPerYear.allAdopted.total).toBeCloseTo(0.00123, 12);
    // All of it is open burning, Toolkit 6b.
    expect(r.pcddfGTeqPerYear.withAdoption.openBurning).toBeCloseTo(0.001845, 12);
    expect(r.national!.shareOfNational.withAdoption).toBeCloseTo(0.001845 / 22.6, 15);
    expect(r.national!.nationalOpenBurningGTeqPerYear).toBe(22.6);
    expect(r.national!.source).toBe(NATIONAL.source);
  });

  it('lists the inventory in the Toolkit layout: activity, factor per vector, release', async () => {
    const r = await run(doc);
    expect(r.inventory.map((row) => row.source)).toEqual(['openBurning']);
    const row = r.inventory[0];
    // Activity: 2 × 0.75 × 10 + 1.5 × 20 = 45 t; air 1,800 µg → 0.0018 g and 40 µg/t; land 45 µg, 1 µg/t.
    expect(row).toMatchObject({ toolkitGroup: '6', category: '6b', activityUnit: 't/yr' });
    expect(row.activity).toBeCloseTo(45, 9);
    expect(row.emissionFactor).toEqual({ air: 40, water: 'ND', land: 1, product: null, residue: null });
    expect(row.releaseGTeqPerYear.air).toBeCloseTo(0.0018, 12);
    expect(row.releaseGTeqPerYear.total).toBeCloseTo(0.001845, 12);
  });

  it('lists everything not quantified in any line, the adoptable ones included', async () => {
    const r = await run(doc);
    expect(r.notQuantified).toContain('HCB (open burning)');
    expect(r.notQuantified).toContain('PCDD/F to water (open burning)');
    expect(new Set(r.notQuantified).size).toBe(r.notQuantified.length);
    expect(r.notQuantifiedItems).toHaveLength(r.notQuantified.length);
  });
});

describe('a village without adoption', () => {
  it('is Σ households × baseline, with no adopted lines and a flat adoption curve', async () => {
    const r = await run(
      village([
        { id: 'a', households: 2, scenario: line('one', 1) },
        { id: 'b', households: 0.5, scenario: line('two', 2) },
      ]),
    );
    // 2 × 400 + 0.5 × 800 = 1,200 at every share; no national context, no share of it.
    expect(r.totals['pcddf.air']).toBeCloseTo(1200, 9);
    for (const p of r.adoptionCurve) expect(p.totals['pcddf.air']).toBeCloseTo(1200, 9);
    expect(r.groups.every((g) => g.adopted === null)).toBe(true);
    expect(r.national).toBeNull();
    expect(r.format).toBe('plastic-line-village-result');
  });

  it('treats an adoption with no measures as no change', async () => {
    const r = await run(village([{ id: 'a', households: 3, scenario: line('one', 1), adoption: { measures: [], share: 0.6 } }]));
    // 3 × (0.4 × 400 + 0.6 × 400) = 1,200.
    expect(r.totals['pcddf.air']).toBeCloseTo(1200, 9);
  });
});
