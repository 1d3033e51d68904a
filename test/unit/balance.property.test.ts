// Property tests of the steady-state core over 10,000 random valid scenarios: the mass balance
// closes, nothing is negative or non-finite, and PCDD/F totals agree with vectors and sources.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { decodeResult } from '../../web/shared/model/decode.ts';
import type { ResultDocument } from '../../web/shared/model/result-types.ts';
import { checkResult as check } from './invariants.ts';
import { releasesArb, scenarioArb } from './arbitraries.ts';
import { core, TEST_LIBRARY } from './helpers.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);

describe('steady-state core over random scenarios', () => {
  it(`closes the balance with finite, non-negative outputs (${RUNS} scenarios)`, async () => {
    const c = await core();
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const compiled = compileScenario(s, TEST_LIBRARY);
        check(decodeResult(c.evaluate(compiled.params), compiled, s.id));
      }),
      { numRuns: RUNS, seed: 20261127 },
    );
  });

  it(`chlorine and HCl stay in range under both methods (${RUNS / 10} scenarios)`, async () => {
    // MODEL.md 3.1a: HCl ≥ 0; every multiplier in [1, maxMultiplier]; the chlorine-adjusted
    // method never gives less PCDD/F than the Toolkit method, vector by vector and source by source.
    const c = await core();
    const vectors = ['air', 'water', 'land', 'product', 'residue'] as const;
    fc.assert(
      fc.property(scenarioArb, releasesArb, (s, releases) => {
        const evaluate = (method: 'toolkit' | 'chlorineAdjusted') => {
          const variant = { ...s, releases: { ...releases, method } } as typeof s;
          const compiled = compileScenario(variant, TEST_LIBRARY);
          const r = decodeResult(c.evaluate(compiled.params), compiled, s.id);
          check(r);
          return r;
        };
        const toolkit = evaluate('toolkit');
        const adjusted = evaluate('chlorineAdjusted');
        const cap = releases.chlorine.maxMultiplier;
        for (const r of [toolkit, adjusted]) {
          expect(r.air.hclKg).toBeGreaterThanOrEqual(0);
          for (const [source, m] of Object.entries(r.chlorine.adjustedMultiplier)) {
            if (!(m >= 1 && m <= cap)) throw new Error(`${source}: multiplier ${m} outside [1, ${cap}]`);
          }
        }
        for (const [source, m] of Object.entries(toolkit.chlorine.bySource))
          if (m.multiplier !== 1) throw new Error(`${source}: toolkit multiplier ${m.multiplier}`);
        for (const v of vectors) {
          if (adjusted.pcddf[v] < toolkit.pcddf[v] * (1 - 1e-12))
            throw new Error(`PCDD/F to ${v}: adjusted ${adjusted.pcddf[v]} < toolkit ${toolkit.pcddf[v]}`);
          for (const source of Object.keys(toolkit.pcddf.bySource)) {
            const a = adjusted.pcddf.bySource[source][v],
              t = toolkit.pcddf.bySource[source][v];
            if (a < t * (1 - 1e-12)) throw new Error(`PCDD/F of ${source} to ${v}: adjusted ${a} < toolkit ${t}`);
          }
        }
        // the byMethod figures of one run agree with the two runs
        const near = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
        if (!near(toolkit.chlorine.byMethod.chlorineAdjusted.pcddfTotal, adjusted.pcddf.total)) throw new Error('byMethod.chlorineAdjusted ≠ the adjusted run');
        if (!near(adjusted.chlorine.byMethod.toolkit.pcddfAir, toolkit.pcddf.air)) throw new Error('byMethod.toolkit ≠ the toolkit run');
      }),
      { numRuns: RUNS / 10, seed: 20261205 },
    );
  });

  it('the checker itself rejects a broken balance', () => {
    // Guard against a property that cannot fail: a result with 1 t missing must be refused.
    const broken = {
      mass: {
        feedT: 100,
        closureErrorT: 1,
        rejectsT: { plastic: 0 },
        routesT: { fuel: 0, openBurning: 0, dumping: 0, dumpFire: 0, landfill: 0, bricks: 0, cementKiln: 0, sale: 0 },
        burnedPlasticT: 0,
        processedT: 100,
      },
      pcddf: { air: 0, water: 0, land: 0, product: 0, residue: 0, total: 0, bySource: {} },
    } as unknown as ResultDocument;
    expect(() => check(broken)).toThrow(/closure error/);
  });
});
