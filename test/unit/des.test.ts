// Line dynamics (MODEL.md 7) through the compiled Wasm core, checked against figures worked
// out by hand and against the steady-state model.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as D from '../../assembly/des-layout.ts';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { compileDynamics, DynamicsEngine, runDynamics, type DynamicsOptions } from '../../web/shared/analysis/dynamics.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';
import { core, run, scenario, TEST_LIBRARY } from './helpers.ts';
import { BENCH_LINE } from '../bench/des-bench.ts';
import { runPlainDes } from '../bench/des-plain.ts';
import { dynamicsViewModel } from '../../web/dynamics/dynamics-view-model.ts';

let enginePromise: Promise<DynamicsEngine> | undefined;
function engine(): Promise<DynamicsEngine> {
  enginePromise ??= core().then((c) => new DynamicsEngine(c));
  return enginePromise;
}

/** One replication; a copy of the whole DES result block. */
async function des(s: Scenario, options: Partial<DynamicsOptions> = {}, replication = 0): Promise<Float64Array> {
  const o: DynamicsOptions = { years: 1, replications: 1, seed: 1, ...options };
  return (await engine()).run(compileScenario(s, TEST_LIBRARY).params, compileDynamics(s, o), replication);
}

const unit = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: 'extrusion' as const, ...extra });

