// The edit path's savings (issue 17) change no number: compile.ts keeps the last resolved
// emission factors and release parameters (compared by value, 0 and −0 apart) and can compile
// into a given block, and runScenario compiles straight into the core's own block. Expected values
// are the test library's round numbers (helpers.ts) and MODEL.md 3.1a's defaults.
import { describe, expect, it } from 'vitest';
import * as L from '../../assembly/layout.ts';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { decodeResult } from '../../web/shared/model/decode.ts';
import { sameValues } from '../../web/shared/model/edit-fast-path.ts';
import { runScenario } from '../../web/shared/model/simulate.ts';
import { core, scenario, TEST_LIBRARY } from './helpers.ts';

const bits = (a: Float64Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length * 2));

describe('sameValues', () => {
  it('compares values bit for bit, shape and key order included', () => {
    expect(sameValues(undefined, undefined)).toBe(true);
    expect(sameValues({ a: [1, 'x'] }, { a: [1, 'x'] })).toBe(true);
    expect(sameValues({ a: 0 }, { a: -0 })).toBe(false); // singleNumberChange calls 0 and −0 the same
    expect(sameValues({ a: -0 }, { a: -0 })).toBe(true);
    expect(sameValues({ a: NaN }, { a: NaN })).toBe(false);
    expect(sameValues({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameValues({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValues({ a: 1 }, undefined)).toBe(false);
  });
});

describe('compileScenario', () => {
  it('writes the same block into a given one, whatever it held', () => {
    const s = scenario({
      units: [
        { id: 'a', type: 'sorting' },
        { id: 'b', type: 'washing', removal: { dirt: { fraction: 0.5, to: 'wastewater' } } },
      ],
    });
    const fresh = compileScenario(s, TEST_LIBRARY).params;
    const into = new Float64Array(L.P_SIZE).fill(7.5);
    expect(compileScenario(s, TEST_LIBRARY, into).params).toBe(into);
    expect(bits(into)).toEqual(bits(fresh));
  });

  it('resolves the factors and release parameters again when the scenario changes them, and only then', () => {
    const at = L.P_EF + L.S_OPEN_BURNING * L.EF_STRIDE + L.EF_PCDDF; // PCDD/F to air of open burning
    const hcl = L.P_HCL_RELEASE + L.S_OPEN_BURNING;
    const plain = compileScenario(scenario(), TEST_LIBRARY);
    expect(plain.params[at]).toBe(40); // the test library's 40
    expect(plain.params[hcl]).toBe(1); // MODEL.md 3.1a: all chlorine of open burning as HCl
    expect(plain.params[L.P_RELEASE_METHOD]).toBe(L.METHOD_TOOLKIT);
    const over = compileScenario(
      scenario({
        emissionFactors: { openBurning: { pcddf: { air: 55 } } },
        releases: { method: 'chlorineAdjusted', hclReleaseFraction: { openBurning: 0.25 } },
      }),
      TEST_LIBRARY,
    );
    expect(over.params[at]).toBe(55);
    expect(over.params[hcl]).toBe(0.25);
    expect(over.params[L.P_RELEASE_METHOD]).toBe(L.METHOD_CHLORINE_ADJUSTED);
    expect(over.releases.method).toBe('chlorineAdjusted');
    // −0 is kept as −0, not taken for the cached 0 of the compile before.
    compileScenario(scenario({ releases: { hclReleaseFraction: { openBurning: 0 } } }), TEST_LIBRARY);
    const minus = compileScenario(scenario({ releases: { hclReleaseFraction: { openBurning: -0 } } }), TEST_LIBRARY);
    expect(Object.is(minus.params[hcl], -0)).toBe(true);
    // And back: the library's values again.
    const again = compileScenario(scenario(), TEST_LIBRARY);
    expect(again.params[at]).toBe(40);
    expect(again.params[hcl]).toBe(1);
    expect(again.params[L.P_RELEASE_METHOD]).toBe(L.METHOD_TOOLKIT);
  });
});

describe('runScenario', () => {
  it('gives the document of compile, evaluate and decode on copies of the blocks', async () => {
    const c = await core();
    const s = scenario({ units: [{ id: 'a', type: 'sorting', capacityKgPerHour: 50 }] });
    const compiled = compileScenario(s, TEST_LIBRARY);
    const expected = decodeResult(c.evaluate(compiled.params), compiled, s.id);
    // 100 t/yr of PE through a unit of 50 kg/h × 10 h × 100 days = 50 t: half is processed.
    expect(expected.mass.processedT).toBe(50);
    expect(runScenario(c, s, TEST_LIBRARY)).toEqual(expected);
    expect(JSON.stringify(runScenario(c, s, TEST_LIBRARY))).toBe(JSON.stringify(expected));
  });
});
