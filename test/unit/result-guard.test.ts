// The final guard after evaluation (issue 14): no figure reaches a user as ∞, NaN or null; the
// run is refused with a message naming the likeliest field. The two scenarios of the issue are
// run past the schema (which now refuses them) to show that the guard catches what would leak.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareMany, differenceOf } from '../../web/shared/analysis/compare.ts';
import { badFigureIssue, drawsIssue, findBadFigure, likeliestField, ResultGuardError } from '../../web/shared/model/result-guard.ts';
import { HEADLINE_FIGURES, type ResultDocument } from '../../web/shared/model/result-types.ts';
import { formatIssue, validateScenario, type Scenario } from '../../web/shared/model/scenario-schema.ts';
import { runScenario, simulateScenario } from '../../web/shared/model/simulate.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { core } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const minhKhai = () => JSON.parse(readFileSync(path.join(root, 'fixtures/scenarios/minh-khai-before.json'), 'utf8')) as Scenario;
const library = loadEfLibrary();

describe('findBadFigure', () => {
  it('finds the first number that is not finite, negative where amounts stand, or null outside the contract', () => {
    expect(findBadFigure({ pcddf: { air: 1, land: 2 } })).toBeNull();
    expect(findBadFigure({ pcddf: { air: Infinity } })).toEqual({ figure: '/pcddf/air', value: Infinity });
    expect(findBadFigure({ air: { co2FossilT: NaN } })).toMatchObject({ figure: '/air/co2FossilT' });
    // JSON.stringify writes ∞ and NaN as null: a null where the contract has none is refused…
    expect(findBadFigure({ pcddf: { air: null } })).toEqual({ figure: '/pcddf/air', value: null });
    // …but a unit without a capacity limit has capacity and utilisation null (MODEL.md decision).
    expect(findBadFigure({ mass: { bottleneckUnitId: null, units: [{ capacityT: null, utilization: null }] } })).toBeNull();
    // Profit may be negative; an emission may not.
    expect(findBadFigure({ economics: { profit: -5 } })).toBeNull();
    expect(findBadFigure({ pcddf: { air: -1e-3 } })).toEqual({ figure: '/pcddf/air', value: -1e-3 });
    expect(findBadFigure({ lo: -1 }, { checkNegative: false })).toBeNull();
  });
});

describe('likeliestField', () => {
  it('picks the number furthest from 1 on a log scale, those the figure depends on winning a near tie', () => {
    const s = {
      calendar: { daysPerYear: 300, hoursPerDay: 10 },
      feed: { tonnesPerDay: 2, pricePerTonne: 2e6 },
      units: [{ id: 'dry', heat: { MJPerTonne: 250, efficiency: 5e-324 } }],
      prices: { productPerTonne: 1.8e7, coalPerTonne: 3e6 },
    };
    // |log10 5e-324| = 323.3, far beyond the 7.26 of a price of 18,000,000.
    expect(likeliestField(s, '/pcddf/air')).toBe('/units/0/heat/efficiency');
    expect(likeliestField(s, '/economics/costBreakdown/coal')).toBe('/units/0/heat/efficiency');
    // Without it: product price 7.26 + 1 (profit depends on prices) beats days per year 2.48 + 1
    // and the feed price 6.3 + 1; for PCDD/F the feed price 6.3 + 1 beats the product price 7.26.
    s.units[0].heat.efficiency = 0.3;
    expect(likeliestField(s, '/economics/profit')).toBe('/prices/productPerTonne');
    expect(likeliestField(s, '/pcddf/air')).toBe('/feed/pricePerTonne');
  });
});

