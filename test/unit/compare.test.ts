// The comparison engine (MODEL.md section 6): payback, NPV and Shapley attribution against values
// worked out by hand, and the efficiency property (Shapley values sum to the total change) on
// the real core.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compare, compareMany, ComparisonError, netPresentValue, paybackYears, shapleyValues, shapleyWeights } from '../../web/shared/analysis/compare.ts';
import { loadCatalogue, resolveVariant, type Measure } from '../../web/shared/analysis/measures.ts';
import { HEADLINE_FIGURES, type HeadlineFigure } from '../../web/shared/model/result-types.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { core, scenario, TEST_LIBRARY } from './helpers.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
const catalogue = loadCatalogue(fixture('measures.json'));

/** |a − b| small relative to the size of the figures involved. */
function expectClose(a: number, b: number, scale = Math.max(1, Math.abs(b))) {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * scale);
}

describe('payback and NPV', () => {
  it('payback = capex / Δprofit, null when Δprofit ≤ 0', () => {
    // 300 / 100 = 3 years; 0 / 50 = 0 years.
    expect(paybackYears(300, 100)).toBe(3);
    expect(paybackYears(0, 50)).toBe(0);
    expect(paybackYears(300, 0)).toBeNull();
    expect(paybackYears(300, -10)).toBeNull();
  });

  it('NPV = −capex + Σ Δprofit/(1+d)^y', () => {
    // d = 0.10, L = 3: 1/1.1 + 1/1.21 + 1/1.331 = 0.9090909091 + 0.8264462810 + 0.7513148009
    // = 2.4868519910, so NPV = −300 + 100 × 2.4868519910 = −51.3148009.
    expect(netPresentValue(300, 100, 0.1, 3)).toBeCloseTo(-51.3148009, 6);
    // d = 0: NPV = −300 + 5 × 100 = 200.
    expect(netPresentValue(300, 100, 0, 5)).toBe(200);
    // No horizon (no measures): NPV = −capex.
    expect(netPresentValue(0, 100, 0.1, 0)).toBe(0);
    // A loss is discounted too: −1000 − 1000 × (0.9090909091 + 0.8264462810 + 0.7513148009 +
    // 0.6830134554 = 3.1698654463) = −4169.8654463.
    expect(netPresentValue(1000, -1000, 0.1, 4)).toBeCloseTo(-4169.8654463, 6);
  });
});

