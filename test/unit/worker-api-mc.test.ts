// The worker's Monte Carlo and sensitivity methods called directly in Node (no Worker): blocks
// merge to the whole run bit for bit, summaries equal the CLI's, errors come back as messages.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../web/worker/api.ts';
import type { McBlockValue } from '../../web/shared/contract/api-types.ts';
import { loadCoreNode } from '../../web/cli/load-core-node.ts';
import { runMc } from '../../web/cli/mc.ts';
import { mergeBlocks } from '../../web/shared/analysis/mc-plan.ts';
import { HEADLINE_FIGURES } from '../../web/shared/model/result-types.ts';
import { sobolIndices, type SobolBlock } from '../../web/shared/analysis/sensitivity.ts';

const api = createApi(() => loadCoreNode());
const BEFORE = 'fixtures/scenarios/minh-khai-before.json';
const AFTER = 'fixtures/scenarios/minh-khai-after.json';
const baseline = JSON.parse(readFileSync(BEFORE, 'utf8'));
const measureIds: string[] = JSON.parse(readFileSync(AFTER, 'utf8')).measures;
const paired = { baseline, after: { measureIds } };

/** The bytes of an array's own draws (a block's series are views on one buffer). */
const bytes = (v: Float64Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);

async function block(draws: number, start: number, count: number): Promise<McBlockValue> {
  const out = await api.mcBlock({ ...paired, draws, seed: 3, start, count });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.value;
}

describe('worker API: Monte Carlo blocks', () => {
  it('blocks of a run merge into the whole run, bit for bit', async () => {
    const whole = await block(3000, 0, 3000);
    const parts = await Promise.all([block(3000, 2048, 952), block(3000, 0, 1000), block(3000, 1000, 1048)]);
    const merged = mergeBlocks(parts);
    expect(whole.nBlocks).toBe(2);
    expect(whole.values).toHaveLength(2 * HEADLINE_FIGURES.length);
    for (let s = 0; s < whole.values.length; s++) expect(bytes(merged.values[s])).toEqual(bytes(whole.values[s]));
  });

  it('returns its series on one buffer of its own (never Wasm memory), one after another, ready to transfer once', async () => {
    const b = await block(100, 10, 50);
    const buffer = b.values[0].buffer;
    expect(buffer.byteLength).toBe(b.values.length * 50 * 8); // 30 series × 50 draws × 8 bytes, nothing else
    b.values.forEach((v, s) => {
      expect(v.buffer).toBe(buffer);
      expect(v.byteOffset).toBe(s * 50 * 8);
      expect(v.length).toBe(50);
    });
  });

  it('a later block that names the scenarios of the call before it gives the same draws as one that sends them', async () => {
    // A fresh worker API, so that no other test's call is "the call before".
    const own = createApi(() => loadCoreNode());
    const none = await own.mcBlock({ draws: 3000, seed: 3, start: 0, count: 10, sameScenarios: true });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.errors.map((e) => e.code)).toEqual(['bad_request']);
    const first = await own.mcBlock({ ...paired, draws: 3000, seed: 3, start: 0, count: 1000 });
    const next = await own.mcBlock({ draws: 3000, seed: 3, start: 1000, count: 2000, sameScenarios: true });
    if (!first.ok || !next.ok) throw new Error('a block was refused');
    const whole = await block(3000, 0, 3000);
    const merged = mergeBlocks([first.value, next.value]);
    for (let s = 0; s < whole.values.length; s++) expect(bytes(merged.values[s])).toEqual(bytes(whole.values[s]));
  });

  it('writes a block into the arrays the page lent when they fit, and into its own when they do not', async () => {
    // As the page lends them: the series one after another on one buffer, 64 draws each.
    const n = 2 * HEADLINE_FIGURES.length;
    const memory = new ArrayBuffer(n * 64 * 8);
    const lent = Array.from({ length: n }, (_, s) => new Float64Array(memory, s * 64 * 8, 64).fill(-1));
    const out = await api.mcBlock({ ...paired, draws: 3000, seed: 3, start: 100, count: 50, into: lent });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const own = await block(3000, 100, 50);
    out.value.values.forEach((v, s) => {
      expect(v.buffer).toBe(memory); // the same memory: the first 50 of the series' 64 draws
      expect(v.byteOffset).toBe(s * 64 * 8);
      expect(v.length).toBe(50);
      expect(bytes(v)).toEqual(bytes(own.values[s]));
    });
    // One array too few, or too short for the block: the worker uses arrays of its own.
    for (const into of [lent.slice(1), lent.map(() => new Float64Array(49))]) {
      const other = await api.mcBlock({ ...paired, draws: 3000, seed: 3, start: 100, count: 50, into });
      if (!other.ok) throw new Error(JSON.stringify(other.errors));
      other.value.values.forEach((v, s) => {
        expect(into.some((a) => a.buffer === v.buffer)).toBe(false);
        expect(bytes(v)).toEqual(bytes(own.values[s]));
      });
    }
  });

  it('summaries of the merged draws equal what `npm run simulate -- --mc --compare` prints', async () => {
    const draws = 2000;
    const run = await block(draws, 0, draws);
    const cli = (await runMc({ scenarioPath: BEFORE, comparePath: AFTER, draws, seed: 3 })) as Record<string, Record<string, unknown>>;
    const n = HEADLINE_FIGURES.length;
    for (const [f, figure] of HEADLINE_FIGURES.entries()) {
      const { distribution: d, before, after } = await api.mcSummary({ figure, before: run.values[f], after: run.values[n + f] });
      expect(d.before, figure).toEqual(cli.before[figure]);
      expect(d.after, figure).toEqual(cli.after[figure]);
      expect(d.difference, figure).toEqual(cli.difference[figure]);
      expect(d.probability!.better, figure).toBe(cli.probabilityAfterBetter[figure]);
      expect(d.probability!.better + d.probability!.worse + d.probability!.equal).toBeCloseTo(1, 12);
      // Every draw is in a bin or counted as beyond the range shown.
      for (const h of [d.histogram, d.afterHistogram!, d.differenceHistogram!]) {
        h.counts.forEach((c, s) => expect(c.reduce((x, y) => x + y, 0) + h.below[s] + h.above[s]).toBe(draws));
      }
      // The bins span P0.5 to P99.5, so the P5–P95 markers always fall inside.
      const edges = d.histogram.edges;
      expect(d.before.p5).toBeGreaterThanOrEqual(edges[0]);
      expect(d.before.p95).toBeLessThanOrEqual(edges[edges.length - 1]);
      // The draws come back unchanged for the page to keep.
      expect(before).toBe(run.values[f]);
      expect(after).toBe(run.values[n + f]);
    }
  });

  it("lists the uncertain inputs: the library's emission-factor distributions", async () => {
    const out = await api.mcInputs(paired);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.nBlocks).toBe(2);
    expect(out.value.pointers).toContain('/emissionFactors/openBurning/pcddf/air');
    expect(new Set(out.value.pointers).size).toBe(out.value.pointers.length);
  });
});

