// docs/VALIDATION.md is generated from the real core (test/validation/make-validation.ts): this
// test regenerates it and fails if the committed page differs, so the page cannot rot. It also
// checks the page's key numbers against values worked out by hand.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_CL, barrelRows, factorRows, makeValidation, VALIDATION_PAGE } from '../validation/make-validation.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { core } from './helpers.ts';

const library = loadEfLibrary();

describe('docs/VALIDATION.md', () => {
  it('is what test/validation/make-validation.ts generates now (run it with npx tsx after a change)', async () => {
    const page = await makeValidation(await core(), library);
    expect(readFileSync(VALIDATION_PAGE, 'utf8'), 'docs/VALIDATION.md is out of date: run npx tsx test/validation/make-validation.ts').toBe(page);
  });

  it('reproduces every Toolkit class factor, and lists every ND factor by name', async () => {
    const { rows, fuelKg } = factorRows(await core(), library);
    for (const r of rows) expect(r.reproduced, r.key).not.toBe('NO');
    // Open burning (6b class 3) 40 µg TEQ/t to air and dump fires (6b class 1) 300: bit for bit.
    expect(rows.find((r) => r.key === 'openBurning')!.model.air).toBe(40);
    expect(rows.find((r) => r.key === 'dumpFire')!.model.air).toBe(300);
    // 0.5 t of PE reaches the dryer: 4,330 MJ/t × 0.5 t = 2,165 MJ; ÷ 43.3 MJ/kg = 50 kg.
    expect(fuelKg).toBeCloseTo(50, 9);
  });

  it('gives the barrel burns the chlorine-adjusted factors worked out by hand', async () => {
    const rows = barrelRows(await core(), library);
    expect(BACKGROUND_CL).toBe(0.002);
    // Cl = PVC × 0.5673 + (1 − PVC) × 0.002:
    //   0 %: 0.002; 0.2 %: 0.0011346 + 0.001996 = 0.0031306; 1 %: 0.005673 + 0.00198 = 0.007653
    //   (all below the 1 % threshold: multiplier 1, 40 µg TEQ/t); 7.5 %: 0.04254750 + 0.00185
    //   = 0.0443975 → multiplier 4.43975 → 177.59 µg TEQ/t; with exponent 3, 4.43975³ = 87.513
    //   → 3,500.5 µg TEQ/t.
    const cl = [0.002, 0.0031306, 0.007653, 0.0443975];
    rows.forEach((r, i) => expect(r.cl).toBeCloseTo(cl[i], 12));
    expect(rows.slice(0, 3).map((r) => r.adjusted)).toEqual([40, 40, 40]);
    expect(rows[3].adjusted).toBeCloseTo(40 * 4.43975, 9);
    expect(rows[3].steep).toBeCloseTo(40 * 4.43975 ** 3, 6);
    // The toolkit method ignores chlorine: 40 at every level.
    expect(rows.map((r) => r.toolkit)).toEqual([40, 40, 40, 40]);
    // HCl at 7.5 % PVC: 0.0443975 × 1,000 × 36.46 / 35.45 = 45.663 kg per tonne.
    expect(rows[3].hcl).toBeCloseTo((0.0443975 * 1000 * 36.46) / 35.45, 9);
  });
});