describe('line dynamics: theory', () => {
  it('processes all the feed to one lot when nothing fails and buffers are ample', async () => {
    // 1.013 t/day × 100 days = 101.3 t arrive; three units of 300 kg/h × 10 h = 3 t/day each
    // clear each day's feed within the day, so only the carried remainder (< one 25 kg lot)
    // is left: processed ∈ (101.3 − 0.025, 101.3].
    const s = scenario({
      feed: { tonnesPerDay: 1.013, composition: { PE: 1 } },
      units: [unit('a', { capacityKgPerHour: 300 }), unit('b', { capacityKgPerHour: 300 }), unit('c', { capacityKgPerHour: 300 })],
    });
    const r = await des(s, { bufferKg: 1e6 });
    expect(r[D.DR_FEED_ARRIVED_T]).toBeCloseTo(101.3, 9);
    expect(r[D.DR_PROCESSED_T]).toBeLessThanOrEqual(101.3 + 1e-9);
    expect(r[D.DR_PROCESSED_T]).toBeGreaterThan(101.3 - 0.025);
    expect(r[D.DR_WIP_FEED_T]).toBe(0);
    for (let u = 0; u < 3; u++) expect(r[D.DR_UNITS + u * D.DRU_STRIDE + D.DRU_DOWN]).toBe(0);
  });

  it('a saturated unit converges to capacity × MTBF/(MTBF+MTTR)', async () => {
    // capacity 100 kg/h, MTBF 50 h, MTTR 5 h → A = 50/55 = 0.909091. 100 years of 300 days ×
    // 10 h = 300,000 working hours; feed 2 t/day exceeds the 1 t/day the unit can do, so it is
    // never starved: expected 100 kg/h × 0.909091 × 300,000 h = 27,272.7 t. The availability
    // estimate's standard deviation over ≈ 5,450 cycles is ≈ 0.2 %, so 1 % is a safe margin.
    const s = scenario({
      calendar: { daysPerYear: 300, hoursPerDay: 10 },
      feed: { tonnesPerDay: 2, composition: { PE: 1 } },
      units: [unit('x', { capacityKgPerHour: 100, mtbfHours: 50, mttrHours: 5 })],
    });
    const r = await des(s, { years: 100, seed: 11 });
    const expected = 0.1 * (50 / 55) * 300_000;
    expect(Math.abs(r[D.DR_PROCESSED_T] / expected - 1)).toBeLessThan(0.01);
    expect(r[D.DR_UNITS + D.DRU_DOWN]).toBeCloseTo(5 / 55, 2);
    expect(r[D.DR_UNITS + D.DRU_STARVED]).toBe(0);
  });

  it('zero buffer loses throughput; a large buffer approaches the steady-state model', async () => {
    // a: 100 kg/h, b: 120 kg/h, both MTBF 20 h / MTTR 5 h (A = 0.8). Steady state: Cap_a =
    // 0.1 t/h × 10 h × 300 d × 0.8 = 240 t/yr < Cap_b = 288 t/yr < feed 300 t/yr, so P = 240.
    // With a 50 t buffer, b (faster) keeps it near empty and never blocks a: a alone sets the
    // pace, 100 × 0.8 kg/h. With no buffer a is blocked whenever b is busy or down and b
    // starves whenever a is down: roughly 100/(1 + 0.25 + 0.25) ≈ 67 kg/h.
    const s = scenario({
      calendar: { daysPerYear: 300, hoursPerDay: 10 },
      feed: { tonnesPerDay: 1, composition: { PE: 1 } },
      units: [unit('a', { capacityKgPerHour: 100, mtbfHours: 20, mttrHours: 5 }), unit('b', { capacityKgPerHour: 120, mtbfHours: 20, mttrHours: 5 })],
    });
    const steady = await run(s);
    expect(steady.mass.processedT).toBeCloseTo(240, 6);
    const years = 30;
    const none = await des(s, { years, bufferKg: 0, seed: 3 });
    const large = await des(s, { years, bufferKg: 50_000, seed: 3 });
    const noneT = none[D.DR_PROCESSED_T] / years;
    const largeT = large[D.DR_PROCESSED_T] / years;
    expect(noneT).toBeLessThan(0.9 * largeT);
    expect(noneT).toBeGreaterThan(0.6 * 240);
    expect(Math.abs(largeT / steady.mass.processedT - 1)).toBeLessThan(0.015);
    expect(none[D.DR_UNITS + D.DRU_BLOCKED]).toBeGreaterThan(0.1);
    expect(large[D.DR_UNITS + D.DRU_BLOCKED]).toBeLessThan(0.01);
  });

  it('the same seed gives identical output bit for bit; another seed or replication differs', async () => {
    const s = scenario({
      calendar: { daysPerYear: 300, hoursPerDay: 10 },
      feed: { tonnesPerDay: 2, composition: { PE: 0.8, PVC: 0.1, dirt: 0.1 } },
      units: [
        unit('sort', { capacityKgPerHour: 400, mtbfHours: 30, mttrHours: 3, removal: { PVC: { fraction: 0.9, to: 'rejects' } } }),
        unit('wash', { capacityKgPerHour: 300, mtbfHours: 60, mttrHours: 6, removal: { dirt: { fraction: 0.8, to: 'wastewater' } } }),
        unit('ext', { capacityKgPerHour: 220, mtbfHours: 40, mttrHours: 8, processLossFraction: 0.02 }),
      ],
    });
    const o = { failures: 'lognormal' as const, arrivals: 'poisson' as const, seed: 7 };
    const a = await des(s, o);
    const b = await des(s, o);
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    const c = await des(s, { ...o, seed: 8 });
    const d = await des(s, o, 1);
    expect(c[D.DR_PROCESSED_T]).not.toBe(a[D.DR_PROCESSED_T]);
    expect(d[D.DR_PROCESSED_T]).not.toBe(a[D.DR_PROCESSED_T]);
  });
});

describe('line dynamics: an independent implementation', () => {
  it('the plain-TypeScript engine of the benchmark agrees event for event', async () => {
    // same algorithm written apart (test/bench/des-plain.ts): equal event counts and equal
    // tonnes show both the Wasm engine and the benchmark's comparison do the same work
    const params = compileScenario(BENCH_LINE, TEST_LIBRARY).params;
    const dp = compileDynamics(BENCH_LINE, { years: 2, replications: 1, seed: 7, burnPolicy: { everyDays: 7 } });
    for (const rep of [0, 3]) {
      const r = (await engine()).run(params, dp, rep);
      const plain = runPlainDes(params, dp, rep);
      expect(plain.events).toBe(r[D.DR_EVENTS]);
      expect(plain.processedT).toBeCloseTo(r[D.DR_PROCESSED_T], 9);
      expect(plain.productT).toBeCloseTo(r[D.DR_PRODUCT_T], 9);
      expect(plain.burnedPlasticT).toBeCloseTo(r[D.DR_BURNED_PLASTIC_T], 9);
      plain.busy.forEach((b, u) => expect(b).toBeCloseTo(r[D.DR_UNITS + u * D.DRU_STRIDE + D.DRU_BUSY], 9));
    }
  });
});