describe('worker API: errors come back as messages', () => {
  it('an invalid baseline gives its validation errors', async () => {
    const bad = structuredClone(baseline);
    bad.calendar.hoursPerDay = 30;
    const out = await api.mcBlock({ baseline: bad, draws: 10, seed: 1, start: 0, count: 10 });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors.map((e) => e.path)).toContain('/calendar/hoursPerDay');
  });

  it('an unknown measure is named', async () => {
    const out = await api.tornado({ baseline, after: { measureIds: ['no-such-measure'] } });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[0].message).toMatch(/no-such-measure/);
  });

  it('a block outside the run, or a bad seed, is refused', async () => {
    for (const request of [
      { ...paired, draws: 100, seed: 1, start: 90, count: 20 },
      { ...paired, draws: 100, seed: -1, start: 0, count: 10 },
      { ...paired, draws: 0, seed: 1, start: 0, count: 0 },
    ]) {
      const out = await api.mcBlock(request);
      expect(out.ok, JSON.stringify(request)).toBe(false);
      if (!out.ok) expect(out.errors[0].code).toBe('bad_request');
    }
  });
});

describe('worker API: sensitivity', () => {
  it('the tornado moves each input of before and after', async () => {
    const inputs = await api.mcInputs(paired);
    const out = await api.tornado(paired);
    if (!out.ok || !inputs.ok) throw new Error('the fixture does not run');
    expect(out.value.series).toEqual(['before', 'after', 'difference']);
    expect(out.value.bars.map((b) => b.pointer)).toEqual(inputs.value.pointers);
  });

  it('Sobol blocks merge into the whole design and give the same indices per figure', async () => {
    const baseSamples = 128;
    const get = async (start: number, count: number) => {
      const out = await api.sobolBlock({ ...paired, baseSamples, seed: 5, start, count });
      if (!out.ok) throw new Error(JSON.stringify(out.errors));
      return out.value;
    };
    const whole = await get(0, baseSamples);
    const merged = mergeBlocks([await get(64, 64), await get(0, 64)]);
    merged.values.forEach((v, s) => expect(Array.from(v)).toEqual(Array.from(whole.values[s])));

    const n = HEADLINE_FIGURES.length;
    const f = HEADLINE_FIGURES.indexOf('pcddf.air');
    const matrices = whole.keys.length + 2;
    const values = Array.from({ length: matrices * 2 }, (_, mb) => whole.values[mb * n + f]);
    const one = await api.sobolIndices({ figure: 'pcddf.air', nBlocks: 2, keys: whole.keys, pointers: whole.pointers, values, bootstrap: 20 });
    const all = sobolIndices(whole as SobolBlock, { figures: ['pcddf.air'], bootstrap: 20 });
    expect(one.series.difference).toEqual(all.series.difference!['pcddf.air']);
    expect(one.series.before).toEqual(all.series.before!['pcddf.air']);
    expect(one.baseSamples).toBe(baseSamples);
  });
});
