// Measured versus modelled (web/shared/survey/measured-vs-modelled.ts): a household "measured" from a
// scenario's own simulated outputs must round-trip with no flags; a perturbed one is flagged
// with the parameter to revisit.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareMeasuredModelled, provenanceOf } from '../../web/shared/survey/measured-vs-modelled.ts';
import { scenarioFromHousehold } from '../../web/shared/survey/household-scenario.ts';
import { householdIndicators } from '../../web/shared/survey/indicators.ts';
import { loadCatalogue, resolveVariant } from '../../web/shared/analysis/measures.ts';
import type { ResultDocument } from '../../web/shared/model/result-types.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';
import { runScenario } from '../../web/shared/model/simulate.ts';
import type { SurveyRecord } from '../../web/shared/survey/survey.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { core } from './helpers.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
const library = loadEfLibrary();
const before = fixture('scenarios/minh-khai-before.json') as Scenario;

/** What a household running exactly this scenario would report in the survey. */
function measuredFrom(s: Scenario, r: ResultDocument, period: 'before' | 'after'): SurveyRecord {
  const p = s.prices ?? {};
  return {
    householdId: 'SIM-1',
    village: 'Minh Khai',
    period,
    plasticBoughtTPerYr: r.mass.feedT,
    productSoldTPerYr: r.mass.productT,
    rejectsOpenBurnedKgPerYr: r.mass.routesT.openBurning * 1000,
    rejectsBurnedAsFuelKgPerYr: r.mass.routesT.fuel * 1000,
    rejectsDumpedKgPerYr: r.mass.routesT.dumping * 1000,
    rejectsDumpFireKgPerYr: r.mass.routesT.dumpFire * 1000,
    rejectsSoldKgPerYr: r.mass.routesT.sale * 1000,
    rejectsToBricksKgPerYr: r.mass.routesT.bricks * 1000,
    electricityKWhPerYr: r.energy.electricityKWh,
    coalTPerYr: r.energy.purchasedFuel.coalT,
    woodTPerYr: r.energy.purchasedFuel.woodT,
    lpgKgPerYr: r.energy.purchasedFuel.lpgKg,
    waterM3PerYr: r.water.freshM3,
    workers: r.economics.workersPaid,
    workingDaysPerYr: s.calendar.daysPerYear,
    priceProductVndPerT: p.productPerTonne ?? null,
    pricePlasticVndPerT: s.feed.pricePerTonne ?? null,
    priceElectricityVndPerKWh: p.electricityPerKWh ?? null,
    priceCoalVndPerT: p.coalPerTonne ?? null,
    priceWoodVndPerT: p.woodPerTonne ?? null,
    priceLpgVndPerKg: p.lpgPerKg ?? null,
    wageVndPerWorkerDay: p.wagePerWorkerDay ?? null,
    otherRevenueVndPerYr: r.economics.revenueBreakdown.bricks + r.economics.revenueBreakdown.scrapSale,
    // The model burns the rejects pool at its own heating value; a household that measured it would report it.
    plasticFuelLhvMJPerKg: r.mass.routesT.fuel > 0 ? r.energy.fuelMJ.plasticRejects / (r.mass.routesT.fuel * 1000) : null,
    note: null,
    row: 0,
  };
}

describe('round trip: a household measured from the model itself', () => {
  it('minh-khai-before: no flags, and every figure within 0.1 %', async () => {
    const c = await core();
    const record = measuredFrom(before, runScenario(c, before, library), 'before');
    const cmp = compareMeasuredModelled(c, record, before, library);
    expect(cmp.flags).toEqual([]);
    for (const item of cmp.items) {
      if (item.key === 'profit') continue;
      if (item.relativeDifference !== null) expect(Math.abs(item.relativeDifference)).toBeLessThan(1e-3);
    }
    // The survey records no water price and no other costs, so its profit leaves out what the
    // fixture costs besides feed, electricity and labour: water 6,045.6 m³ × 10,000 VND = 60,456,000;
    // other costs 120,000,000 rent + 600 t × 50,000 maintenance + 600 t × 250,000 transport
    // + 600 t × 60,000 chemicals + 30,000,000 depreciation = 366,000,000. Survey profit =
    // modelled profit + 426,456,000 = 5,557,460,705 + 426,456,000 = 5,983,916,705, so modelled ÷
    // measured − 1 = −426,456,000 / 5,983,916,705 = −0.0712670 (inside the 15 % flag tolerance).
    const profit = cmp.items.find((i) => i.key === 'profit')!;
    expect(profit.relativeDifference).toBeCloseTo(-426_456_000 / 5_983_916_705, 6);
    // The measured reject shares are the template's own: 60 % open burning, 40 % dumping, 30 % of it burning.
    expect(cmp.scenario.residues.plasticRoutes.openBurning).toBeCloseTo(0.6, 12);
    expect(cmp.scenario.residues.dumpFireFraction).toBeCloseTo(0.3, 12);
    expect(cmp.scenario.provenance?.['/feed/tonnesPerDay']?.status).toBe('D');
  });

  it('minh-khai-after (bricks, LPG dryer, recirculated water): no flags', async () => {
    const c = await core();
    const variant = await resolveVariant(fixture('scenarios/minh-khai-after.json'), (p) => fixture(`scenarios/${p}`), loadCatalogue(fixture('measures.json')));
    const after = variant.scenario;
    const record = measuredFrom(after, runScenario(c, after, library), 'after');
    expect(record.lpgKgPerYr).toBeGreaterThan(0);
    const cmp = compareMeasuredModelled(c, record, after, library);
    expect(cmp.flags).toEqual([]);
    expect(cmp.scenario.units.find((u) => u.id === 'dry')?.heat?.fuel).toBe('lpg');
  });
});

