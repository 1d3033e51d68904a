// The steady-state balance of MODEL.md section 3, formula by formula, through the compiled
// Wasm core. Every expected value is worked out by hand in the comment above its assertion.

import { describe, expect, it } from 'vitest';
import { run, scenario } from './helpers.ts';

const close = (actual: number, expected: number, rel = 1e-12) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));

describe('step 1–3: feed, capacity, throughput and bottleneck', () => {
  // D = 250, H = 8, 4 t/day → F = 1000 t.
  // Unit a: 600 kg/h, MTBF 90 h, MTTR 10 h → A = 90/100 = 0.9; Cap_a = 0.6 × 8 × 250 × 0.9 = 1080 t;
  //         removes 20 % of PE to rejects, so s_a = 1, s_b = 0.8.
  // Unit b: no failures; Cap_b = cap/1000 × 8 × 250.
  const line = (capB: number) =>
    scenario({
      calendar: { daysPerYear: 250, hoursPerDay: 8 },
      feed: { tonnesPerDay: 4, composition: { PE: 1 } },
      units: [
        { id: 'a', type: 'sorting', capacityKgPerHour: 600, mtbfHours: 90, mttrHours: 10, removal: { PE: { fraction: 0.2, to: 'rejects' } } },
        { id: 'b', type: 'extrusion', capacityKgPerHour: capB },
      ],
    });

  it('processes all the feed when every unit has room, and still names the tightest unit', async () => {
    // Cap_b = 0.4 × 2000 = 800 t; demand_b = 1000 × 0.8 = 800 → ratio 1.0; ratio_a = 1080/1000 = 1.08.
    // r = min(1, 1.0) = 1 → P = 1000, B = 0; bottleneck b (smallest ratio).
    const r = await run(line(400));
    expect(r.mass.feedT).toBe(1000);
    close(r.mass.processedT, 1000);
    close(r.mass.backlogT, 0);
    expect(r.mass.bottleneckUnitId).toBe('b');
    close(r.mass.units[0].capacityT!, 1080);
    close(r.mass.units[1].capacityT!, 800);
  });

  it('limits throughput to the bottleneck and keeps the rest as backlog', async () => {
    // Cap_b = 0.3 × 2000 = 600 t; ratio_b = 600/800 = 0.75 → P = 750, B = 250.
    // in_a = 750, out_a = 750 × 0.8 = 600 = in_b; utilisation_a = 750/1080 = 0.694444…, utilisation_b = 600/600 = 1.
    const r = await run(line(300));
    close(r.mass.throughputRatio, 0.75);
    close(r.mass.processedT, 750);
    close(r.mass.backlogT, 250);
    expect(r.mass.bottleneckUnitId).toBe('b');
    close(r.mass.units[0].inT, 750);
    close(r.mass.units[0].outT, 600);
    close(r.mass.units[0].removedT, 150);
    close(r.mass.units[0].utilization!, 750 / 1080);
    close(r.mass.units[1].utilization!, 1);
    close(r.mass.productT, 600);
  });

  it('treats a unit with only one of MTBF/MTTR as always available, and no capacity as unlimited', async () => {
    // Only MTBF given → A = 1: Cap = 0.5 × 10 × 100 = 500 t ≥ F = 100 t. No capacity → null.
    const r = await run(
      scenario({
        units: [
          { id: 'a', type: 'sorting', capacityKgPerHour: 500, mtbfHours: 10 },
          { id: 'b', type: 'washing' },
        ],
      }),
    );
    close(r.mass.units[0].capacityT!, 500);
    expect(r.mass.units[1].capacityT).toBeNull();
    expect(r.mass.units[1].utilization).toBeNull();
    expect(r.mass.bottleneckUnitId).toBe('a');
  });
});