describe('line dynamics: stockpile and burning', () => {
  // 2 t/day of 90 % PE + 10 % PVC, all PVC removed to rejects → 200 kg of plastic rejects a day
  const s = scenario({
    calendar: { daysPerYear: 300, hoursPerDay: 10 },
    feed: { tonnesPerDay: 2, composition: { PE: 0.9, PVC: 0.1 } },
    units: [unit('sort', { capacityKgPerHour: 1000, removal: { PVC: { fraction: 1, to: 'rejects' } } })],
  });

  it('everyDays 7 over 300 days burns 42 times, a week of rejects each', async () => {
    // burns at the end of days 7, 14, …, 294: ⌊300/7⌋ = 42 events of 7 × 200 kg = 1,400 kg;
    // PCDD/F to air 1.4 t × 40 µg/t = 56 µg each; the 6 days after day 294 stay on the pile.
    const r = await des(s, { burnPolicy: { everyDays: 7 } });
    expect(r[D.DR_BURN_COUNT]).toBe(42);
    for (let i = 0; i < 42; i++) {
      const b = D.DR_BURNS + i * D.DRB_STRIDE;
      expect(r[b + D.DRB_DAY]).toBe(7 * (i + 1));
      expect(r[b + D.DRB_CLEARED_KG]).toBeCloseTo(1400, 6);
      expect(r[b + D.DRB_BURNED_KG]).toBeCloseTo(1400, 6); // the scenario sends all plastic to open burning
      expect(r[b + D.DRB_PCDDF_AIR_UG]).toBeCloseTo(56, 6);
    }
    expect(r[D.DR_BURNED_PLASTIC_T]).toBeCloseTo(42 * 1.4, 9);
    expect(r[D.DR_STOCKPILE_PLASTIC_END_KG]).toBeCloseTo(6 * 200, 6);
    // open burning: PCDD/F air 40, land 1 µg TEQ/t; CO2 = PVC carbon 0.384 × 0.58 × 44/12
    expect(r[D.DR_PCDDF + 0]).toBeCloseTo(58.8 * 40, 6);
    expect(r[D.DR_PCDDF + 2]).toBeCloseTo(58.8 * 1, 6);
    expect(r[D.DR_CO2_FOSSIL_T]).toBeCloseTo((58.8 * 0.384 * 0.58 * 44) / 12, 6);
    const n = r[D.DR_SERIES_COUNT];
    for (let i = 0; i < n; i++) expect(r[D.DR_SERIES + D.DS_STOCKPILE_PLASTIC_KG * D.DR_MAX_POINTS + i]).toBeGreaterThanOrEqual(0);
  });

  it('thresholdKg burns when a day ends with the pile at or above the threshold', async () => {
    // 200 kg a day: the pile reaches 1,000 kg at the end of day 5, 10, …, 300 → 60 burns
    const r = await des(s, { burnPolicy: { thresholdKg: 1000 } });
    expect(r[D.DR_BURN_COUNT]).toBe(60);
    expect(r[D.DR_STOCKPILE_PLASTIC_MAX_KG]).toBeCloseTo(1000, 6);
    expect(r[D.DR_STOCKPILE_PLASTIC_END_KG]).toBeCloseTo(0, 6);
  });

  it('runDynamics summarises replications with Student-t intervals', async () => {
    const t = scenario({
      calendar: { daysPerYear: 300, hoursPerDay: 10 },
      feed: { tonnesPerDay: 2, composition: { PE: 0.9, PVC: 0.1 } },
      units: [
        unit('sort', { capacityKgPerHour: 400, mtbfHours: 30, mttrHours: 3, removal: { PVC: { fraction: 1, to: 'rejects' } } }),
        unit('ext', { capacityKgPerHour: 200, mtbfHours: 40, mttrHours: 8 }),
      ],
    });
    const summary = runDynamics(await engine(), t, TEST_LIBRARY, { years: 1, replications: 10, seed: 7 });
    expect(summary.replications).toBe(10);
    expect(summary.units.map((u) => u.id)).toEqual(['sort', 'ext']);
    expect(summary.bottleneckUnitId).toBe('ext');
    for (const e of [summary.processedT, summary.productT, summary.burnedPlasticT, summary.pcddfAirUgTeq]) {
      expect(e.ci95[0]).toBeLessThanOrEqual(e.mean);
      expect(e.ci95[1]).toBeGreaterThanOrEqual(e.mean);
    }
    // ext handles 0.9 t per t of feed (sort takes out the PVC): at most 200 kg/h × 10 h ×
    // 300 d × 40/48 = 500 t/yr of its input = 555.6 t/yr of feed, less than the 600 t/yr bought
    expect(summary.processedT.mean).toBeLessThan(555.6);
    expect(summary.processedT.mean).toBeGreaterThan(480);
    expect(summary.productT.mean).toBeCloseTo(0.9 * summary.processedT.mean, 6);
    expect(summary.series.day.length).toBe(2000);
    expect(summary.series.buffersKg.length).toBe(1);
    expect(summary.events).toBeGreaterThan(0);
    const vm = dynamicsViewModel(summary, 555.6);
    expect(vm.bottleneckSentence).toMatch(/^The bottleneck is ext: busy \d+% of its working time/);
    expect(vm.utilisation.busy[1]).toBeCloseTo(summary.units[1].busy * 100, 1);
    // the throughput points are the slopes of the cumulative series and add back up to it
    const days = summary.series.day;
    const total = vm.throughputTPerDay.reduce((a, p, i) => a + p.y * (days[i + 1] - days[i]), 0);
    expect(total).toBeCloseTo(summary.series.processedT[days.length - 1], 6);
    expect(vm.comparison!.ratio).toBeCloseTo(summary.processedT.mean / 555.6, 12);
  });
});