describe('perturbed measurements are flagged with the parameter to revisit', () => {
  it('product 30 % above the model: "product 23 % below measurement: revisit removal fractions at sorting or process loss at extrusion"', async () => {
    const c = await core();
    const record = measuredFrom(before, runScenario(c, before, library), 'before');
    record.productSoldTPerYr = record.productSoldTPerYr! * 1.3;
    const cmp = compareMeasuredModelled(c, record, before, library);
    const product = cmp.flags.find((f) => f.key === 'product')!;
    // modelled ÷ measured − 1 = 1 ÷ 1.3 − 1 = −0.230769…
    expect(product.relativeDifference).toBeCloseTo(1 / 1.3 - 1, 9);
    expect(product.message).toMatch(/^product 23 % below measurement: revisit removal fractions at sort \(Manual sorting\) or process loss at extrude/);
  });

  it('twice the plastic burned as fuel: the heat demand of the dryer is named', async () => {
    const c = await core();
    const record = measuredFrom(before, runScenario(c, before, library), 'before');
    record.rejectsBurnedAsFuelKgPerYr = record.rejectsBurnedAsFuelKgPerYr! * 2;
    const cmp = compareMeasuredModelled(c, record, before, library);
    const fuel = cmp.flags.find((f) => f.key === 'fuelRejects')!;
    expect(fuel.relativeDifference).toBeCloseTo(-0.5, 9);
    expect(fuel.hint).toMatch(/heat MJ per tonne and efficiency of dry/);
    expect(cmp.flags.map((f) => f.key)).not.toContain('product');
  });

  it('a tighter tolerance flags smaller gaps', async () => {
    const c = await core();
    const record = measuredFrom(before, runScenario(c, before, library), 'before');
    record.productSoldTPerYr = record.productSoldTPerYr! * 1.05;
    expect(compareMeasuredModelled(c, record, before, library).flags.map((f) => f.key)).not.toContain('product');
    expect(compareMeasuredModelled(c, record, before, library, { tolerance: 0.02 }).flags.map((f) => f.key)).toContain('product');
  });

  it('unmeasured figures are reported as such, and the template is kept (and said so)', async () => {
    const c = await core();
    const record = measuredFrom(before, runScenario(c, before, library), 'before');
    record.waterM3PerYr = null;
    const built = scenarioFromHousehold(c, record, before, library);
    expect(built.assumptions.join(' ')).toMatch(/water per tonne: not measured, kept from the template/);
    const cmp = compareMeasuredModelled(c, record, before, library);
    expect(cmp.items.find((i) => i.key === 'water')).toMatchObject({ measured: null, flagged: false, message: 'fresh water: not measured' });
  });
});

describe('provenanceOf', () => {
  it('gives inputs, emission factors with source and status, and the formula of a figure', async () => {
    const c = await core();
    const record = measuredFrom(before, runScenario(c, before, library), 'before');
    const p = provenanceOf(householdIndicators(record, library).pcddfAirUgTeqPerTProduct);
    expect(p.formula).toMatch(/EF\(PCDD\/F, air\)/);
    const open = p.factors.find((f) => f.pointer === '/openBurning/pcddf/air')!;
    expect(open).toMatchObject({ value: 40, status: 'M', statusLabel: 'unverified (recalled, to be checked)' });
    expect(open.source).toMatch(/Toolkit/);
    expect(p.inputs.map((i) => i.column)).toContain('rejects_open_burned_kg_per_yr');
  });
});
