// MODEL.md 3.1a (chlorine of what burns, the chlorine-adjusted method, HCl, the brick melt and its
// heat) and 3.2 (other costs). Every expected value is worked out by hand in the comments.
//
// The line of most tests: 100 t/yr of feed (1 t/day × 100 days), 90 % PE and 10 % PVC. One
// sorting unit sends all the PVC and 10 % of the PE to the rejects, so the pool is 10 t PVC +
// 9 t PE = 19 t and the product 81 t of PE. Nothing is burned as fuel.
//   chlorine of the pool = 10 t × 0.5673 / 19 t = 5.673 / 19 = 0.298578947… (MODEL.md: PVC 0.5673)

import { describe, expect, it } from 'vitest';
import { scenario, run } from './helpers.ts';
import { chlorineMultiplierOf } from './chlorine-reference.ts';

const POOL_CL = 5.673 / 19;
const HCL_PER_CL = 36.46 / 35.45; // kg HCl per kg Cl (molar masses)

function line(over: Record<string, unknown> = {}) {
  return scenario({
    feed: { tonnesPerDay: 1, composition: { PE: 0.9, PVC: 0.1 } },
    units: [{ id: 'sort', type: 'sorting', removal: { PVC: { fraction: 1, to: 'rejects' }, PE: { fraction: 0.1, to: 'rejects' } } }],
    residues: { plasticRoutes: { openBurning: 1 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0 },
    ...over,
  } as never);
}

describe('chlorine of what burns (MODEL.md 3.1a)', () => {
  it('is the pool chlorine fraction for every source that burns, and 0 where nothing burns', async () => {
    const r = await run(line({ residues: { plasticRoutes: { openBurning: 0.5, dumping: 0.5 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0.5 } }));
    expect(r.mass.rejectsT.plastic).toBeCloseTo(19, 12);
    expect(r.chlorine.poolClFraction).toBeCloseTo(POOL_CL, 15);
    expect(r.chlorine.bySource.openBurning.clFraction).toBeCloseTo(POOL_CL, 15);
    expect(r.chlorine.bySource.dumpFire.clFraction).toBeCloseTo(POOL_CL, 15);
    // no plastic is drawn as fuel, none goes to the kiln or to bricks: 0, not the pool's value
    expect(r.chlorine.bySource.plasticFuel.clFraction).toBe(0);
    expect(r.chlorine.bySource.cementKiln.clFraction).toBe(0);
    expect(r.chlorine.bySource.brickMelt.clFraction).toBe(0);
  });

  it('follows a scenario override of a polymer chlorine fraction', async () => {
    // PE at 1 % chlorine: (10 × 0.5673 + 9 × 0.01) / 19 = 5.763 / 19 = 0.303315789…
    const r = await run(line({ releases: { chlorineFraction: { PE: 0.01 } } }));
    expect(r.chlorine.poolClFraction).toBeCloseTo(5.763 / 19, 15);
  });
});

describe('the chlorine multiplier (MODEL.md 3.1a)', () => {
  it('is 1 under the Toolkit method, which is the default, whatever the chlorine', async () => {
    // 19 t burned in the open × 40 µg TEQ/t = 760 µg TEQ to air, as before this work
    const r = await run(line());
    expect(r.chlorine.method).toBe('toolkit');
    expect(r.chlorine.bySource.openBurning.multiplier).toBe(1);
    expect(r.pcddf.air).toBeCloseTo(760, 9);
    // what the chlorine-adjusted method would apply: (0.29858 / 0.01)^1 = 29.857894…
    expect(r.chlorine.adjustedMultiplier.openBurning).toBeCloseTo(29.857894736842105, 12);
    expect(r.chlorine.byMethod.toolkit.pcddfAir).toBeCloseTo(760, 9);
    // 760 × 29.857894… = 40 × 0.5673 × 10 / 0.01 = 22,692
    expect(r.chlorine.byMethod.chlorineAdjusted.pcddfAir).toBeCloseTo(22692, 8);
  });

  it('above the threshold, multiplies every PCDD/F and dl-PCB vector of open burning', async () => {
    // air 19 × 40 × 29.857894… = 22,692; land 19 × 1 × 29.857894… = 567.3; dl-PCB air 19 × 2 × … = 1,134.6
    const r = await run(line({ releases: { method: 'chlorineAdjusted' } }));
    expect(r.chlorine.bySource.openBurning.multiplier).toBeCloseTo(29.857894736842105, 12);
    expect(r.pcddf.air).toBeCloseTo(22692, 8);
    expect(r.pcddf.land).toBeCloseTo(567.3, 9);
    expect(r.dlpcb.air).toBeCloseTo(1134.6, 9);
    expect(r.pcddf.total).toBeCloseTo(22692 + 567.3, 8);
    expect(r.chlorine.byMethod.toolkit.pcddfTotal).toBeCloseTo(760 + 19, 9);
  });

  it('below the threshold is 1', async () => {
    // threshold 0.5 > 0.2986: no effect
    const r = await run(line({ releases: { method: 'chlorineAdjusted', chlorine: { refFraction: 0.5 } } }));
    expect(r.chlorine.bySource.openBurning.multiplier).toBe(1);
    expect(r.pcddf.air).toBeCloseTo(760, 9);
  });

  it('stops at the cap', async () => {
    // min(29.86, 20) = 20: 19 × 40 × 20 = 15,200
    const r = await run(line({ releases: { method: 'chlorineAdjusted', chlorine: { maxMultiplier: 20 } } }));
    expect(r.chlorine.bySource.openBurning.multiplier).toBe(20);
    expect(r.pcddf.air).toBeCloseTo(15200, 9);
  });

  it('raises the ratio to the exponent', async () => {
    // ref 0.1, exponent 2: (0.298579 / 0.1)^2 = 2.98578947…² = 8.914938781…; 760 × that = 6,775.3534…
    const r = await run(line({ releases: { method: 'chlorineAdjusted', chlorine: { refFraction: 0.1, exponent: 2 } } }));
    expect(r.chlorine.bySource.openBurning.multiplier).toBeCloseTo(2.9857894736842105 ** 2, 12);
    expect(r.pcddf.air).toBeCloseTo(760 * 2.9857894736842105 ** 2, 8);
    expect(chlorineMultiplierOf(POOL_CL, 0.1, 2, 100)).toBeCloseTo(8.914938781163436, 12);
  });

  it('leaves the cement kiln, the brick melt and purchased fuels alone', async () => {
    const r = await run(
      line({
        releases: { method: 'chlorineAdjusted' },
        residues: { plasticRoutes: { cementKiln: 0.5, bricks: 0.5 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0 },
        bricks: { plasticMassFraction: 0.5, brickMassKg: 2 },
      }),
    );
    expect(r.chlorine.bySource.cementKiln.multiplier).toBe(1);
    expect(r.chlorine.bySource.brickMelt.multiplier).toBe(1);
    expect(r.chlorine.adjustedMultiplier.cementKiln).toBe(1);
  });
});

describe('HCl (MODEL.md 3.1a)', () => {
  it('is the chlorine burned × 36.46/35.45 × the release share, per source', async () => {
    // 9.5 t to open burning, 9.5 t dumped of which 4.75 t burn in dump fires.
    // chlorine in open burning = 9.5 t × 0.298579 = 2.8365 t = 2,836.5 kg → HCl 2,836.5 × 1.028491 = 2,917.3142 kg
    // dump fires: 4.75 t → 1,418.25 kg Cl → 1,458.6571 kg HCl (release share 1)
    const r = await run(line({ residues: { plasticRoutes: { openBurning: 0.5, dumping: 0.5 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0.5 } }));
    expect(r.air.hclKgBySource.openBurning).toBeCloseTo(2836.5 * HCL_PER_CL, 8);
    expect(r.air.hclKgBySource.dumpFire).toBeCloseTo(1418.25 * HCL_PER_CL, 8);
    expect(r.air.hclKg).toBeCloseTo(4254.75 * HCL_PER_CL, 8);
    expect(r.air.hclKg).toBeCloseTo(4375.971368124118, 7);
  });

  it('counts half the chlorine of the brick melt and none of the cement kiln by default', async () => {
    // 9.5 t to bricks: 2,836.5 kg Cl × 0.5 × 1.028491 = 1,458.6571 kg; 9.5 t to the kiln: release share 0
    const r = await run(
      line({
        residues: { plasticRoutes: { cementKiln: 0.5, bricks: 0.5 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0 },
        bricks: { plasticMassFraction: 0.5, brickMassKg: 2 },
      }),
    );
    expect(r.air.hclKgBySource.brickMelt).toBeCloseTo(2836.5 * 0.5 * HCL_PER_CL, 8);
    expect(r.air.hclKgBySource.cementKiln).toBe(0);
    expect(r.air.hclKg).toBeCloseTo(1458.65712270804, 8);
  });

  it('follows a scenario release share', async () => {
    // open burning at 0.8: 19 t × 0.298579 × 1000 × 0.8 × 1.028491 = 5,673 × 0.8 × 1.028491 = 4,667.7028 kg
    const r = await run(line({ releases: { hclReleaseFraction: { openBurning: 0.8 } } }));
    expect(r.air.hclKg).toBeCloseTo(5673 * 0.8 * HCL_PER_CL, 8);
  });

  it('is 0 when nothing with chlorine burns', async () => {
    const r = await run(line({ feed: { tonnesPerDay: 1, composition: { PE: 1 } } }));
    expect(r.air.hclKg).toBe(0);
  });
});

describe('the brick melt (MODEL.md 3.1a)', () => {
  const bricksLine = (heat: Record<string, unknown>, prices: Record<string, number> = {}) =>
    line({
      residues: { plasticRoutes: { bricks: 1 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0 },
      bricks: { plasticMassFraction: 0.5, brickMassKg: 2, heat },
      prices,
    });

  it('lists its PCDD/F as not quantified, and counts none', async () => {
    const r = await run(bricksLine({ MJPerTonnePlastic: 0, fuel: 'coal' }));
    expect(r.mass.routesT.bricks).toBeCloseTo(19, 12);
    expect(r.notQuantified).toContain('PCDD/F to air (brick melt)');
    expect(r.notQuantifiedItems).toContainEqual({ pollutant: 'pcddf', source: 'brickMelt', vector: 'air' });
    expect(r.pcddf.bySource.brickMelt.air).toBe(0);
    expect(r.pcddf.total).toBe(0);
  });

  it('burns its heat fuel: mass, cost and releases', async () => {
    // 19 t × 1,000 MJ/t ÷ efficiency 0.5 = 38,000 MJ of coal = 38,000 / 25,000 MJ/t = 1.52 t;
    // cost 1.52 t × 3,000,000 = 4,560,000; PCDD/F 0.038 TJ × 100 µg TEQ/TJ = 3.8 µg TEQ to air;
    // fossil CO2 0.038 TJ × 94.6 t/TJ = 3.5948 t
    const r = await run(bricksLine({ MJPerTonnePlastic: 1000, fuel: 'coal', efficiency: 0.5 }, { coalPerTonne: 3_000_000 }));
    expect(r.bricks.heatFuelMJ).toBeCloseTo(38000, 8);
    expect(r.energy.fuelMJ.coal).toBeCloseTo(38000, 8);
    expect(r.energy.purchasedFuel.coalT).toBeCloseTo(1.52, 12);
    expect(r.economics.costBreakdown.coal).toBeCloseTo(4_560_000, 5);
    expect(r.pcddf.bySource.coal.air).toBeCloseTo(3.8, 12);
    expect(r.air.co2FossilT).toBeCloseTo(3.5948, 12);
  });

  it('with electricity adds kWh: 38,000 MJ ÷ 3.6 = 10,555.56 kWh', async () => {
    const r = await run(bricksLine({ MJPerTonnePlastic: 1000, fuel: 'electricity', efficiency: 0.5 }, { electricityPerKWh: 2000 }));
    expect(r.energy.electricityKWh).toBeCloseTo(38000 / 3.6, 8);
    expect(r.energy.heatElectricityKWh).toBeCloseTo(38000 / 3.6, 8);
    // 10,555.56 kWh × 2,000 = 21,111,111.1
    expect(r.economics.costBreakdown.electricity).toBeCloseTo((38000 / 3.6) * 2000, 4);
  });

  it('with LPG: 19,000 MJ at efficiency 1 = 19,000 / 46 = 413.04 kg', async () => {
    const r = await run(bricksLine({ MJPerTonnePlastic: 1000, fuel: 'lpg' }, { lpgPerKg: 25_000 }));
    expect(r.energy.purchasedFuel.lpgKg).toBeCloseTo(19000 / 46, 9);
    expect(r.economics.costBreakdown.lpg).toBeCloseTo((19000 / 46) * 25_000, 5);
  });
});

describe('other costs (MODEL.md 3.2)', () => {
  it('adds perYear + perTonneFeed × F + perTonneProduct × Q, each by id', async () => {
    // F = 100 t, Q = 81 t. rent 1,000,000/yr; transport 5,000 per t of feed = 500,000;
    // chemicals 10,000 per t of product = 810,000; all three on one line: 2,310,000.
    const r = await run(
      line({
        otherCosts: [
          { id: 'rent', name: 'Rent', perYear: 1_000_000 },
          { id: 'transport', name: 'Transport', perTonneFeed: 5_000 },
          { id: 'chemicals', name: 'Washing chemicals', perTonneProduct: 10_000 },
          { id: 'mixed', name: 'All three bases', perYear: 1_000_000, perTonneFeed: 5_000, perTonneProduct: 10_000 },
        ],
      }),
    );
    expect(r.mass.productT).toBeCloseTo(81, 12);
    expect(r.economics.costBreakdown.otherById).toEqual({
      rent: 1_000_000,
      transport: 500_000,
      chemicals: expect.closeTo(810_000, 6),
      mixed: expect.closeTo(2_310_000, 6),
    });
    expect(r.economics.costBreakdown.other).toBeCloseTo(4_620_000, 5);
    expect(r.economics.costs).toBeCloseTo(4_620_000, 5);
    expect(r.economics.profit).toBeCloseTo(-4_620_000, 5);
  });
});

describe('polymers kept apart from what burns (extension residues.separation)', () => {
  it('takes PVC out of the pool before it burns: less chlorine, less HCl, and the same mass balance', async () => {
    // 90 % of the 10 t of PVC kept apart to landfill: 9 t. The pool keeps 1 t PVC + 9 t PE = 10 t,
    // chlorine 0.5673 / 10 = 0.05673; HCl 10 t × 1000 × 0.05673 × 1.028491 = 583.4634 kg;
    // chlorine-adjusted multiplier 0.05673 / 0.01 = 5.673 → PCDD/F to air 10 × 40 × 5.673 = 2,269.2.
    const r = await run(
      line({
        releases: { method: 'chlorineAdjusted' },
        residues: {
          plasticRoutes: { openBurning: 1 },
          inertRoutes: { dumping: 1 },
          dumpFireFraction: 0,
          separation: { PVC: { fraction: 0.9, to: 'landfill' } },
        },
      }),
    );
    expect(r.mass.rejectsT.plastic).toBeCloseTo(19, 12);
    expect(r.mass.separatedT).toEqual({ PVC: expect.closeTo(9, 12) });
    expect(r.mass.routesT.landfill).toBeCloseTo(9, 12);
    expect(r.mass.routesT.openBurning).toBeCloseTo(10, 12);
    expect(r.chlorine.poolClFraction).toBeCloseTo(0.05673, 15);
    expect(r.air.hclKg).toBeCloseTo(567.3 * HCL_PER_CL, 8);
    expect(r.pcddf.air).toBeCloseTo(2269.2, 8);
    expect(r.mass.closureErrorT).toBeLessThanOrEqual(1e-9 * r.mass.feedT);
  });

  it('gives the cement kiln the chlorine and carbon of what it really takes', async () => {
    // All 10 t PVC kept apart to the kiln; the pool is 9 t PE, half burned in the open, half to the kiln.
    // Kiln: 4.5 t PE + 10 t PVC = 14.5 t with chlorine 5.673 / 14.5 = 0.391241…;
    // fossil CO2 of the kiln (4.5 × 0.857 + 10 × 0.384) × 1.0 × 44/12 = 28.2205 t; open burning has no chlorine.
    const r = await run(
      line({
        residues: {
          plasticRoutes: { openBurning: 0.5, cementKiln: 0.5 },
          inertRoutes: { dumping: 1 },
          dumpFireFraction: 0,
          separation: { PVC: { fraction: 1, to: 'cementKiln' } },
        },
      }),
    );
    expect(r.mass.routesT.cementKiln).toBeCloseTo(14.5, 12);
    expect(r.chlorine.bySource.cementKiln.clFraction).toBeCloseTo(5.673 / 14.5, 14);
    expect(r.chlorine.bySource.openBurning.clFraction).toBe(0);
    expect(r.pcddf.bySource.cementKiln.co2FossilT).toBeCloseTo(((4.5 * 0.857 + 10 * 0.384) * 44) / 12, 10);
    expect(r.air.hclKg).toBe(0);
  });
});