describe('the guard on every run of the core', () => {
  it('refuses heat.efficiency 5e-324 (PCDD/F to air was ∞, profit −∞) naming the furnace efficiency', async () => {
    const s = minhKhai() as unknown as { units: { heat?: { efficiency: number } }[] };
    s.units[3].heat!.efficiency = 5e-324;
    let thrown: unknown;
    try {
      runScenario(await core(), s as unknown as Scenario, library);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ResultGuardError);
    const issue = (thrown as ResultGuardError).issue;
    expect(issue).toMatchObject({ path: '/units/3/heat/efficiency', code: 'result_not_finite' });
    expect(issue.message).toMatch(
      /^units\/3\/heat\/efficiency \(furnace efficiency, Flake dryer \(plastic-fired\)\): the results cannot be shown: .* would be (Infinity|-Infinity|NaN), and this number is the likeliest cause; got 5e-324; check it against its accepted range$/,
    );
    expect(formatIssue(issue, 'vi')).toContain('hiệu suất lò');
  });

  it('refuses bricks.plasticMassFraction 5e-324 (infinite bricks) naming the plastic share of a brick', async () => {
    const s = minhKhai() as unknown as { bricks: { plasticMassFraction: number }; residues: { plasticRoutes: Record<string, number> } };
    s.bricks.plasticMassFraction = 5e-324;
    s.residues.plasticRoutes = { openBurning: 0.5, bricks: 0.5 };
    let thrown: unknown;
    try {
      runScenario(await core(), s as unknown as Scenario, library);
    } catch (e) {
      thrown = e;
    }
    expect((thrown as ResultGuardError).issue.path).toBe('/bricks/plasticMassFraction');
  });

  it('is what the schema now makes unreachable: both scenarios are refused before the core', () => {
    const s = minhKhai() as unknown as { units: { heat?: { efficiency: number } }[] };
    s.units[3].heat!.efficiency = 5e-324;
    const checked = validateScenario(s);
    expect(checked.ok ? [] : checked.errors.map((e) => [e.path, e.code])).toEqual([['/units/3/heat/efficiency', 'too_small']]);
  });

  it('lets simulateScenario answer { ok: false } instead of throwing', async () => {
    const outcome = simulateScenario(await core(), minhKhai(), library, validateScenario);
    expect(outcome.ok).toBe(true);
  });
});

describe('Monte Carlo draws', () => {
  it('names the first bad draw of a block with its figure', () => {
    // Two figures, one scenario: profit may be negative, the release may not be NaN.
    const values = [new Float64Array([1, 2]), new Float64Array([-3, -4]), new Float64Array([5, NaN]), new Float64Array([0, 0])];
    expect(drawsIssue(values.slice(0, 2), ['pcddf.air', 'economics.profit'], [minhKhai()])).toBeNull();
    const issue = drawsIssue(values, ['pcddf.air', 'economics.profit'], [minhKhai()])!;
    expect(issue.params).toMatchObject({ figure: 'pcddf/air', value: 'NaN' });
  });
});

describe('comparisons', () => {
  it('give no percentage where before is 0 or so small that the ratio is not a number', () => {
    // (1 − 5e-324) / 5e-324 × 100 overflows to ∞: null, as for a before of exactly 0.
    const doc = (air: number) => {
      const d: Record<string, Record<string, number>> = {};
      for (const k of HEADLINE_FIGURES) {
        const [a, b] = k.split('.');
        (d[a] ??= {})[b] = 1;
      }
      d.pcddf.air = air;
      return d as unknown as ResultDocument;
    };
    expect(differenceOf(doc(5e-324), doc(1)).percentChange['pcddf.air']).toBeNull();
    expect(differenceOf(doc(0), doc(1)).percentChange['pcddf.air']).toBeNull();
    // (1 − 2) / 2 × 100 = −50 %.
    expect(differenceOf(doc(2), doc(1)).percentChange['pcddf.air']).toBe(-50);
  });

  it('keep every figure of the fixtures finite', async () => {
    const set = compareMany(await core(), library, [minhKhai(), minhKhai()]);
    expect(findBadFigure(set, { nullAllowed: [/./] })).toBeNull();
    expect(badFigureIssue({ figure: '/x', value: null }, {}).path).toBe('');
  });
});
