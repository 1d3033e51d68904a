// Monte Carlo over a village (MODEL.md 8): emission factors drawn once per draw for the whole
// village, a group's own inputs once per draw for the group (paired in its before and after),
// blocks that merge bit for bit, and the adoption band B + s (A − B).
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { mergeBlocks } from '../../web/shared/analysis/mc-plan.ts';
import { HEADLINE_FIGURES } from '../../web/shared/model/result-types.ts';
import { buildUncertainInputs, pointerKey, runMonteCarlo, summarize } from '../../web/shared/analysis/uncertainty.ts';
import {
  groupInputKey,
  planVillageMonteCarlo,
  runVillageBlock,
  runVillageMonteCarlo,
  SERIES_ALL_ADOPTED,
  SERIES_BEFORE,
  SERIES_WITH_ADOPTION,
  summarizeVillageSeries,
  villageBlockSize,
  type VillageMcPlan,
} from '../../web/shared/analysis/village-mc.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { core } from './helpers.ts';
import { line, resolved, village } from './village-helpers.ts';

// The app's library: its factors carry the Toolkit's lognormal spreads (open burning air:
// median 40 µg TEQ/t, GSD 3.2). Line "one" burns 10 t of PVC in the open, so its PCDD/F to air
// is 10 × EF: one lognormal factor, median 400 µg TEQ/yr.
const LIBRARY = loadEfLibrary();
const AIR = HEADLINE_FIGURES.indexOf('pcddf.air');
const DRAWS = 20_000;
const SEED = 5;

async function plan(doc: unknown, independentGroups = false): Promise<VillageMcPlan> {
  const p = planVillageMonteCarlo(await resolved(doc), LIBRARY, { independentGroups });
  if (!p.ok) throw new Error(p.errors.map((e) => e.message).join('\n'));
  return p.plan;
}

/** (P95 − P5) / P50: the relative width of the band. */
const width = (s: { p5: number; p50: number; p95: number }) => (s.p95 - s.p5) / s.p50;

describe('one shared lognormal factor, identical groups', () => {
  // Two groups of 3 households each; each group's scenario is its own (inline) object, so the
  // engine computes them apart (no merging of identical lines can hide the rule).
  const doc = village([
    { id: 'north', households: 3, scenario: line('one', 1) },
    { id: 'south', households: 3, scenario: line('one', 1) },
  ]);

  async function singleLineP50(): Promise<{ p5: number; p50: number; p95: number }> {
    const s = line('one', 1);
    const compiled = compileScenario(s, LIBRARY);
    const block = runMonteCarlo(await core(), compiled, buildUncertainInputs(s, compiled), { draws: DRAWS, seed: SEED });
    return summarize(block.values[AIR]);
  }

  it("gives the village P50 = households × the single line's P50 (the factor is drawn once per village)", async () => {
    const p = await plan(doc);
    expect(p.units).toHaveLength(2);
    const single = await singleLineP50();
    // Median of 10 t × lognormal(40, 3.2) is 400 µg TEQ/yr (to sampling error).
    expect(single.p50).toBeGreaterThan(360);
    expect(single.p50).toBeLessThan(440);
    const values = runVillageMonteCarlo(await core(), p, DRAWS, SEED);
    const v = summarize(values[SERIES_BEFORE + AIR]);
    // Every draw is 3 x + 3 x = 6 x: the quantiles are 6 × the line's, up to rounding.
    expect(v.p50 / (6 * single.p50)).toBeCloseTo(1, 12);
    expect(v.p5 / (6 * single.p5)).toBeCloseTo(1, 12);
    expect(v.p95 / (6 * single.p95)).toBeCloseTo(1, 12);
    expect(width(v)).toBeCloseTo(width(single), 10);
  });

  it('would not with independent draws per group: the P50 moves and the band narrows', async () => {
    const single = await singleLineP50();
    const values = runVillageMonteCarlo(await core(), await plan(doc, true), DRAWS, SEED);
    const v = summarize(values[SERIES_BEFORE + AIR]);
    // The sum of two independent lognormals (σ = ln 3.2) has its median well above 2 medians,
    // and a relatively narrower band: the equality of the test above fails here.
    expect(Math.abs(v.p50 / (6 * single.p50) - 1)).toBeGreaterThan(0.1);
    expect(width(v)).toBeLessThan(0.85 * width(single));
  });
});