describe('line dynamics: properties', () => {
  const unitArb = fc.record({
    capacityKgPerHour: fc.oneof(fc.double({ min: 20, max: 2000, noNaN: true }), fc.constant(undefined)),
    failures: fc.option(fc.record({ mtbfHours: fc.double({ min: 1, max: 200, noNaN: true }), mttrHours: fc.double({ min: 0, max: 20, noNaN: true }) })),
    pvc: fc.double({ min: 0, max: 1, noNaN: true }),
    dirt: fc.double({ min: 0, max: 1, noNaN: true }),
    moisture: fc.double({ min: 0, max: 1, noNaN: true }),
    loss: fc.double({ min: 0, max: 0.2, noNaN: true }),
    bufferKg: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2000, noNaN: true })),
  });
  const lineArb = fc.record({
    units: fc.array(unitArb, { minLength: 1, maxLength: 5 }),
    tonnesPerDay: fc.double({ min: 0, max: 5, noNaN: true }),
    days: fc.integer({ min: 1, max: 40 }),
    hours: fc.double({ min: 1, max: 24, noNaN: true }),
    lotKg: fc.double({ min: 5, max: 100, noNaN: true }),
    poisson: fc.boolean(),
    lognormal: fc.boolean(),
    burn: fc.oneof(fc.record({ everyDays: fc.integer({ min: 1, max: 10 }) }), fc.record({ thresholdKg: fc.double({ min: 0, max: 500, noNaN: true }) })),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  });

  it('no NaN or negative outputs; mass is conserved', async () => {
    const e = await engine();
    fc.assert(
      fc.property(lineArb, (line) => {
        const s = scenario({
          calendar: { daysPerYear: line.days, hoursPerDay: line.hours },
          feed: { tonnesPerDay: line.tonnesPerDay, composition: { PE: 0.6, PVC: 0.1, dirt: 0.2, moisture: 0.1 } },
          units: line.units.map((u, i) =>
            unit(`u${i}`, {
              capacityKgPerHour: u.capacityKgPerHour,
              ...(u.failures ?? {}),
              removal: {
                PVC: { fraction: u.pvc, to: 'rejects' },
                dirt: { fraction: u.dirt, to: 'wastewater' },
                moisture: { fraction: u.moisture, to: 'evaporation' },
              },
              processLossFraction: u.loss,
              bufferKg: u.bufferKg,
            }),
          ),
        });
        const r = e.run(
          compileScenario(s, TEST_LIBRARY).params,
          compileDynamics(s, {
            years: 1,
            replications: 1,
            seed: line.seed,
            lotKg: line.lotKg,
            arrivals: line.poisson ? 'poisson' : 'daily',
            failures: line.lognormal ? 'lognormal' : 'exponential',
            burnPolicy: line.burn,
            seriesPoints: 50,
          }),
          0,
        );
        const head = r.subarray(0, D.DR_BURNS);
        for (let i = 0; i < head.length; i++) {
          if (Number.isNaN(head[i])) throw new Error(`NaN at result slot ${i}`);
          if (head[i] < 0 && !((i - D.DR_UNITS) % D.DRU_STRIDE === D.DRU_BUFFER_CAP_LOTS && head[i] === -1)) {
            throw new Error(`negative ${head[i]} at result slot ${i}`);
          }
        }
        const n = r[D.DR_SERIES_COUNT];
        for (let sIdx = 0; sIdx < D.DS_BUFFER_KG + line.units.length; sIdx++) {
          for (let i = 0; i < n; i++) {
            const x = r[D.DR_SERIES + sIdx * D.DR_MAX_POINTS + i];
            if (!(x >= 0)) throw new Error(`series ${sIdx} point ${i} = ${x}`);
          }
        }
        const arrived = r[D.DR_FEED_ARRIVED_T];
        const tol = 1e-9 * Math.max(1, arrived);
        // every lot is somewhere: finished, inside the line, or not yet started
        expect(Math.abs(arrived - (r[D.DR_PROCESSED_T] + r[D.DR_WIP_FEED_T] + r[D.DR_FEED_STORE_END_T]))).toBeLessThan(tol);
        // every kilogram is somewhere: product, removed to a sink, inside the line, or waiting
        expect(Math.abs(arrived - (r[D.DR_PRODUCT_T] + r[D.DR_REMOVED_T] + r[D.DR_WIP_T] + r[D.DR_FEED_STORE_END_T]))).toBeLessThan(tol);
        expect(Math.abs(r[D.DR_REMOVED_T] - (r[D.DR_REJECTS_PLASTIC_T] + r[D.DR_REJECTS_INERT_T] + r[D.DR_WASTEWATER_T] + r[D.DR_EVAPORATED_T]))).toBeLessThan(
          tol,
        );
        // every kilogram of plastic rejects left along a route (dump fires are part of dumping) or is still on the pile
        const routed = [D.DRR_FUEL, D.DRR_OPEN_BURNING, D.DRR_DUMPING, D.DRR_LANDFILL, D.DRR_BRICKS, D.DRR_CEMENT_KILN, D.DRR_SALE].reduce(
          (a, k) => a + r[D.DR_ROUTES + k],
          0,
        );
        expect(Math.abs(r[D.DR_REJECTS_PLASTIC_T] - (routed + r[D.DR_STOCKPILE_PLASTIC_END_KG] / 1000))).toBeLessThan(tol);
        expect(r[D.DR_ROUTES + D.DRR_DUMP_FIRE]).toBeLessThanOrEqual(r[D.DR_ROUTES + D.DRR_DUMPING] * (1 + 1e-12));
        for (let u = 0; u < line.units.length; u++) {
          const b = D.DR_UNITS + u * D.DRU_STRIDE;
          const sum = r[b + D.DRU_BUSY] + r[b + D.DRU_BLOCKED] + r[b + D.DRU_STARVED] + r[b + D.DRU_DOWN];
          expect(sum).toBeCloseTo(1, 9);
        }
      }),
      { numRuns: 300, seed: 20240501 },
    );
  });
});