describe('Shapley values (synthetic game)', () => {
  it('weights s!(n−s−1)!/n! for n = 3 are 1/3, 1/6, 1/3', () => {
    const w = shapleyWeights(3);
    expect(w[0]).toBeCloseTo(1 / 3, 15);
    expect(w[1]).toBeCloseTo(1 / 6, 15);
    expect(w[2]).toBeCloseTo(1 / 3, 15);
  });

  it('additive terms go to their player, interaction terms are shared; order matters', () => {
    // Players A (bit 0), B (bit 1), C (bit 2). Figure 1:
    //   f(S) = 10a + 20b + 30c + 12ab − 6ac + 18abc
    // A's marginal contribution depends on the order: 10 when A comes first, 10 + 12 − 6 + 18 = 34
    // when it comes last. By hand, φ_A = Σ_{S ⊆ {B,C}} w(|S|) (f(S∪A) − f(S)):
    //   S = ∅:    1/3 × (10 − 0)  = 3.3333
    //   S = {B}:  1/6 × (42 − 20) = 3.6667
    //   S = {C}:  1/6 × (34 − 30) = 0.6667
    //   S = {BC}: 1/3 × (84 − 50) = 11.3333      → φ_A = 19
    // and by sharing: A = 10 + 12/2 − 6/2 + 18/3 = 19, B = 20 + 6 + 6 = 32, C = 30 − 3 + 6 = 33;
    // 19 + 32 + 33 = 84 = f(ABC) − f(∅).
    // Figure 2: g(S) = 3abc, shared equally: 1 each.
    const calls: number[] = [];
    const f = (mask: number) => {
      calls.push(mask);
      const a = mask & 1 ? 1 : 0;
      const b = mask & 2 ? 1 : 0;
      const c = mask & 4 ? 1 : 0;
      return [10 * a + 20 * b + 30 * c + 12 * a * b - 6 * a * c + 18 * a * b * c, 3 * a * b * c];
    };
    const phi = shapleyValues(3, f);
    expect(phi[0][0]).toBeCloseTo(19, 12);
    expect(phi[1][0]).toBeCloseTo(32, 12);
    expect(phi[2][0]).toBeCloseTo(33, 12);
    expect(phi.map((p) => p[1])).toEqual([expect.closeTo(1, 12), expect.closeTo(1, 12), expect.closeTo(1, 12)]);
    // Each of the 2^3 subsets is evaluated exactly once.
    expect(calls.sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('is empty without players', () => {
    expect(shapleyValues(0, () => [1])).toEqual([]);
  });
});

describe('compare on the real core (hand-worked line)', () => {
  // 100 t/yr of pure PE (1 t/day × 100 days); one sorting unit removes 10 % of the PE to the
  // rejects: 10 t. Routes: 5 t open burning, 5 t dumped, of which 40 % (2 t) burn in dump fires.
  // Test library: open burning 40 µg/t to air, 1 to land; dump fire 300 to air, 10 to land.
  // Landfill fee 100 per tonne; all other prices 0.
  const line = (): Scenario =>
    scenario({
      units: [{ id: 'u1', type: 'sorting', removal: { PE: { fraction: 0.1, to: 'rejects' } } }],
      residues: { plasticRoutes: { openBurning: 0.5, dumping: 0.5 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0.4 },
      prices: { landfillFeePerTonne: 100, productPerTonne: 200 },
      discountRate: 0.05,
    } as never);
  const m = (id: string, capex: number, lifetimeYears: number, patch: Measure['patch']): Measure => ({
    id,
    kind: 'BEP',
    name: id,
    description: id,
    source: 'test',
    status: 'E',
    capex,
    lifetimeYears,
    patch,
  });
  // M1 takes the openly burned plastic to landfill, M2 the dumped plastic; M3 halves dump fires.
  const M1 = m('burned-to-landfill', 500, 2, [{ op: 'transfer', from: '/residues/plasticRoutes/openBurning', path: '/residues/plasticRoutes/landfill' }]);
  const M2 = m('dumped-to-landfill', 300, 4, [{ op: 'transfer', from: '/residues/plasticRoutes/dumping', path: '/residues/plasticRoutes/landfill' }]);
  const M3 = m('fewer-dump-fires', 200, 3, [{ op: 'multiply', path: '/residues/dumpFireFraction', value: 0.5 }]);

  it('attributes the PCDD/F change by Shapley values worked out by hand', async () => {
    // PCDD/F air (µg TEQ) of each subset: open burning 5 × 40 = 200; dump fires 2 × 300 = 600.
    //   f(∅) = 800, f(1) = 600, f(2) = 200, f(3) = 200 + 1 × 300 = 500,
    //   f(12) = 0, f(13) = 300, f(23) = 200, f(123) = 0.
    // M1 is additive: φ1 = −200 in every order. M2 and M3 interact (halving fires is worth −300
    // before M2 and nothing after it), so on the dump part v(∅) = 600, v(2) = 0, v(3) = 300,
    // v(23) = 0: φ3 = ½[(300 − 600) + (0 − 0)] = −150, φ2 = ½[(0 − 600) + (0 − 300)] = −450.
    // Sum −800 = f(123) − f(∅).
    // PCDD/F total adds land (5 × 1 + 2 × 10 = 25): φ1 = −205, φ2 = −465, φ3 = −155 (sum −825).
    // Profit: landfilled tonnes × 100. f(∅) = 19,000 (90 t × 200 product), f(123) = 19,000 − 1,000.
    //   φ1 = −500 (5 t always), dump part costs v(2) = v(23) = −500, v(3) = v(∅) = 0:
    //   φ2 = ½(−500 + −500) = −500, φ3 = 0.
    // Capex 500 + 300 + 200 = 1000; L = 4 (M2); Δprofit −1000 → no payback; d = 0.05 from the
    // scenario: 1/1.05 + 1/1.1025 + 1/1.157625 + 1/1.21550625 = 0.952380952 + 0.907029478 +
    // 0.863837599 + 0.822702475 = 3.545950504, NPV = −1000 − 1000 × 3.545950504 = −4545.950504.
    const doc = compare(await core(), TEST_LIBRARY, { before: line(), measures: [M3, M1, M2] }, { catalogue: [M1, M2, M3] });
    expect(doc.format).toBe('plastic-line-comparison');
    expect(doc.measures).toEqual(['burned-to-landfill', 'dumped-to-landfill', 'fewer-dump-fires']);
    expectClose(doc.before.pcddf.air, 800);
    expectClose(doc.after.pcddf.air, 0);
    expectClose(doc.difference['pcddf.air'], -800);
    expectClose(doc.percentChange['pcddf.air']!, -100);
    expectClose(doc.attribution['burned-to-landfill']['pcddf.air'], -200);
    expectClose(doc.attribution['dumped-to-landfill']['pcddf.air'], -450);
    expectClose(doc.attribution['fewer-dump-fires']['pcddf.air'], -150);
    expectClose(doc.attribution['burned-to-landfill']['pcddf.total'], -205);
    expectClose(doc.attribution['dumped-to-landfill']['pcddf.total'], -465);
    expectClose(doc.attribution['fewer-dump-fires']['pcddf.total'], -155);
    expectClose(doc.attribution['burned-to-landfill']['economics.profit'], -500);
    expectClose(doc.attribution['dumped-to-landfill']['economics.profit'], -500);
    expectClose(doc.attribution['fewer-dump-fires']['economics.profit'], 0);
    expect(doc.capex).toBe(1000);
    expect(doc.horizonYears).toBe(4);
    expect(doc.discountRate).toBe(0.05);
    expect(doc.paybackYears).toBeNull();
    expect(doc.npv).toBeCloseTo(-4545.950504, 5);
    // bricks.count is 0 before: no percentage.
    expect(doc.percentChange['bricks.count']).toBeNull();
  });

  it('payback and NPV with a profitable measure', async () => {
    // Halving the sorting losses keeps 5 t more product: +5 × 200 = +1000 a year; the rejects
    // go to burning and dumping, which cost nothing here. Capex 3000: payback 3 years; L = 5,
    // d = 0.05: annuity 0.952380952 + 0.907029478 + 0.863837599 + 0.822702475 + 0.783526166 =
    // 4.329476670, NPV = −3000 + 4329.476670 = 1329.476670.
    const better = m('better-sorting', 3000, 5, [{ op: 'multiply', path: '/units/[id=u1]/removal/PE/fraction', value: 0.5 }]);
    const doc = compare(await core(), TEST_LIBRARY, { before: line(), measures: [better] });
    expectClose(doc.difference['economics.profit'], 1000);
    expectClose(doc.difference['mass.productT'], 5);
    expectClose(doc.paybackYears!, 3);
    expect(doc.npv).toBeCloseTo(1329.47667, 4);
    // One measure: its Shapley value is the whole change.
    for (const k of HEADLINE_FIGURES) expectClose(doc.attribution['better-sorting'][k], doc.difference[k], Math.max(1, Math.abs(doc.before.mass.productT)));
  });

  it('compares two scenarios without measures: no capex, payback or attribution', async () => {
    const before = line();
    const after = { ...line(), id: 'other', residues: { plasticRoutes: { landfill: 1 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0.4 } } as Scenario;
    const doc = compare(await core(), TEST_LIBRARY, [before, after]);
    expect(doc.measures).toEqual([]);
    expect(doc.attribution).toEqual({});
    expect(doc.capex).toBe(0);
    expect(doc.paybackYears).toBeNull();
    expect(doc.npv).toBe(0);
    expectClose(doc.difference['pcddf.total'], -825);
    expect(doc.after.scenarioId).toBe('other');
  });

  it('refuses an after scenario that is not the baseline with the measures', async () => {
    const other = { ...line(), feed: { tonnesPerDay: 2, composition: { PE: 1 } } } as Scenario;
    const c = await core();
    expect(() => compare(c, TEST_LIBRARY, { before: line(), after: other, measures: [M1] })).toThrow(/is not the before scenario/);
  });

  it('refuses more than 12 measures by count, and attributes 12 exactly however slow the machine', async () => {
    const c = await core();
    const many = Array.from({ length: 13 }, (_, i) => m(`m${i}`, 0, 1, [{ op: 'test', path: '/version', value: 1 }]));
    expect(() => compare(c, TEST_LIBRARY, { before: line(), measures: many })).toThrow(ComparisonError);
    // 2^13 = 8,192 runs; the limit is 12 measures = 4,096 runs.
    expect(() => compare(c, TEST_LIBRARY, { before: line(), measures: many })).toThrow(
      'exact attribution over 13 measures would need 8,192 simulation runs; choose at most 12 measures (4,096 runs)',
    );
    // Twelve measures that change nothing: 4,096 runs, every attribution exactly 0, no timing.
    const doc = compare(c, TEST_LIBRARY, { before: line(), measures: many.slice(0, 12) });
    expect(Object.keys(doc.attribution)).toHaveLength(12);
    expect(doc.attribution.m11['pcddf.total']).toBe(0);
  });
});

describe('compare on the village fixtures', () => {
  const library = loadEfLibrary();
  const load = (p: string) => fixture(`scenarios/${p}`);

  it('Shapley values sum to the total change for every headline figure (Minh Khai pair)', async () => {
    const resolved = await resolveVariant(fixture('scenarios/minh-khai-after.json'), load, catalogue);
    const doc = compare(await core(), library, { before: resolved.baseline, after: resolved.scenario, measures: resolved.measures }, { catalogue });
    expect(doc.after.scenarioId).toBe('minh-khai-after');
    expect(Object.keys(doc.attribution)).toEqual(doc.measures);
    for (const k of HEADLINE_FIGURES) {
      const sum = doc.measures.reduce((s, id) => s + doc.attribution[id][k], 0);
      expectClose(sum, doc.difference[k], Math.max(1, figureScale(doc, k)));
    }
  });

  it('order matters on the real line: the LPG burner raises PCDD/F alone but lowers it after bricks', async () => {
    // Alone, moving the dryer's plastic from the furnace (40 µg/t) to the routes (60 % open
    // burning at 40 µg/t, 40 % dumped with 30 % dump fires at 300 µg/t: 0.6 × 40 + 0.4 × 0.3 × 300
    // = 60 µg per tonne) raises PCDD/F; with bricks taking the routes it removes the furnace's 40.
    const ids = ['no-plastic-fuel-lpg', 'bricks-instead-of-burning'];
    const measures = catalogue.filter((x) => ids.includes(x.id));
    const before = load('minh-khai-before.json') as Scenario;
    const c = await core();
    const alone = compare(c, library, { before, measures: measures.slice(0, 1) }, { catalogue });
    const both = compare(c, library, { before, measures }, { catalogue });
    const bricksOnly = compare(c, library, { before, measures: measures.slice(1) }, { catalogue });
    const lpgFirst = alone.difference['pcddf.air'];
    const lpgAfterBricks = both.after.pcddf.air - bricksOnly.after.pcddf.air;
    expect(lpgFirst).toBeGreaterThan(0);
    expect(lpgAfterBricks).toBeLessThan(0);
    // Two players: φ_LPG = ½ (lpgFirst + lpgAfterBricks).
    expectClose(both.attribution['no-plastic-fuel-lpg']['pcddf.air'], (lpgFirst + lpgAfterBricks) / 2, 1e3);
  });

  it('compareMany compares every scenario with the first', async () => {
    const before = load('minh-khai-before.json') as Scenario;
    const resolved = await resolveVariant(fixture('scenarios/minh-khai-after.json'), load, catalogue);
    const set = compareMany(await core(), library, [before, resolved.scenario, { measures: catalogue.filter((x) => x.id === 'sanitary-landfill') }], {
      catalogue,
    });
    expect(set.comparisons).toHaveLength(2);
    expect(set.scenarioIds).toEqual(['minh-khai-before', 'minh-khai-after', 'minh-khai-before-after']);
    expect(set.comparisons[0].attribution).toEqual({});
    expect(Object.keys(set.comparisons[1].attribution)).toEqual(['sanitary-landfill']);
  });
});

function figureScale(doc: { before: unknown; after: unknown }, k: HeadlineFigure): number {
  const get = (r: unknown) => k.split('.').reduce<unknown>((o, s) => (o as Record<string, unknown>)[s], r) as number;
  return Math.max(Math.abs(get(doc.before)), Math.abs(get(doc.after)));
}
