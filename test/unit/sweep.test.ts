// Parameter sweeps against values worked out by hand.

import { describe, expect, it } from 'vitest';
import { runSweep, SweepError } from '../../web/shared/analysis/sweep.ts';
import { core, run, scenario, TEST_LIBRARY } from './helpers.ts';

// 100 t of PE a year; sorting rejects 20 % → 20 t of plastic rejects; half burned in the open
// (10 t × 40 µg/t = 400 µg), half dumped (10 t), of which the dump-fire fraction burns at 300 µg/t.
const s = scenario({
  units: [{ id: 'sort', type: 'sorting', removal: { PE: { fraction: 0.2, to: 'rejects' } } }],
  residues: { plasticRoutes: { openBurning: 0.5, dumping: 0.5 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0.5 },
});

describe('sweeps', () => {
  it('varies one parameter over a grid', async () => {
    // dump fires 0, 0.5, 1 → air = 400 + 10 × f × 300 = 400, 1,900, 3,400.
    const r = runSweep(await core(), TEST_LIBRARY, s, [{ pointer: '/residues/dumpFireFraction', from: 0, to: 1, steps: 3 }]);
    expect(r.axes[0].values).toEqual([0, 0.5, 1]);
    expect([...r.figures['pcddf.air']]).toEqual([400, 1900, 3400]);
  });

  it('varies two parameters, row-major', async () => {
    // tonnes/day 1 or 2 (everything scales) × dump fires 0 or 1: [[400, 3400], [800, 6800]].
    const r = runSweep(await core(), TEST_LIBRARY, s, [
      { pointer: '/feed/tonnesPerDay', from: 1, to: 2, steps: 2 },
      { pointer: '/residues/dumpFireFraction', from: 0, to: 1, steps: 2 },
    ]);
    expect([...r.figures['pcddf.air']]).toEqual([400, 3400, 800, 6800]);
    expect(r.points).toBe(4);
  });

  it('keeps route shares summing to 1 by scaling the others', async () => {
    // open burning 0 → dumping takes all 20 t: 20 × 0.5 × 300 = 3,000; 0.5 → 1,900; 1 → 20 × 40 = 800.
    const r = runSweep(await core(), TEST_LIBRARY, s, [{ pointer: '/residues/plasticRoutes/openBurning', from: 0, to: 1, steps: 3 }]);
    expect([...r.figures['pcddf.air']]).toEqual([3000, 1900, 800]);
    // Each point equals a full run of the edited scenario.
    const edited = await run({ ...s, residues: { ...s.residues, plasticRoutes: { openBurning: 0, dumping: 1 } } } as typeof s);
    expect(r.figures['pcddf.air'][0]).toBe(edited.pcddf.air);
  });

  it('refuses a pointer the model does not use, or a range outside the field', async () => {
    const c = await core();
    expect(() => runSweep(c, TEST_LIBRARY, s, [{ pointer: '/name', from: 0, to: 1, steps: 3 }])).toThrow(/\/name/);
    expect(() => runSweep(c, TEST_LIBRARY, s, [{ pointer: '/residues/dumpFireFraction', from: 0, to: 2, steps: 3 }])).toThrow(SweepError);
    expect(() => runSweep(c, TEST_LIBRARY, s, [{ pointer: '/residues/dumpFireFraction', from: 0, to: 1, steps: 1 }])).toThrow(/steps/);
  });
});
