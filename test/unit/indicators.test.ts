// Efficiency indicators of measured households (web/shared/survey/indicators.ts): every indicator
// against values worked out by hand, missing inputs, and the paired bootstrap.

import { describe, expect, it } from 'vitest';
import { bootstrapMeanCi, householdIndicators, INDICATOR_KEYS, provenanceOf, surveyIndicators } from '../../web/shared/survey/indicators.ts';
import type { Survey, SurveyRecord } from '../../web/shared/survey/survey.ts';
import { TEST_LIBRARY } from './helpers.ts';

/** A household with round numbers (TEST_LIBRARY factors: open burning PCDD/F air 40, water ND,
 *  land 1; dump fire 300 / 10; plastic fuel 40 / 1; coal 100 µg/TJ air, land ND; wood 100;
 *  LPG 1.5; CO2 coal 94.6, LPG 63.1 t/TJ; grid 0.6592 t/MWh). */
function household(over: Partial<SurveyRecord> = {}): SurveyRecord {
  return {
    householdId: 'H1',
    village: 'Minh Khai',
    period: 'before',
    plasticBoughtTPerYr: 500,
    productSoldTPerYr: 400,
    rejectsOpenBurnedKgPerYr: 20_000,
    rejectsBurnedAsFuelKgPerYr: 10_000,
    rejectsDumpedKgPerYr: 15_000,
    rejectsDumpFireKgPerYr: 5_000,
    rejectsSoldKgPerYr: 0,
    rejectsToBricksKgPerYr: 0,
    electricityKWhPerYr: 200_000,
    coalTPerYr: 4,
    woodTPerYr: 2,
    lpgKgPerYr: 1_000,
    waterM3PerYr: 5_000,
    workers: 10,
    workingDaysPerYr: 250,
    priceProductVndPerT: 18_000_000,
    pricePlasticVndPerT: 2_000_000,
    priceElectricityVndPerKWh: 2_000,
    priceCoalVndPerT: 3_000_000,
    priceWoodVndPerT: 1_500_000,
    priceLpgVndPerKg: 25_000,
    wageVndPerWorkerDay: 200_000,
    otherRevenueVndPerYr: 1_000_000,
    plasticFuelLhvMJPerKg: null,
    note: null,
    row: 0,
    ...over,
  };
}

const close = (a: number | null, b: number) => {
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
};

describe('household indicators, worked by hand', () => {
  const ind = householdIndicators(household(), TEST_LIBRARY);

  it('material yield = product ÷ bought', () => {
    // 400 ÷ 500 = 0.8 t/t
    close(ind.materialYield.value, 0.8);
  });

  it('electricity and water per tonne of product', () => {
    // 200,000 kWh ÷ 400 t = 500 kWh/t; 5,000 m³ ÷ 400 t = 12.5 m³/t
    close(ind.electricityKWhPerTProduct.value, 500);
    close(ind.waterM3PerTProduct.value, 12.5);
  });

  it('fuel MJ per tonne of product (LHV coal 25, wood 15, LPG 46, plastic 30 MJ/kg)', () => {
    // coal 4 t × 1000 × 25 = 100,000; wood 2 t × 1000 × 15 = 30,000; LPG 1,000 kg × 46 = 46,000;
    // plastic 10,000 kg × 30 = 300,000; total 476,000 MJ ÷ 400 t = 1,190 MJ/t
    close(ind.fuelMJPerTProduct.value, 1190);
    // A measured LHV replaces the default: 10,000 × 40 = 400,000; total 576,000 ÷ 400 = 1,440
    close(householdIndicators(household({ plasticFuelLhvMJPerKg: 40 }), TEST_LIBRARY).fuelMJPerTProduct.value, 1440);
  });

  it('rejects burned per tonne bought (open + fuel + dump fires)', () => {
    // (20,000 + 10,000 + 5,000) kg ÷ 500 t = 70 kg/t
    close(ind.rejectsBurnedKgPerTBought.value, 70);
  });

  it('PCDD/F per tonne of product, all vectors and air, with the library factors', () => {
    // open 20 t × (40 + 1) = 820; fuel 10 t × (40 + 1) = 410; dump fire 5 t × (300 + 10) = 1,550;
    // coal 0.1 TJ × 100 = 10 (land ND = 0); wood 0.03 TJ × 100 = 3; LPG 0.046 TJ × 1.5 = 0.069;
    // total 2,793.069 µg ÷ 400 t = 6.9826725 µg TEQ/t
    close(ind.pcddfUgTeqPerTProduct.value, 6.9826725);
    // air: 800 + 400 + 1,500 + 10 + 3 + 0.069 = 2,713.069 ÷ 400 = 6.7826725
    close(ind.pcddfAirUgTeqPerTProduct.value, 6.7826725);
    expect(ind.pcddfUgTeqPerTProduct.notes.some((n) => n.includes('openBurning PCDD/F to water') && n.includes('ND'))).toBe(true);
  });

  it('fossil CO2 per tonne of product (carbon 0.75, oxidation 0.58 / 0.8, grid 0.6592)', () => {
    // open 20 × 0.75 × 0.58 × 44/12 = 31.9; fuel 10 × 0.75 × 0.8 × 44/12 = 22;
    // dump fire 5 × 0.75 × 0.58 × 44/12 = 7.975; coal 0.1 TJ × 94.6 = 9.46; LPG 0.046 × 63.1 = 2.9026;
    // wood biogenic, not counted; grid 200 MWh × 0.6592 = 131.84; total 206.0776 t ÷ 400 = 0.515194
    close(ind.co2TPerTProduct.value, 0.515194);
  });

  it('profit per tonne of product', () => {
    // revenue 400 × 18e6 + 1e6 = 7,201e6; costs plastic 500 × 2e6 = 1,000e6, electricity
    // 200,000 × 2,000 = 400e6, coal 12e6, wood 3e6, LPG 25e6, labour 10 × 250 × 200,000 = 500e6:
    // 1,940e6; profit 5,261e6 ÷ 400 = 13,152,500 VND/t
    close(ind.profitVndPerTProduct.value, 13_152_500);
  });
});

