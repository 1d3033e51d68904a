// Line dynamics that follow the routes (MODEL.md 7, issue 13): burn events send the stockpile
// along residues.plasticRoutes, plastic fuel comes from the stockpile, and the per-year figures
// are like for like with the steady state. Also the limits that keep a run finite (issue 14).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as D from '../../assembly/des-layout.ts';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { compileDynamics, DynamicsEngine, DynamicsLimitError, estimateEvents, runDynamics, type DynamicsOptions } from '../../web/shared/analysis/dynamics.ts';
import { dynamicsViewModel } from '../../web/dynamics/dynamics-view-model.ts';
import { validateScenario, type Scenario } from '../../web/shared/model/scenario-schema.ts';
import { runScenario } from '../../web/shared/model/simulate.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { core, scenario, TEST_LIBRARY } from './helpers.ts';

const HCL_PER_CL = 36.46 / 35.45;

async function engine(): Promise<DynamicsEngine> {
  return new DynamicsEngine(await core());
}

async function des(s: Scenario, options: Partial<DynamicsOptions> = {}, replication = 0): Promise<Float64Array> {
  const o: DynamicsOptions = { years: 1, replications: 1, seed: 1, ...options };
  return (await engine()).run(compileScenario(s, TEST_LIBRARY).params, compileDynamics(s, o), replication);
}

// 2 t/day of 90 % PE + 10 % PVC over 300 ten-hour days; a sorter takes all the PVC to the rejects:
// 200 kg of PVC a day on the pile.
const sorter = { id: 'sort', type: 'sorting' as const, capacityKgPerHour: 1000, removal: { PVC: { fraction: 1, to: 'rejects' as const } } };
function line(residues: Record<string, unknown>, extraUnits: Record<string, unknown>[] = [], more: Record<string, unknown> = {}) {
  return scenario({
    calendar: { daysPerYear: 300, hoursPerDay: 10 },
    feed: { tonnesPerDay: 2, composition: { PE: 0.9, PVC: 0.1 } },
    units: [sorter, ...extraUnits],
    residues: { inertRoutes: { dumping: 1 }, ...residues },
    ...more,
  } as never);
}

