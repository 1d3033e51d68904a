// Share groups are scaled to add up to exactly 1 before the core sees them, so that the balance
// closes to 1e-9 × feed for every accepted scenario (issue 14: shares adding up to 0.9999999 or
// 1.0000009 were accepted and the balance missed by up to 5.4e-4 t).
import { describe, expect, it } from 'vitest';
import * as L from '../../assembly/layout.ts';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { decodeResult } from '../../web/shared/model/decode.ts';
import { formatIssue, validateScenario, type Scenario } from '../../web/shared/model/scenario-schema.ts';
import { normaliseShares } from '../../web/shared/model/shares.ts';
import { core, scenario, TEST_LIBRARY } from './helpers.ts';

function twoComponents(pe: number, dirt: number): Scenario {
  // 1 t/day × 100 days = 100 t of feed; a washer removes all dirt to wastewater.
  return scenario({
    feed: { tonnesPerDay: 1, composition: { PE: pe, dirt } },
    units: [{ id: 'wash', type: 'washing', removal: { dirt: { fraction: 1, to: 'wastewater' } } }],
  });
}

describe('normaliseShares', () => {
  it('divides each share by the sum', () => {
    // 0.5 + 0.25 + 0.2499999 = 0.9999999; 0.5 / 0.9999999 = 0.50000005000000500…
    const out = normaliseShares([0.5, 0.25, 0.2499999]);
    expect(out[0]).toBeCloseTo(0.500000050000005, 15);
    expect(Math.abs(out.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(2 ** -52);
    expect(normaliseShares([0, 0])).toEqual([0, 0]);
  });
});

describe('accepted shares that do not add up to exactly 1', () => {
  it('close the balance to 1e-9 × feed, where the raw shares would miss by 1e-7 × feed', async () => {
    const s = twoComponents(0.9, 0.0999999); // adds up to 0.9999999
    const checked = validateScenario(s);
    if (!checked.ok) throw new Error('refused');
    const rescaled = checked.warnings.filter((w) => w.code === 'shares_rescaled');
    expect(rescaled.map((w) => [w.path, w.params?.sum])).toEqual([['/feed/composition', 0.9999999]]);
    expect(rescaled[0].message).toBe(
      'feed/composition: the shares add up to 0.9999999, not exactly 1; each was divided by 0.9999999 so that they do (and the mass balance closes)',
    );
    const compiled = compileScenario(checked.scenario, TEST_LIBRARY);
    const c = await core();
    const result = decodeResult(c.evaluate(compiled.params), compiled, s.id);
    // Feed 100 t: the closure must stay below 1e-9 × 100 = 1e-7 t.
    expect(result.mass.feedT).toBe(100);
    expect(result.mass.closureErrorT).toBeLessThan(1e-7);
    // Without the scaling, 1e-7 of the 100 t (1e-5 t) is in no stream: far above the bound.
    const raw = compiled.params.slice();
    raw[L.P_COMPOSITION + 0] = 0.9;
    raw[L.P_COMPOSITION + 6] = 0.0999999;
    const unscaled = decodeResult(c.evaluate(raw), compiled, s.id);
    expect(unscaled.mass.closureErrorT).toBeCloseTo(1e-5, 9);
  });

  it('scale the plastic routes too (1.0000009 → 1) and warn in Vietnamese as well', async () => {
    const s = scenario({ residues: { plasticRoutes: { openBurning: 0.5000009, dumping: 0.5 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0 } });
    const checked = validateScenario(s);
    if (!checked.ok) throw new Error('refused');
    const rescaled = checked.warnings.filter((w) => w.code === 'shares_rescaled');
    expect(rescaled.map((w) => w.path)).toEqual(['/residues/plasticRoutes']);
    expect(formatIssue(rescaled[0], 'vi')).toBe(
      'residues/plasticRoutes: tổng các tỷ lệ là 1.0000009, không đúng bằng 1; mỗi tỷ lệ đã được chia cho 1.0000009 để tổng bằng 1 (và cân bằng khối lượng khép kín)',
    );
    const compiled = compileScenario(checked.scenario, TEST_LIBRARY);
    const result = decodeResult((await core()).evaluate(compiled.params), compiled, s.id);
    // The one pass-through unit sends all 100 t to product, so the routes carry nothing; the
    // shares themselves must now add up to 1.
    expect(compiled.params[L.P_PLASTIC_ROUTES] + compiled.params[L.P_PLASTIC_ROUTES + 1]).toBe(1);
    expect(result.mass.closureErrorT).toBeLessThan(1e-7);
  });

  it('say nothing when the difference is floating-point rounding', () => {
    // 0.1 + 0.2 + 0.7 = 0.9999999999999999 in binary floating point.
    const s = scenario({ feed: { tonnesPerDay: 1, composition: { PE: 0.1, PP: 0.2, dirt: 0.7 } } });
    const checked = validateScenario(s);
    expect(checked.ok && checked.warnings.filter((w) => w.code === 'shares_rescaled')).toEqual([]);
  });

  it('still refuse shares that are off by more than 1e-6', () => {
    const checked = validateScenario(twoComponents(0.9, 0.0999989));
    expect(checked.ok).toBe(false);
  });
});