describe('missing inputs', () => {
  it('a missing input makes exactly the indicators that need it null, with the reason', () => {
    const ind = householdIndicators(household({ coalTPerYr: null }), TEST_LIBRARY);
    for (const key of ['fuelMJPerTProduct', 'pcddfUgTeqPerTProduct', 'pcddfAirUgTeqPerTProduct', 'co2TPerTProduct', 'profitVndPerTProduct'] as const) {
      expect(ind[key].value).toBeNull();
      expect(ind[key].missing.map((m) => m.column)).toContain('coal_t_per_yr');
    }
    close(ind.materialYield.value, 0.8);
    close(ind.electricityKWhPerTProduct.value, 500);
    close(ind.waterM3PerTProduct.value, 12.5);
    close(ind.rejectsBurnedKgPerTBought.value, 70);
  });

  it('dump fires are optional: left out with a note, never read as 0 silently', () => {
    const ind = householdIndicators(household({ rejectsDumpFireKgPerYr: null }), TEST_LIBRARY);
    // (20,000 + 10,000) ÷ 500 = 60 kg/t; PCDD/F (2,793.069 − 1,550) ÷ 400 = 3.1076725
    close(ind.rejectsBurnedKgPerTBought.value, 60);
    close(ind.pcddfUgTeqPerTProduct.value, 3.1076725);
    expect(ind.rejectsBurnedKgPerTBought.notes.join(' ')).toMatch(/dump fires not reported/);
  });

  it('a fuel not used needs no price; a fuel used does', () => {
    // No coal, no coal price: costs drop by 12e6: profit (5,261e6 + 12e6) ÷ 400 = 13,182,500
    close(householdIndicators(household({ coalTPerYr: 0, priceCoalVndPerT: null }), TEST_LIBRARY).profitVndPerTProduct.value, 13_182_500);
    const p = householdIndicators(household({ priceCoalVndPerT: null }), TEST_LIBRARY).profitVndPerTProduct;
    expect(p.value).toBeNull();
    expect(p.missing.map((m) => m.column)).toEqual(['price_coal_vnd_per_t']);
  });

  it('zero product gives null ratios with the reason, not infinity', () => {
    const ind = householdIndicators(household({ productSoldTPerYr: 0 }), TEST_LIBRARY);
    expect(ind.electricityKWhPerTProduct.value).toBeNull();
    expect(ind.electricityKWhPerTProduct.missing[0].code).toBe('zero_denominator');
    expect(ind.materialYield.value).toBe(0);
  });
});