describe('burn events follow the plastic routes', () => {
  const halfAndHalf = { plasticRoutes: { openBurning: 0.5, dumping: 0.5 }, dumpFireFraction: 0.4 };

  it('splits each clearing between open burning, dumping and dump fires, with their releases', async () => {
    // A week of PVC: 1,400 kg → 700 kg in the open, 700 kg dumped of which 280 kg burn in dump fires.
    // Burned 980 kg; PCDD/F to air 0.7 t × 40 + 0.28 t × 300 = 28 + 84 = 112 µg TEQ;
    // HCl 980 kg × 0.5673 × 36.46/35.45 = 571.8 kg per event.
    const r = await des(line(halfAndHalf), { burnPolicy: { everyDays: 7 } });
    expect(r[D.DR_BURN_COUNT]).toBe(42);
    expect(r[D.DR_OPEN_BURN_COUNT]).toBe(42);
    const b = D.DR_BURNS;
    expect(r[b + D.DRB_CLEARED_KG]).toBeCloseTo(1400, 6);
    expect(r[b + D.DRB_BURNED_KG]).toBeCloseTo(980, 6);
    expect(r[b + D.DRB_PCDDF_AIR_UG]).toBeCloseTo(112, 6);
    expect(r[D.DR_ROUTES + D.DRR_OPEN_BURNING]).toBeCloseTo(42 * 0.7, 9);
    expect(r[D.DR_ROUTES + D.DRR_DUMPING]).toBeCloseTo(42 * 0.7, 9);
    expect(r[D.DR_ROUTES + D.DRR_DUMP_FIRE]).toBeCloseTo(42 * 0.28, 9);
    expect(r[D.DR_BURNED_PLASTIC_T]).toBeCloseTo(42 * 0.98, 9);
    expect(r[D.DR_HCL_KG]).toBeCloseTo(42 * 980 * 0.5673 * HCL_PER_CL, 5);
  });

  it('multiplies PCDD/F by the chlorine of the pile under the chlorine-adjusted method', async () => {
    // The pile is pure PVC: chlorine 0.5673, multiplier min(0.5673 / 0.01, 100) = 56.73 → 112 × 56.73 = 6,353.76 µg per event
    const r = await des(line(halfAndHalf, [], { releases: { method: 'chlorineAdjusted' } }), { burnPolicy: { everyDays: 7 } });
    expect(r[D.DR_BURNS + D.DRB_PCDDF_AIR_UG]).toBeCloseTo(6353.76, 6);
  });

  it('a line that sends every reject to bricks never burns in the open', async () => {
    const bricksLine = line({ plasticRoutes: { bricks: 1 }, dumpFireFraction: 0.3 }, [], { bricks: { plasticMassFraction: 0.3, brickMassKg: 2 } });
    const r = await des(bricksLine, { burnPolicy: { everyDays: 7 } });
    expect(r[D.DR_BURN_COUNT]).toBe(42); // the pile is still cleared every week …
    expect(r[D.DR_OPEN_BURN_COUNT]).toBe(0); // … but nothing burns
    expect(r[D.DR_BURNED_PLASTIC_T]).toBe(0);
    expect(r[D.DR_ROUTES + D.DRR_BRICKS]).toBeCloseTo(42 * 1.4, 9);
    for (let i = 0; i < 42; i++) expect(r[D.DR_BURNS + i * D.DRB_STRIDE + D.DRB_BURNED_KG]).toBe(0);
    // the brick melt releases half the chlorine as HCl (MODEL.md 3.1a): 58.8 t × 567.3 kg/t × 0.5 × 1.0285
    expect(r[D.DR_HCL_KG]).toBeCloseTo(42 * 1400 * 0.5673 * 0.5 * HCL_PER_CL, 4);
    const summary = runDynamics(await engine(), bricksLine, TEST_LIBRARY, { years: 1, replications: 2, seed: 3 });
    expect(summary.burnEventsPerYear).toBe(0);
    expect(dynamicsViewModel(summary).burns).toEqual([]);
  });

  it('draws plastic fuel from the pile as the units burn it', async () => {
    // A dryer after the sorter burns the rejects: 1,000 MJ per tonne entering, 1.8 t/day enter →
    // 1,800 MJ/day = 100 kg of PVC (18 MJ/kg) a day, 30 t over 300 days. 100 kg/day stay on the
    // pile: 700 kg cleared each week, all of it burned in the open here.
    const dryer = { id: 'dry', type: 'drying', capacityKgPerHour: 1000, heat: { MJPerTonne: 1000, fuel: 'plasticRejects' } };
    const r = await des(line({ plasticRoutes: { openBurning: 1 }, dumpFireFraction: 0 }, [dryer]), { burnPolicy: { everyDays: 7 } });
    expect(r[D.DR_ROUTES + D.DRR_FUEL]).toBeCloseTo(30, 3);
    expect(r[D.DR_BURNS + D.DRB_CLEARED_KG]).toBeCloseTo(700, 3);
    expect(r[D.DR_FUEL_SHORTFALL_MJ]).toBeLessThan(25); // at most the first lot's heat
    // PCDD/F to air: fuel 30 t × 40 + open burning 42 × 0.7 t × 40 = 1,200 + 1,176 = 2,376 µg
    expect(r[D.DR_PCDDF + 0]).toBeCloseTo(2376, 0);
  });
});

