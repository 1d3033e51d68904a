// Property (MODEL.md 8): for any village, the adoption curve at share 0 is Σ households ×
// baseline and at share 1 is Σ households × adopted (the baseline where a group has no adoption),
// and the totals at the groups' own shares are Σ households × ((1 − s) b + s a). The expected
// values come from running each group's line on its own, outside the village engine.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applyMeasures, selectMeasures } from '../../web/shared/analysis/measures.ts';
import { figure, type ResultDocument } from '../../web/shared/model/result-types.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';
import { computeVillage, VILLAGE_FIGURES } from '../../web/shared/analysis/village.ts';
import { core, run, TEST_LIBRARY } from './helpers.ts';
import { CATALOGUE, line, resolved, village } from './village-helpers.ts';

const LINES: Scenario[] = [
  line('one', 1),
  line('two', 2),
  line('dumped', 1.5, { residues: { plasticRoutes: { openBurning: 0.5, dumping: 0.5 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0.3 } }),
];
const MEASURE_SETS: string[][] = [[], ['landfill-instead'], ['half-dumped'], ['landfill-instead', 'half-dumped']];

const groupArb = fc.record({
  line: fc.integer({ min: 0, max: LINES.length - 1 }),
  households: fc.double({ min: 0.01, max: 1000, noNaN: true }),
  adoption: fc.option(fc.record({ set: fc.integer({ min: 0, max: MEASURE_SETS.length - 1 }), share: fc.double({ min: 0, max: 1, noNaN: true }) }), {
    nil: undefined,
  }),
});

const close = (actual: number, expected: number) => Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

describe('village totals (property)', () => {
  it('share 0 gives Σ households × baseline, share 1 Σ households × adopted, for random villages', async () => {
    const c = await core();
    const baselines = await Promise.all(LINES.map((s) => run(s)));
    const adopted = new Map<string, ResultDocument>();
    for (const [l, s] of LINES.entries()) {
      for (const [k, ids] of MEASURE_SETS.entries()) adopted.set(`${l}/${k}`, await run(applyMeasures(s, selectMeasures(CATALOGUE, ids))));
    }
    await fc.assert(
      fc.asyncProperty(fc.array(groupArb, { minLength: 1, maxLength: 6 }), async (groups) => {
        const doc = village(
          groups.map((g, i) => ({
            id: `g${i}`,
            households: g.households,
            scenario: LINES[g.line],
            ...(g.adoption ? { adoption: { measures: MEASURE_SETS[g.adoption.set], share: g.adoption.share } } : {}),
          })),
        );
        const r = computeVillage(c, TEST_LIBRARY, await resolved(doc));
        for (const f of VILLAGE_FIGURES) {
          let before = 0,
            after = 0,
            atShares = 0;
          for (const g of groups) {
            const b = figure(baselines[g.line], f);
            const a = g.adoption ? figure(adopted.get(`${g.line}/${g.adoption.set}`)!, f) : b;
            const s = g.adoption?.share ?? 0;
            before += g.households * b;
            after += g.households * a;
            atShares += g.households * ((1 - s) * b + s * a);
          }
          if (!close(r.adoptionCurve[0].totals[f], before)) return false;
          if (!close(r.adoptionCurve[10].totals[f], after)) return false;
          if (!close(r.totals[f], atShares)) return false;
        }
        return true;
      }),
      { numRuns: 60, seed: 18 },
    );
  });
});
