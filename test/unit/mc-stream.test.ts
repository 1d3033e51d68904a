// Monte Carlo summaries with flat memory (issue 17): streamed block by block, with the exact
// order statistics found over repeated passes, they equal summarizeBlock and summarizePaired of
// the kept draws bit for bit, for any bucket budget (deeper passes) and any block size.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { validateScenario, type Scenario } from '../../web/shared/model/scenario-schema.ts';
import { buildUncertainInputs, runModels, summarizeBlock, summarizePaired, type McModel } from '../../web/shared/analysis/uncertainty.ts';
import { streamSeries, streamSummaries } from '../../web/shared/analysis/mc-stream.ts';
import { summarize } from '../../web/shared/analysis/statistics.ts';
import { loadCoreNode, loadEfLibrary } from '../../web/cli/load-core-node.ts';

const library = loadEfLibrary();
const scenario = (validateScenario(JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8'))) as { scenario: Scenario }).scenario;
const after = { ...scenario, residues: { ...scenario.residues, dumpFireFraction: 0 } } as Scenario;
const model = (s: Scenario): McModel => {
  const compiled = compileScenario(s, library);
  return { compiled, inputs: buildUncertainInputs(s, compiled) };
};

describe('streamed Monte Carlo summaries', () => {
  it('equal summarizeBlock and summarizePaired bit for bit, whatever the budget and the block size', async () => {
    const core = await loadCoreNode();
    const models = [model(scenario), model(after)];
    const draws = 7_001;
    for (const nBlocks of [1, 2] as const) {
      const ms = models.slice(0, nBlocks);
      const whole = runModels(core, ms, { draws, seed: 3 });
      const expected = nBlocks === 1 ? summarizeBlock(whole) : summarizePaired(whole);
      for (const options of [{}, { keepAtMost: 50, block: 999 }, { keepAtMost: 1, block: 4096 }]) {
        const got = streamSummaries(
          draws,
          nBlocks,
          (start, count) => runModels(core, ms, { draws, seed: 3, start, count }),
          () => false,
          options,
        );
        expect(got.firstBad).toBeNull();
        expect(nBlocks === 1 ? got.single : got.paired).toStrictEqual(expected);
      }
    }
  });

  it('find order statistics of hand-made series: negatives, zeros of both signs, ties, a constant', () => {
    const series = [
      Float64Array.from([3, -1, 0, -0, 2, 2, 2, -5, 1e-300, -1e300]),
      Float64Array.from([7, 7, 7, 7, 7, 7, 7, 7, 7, 7]),
      Float64Array.from([0, -0, 0, -0, 0, -0, 0, -0, 0, -0]),
    ];
    // By hand: series 0 sorted is −1e300, −5, −1, −0, 0, 1e-300, 2, 2, 2, 3; h = 9p.
    const got = streamSeries(
      10,
      3,
      (start, count) => series.map((v) => v.slice(start, start + count)),
      () => false,
      { keepAtMost: 1, block: 3 },
    );
    expect(got.summaries[0].p50).toBe(0 + 0.5 * (1e-300 - 0));
    expect(got.summaries[0].p5).toBe(-1e300 + 0.45 * (-5 - -1e300));
    expect(got.summaries[0].p95).toBe(2 + (9 * 0.95 - 8) * (3 - 2)); // h − 8 in floating point, as quantileSorted has it
    expect(got.summaries[1]).toEqual({ p5: 7, p50: 7, p95: 7, mean: 7 });
    series.forEach((v, i) => expect(got.summaries[i]).toStrictEqual(summarize(v)));
  });
});
