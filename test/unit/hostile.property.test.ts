// Issue 14's properties on a few thousand inputs in CI (`npm run fuzz` runs them by the million):
// every number of a scenario drawn log-uniformly from 1e-300 to 1e300, from its accepted range or
// from its edges; random catalogue patches compared against random lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { compare, ComparisonError } from '../../web/shared/analysis/compare.ts';
import { decodeResult } from '../../web/shared/model/decode.ts';
import { MeasureError, validateCatalogue } from '../../web/shared/analysis/measures.ts';
import { findBadFigure } from '../../web/shared/model/result-guard.ts';
import { validateScenario } from '../../web/shared/model/scenario-schema.ts';
import { scenarioArb } from './arbitraries.ts';
import { extremeScenarioArb, logUniform, measuresArb } from './hostile-arbitraries.ts';
import { checkResult } from './invariants.ts';
import { core, TEST_LIBRARY } from './helpers.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000) / 5;

describe('numbers from 1e-300 to 1e300', () => {
  it('logUniform spreads the exponent evenly', () => {
    // u = 0, 0.5, 1 over [1e-300, 1e300]: exponents −300, 0, 300.
    expect(logUniform(1e-300, 1e300, 0)).toBeCloseTo(1e-300, 310);
    expect(logUniform(1e-300, 1e300, 0.5)).toBe(1);
    expect(logUniform(1e-300, 1e300, 1) / 1e300).toBeCloseTo(1, 9);
  });

  it(`are refused with a message naming the field, or give finite figures and a closed balance (${RUNS} scenarios)`, async () => {
    const c = await core();
    let accepted = 0;
    fc.assert(
      fc.property(extremeScenarioArb, ({ scenario }) => {
        const checked = validateScenario(scenario);
        if (!checked.ok) {
          for (const e of checked.errors) if (!e.path.startsWith('/') || e.message.length < 10) throw new Error(`unnamed: ${e.message}`);
          return;
        }
        accepted++;
        const compiled = compileScenario(checked.scenario, TEST_LIBRARY);
        checkResult(decodeResult(c.evaluate(compiled.params), compiled, scenario.id));
      }),
      { numRuns: RUNS, seed: 14 },
    );
    // About half are drawn inside the accepted ranges (and accepted), half anywhere (and refused).
    expect(accepted).toBeGreaterThan(RUNS / 4);
  });
});

describe('random catalogue patches', () => {
  it(`are refused naming the measure, or compared with every figure finite (${RUNS / 5} patches)`, async () => {
    const c = await core();
    let compared = 0;
    fc.assert(
      fc.property(scenarioArb, measuresArb, (scenario, measures) => {
        if (!validateCatalogue({ format: 'plastic-line-measures', version: 1, measures }).ok) return;
        try {
          const doc = compare(c, TEST_LIBRARY, { before: scenario, measures });
          compared++;
          checkResult(doc.before);
          checkResult(doc.after);
          expect(findBadFigure(doc, { nullAllowed: [/./] })).toBeNull();
        } catch (e) {
          if (!(e instanceof MeasureError || e instanceof ComparisonError)) throw e;
          expect(e.message).toMatch(/measure/);
        }
      }),
      { numRuns: RUNS / 5, seed: 14 },
    );
    expect(compared).toBeGreaterThan(RUNS / 50);
  });
});