describe("keys: practice properties shared, a group's own inputs paired within the group", () => {
  const own = { uncertainty: [{ path: '/feed/composition/PVC', dist: { type: 'uniform', min: 0.05, max: 0.15 } }] };
  const doc = village([
    { id: 'a', households: 1, scenario: line('one', 1, own), adoption: { measures: ['landfill-instead'], share: 0.5 } },
    { id: 'b', households: 2, scenario: line('one', 1, own) },
  ]);

  it("keeps pointer keys for emission factors and gives group keys to the group's own inputs", async () => {
    const p = await plan(doc);
    const [a, b] = p.units;
    const keyOf = (inputs: readonly { pointer: string; key: number }[], pointer: string) => inputs.find((i) => i.pointer === pointer)!.key;
    const EF = '/emissionFactors/openBurning/pcddf/air';
    const PVC = '/feed/composition/PVC';
    // Practice property: one key everywhere.
    expect(keyOf(a.models[0].inputs, EF)).toBe(pointerKey(EF));
    expect(keyOf(a.models[1].inputs, EF)).toBe(pointerKey(EF));
    expect(keyOf(b.models[0].inputs, EF)).toBe(pointerKey(EF));
    // The group's own input: the same in its baseline and adopted line, different between groups.
    expect(keyOf(a.models[0].inputs, PVC)).toBe(groupInputKey('test-village', 'a', PVC));
    expect(keyOf(a.models[1].inputs, PVC)).toBe(keyOf(a.models[0].inputs, PVC));
    expect(keyOf(b.models[0].inputs, PVC)).toBe(groupInputKey('test-village', 'b', PVC));
    expect(keyOf(b.models[0].inputs, PVC)).not.toBe(keyOf(a.models[0].inputs, PVC));
    expect(p.groupInputs).toBe(2);
    expect(p.sharedInputs).toContain(EF);
  });

  it('shares one computation between groups of the same line with no inputs of their own', async () => {
    const s = line('one', 1);
    // Groups naming the same file share its line (inline scenarios are objects of their own).
    const r = await resolved(
      village([
        { id: 'a', households: 1, scenario: 'one.json' },
        { id: 'b', households: 2.5, scenario: 'one.json', adoption: { measures: ['landfill-instead'], share: 0.2 } },
        { id: 'c', households: 4, scenario: 'one.json', adoption: { measures: ['landfill-instead'], share: 0.5 } },
      ]),
      { 'one.json': s },
    );
    const merged = planVillageMonteCarlo(r, LIBRARY);
    if (!merged.ok) throw new Error('plan');
    // a alone (no adoption); b and c together: weights before 6.5, with adoption 2.5 × 0.8 + 4 × 0.5 = 4
    // on the baseline and 2.5 × 0.2 + 4 × 0.5 = 2.5 on the adopted line, all adopted 6.5.
    expect(merged.plan.units).toHaveLength(2);
    expect(merged.plan.evaluationsPerDraw).toBe(3);
    const bc = merged.plan.units[1];
    expect(bc.groups).toEqual([1, 2]);
    expect(bc.before[0]).toBe(6.5);
    expect(bc.withAdoption[0]).toBeCloseTo(4, 12);
    expect(bc.withAdoption[1]).toBeCloseTo(2.5, 12);
    expect(bc.allAdopted).toEqual([0, 6.5]);
  });
});