describe('step 4–6 and 11: removals, process loss, product, wastewater solids', () => {
  // F = 2 t/day × 300 d = 600 t; composition PE .5 PP .2 PS .03 PET .04 PVC .03 other .05 dirt .1 moisture .05.
  // sort: PVC 50 %, other 40 %, dirt 20 % → rejects: PVC 9, other 12, dirt 12 t.
  // wash: dirt 80 % of the remaining 48 t → 38.4 t to wastewater.
  // dry: moisture 90 % of 30 t → 27 t evaporated.
  // extrude: 2 % process loss of each polymer: polymers left = 600 × (.5+.2+.03+.04+.015+.03) = 489 t → lost 9.78 t.
  // Product = 600 − 9 − 12 − 12 − 38.4 − 27 − 9.78 = 491.82 t.
  const s = scenario({
    calendar: { daysPerYear: 300, hoursPerDay: 10 },
    feed: { tonnesPerDay: 2, composition: { PE: 0.5, PP: 0.2, PS: 0.03, PET: 0.04, PVC: 0.03, otherPlastic: 0.05, dirt: 0.1, moisture: 0.05 } },
    units: [
      {
        id: 'sort',
        type: 'sorting',
        removal: { PVC: { fraction: 0.5, to: 'rejects' }, otherPlastic: { fraction: 0.4, to: 'rejects' }, dirt: { fraction: 0.2, to: 'rejects' } },
      },
      { id: 'wash', type: 'washing', removal: { dirt: { fraction: 0.8, to: 'wastewater' } } },
      { id: 'dry', type: 'drying', removal: { moisture: { fraction: 0.9, to: 'evaporation' } } },
      { id: 'extrude', type: 'extrusion', processLossFraction: 0.02 },
    ],
    wastewater: { treatment: 'settling' },
  });

  it('sends each removal to its sink and each process loss to rejects', async () => {
    const r = await run(s);
    // plastic rejects = 9 + 12 + 9.78 = 30.78 t; inert = 12 t (dirt).
    close(r.mass.rejectsT.plastic, 30.78);
    close(r.mass.rejectsT.inert, 12);
    close(r.mass.wastewaterSolidsT, 38.4);
    close(r.mass.evaporatedT, 27);
    close(r.mass.productT, 491.82);
    // unit flows: in_sort 600, in_wash 567, in_dry 528.6, in_extrude 501.6, out 491.82.
    close(r.mass.units[1].inT, 567);
    close(r.mass.units[2].inT, 528.6);
    close(r.mass.units[3].inT, 501.6);
    close(r.mass.units[3].removedT, 9.78);
    // product composition: PVC = 600 × 0.03 = 18 t, half rejected → 9 t, less 2 % loss → 8.82 t of 491.82.
    close(r.mass.productComposition.PVC, 8.82 / 491.82);
    // pool composition: PVC = 9 (sorted out) + 0.18 (2 % loss of the 9 t left) = 9.18 of 30.78 t.
    close(r.mass.rejectsPoolComposition.PVC, 9.18 / 30.78);
  });

  it('captures 60 % of wastewater solids as sludge with settling and sends it to landfill', async () => {
    // sludge = 0.6 × 38.4 = 23.04 t; discharged = 15.36 t.
    const r = await run(s);
    close(r.mass.sludgeT, 23.04);
    close(r.mass.dischargedSolidsT, 15.36);
    close(r.mass.landfilledT, 23.04);
    const full = await run({ ...s, wastewater: { treatment: 'full' } });
    // full treatment: 0.9 × 38.4 = 34.56 t.
    close(full.mass.sludgeT, 34.56);
    const none = await run({ ...s, wastewater: undefined } as typeof s);
    close(none.mass.sludgeT, 0);
  });

  it('closes the mass balance', async () => {
    const r = await run(s);
    expect(r.mass.closureErrorT).toBeLessThan(1e-9 * 600);
  });
});

describe('step 7: electricity and water', () => {
  it('sums kWh and fresh water over units, net of recycled water', async () => {
    // F = 100 t of PE, both units see 100 t: kWh = 15 × 100 + 400 × 100 = 41,500.
    // fresh water = 11 × 100 × (1 − 0.25) = 825 m³ = wastewater; recycled 275 m³.
    const r = await run(
      scenario({
        units: [
          { id: 'wash', type: 'washing', electricityKWhPerTonne: 15, waterM3PerTonne: 11, waterRecycledFraction: 0.25 },
          { id: 'ext', type: 'extrusion', electricityKWhPerTonne: 400 },
        ],
      }),
    );
    close(r.energy.electricityKWh, 41500);
    close(r.water.freshM3, 825);
    close(r.water.wastewaterM3, 825);
    close(r.water.recycledM3, 275);
    // grid CO2 = 41.5 MWh × 0.6592 t/MWh = 27.3568 t.
    close(r.air.co2ElectricityT, 27.3568);
  });
});

