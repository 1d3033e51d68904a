// Property tests of the steady-state core over 10,000 random valid scenarios: the mass balance
// closes, nothing is negative or non-finite, and PCDD/F totals agree with vectors and sources.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../web/shared/compile.ts';
import { decodeResult } from '../../web/shared/decode.ts';
import type { ResultDocument } from '../../web/shared/result-types.ts';
import { checkResult as check } from './invariants.ts';
import { scenarioArb } from './arbitraries.ts';
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

  it('the checker itself rejects a broken balance', () => {
    // Guard against a property that cannot fail: a result with 1 t missing must be refused.
    const broken = { mass: { feedT: 100, closureErrorT: 1, rejectsT: { plastic: 0 }, routesT: { fuel: 0, openBurning: 0, dumping: 0, dumpFire: 0, landfill: 0, bricks: 0, cementKiln: 0, sale: 0 }, burnedPlasticT: 0, processedT: 100 }, pcddf: { air: 0, water: 0, land: 0, product: 0, residue: 0, total: 0, bySource: {} } } as unknown as ResultDocument;
    expect(() => check(broken)).toThrow(/closure error/);
  });
});
