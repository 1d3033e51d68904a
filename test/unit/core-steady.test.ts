// The steady-state core built alone (assembly/steady.ts → web/wasm/core-steady.wasm, which the
// worker loads for the Workbench's runs) against the whole core (assembly/index.ts → core.wasm,
// which the goldens, the command line and every other run use): the same parameter block must give
// the same result block, bit for bit, over the fixtures and thousands of random scenarios.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { loadCoreNode, loadEfLibrary, WASM_RELEASE } from '../../web/cli/load-core-node.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';
import { releasesArb, scenarioArb } from './arbitraries.ts';
import { TEST_LIBRARY } from './helpers.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000) / 5;
const STEADY = WASM_RELEASE.replace(/core\.wasm$/, 'core-steady.wasm');

/** The bits of a result block, so that −0, 0 and NaN payloads compare exactly. */
const bits = (x: Float64Array) => Array.from(new BigUint64Array(x.slice().buffer));

describe('the steady-state core built alone', () => {
  it('exports the steady state and nothing of line dynamics or Monte Carlo', async () => {
    const steady = await loadCoreNode(STEADY);
    const names = Object.keys(steady.exports).filter((k) => typeof steady.exports[k] === 'function');
    expect(names).toContain('evaluate');
    expect(names).toContain('faultForTest');
    expect(names.filter((k) => /^(des|mc)/.test(k))).toEqual([]);
    expect(readFileSync(STEADY).byteLength).toBeLessThan(readFileSync(WASM_RELEASE).byteLength / 2);
  });

  it('gives the bundled scenarios the same result blocks as the whole core, bit for bit', async () => {
    const [whole, steady] = await Promise.all([loadCoreNode(), loadCoreNode(STEADY)]);
    const library = loadEfLibrary();
    for (const name of ['minh-khai-before', 'phan-boi-before', 'minh-khai-rigid-before']) {
      const s = JSON.parse(readFileSync(`fixtures/scenarios/${name}.json`, 'utf8')) as Scenario;
      const { params } = compileScenario(s, library);
      expect(bits(steady.evaluate(params)), name).toEqual(bits(whole.evaluate(params)));
    }
  });

  it(`gives random scenarios the same result blocks as the whole core, bit for bit (${RUNS} scenarios)`, async () => {
    const [whole, steady] = await Promise.all([loadCoreNode(), loadCoreNode(STEADY)]);
    fc.assert(
      fc.property(scenarioArb, releasesArb, (s, releases) => {
        const { params } = compileScenario({ ...s, releases } as Scenario, TEST_LIBRARY);
        expect(bits(steady.evaluate(params))).toEqual(bits(whole.evaluate(params)));
      }),
      { numRuns: RUNS, seed: 20261206 },
    );
  });
});