describe('dynamics against the steady state (no failures, ample buffers, 4 years)', () => {
  const library = loadEfLibrary();
  const fixture = JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8'));
  const noFailures = (method: 'toolkit' | 'chlorineAdjusted'): Scenario => {
    const s = structuredClone(fixture);
    for (const u of s.units) {
      delete u.mtbfHours;
      delete u.mttrHours;
    }
    s.releases = { method };
    const checked = validateScenario(s);
    if (!checked.ok) throw new Error(checked.errors.map((e) => e.message).join('; '));
    return checked.scenario;
  };
  for (const method of ['toolkit', 'chlorineAdjusted'] as const) {
    it(`burns the same plastic and releases the same PCDD/F and HCl per year within 2 % (${method})`, async () => {
      const s = noFailures(method);
      const steady = runScenario(await core(), s, library);
      const dynamic = runDynamics(await engine(), s, library, { years: 4, replications: 2, seed: 5, bufferKg: 1e7 });
      const within = (d: number, ss: number) => expect(Math.abs(d / ss - 1)).toBeLessThan(0.02);
      within(dynamic.burnedPlasticT.mean, steady.mass.burnedPlasticT);
      within(dynamic.pcddfAirUgTeq.mean, steady.pcddf.air);
      within(dynamic.hclKg.mean, steady.air.hclKg);
      within(dynamic.routesT.fuel.mean, steady.mass.routesT.fuel);
      within(dynamic.routesT.openBurning.mean, steady.mass.routesT.openBurning);
      within(dynamic.routesT.dumpFire.mean, steady.mass.routesT.dumpFire);
      within(dynamic.processedT.mean, steady.mass.processedT);
    });
  }
});

describe('limits that keep a dynamic run finite', () => {
  it('refuses a run over the event budget before it starts, with the estimate in words', async () => {
    const e = await engine();
    let runs = 0;
    const spy = {
      runView: (...a: Parameters<DynamicsEngine['runView']>) => {
        runs++;
        return e.runView(...a);
      },
    } as DynamicsEngine;
    const s = line({ plasticRoutes: { openBurning: 1 } });
    // 2 t/day ÷ 25 kg = 80 lots a day × 1 unit × 300 days × 50 years × 10,000 replications ≈ 1.2e10 events,
    // plus 3 day and sample events a day: (80 + 3) × 300 × 50 × 10,000 = 12.45 billion
    expect(estimateEvents(s, { years: 50, replications: 10_000, seed: 1 })).toBeGreaterThan(1.2e10);
    expect(() => runDynamics(spy, s, TEST_LIBRARY, { years: 50, replications: 10_000, seed: 1 })).toThrow(DynamicsLimitError);
    expect(() => runDynamics(spy, s, TEST_LIBRARY, { years: 50, replications: 10_000, seed: 1 })).toThrow(/about 12\.\d billion events/);
    expect(runs).toBe(0);
  });

  it('refuses a lot below 1 kg', () => {
    const s = line({ plasticRoutes: { openBurning: 1 } });
    expect(() => runDynamics({} as DynamicsEngine, s, TEST_LIBRARY, { years: 1, replications: 1, seed: 1, lotKg: 0.001 })).toThrow(/smallest lot is 1 kg/);
  });

  it('gives replication r the same stream whether run alone or after the others', async () => {
    const s = line({ plasticRoutes: { openBurning: 1 } }, [{ id: 'x', type: 'extrusion', capacityKgPerHour: 300, mtbfHours: 20, mttrHours: 3 }]);
    await des(s, { seed: 99 }, 0); // leave the generator somewhere else
    const alone = await des(s, { seed: 4 }, 5);
    for (let r = 0; r < 5; r++) await des(s, { seed: 4 }, r);
    const afterOthers = await des(s, { seed: 4 }, 5);
    expect(afterOthers[D.DR_PROCESSED_T]).toBe(alone[D.DR_PROCESSED_T]);
    expect(afterOthers[D.DR_UNITS + D.DRU_STRIDE + D.DRU_FAILURES]).toBe(alone[D.DR_UNITS + D.DRU_STRIDE + D.DRU_FAILURES]);
  });
});
