// The worker's village methods called directly in Node (no Worker): the document, the plan,
// blocks that merge to the command line's run bit for bit, summaries, errors as messages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../web/worker/api.ts';
import { loadCoreNode, loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { mergeBlocks, planBlocks } from '../../web/shared/analysis/mc-plan.ts';
import { HEADLINE_FIGURES } from '../../web/shared/model/result-types.ts';
import { planVillageMonteCarlo, runVillageMonteCarlo, summarizeVillageFigure } from '../../web/shared/analysis/village-mc.ts';
import { resolveVillage, mapReader } from '../../web/shared/analysis/village-load.ts';
import { loadCatalogue } from '../../web/shared/analysis/measures.ts';

const api = createApi(() => loadCoreNode());
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const request = {
  village: read('fixtures/villages/minh-khai-pilot.json'),
  files: {
    '../scenarios/minh-khai-before.json': read('fixtures/scenarios/minh-khai-before.json'),
    '../scenarios/minh-khai-rigid-before.json': readFileSync('fixtures/scenarios/minh-khai-rigid-before.json', 'utf8'),
  },
};

/** Every series of `actual` equals `expected`'s, bit for bit. */
function expectSameDraws(actual: readonly Float64Array[], expected: readonly Float64Array[]): void {
  expect(actual).toHaveLength(expected.length);
  for (let s = 0; s < expected.length; s++) expect(Buffer.compare(Buffer.from(actual[s].buffer), Buffer.from(expected[s].buffer)), `series ${s}`).toBe(0);
}

describe('worker API: village', () => {
  it('gives the village result document', async () => {
    const out = await api.village(request);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.villageId).toBe('minh-khai-pilot');
    expect(out.value.groups.map((g) => g.id)).toEqual(['film-lines', 'pilot-new-lines', 'pilot-bricks-line', 'rigid-lines']);
  });

  it('plans blocks of about 0.05–0.1 s of work and says which inputs the village shares', async () => {
    const out = await api.villagePlan(request);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    // Four groups, each its own pair (baseline and adopted line): 8 evaluations a draw.
    expect(out.value).toMatchObject({ villageId: 'minh-khai-pilot', groups: 4, units: 4, evaluationsPerDraw: 8, blockSize: 2048, groupInputs: 0 });
    expect(out.value.sharedInputs).toContain('/emissionFactors/openBurning/pcddf/air');
  });

  it("gives blocks that merge into the command line's run bit for bit, and its summaries", async () => {
    const draws = 1500,
      seed = 4;
    const parts = await Promise.all(
      planBlocks(draws, 3, 400).map(async (b) => {
        const out = await api.villageBlock({ ...request, draws, seed, start: b.start, count: b.count });
        if (!out.ok) throw new Error(JSON.stringify(out.errors));
        return out.value;
      }),
    );
    const merged = mergeBlocks(parts);
    const r = await resolveVillage(request.village, { reader: mapReader(request.files), catalogue: loadCatalogue(read('fixtures/measures.json')) });
    if (!r.ok) throw new Error('resolve');
    const plan = planVillageMonteCarlo(r.village, loadEfLibrary());
    if (!plan.ok) throw new Error('plan');
    const whole = runVillageMonteCarlo(await loadCoreNode(), plan.plan, draws, seed);
    expectSameDraws(merged.values, whole);
    const n = HEADLINE_FIGURES.length;
    const f = HEADLINE_FIGURES.indexOf('pcddf.total');
    const { summary, before } = await api.villageSummary({
      figure: 'pcddf.total',
      before: merged.values[f],
      withAdoption: merged.values[n + f],
      allAdopted: merged.values[2 * n + f],
    });
    expect(summary).toEqual(summarizeVillageFigure('pcddf.total', whole[f], whole[n + f], whole[2 * n + f]));
    // The pilot lowers the village's PCDD/F in every draw: its lines burn less, and factors are shared.
    expect(summary.probabilityAfterBetter).toBe(1);
    expect(before).toBe(merged.values[f]);
  });

  it('a later block that names the village of the call before it gives the same draws as one that sends it', async () => {
    const own = createApi(() => loadCoreNode()); // no call before it yet
    const none = await own.villageBlock({ draws: 1500, seed: 4, start: 0, count: 10, sameVillage: true });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.errors[0].message).toMatch(/named the village of an earlier call/);
    const first = await own.villageBlock({ ...request, draws: 1500, seed: 4, start: 0, count: 700 });
    const next = await own.villageBlock({ draws: 1500, seed: 4, start: 700, count: 800, sameVillage: true });
    const whole = await api.villageBlock({ ...request, draws: 1500, seed: 4, start: 0, count: 1500 });
    if (!first.ok || !next.ok || !whole.ok) throw new Error('a block was refused');
    const merged = mergeBlocks([first.value, next.value]);
    expectSameDraws(merged.values, whole.value.values);
  });

  it('a later block posted while the first is still resolving its village gets that village, not the one before', async () => {
    const own = createApi(() => loadCoreNode());
    const first = await own.villageBlock({ ...request, draws: 1000, seed: 4, start: 0, count: 10 }); // the village before
    expect(first.ok).toBe(true);
    // Another village (every household twice as many): its first block and the next one posted at once.
    const other = {
      ...request,
      village: { ...request.village, groups: request.village.groups.map((g: { households: number }) => ({ ...g, households: 2 * g.households })) },
    };
    const [a, b] = await Promise.all([
      own.villageBlock({ ...other, draws: 1000, seed: 4, start: 0, count: 500 }),
      own.villageBlock({ draws: 1000, seed: 4, start: 500, count: 500, sameVillage: true }),
    ]);
    const whole = await api.villageBlock({ ...other, draws: 1000, seed: 4, start: 0, count: 1000 });
    if (!a.ok || !b.ok || !whole.ok) throw new Error('a block was refused');
    const merged = mergeBlocks([a.value, b.value]);
    expectSameDraws(merged.values, whole.value.values);
  });

  it('returns problems as messages naming the group and field, never as exceptions', async () => {
    const bad = { ...request.village, groups: [{ ...request.village.groups[0], households: 0 }] };
    for (const out of [
      await api.village({ ...request, village: bad }),
      await api.villageBlock({ ...request, village: bad, draws: 10, seed: 1, start: 0, count: 10 }),
    ]) {
      expect(out.ok).toBe(false);
      if (out.ok) continue;
      expect(out.errors.map((e) => e.message)).toEqual([
        'group "film-lines" (Film lines (about 2 t/day each)), number of households [/groups/0/households]: must be more than 0; got 0',
      ]);
    }
    const missing = await api.village({ village: request.village });
    expect(missing.ok || missing.errors[0].message).toMatch(/the file \.\.\/scenarios\/minh-khai-before\.json was not found/);
    const outside = await api.villageBlock({ ...request, draws: 10, seed: 1, start: 5, count: 10 });
    expect(outside.ok || outside.errors[0].message).toMatch(/is not a valid request/);
  });
});