describe('step 8: heat and fuels', () => {
  // F = 100 t of PE; unit 'sort' rejects 10 % → pool 10 t PE = 10,000 kg × 43.3 MJ/kg = 433,000 MJ.
  // 'dry' (in 90 t): 2,000 MJ/t × 90 = 180,000 MJ useful, efficiency 0.5 → 360,000 MJ of plastic
  //   → drawn 360,000 / 43,300 MJ/t = 8.314087 t.
  // 'ext' (in 90 t): 1,000 MJ/t × 90 = 90,000 MJ, efficiency 0.9 → 100,000 MJ needed; only
  //   433,000 − 360,000 = 73,000 MJ left → drawn the remaining 1.685912 t; shortfall 27,000 MJ
  //   met by the backup coal: 27,000 / 25,000 MJ/t = 1.08 t of coal (0.027 TJ).
  const s = scenario({
    units: [
      { id: 'sort', type: 'sorting', removal: { PE: { fraction: 0.1, to: 'rejects' } } },
      { id: 'dry', type: 'drying', heat: { MJPerTonne: 2000, fuel: 'plasticRejects', efficiency: 0.5 } },
      { id: 'ext', type: 'extrusion', heat: { MJPerTonne: 1000, fuel: 'plasticRejects', efficiency: 0.9, backupFuel: 'coal' } },
    ],
  });

  it('draws plastic rejects in line order and meets the shortfall with the backup fuel', async () => {
    const r = await run(s);
    close(r.mass.routesT.fuel, 10);
    close(r.energy.fuelMJ.plasticRejects, 433000);
    close(r.energy.fuelShortfallMJ, 27000);
    close(r.energy.fuelMJ.coal, 27000);
    close(r.energy.purchasedFuel.coalT, 1.08);
    // nothing is left to route: open burning 0; burned plastic = fuel = 10 t.
    close(r.mass.routesT.openBurning, 0);
    close(r.mass.burnedPlasticT, 10);
  });

  it('computes releases of plastic burned as fuel and of coal per TJ', async () => {
    const r = await run(s);
    // plasticFuel: 10 t × 40 µg/t = 400 air, 10 × 1 = 10 land; coal: 0.027 TJ × 100 µg/TJ = 2.7 air.
    close(r.pcddf.bySource.plasticFuel.air, 400);
    close(r.pcddf.bySource.coal.air, 2.7);
    close(r.pcddf.air, 402.7);
    close(r.pcddf.land, 10);
    close(r.pcddf.total, 412.7);
    // dl-PCB: 10 t × 2 = 20 µg TEQ.
    close(r.dlpcb.total, 20);
    // CO2: plastic 10 t × 0.857 C × 0.8 oxidation × 44/12 = 25.138667 t; coal 0.027 TJ × 94.6 = 2.5542 t.
    close(r.pcddf.bySource.plasticFuel.co2FossilT, (10 * 0.857 * 0.8 * 44) / 12);
    close(r.pcddf.bySource.coal.co2FossilT, 2.5542);
    close(r.air.co2FossilT, (10 * 0.857 * 0.8 * 44) / 12 + 2.5542);
    // PM2.5 of plastic fuel: 10 t × 9.8 kg/t = 98 kg (coal has no co-pollutant factors here).
    close(r.air.pm25Kg, 98);
    // coal's land vector is ND → listed as not quantified.
    expect(r.notQuantified).toContain('PCDD/F to land (coal)');
    expect(r.notQuantified).toContain('HCB (open burning)');
  });

  it('converts electric heat to kWh and purchased fuels to mass', async () => {
    // 100 t through each unit. electric: 360 MJ/t × 100 / 0.9 = 40,000 MJ → 11,111.1 kWh.
    // lpg: 460 MJ/t × 100 = 46,000 MJ → 1,000 kg LPG (0.046 TJ → CO2 0.046 × 63.1 = 2.9026 t fossil).
    // wood: 150 MJ/t × 100 = 15,000 MJ → 1 t (0.015 TJ → 0.015 × 112 = 1.68 t biogenic CO2).
    const r = await run(
      scenario({
        units: [
          { id: 'e', type: 'drying', heat: { MJPerTonne: 360, fuel: 'electricity', efficiency: 0.9 } },
          { id: 'l', type: 'extrusion', heat: { MJPerTonne: 460, fuel: 'lpg' } },
          { id: 'w', type: 'drying', heat: { MJPerTonne: 150, fuel: 'wood' } },
        ],
        residues: { plasticRoutes: { landfill: 1 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0 },
      }),
    );
    close(r.energy.electricityKWh, 40000 / 3.6);
    close(r.energy.heatElectricityKWh, 40000 / 3.6);
    close(r.energy.purchasedFuel.lpgKg, 1000);
    close(r.energy.purchasedFuel.woodT, 1);
    close(r.air.co2FossilT, 2.9026);
    close(r.air.co2BiogenicT, 1.68);
    // PCDD/F: lpg 0.046 TJ × 1.5 = 0.069; wood 0.015 × 100 = 1.5.
    close(r.pcddf.air, 1.569);
  });
});

describe('step 9–10 and 3.1: routes, dump fires, bricks and releases', () => {
  // F = 100 t PE; sort rejects 20 % → 20 t plastic routed: open burning .5 → 10 t, dumping .25 → 5 t
  // (dump fires .4 → 2 t), landfill .1 → 2 t, bricks .05 → 1 t, cement kiln .05 → 1 t, sale .05 → 1 t.
  const s = scenario({
    units: [{ id: 'sort', type: 'sorting', removal: { PE: { fraction: 0.2, to: 'rejects' } } }],
    residues: {
      plasticRoutes: { openBurning: 0.5, dumping: 0.25, landfill: 0.1, bricks: 0.05, cementKiln: 0.05, sale: 0.05 },
      inertRoutes: { dumping: 1 },
      dumpFireFraction: 0.4,
    },
    bricks: { plasticMassFraction: 0.25, brickMassKg: 2, electricityKWhPerTonnePlastic: 500, sandPricePerTonne: 150000, pricePerBrick: 3000, workers: 2 },
  });

  it('splits plastic rejects by route and burns part of the dumped plastic', async () => {
    const r = await run(s);
    close(r.mass.routesT.openBurning, 10);
    close(r.mass.routesT.dumping, 5);
    close(r.mass.routesT.dumpFire, 2);
    close(r.mass.routesT.landfill, 2);
    close(r.mass.routesT.bricks, 1);
    close(r.mass.routesT.cementKiln, 1);
    close(r.mass.routesT.sale, 1);
    // burned = fuel 0 + open 10 + dump fire 2 = 12 t.
    close(r.mass.burnedPlasticT, 12);
  });

  it('makes bricks from the plastic routed there', async () => {
    // brick tonnes = 1 / 0.25 = 4 t; sand = 3 t; bricks = 4,000 kg / 2 kg = 2,000; kWh = 500 × 1.
    const r = await run(s);
    close(r.bricks.tonnes, 4);
    close(r.bricks.sandT, 3);
    close(r.bricks.count, 2000);
    close(r.energy.electricityKWh, 500);
  });

  it('computes PCDD/F and dl-PCB by vector and by source', async () => {
    const r = await run(s);
    // air: open 10 × 40 = 400, dump fire 2 × 300 = 600 → 1,000; land: 10 × 1 + 2 × 10 = 30.
    close(r.pcddf.bySource.openBurning.air, 400);
    close(r.pcddf.bySource.dumpFire.air, 600);
    close(r.pcddf.air, 1000);
    close(r.pcddf.land, 30);
    close(r.pcddf.water, 0);
    close(r.pcddf.total, 1030);
    // dl-PCB: 10 × 2 + 2 × 30 = 80.
    close(r.dlpcb.air, 80);
    close(r.dlpcb.total, 80);
    // open burning's water factor is ND: listed, not counted.
    expect(r.notQuantified).toContain('PCDD/F to water (open burning)');
  });

  it('computes co-pollutants and fossil CO2 by source', async () => {
    const r = await run(s);
    // PM2.5 (10 + 2) × 9.8 = 117.6 kg; BC 12 × 0.65 = 7.8; CO 12 × 38 = 456; CH4 12 × 6.5 = 78; PM10 12 × 11.9 = 142.8.
    close(r.air.pm25Kg, 117.6);
    close(r.air.pm10Kg, 142.8);
    close(r.air.bcKg, 7.8);
    close(r.air.coKg, 456);
    close(r.air.ch4Kg, 78);
    // CO2 = t × 0.857 × oxidation × 44/12: open 10 × .58 → 18.225533; dump fire 2 × .58 → 3.645107;
    // cement kiln 1 × 1.0 → 3.142333; total 25.012973 t.
    const k = (0.857 * 44) / 12;
    close(r.pcddf.bySource.openBurning.co2FossilT, 10 * k * 0.58);
    close(r.pcddf.bySource.dumpFire.co2FossilT, 2 * k * 0.58);
    close(r.pcddf.bySource.cementKiln.co2FossilT, 1 * k);
    close(r.air.co2FossilT, 10 * k * 0.58 + 2 * k * 0.58 + k);
  });

  it('counts open-burning ash as land even when an override gives a residue factor', async () => {
    // residue 5 µg/t × 10 t = 50 → land: 30 + 50 = 80; residue stays 0.
    const r = await run({ ...s, emissionFactors: { openBurning: { pcddf: { residue: 5 } } } } as typeof s);
    close(r.pcddf.land, 80);
    close(r.pcddf.residue, 0);
  });

  it('deep-merges overrides value by value', async () => {
    // override open-burning air 40 → 100: air = 10 × 100 + 600 = 1,600; land keeps the library's 1.
    const r = await run({ ...s, emissionFactors: { openBurning: { pcddf: { air: { value: 100, source: 'test' } } } } } as typeof s);
    close(r.pcddf.air, 1600);
    close(r.pcddf.land, 30);
  });

  it('prices every cost and revenue line', async () => {
    // Prices: product 18e6/t, feed 2e6/t, electricity 2,000/kWh, water 10,000/m³, coal 3e6/t,
    // wage 200,000/worker-day, landfill 300,000/t, cement kiln 500,000/t, scrap 1e6/t.
    // Unit 'sort' has 3 workers and 15 m³/t water; 'dry' burns coal 250 MJ/t × 80 t = 20,000 MJ = 0.8 t.
    const priced = {
      ...s,
      feed: { tonnesPerDay: 1, pricePerTonne: 2_000_000, composition: { PE: 1 } },
      units: [
        { id: 'sort', type: 'sorting', workers: 3, waterM3PerTonne: 15, removal: { PE: { fraction: 0.2, to: 'rejects' } } },
        { id: 'dry', type: 'drying', heat: { MJPerTonne: 250, fuel: 'coal' } },
      ],
      prices: {
        productPerTonne: 18_000_000,
        electricityPerKWh: 2000,
        waterPerM3: 10_000,
        coalPerTonne: 3_000_000,
        woodPerTonne: 1_500_000,
        lpgPerKg: 25_000,
        wagePerWorkerDay: 200_000,
        landfillFeePerTonne: 300_000,
        cementKilnFeePerTonne: 500_000,
        scrapSalePerTonne: 1_000_000,
      },
    } as typeof s;
    const r = await run(priced);
    const e = r.economics;
    // revenue: product 80 t × 18e6 = 1.44e9; bricks 2,000 × 3,000 = 6e6; sale 1 t × 1e6 = 1e6.
    close(e.revenueBreakdown.product, 1.44e9);
    close(e.revenueBreakdown.bricks, 6e6);
    close(e.revenueBreakdown.scrapSale, 1e6);
    close(e.revenue, 1.447e9);
    // costs: feed 100 × 2e6 = 2e8; electricity (bricks) 500 kWh × 2,000 = 1e6; water 1,500 m³ × 1e4 = 1.5e7;
    // coal 0.8 × 3e6 = 2.4e6; labour (3 + 2 brick workers) × 100 d × 2e5 = 1e8;
    // landfill 2 t × 3e5 = 6e5; cement kiln 1 t × 5e5 = 5e5; sand 3 t × 1.5e5 = 4.5e5.
    close(e.costBreakdown.feed, 2e8);
    close(e.costBreakdown.electricity, 1e6);
    close(e.costBreakdown.water, 1.5e7);
    close(e.costBreakdown.coal, 2.4e6);
    close(e.costBreakdown.wood, 0);
    close(e.costBreakdown.lpg, 0);
    close(e.costBreakdown.labour, 1e8);
    close(e.costBreakdown.landfill, 6e5);
    close(e.costBreakdown.cementKiln, 5e5);
    close(e.costBreakdown.sand, 4.5e5);
    // total 2e8 + 1e6 + 1.5e7 + 2.4e6 + 1e8 + 6e5 + 5e5 + 4.5e5 = 319,950,000; profit 1.127050e9.
    close(e.costs, 319_950_000);
    close(e.profit, 1.447e9 - 319_950_000);
  });

  it('pays brick workers only when plastic goes to bricks', async () => {
    // No bricks route → labour = 0 workers (the unit has none) even though bricks.workers = 2.
    const r = await run({ ...s, residues: { ...s.residues, plasticRoutes: { openBurning: 1 } }, prices: { wagePerWorkerDay: 1 } } as typeof s);
    close(r.economics.costBreakdown.labour, 0);
  });

  it('landfills inert rejects by the inert routes', async () => {
    // dirt 50 % of a feed with 10 % dirt: 100 t × 0.1 × 0.5 = 5 t inert; landfill share 0.4 → 2 t, dumping 3 t.
    const r = await run(
      scenario({
        feed: { tonnesPerDay: 1, composition: { PE: 0.9, dirt: 0.1 } },
        units: [{ id: 'sort', type: 'sorting', removal: { dirt: { fraction: 0.5, to: 'rejects' } } }],
        residues: { plasticRoutes: { openBurning: 1 }, inertRoutes: { dumping: 0.6, landfill: 0.4 }, dumpFireFraction: 0 },
      }),
    );
    close(r.mass.rejectsT.inert, 5);
    close(r.mass.routesT.inertLandfill, 2);
    close(r.mass.routesT.inertDumping, 3);
  });
});
