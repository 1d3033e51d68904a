// Training mode (issue 8): the levers change only what they say, on a copy, and the everyday
// conversions follow the arithmetic worked out by hand in each comment.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { applyLevers, everydayFigures, leverAvailability, leversOf, recommendations, type TrainingScenario } from '../../web/shared/analysis/training.ts';
import { validateScenario, type Scenario } from '../../web/shared/model/scenario-schema.ts';
import type { ResultDocument } from '../../web/shared/model/result-types.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { run } from './helpers.ts';

const minhKhai = JSON.parse(readFileSync(new URL('../../fixtures/scenarios/minh-khai-before.json', import.meta.url), 'utf8')) as TrainingScenario;

describe('levers on the Minh Khai household line', () => {
  it('reads the baseline levers', () => {
    // Routes 0.6 open burning + 0.4 dumping, no bricks: all of the pool is burned or dumped.
    expect(leversOf(minhKhai)).toEqual({ burnedShare: 1, waterReusedFraction: 0, dryingFuel: 'plasticRejects', pvcSortedOutFraction: 0.8 });
    expect(leverAvailability(minhKhai)).toEqual({ burnedShare: true, waterReusedFraction: true, dryingFuel: true, pvcSortedOutFraction: true });
  });

  it('gives back the same scenario for its own levers, and never changes the base', () => {
    const before = JSON.stringify(minhKhai);
    expect(applyLevers(minhKhai, leversOf(minhKhai))).toEqual(minhKhai);
    applyLevers(minhKhai, { burnedShare: 0, waterReusedFraction: 0.8, dryingFuel: 'lpg', pvcSortedOutFraction: 0.95 });
    expect(JSON.stringify(minhKhai)).toBe(before);
  });

  it('moves the burned share to bricks, keeping the open-burning : dumping split', () => {
    // Pool 0.6 + 0.4 + 0 = 1; burned 0.25 × 1 = 0.25, split 0.6 : 0.4 → 0.15 open, 0.10 dumped; 0.75 bricks.
    const s = applyLevers(minhKhai, { ...leversOf(minhKhai), burnedShare: 0.25 });
    expect(s.residues.plasticRoutes.openBurning).toBeCloseTo(0.15, 12);
    expect(s.residues.plasticRoutes.dumping).toBeCloseTo(0.1, 12);
    expect(s.residues.plasticRoutes.bricks).toBeCloseTo(0.75, 12);
    expect(s.residues.plasticRoutes.landfill).toBe(0);
    expect(validateScenario(s).ok).toBe(true);
  });

  it('adds the catalogue bricks object to a line that has none', () => {
    const noBricks = structuredClone(minhKhai);
    delete noBricks.bricks;
    const s = applyLevers(noBricks, { ...leversOf(noBricks), burnedShare: 0 });
    expect(s.bricks).toMatchObject({ plasticMassFraction: 0.3, brickMassKg: 2 });
    expect(validateScenario(s).ok).toBe(true);
  });

  it('sets water reuse on the washing unit only, PVC sorting on the sorting unit only', () => {
    const s = applyLevers(minhKhai, { ...leversOf(minhKhai), waterReusedFraction: 0.6, pvcSortedOutFraction: 0.95 });
    expect(s.units.map((u) => u.waterRecycledFraction)).toEqual([undefined, 0.6, undefined, undefined, undefined, undefined]);
    expect(s.units[0].removal?.PVC).toEqual({ fraction: 0.95, to: 'rejects' });
    expect(s.units[0].removal?.PS).toEqual({ fraction: 0.4, to: 'rejects' });
    expect(s.units[1].removal?.PVC).toBeUndefined();
  });

  it('switches the dryer fuel with the catalogue efficiencies, and back to its own furnace', () => {
    const lpg = applyLevers(minhKhai, { ...leversOf(minhKhai), dryingFuel: 'lpg' });
    expect(lpg.units[3].heat).toEqual({ MJPerTonne: 250, fuel: 'lpg', efficiency: 0.7, backupFuel: 'lpg' });
    const coal = applyLevers(minhKhai, { ...leversOf(minhKhai), dryingFuel: 'coal' });
    expect(coal.units[3].heat).toEqual({ MJPerTonne: 250, fuel: 'coal', efficiency: 0.3, backupFuel: 'coal' });
    const back = applyLevers(lpg, { ...leversOf(lpg), dryingFuel: 'plasticRejects' });
    expect(back.units[3].heat).toEqual({ MJPerTonne: 250, fuel: 'plasticRejects', efficiency: 0.3, backupFuel: 'coal' });
  });

  it('with nothing burned or dumped, only the dryer fuel is burned (real core)', async () => {
    const s = applyLevers(minhKhai, { ...leversOf(minhKhai), burnedShare: 0 });
    const result = await run(s as unknown as Scenario, loadEfLibrary());
    expect(result.mass.routesT.openBurning).toBe(0);
    expect(result.mass.routesT.dumpFire).toBe(0);
    expect(result.mass.burnedPlasticT).toBeCloseTo(result.mass.routesT.fuel, 9);
    // Everything left after the furnace becomes bricks: count = plastic ÷ 0.3 × 1000 / 2 kg.
    expect(result.bricks.count).toBeCloseTo(((result.mass.rejectsT.plastic - result.mass.routesT.fuel) / 0.3) * 500, 6);
  });
});