describe('village series', () => {
  const doc = village([
    { id: 'a', households: 2, scenario: line('one', 1), adoption: { measures: ['landfill-instead'], share: 0.25 } },
    { id: 'b', households: 1.5, scenario: line('two', 2) },
  ]);

  it('blocks merge into the whole run bit for bit, whatever the split', async () => {
    const p = await plan(doc);
    const c = await core();
    const whole = runVillageBlock(c, p, { draws: 3000, seed: 9 });
    const parts = [
      runVillageBlock(c, p, { draws: 3000, seed: 9, start: 1700, count: 1300 }),
      runVillageBlock(c, p, { draws: 3000, seed: 9, start: 0, count: 1 }),
      runVillageBlock(c, p, { draws: 3000, seed: 9, start: 1, count: 1699 }),
    ];
    const merged = mergeBlocks(parts);
    const same = (x: Float64Array, y: Float64Array) => Buffer.compare(Buffer.from(x.buffer), Buffer.from(y.buffer)) === 0;
    for (let s = 0; s < whole.values.length; s++) expect(same(merged.values[s], whole.values[s]), `series ${s}`).toBe(true);
    const other = runVillageBlock(c, p, { draws: 3000, seed: 10 });
    expect(same(other.values[AIR], whole.values[AIR])).toBe(false);
  });

  it('pairs before and after per draw: B, V and A follow the shares of every draw', async () => {
    const values = runVillageMonteCarlo(await core(), await plan(doc), 2000, 3);
    const B = values[SERIES_BEFORE + AIR],
      V = values[SERIES_WITH_ADOPTION + AIR],
      A = values[SERIES_ALL_ADOPTED + AIR];
    for (let d = 0; d < 2000; d += 97) {
      // One open-burning factor x per draw (the same in both lines): line one 10x, line two 20x.
      // B = 2 × 10x + 1.5 × 20x = 50x; V = 2 × 0.75 × 10x + 30x = 45x; A = 0 + 30x.
      const x = B[d] / 50;
      expect(V[d]).toBeCloseTo(45 * x, 6);
      expect(A[d]).toBeCloseTo(30 * x, 6);
    }
  });

  it('summarises paired: difference, probability after is better, the adoption band', async () => {
    const values = runVillageMonteCarlo(await core(), await plan(doc), 2000, 3);
    const u = summarizeVillageSeries(values, 2000, 3, 'village');
    // V = 0.9 B draw by draw: with adoption is better in every draw, the difference is −0.1 B.
    expect(u.probabilityAfterBetter['pcddf.air']).toBe(1);
    expect(u.probabilityAllAdoptedBetter['pcddf.air']).toBe(1);
    expect(u.difference['pcddf.air'].p50).toBeCloseTo(-0.1 * u.before['pcddf.air'].p50, 6);
    // Product does not change with the route of the rejects: never strictly better.
    expect(u.probabilityAfterBetter['mass.productT']).toBe(0);
    // The band at s = 0 is B itself, at s = 1 it is A (to rounding); at 0.5, (B + A) / 2 = 40x.
    expect(u.adoptionCurve[0].totals['pcddf.air']).toEqual(u.before['pcddf.air']);
    expect(u.adoptionCurve[10].totals['pcddf.air'].p50).toBeCloseTo(u.allAdopted['pcddf.air'].p50, 6);
    expect(u.adoptionCurve[5].totals['pcddf.air'].p50).toBeCloseTo(0.8 * u.before['pcddf.air'].p50, 6);
    expect(u.adoptionCurve.map((p) => p.share)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('cuts the draws into blocks of 50,000 evaluations (about 0.05–0.1 s of work)', () => {
    // 4 evaluations a draw → 12,500, capped at 2,048; 2,000 → 25; 10^6 → 1 (never 0).
    expect(villageBlockSize(4)).toBe(2048);
    expect(villageBlockSize(2000)).toBe(25);
    expect(villageBlockSize(1_000_000)).toBe(1);
  });
});