describe('provenance', () => {
  it('names inputs, factors with source and status, and the formula', () => {
    const p = provenanceOf(householdIndicators(household(), TEST_LIBRARY).co2TPerTProduct);
    expect(p.formula).toMatch(/44\/12/);
    expect(p.inputs.find((i) => i.column === 'electricity_kwh_per_yr')?.value).toBe(200_000);
    const grid = p.factors.find((f) => f.pointer === '/gridCo2PerMWh');
    expect(grid?.value).toBe(0.6592);
    const carbon = p.factors.find((f) => f.name === 'plasticCarbonFraction');
    expect(carbon?.status).toBe('R');
    expect(carbon?.source).toMatch(/IPCC 2006/);
  });
});

describe('bootstrap', () => {
  it('is deterministic for a seed and uses at least 2,000 resamples', () => {
    const values = [1.2, -0.4, 3.3, 0.8, 2.1, -1.0, 0.5];
    const a = bootstrapMeanCi(values, { seed: 7 });
    const b = bootstrapMeanCi(values, { seed: 7 });
    expect(a).toEqual(b);
    expect(bootstrapMeanCi(values, { seed: 8 })).not.toEqual(a);
    expect(bootstrapMeanCi(values, { resamples: 10 })!.resamples).toBe(2000);
    // mean = 6.5 ÷ 7
    close(a!.mean, 6.5 / 7);
    expect(a!.low).toBeLessThan(a!.mean);
    expect(a!.high).toBeGreaterThan(a!.mean);
  });

  it('identical values give a zero-width interval at the value', () => {
    const ci = bootstrapMeanCi([0.1, 0.1, 0.1, 0.1], { seed: 3 })!;
    expect(ci.low).toBe(ci.high);
    expect(ci.low).toBe(ci.mean);
  });

  it('two values 1 and 2: resample means are 1, 1.5 or 2 (p = ¼, ½, ¼), so the 95 % interval is [1, 2]', () => {
    const ci = bootstrapMeanCi([1, 2], { seed: 11, resamples: 4000 })!;
    expect(ci.low).toBe(1);
    expect(ci.high).toBe(2);
  });
});

describe('group: paired change after − before', () => {
  const survey = (records: SurveyRecord[]): Survey => ({ format: 'plastic-line-survey', version: 1, records, notes: [], columns: [] });

  it('identical households give the change with a zero-width interval, and count who contributed', () => {
    const records: SurveyRecord[] = [];
    for (const id of ['A', 'B', 'C']) {
      records.push(household({ householdId: id }));
      // after: product 420 t → yield 0.84, change +0.04
      records.push(household({ householdId: id, period: 'after', productSoldTPerYr: 420 }));
    }
    // D has no "after" row; E's "after" lacks electricity.
    records.push(household({ householdId: 'D' }));
    records.push(household({ householdId: 'E' }), household({ householdId: 'E', period: 'after', productSoldTPerYr: 420, electricityKWhPerYr: null }));
    const g = surveyIndicators(survey(records), TEST_LIBRARY).group;
    close(g.materialYield.change.mean, 0.04);
    expect(g.materialYield.change.n).toBe(4); // A, B, C, E
    expect(g.materialYield.change.low).toBe(g.materialYield.change.high);
    expect(g.materialYield.before).toEqual({ mean: 0.8, n: 5 });
    // electricity after: 200,000 ÷ 420 = 476.190476…; change −23.809524 for A, B, C only
    expect(g.electricityKWhPerTProduct.change.n).toBe(3);
    close(g.electricityKWhPerTProduct.change.mean, 200_000 / 420 - 500);
    expect(g.electricityKWhPerTProduct.pairs.find((p) => p.householdId === 'E')?.change).toBeNull();
    expect(INDICATOR_KEYS.every((k) => g[k].change.resamples >= 2000)).toBe(true);
  });

  it('does not depend on the order of the rows', () => {
    const records = ['A', 'B', 'C', 'D'].flatMap((id, i) => [
      household({ householdId: id, productSoldTPerYr: 380 + 10 * i }),
      household({ householdId: id, period: 'after', productSoldTPerYr: 400 + 7 * i * i }),
    ]);
    const a = surveyIndicators(survey(records), TEST_LIBRARY).group.materialYield.change;
    const b = surveyIndicators(survey([...records].reverse()), TEST_LIBRARY).group.materialYield.change;
    expect(a).toEqual(b);
    expect(a.high! - a.low!).toBeGreaterThan(0);
  });

  it('fewer than two households: a mean change but no interval', () => {
    const g = surveyIndicators(survey([household(), household({ period: 'after', productSoldTPerYr: 450 })]), TEST_LIBRARY).group;
    close(g.materialYield.change.mean, 0.1);
    expect(g.materialYield.change.low).toBeNull();
  });
});