describe('everyday figures', () => {
  // Round numbers: 312 working days a year (6 a week), 624 t fed, 520 t of pellets.
  const scenario = {
    calendar: { daysPerYear: 312 },
    units: [],
    residues: { plasticRoutes: {} },
    bricks: { plasticMassFraction: 0.3, brickMassKg: 2 },
  } as TrainingScenario;
  const result = {
    mass: {
      feedT: 624,
      productT: 520,
      burnedPlasticT: 52,
      rejectsT: { plastic: 78, inert: 10 },
      routesT: { fuel: 15.6, openBurning: 26, dumpFire: 10.4 },
      productComposition: { PVC: 0.01 },
      rejectsPoolComposition: { PVC: 0.25 },
    },
    bricks: { count: 5200 },
    air: { pm25Kg: 520, bcKg: 26 },
    water: { freshM3: 5200 },
    pcddf: { air: 7300 },
    economics: { profit: 120_000_000, revenueBreakdown: { product: 9_360_000_000 } },
  } as unknown as ResultDocument;
  const f = everydayFigures(result, scenario);

  it('turns tonnes a year into kilograms a week and a day', () => {
    expect(f.workingDaysPerWeek).toBeCloseTo(6, 12); // 312 / 52
    expect(f.feedKgPerDay).toBeCloseTo(2000, 9); // 624 t × 1000 / 312 days
    expect(f.feedKgPerWeek).toBeCloseTo(12000, 9); // 624,000 kg / 52 = 2,000 kg × 6 days
    expect(f.feedBagsPerWeek).toBeCloseTo(240, 9); // 12,000 kg / 50 kg a bag
    expect(f.pelletsKgPerWeek).toBeCloseTo(10000, 9); // 520,000 / 52
    expect(f.burnedKgPerWeek.total).toBeCloseTo(1000, 9); // 52,000 / 52
    expect(f.burnedKgPerWeek.openBurning).toBeCloseTo(500, 9); // 26,000 / 52
    expect(f.burnedKgPerWeek.dumpFire).toBeCloseTo(200, 9); // 10,400 / 52
    expect(f.burnedKgPerWeek.furnace).toBeCloseTo(300, 9); // 15,600 / 52
    expect(f.waterFreshM3PerWeek).toBeCloseTo(100, 9); // 5,200 / 52
  });

  it('gives money a month, bricks, smoke and PVC', () => {
    expect(f.profitPerMonth).toBeCloseTo(10_000_000, 3); // 120 M / 12
    expect(f.pelletSalesPerMonth).toBeCloseTo(780_000_000, 3); // 9.36 G / 12
    // Rejects after the furnace 78 − 15.6 = 62.4 t → 1,200 kg a week; 0.6 kg plastic a brick → 2,000 bricks.
    expect(f.plasticRejectsKgPerWeek).toBeCloseTo(1200, 9);
    expect(f.plasticPerBrickKg).toBeCloseTo(0.6, 12);
    expect(f.bricksPossiblePerWeek).toBeCloseTo(2000, 9);
    expect(f.bricksMadePerWeek).toBeCloseTo(100, 9); // 5,200 / 52
    expect(f.pm25KgPerWeek).toBeCloseTo(10, 9); // 520 / 52
    expect(f.blackCarbonGPerWeek).toBeCloseTo(500, 9); // 26 kg = 26,000 g / 52
    expect(f.pvcInPelletsKgPerWeek).toBeCloseTo(100, 9); // 520 t × 1 % = 5.2 t → 5,200 / 52
    expect(f.pvcBurnedKgPerWeek).toBeCloseTo(250, 9); // 52 t × 25 % = 13 t → 13,000 / 52
  });

  it('sets PCDD/F against the WHO tolerable intake and Viet Nam’s open burning', () => {
    // 4 pg/kg/day × 50 kg × 365 days = 73,000 pg = 0.073 µg a person a year; 7,300 / 0.073 = 100,000.
    expect(f.pcddfAirPersonYears).toBeCloseTo(100_000, 6);
    // 7,300 µg of 22.6 g = 22,600,000 µg: 3.230… × 10⁻⁴.
    expect(f.pcddfAirShareOfVietNamOpenBurning).toBeCloseTo(7300 / 22_600_000, 15);
  });
});

describe('recommendations', () => {
  it('puts the levers still to move first, three in all', () => {
    expect(recommendations({ burnedShare: 1, waterReusedFraction: 0, dryingFuel: 'plasticRejects', pvcSortedOutFraction: 0.8 })).toEqual([
      'bricks',
      'clean-fuel',
      'sort-pvc',
    ]);
    expect(recommendations({ burnedShare: 0, waterReusedFraction: 0.8, dryingFuel: 'lpg', pvcSortedOutFraction: 0.95 })).toEqual([
      'never-burn-near-homes',
      'keep-records',
    ]);
  });
});
