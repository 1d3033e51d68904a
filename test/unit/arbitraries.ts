// fast-check arbitraries of valid scenarios (MODEL.md section 2), shared by the property
// tests of the core and the fuzzing script.

import fc from 'fast-check';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';

const COMPONENTS = ['PE', 'PP', 'PS', 'PET', 'PVC', 'otherPlastic', 'dirt', 'moisture'] as const;
const FUELS = ['plasticRejects', 'coal', 'wood', 'lpg', 'electricity'] as const;
const UNIT_TYPES = ['sorting', 'washing', 'shredding', 'drying', 'agglomeration', 'extrusion', 'pelletizing', 'moulding'] as const;
const SINKS = ['rejects', 'wastewater', 'evaporation'] as const;

/** Non-negative weights normalised to sum exactly-ish to 1 (at least one positive). */
function shares<K extends string>(keys: readonly K[]): fc.Arbitrary<Record<K, number>> {
  return fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: keys.length, maxLength: keys.length }).map((w) => {
    const weights = w.some((x) => x > 0) ? w : w.map((_, i) => (i === 0 ? 1 : 0));
    const sum = weights.reduce((a, b) => a + b, 0);
    const out = {} as Record<K, number>;
    keys.forEach((k, i) => (out[k] = weights[i] / sum));
    return out;
  });
}

const fraction = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const unit = (i: number) =>
  fc
    .record({
      type: fc.constantFrom(...UNIT_TYPES),
      capacityKgPerHour: maybe(fc.double({ min: 0, max: 5000, noNaN: true })),
      mtbfHours: maybe(fc.double({ min: 0.1, max: 1000, noNaN: true })),
      mttrHours: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
      removal: fc.dictionary(fc.constantFrom(...COMPONENTS), fc.record({ fraction, to: fc.constantFrom(...SINKS) }), { maxKeys: 4 }),
      processLossFraction: maybe(fc.double({ min: 0, max: 0.3, noNaN: true })),
      electricityKWhPerTonne: maybe(fc.double({ min: 0, max: 800, noNaN: true })),
      waterM3PerTonne: maybe(fc.double({ min: 0, max: 30, noNaN: true })),
      waterRecycledFraction: maybe(fraction),
      heat: maybe(
        fc.record({
          MJPerTonne: fc.double({ min: 0, max: 5000, noNaN: true }),
          fuel: fc.constantFrom(...FUELS),
          efficiency: maybe(fc.double({ min: 0.05, max: 1, noNaN: true })),
          backupFuel: maybe(fc.constantFrom(...FUELS)),
        }),
      ),
      workers: maybe(fc.integer({ min: 0, max: 10 })),
    })
    .map((u) => {
      const clean: Record<string, unknown> = { id: `u${i}` };
      for (const [k, v] of Object.entries(u)) if (v !== undefined) clean[k] = v;
      if (clean.heat) {
        const h = clean.heat as Record<string, unknown>;
        for (const k of Object.keys(h)) if (h[k] === undefined) delete h[k];
      }
      return clean;
    });

/** MODEL.md 3.1a: the method, the chlorine parameters and some per-polymer and per-source overrides. */
export const releasesArb = fc.record({
  method: fc.constantFrom('toolkit', 'chlorineAdjusted'),
  chlorine: fc.record({
    refFraction: fc.double({ min: 1e-4, max: 1, noNaN: true }),
    exponent: fc.double({ min: 0, max: 10, noNaN: true }),
    maxMultiplier: fc.double({ min: 1, max: 1e6, noNaN: true }),
  }),
  chlorineFraction: fc.dictionary(fc.constantFrom('PE', 'PP', 'PS', 'PET', 'PVC', 'otherPlastic'), fraction, { maxKeys: 3 }),
  hclReleaseFraction: fc.dictionary(fc.constantFrom('openBurning', 'dumpFire', 'plasticFuel', 'cementKiln', 'brickMelt'), fraction, { maxKeys: 3 }),
});

const otherCostArb = fc.record({
  perYear: fc.double({ min: 0, max: 1e9, noNaN: true }),
  perTonneFeed: fc.double({ min: 0, max: 1e6, noNaN: true }),
  perTonneProduct: fc.double({ min: 0, max: 1e6, noNaN: true }),
});

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.record({
      days: fc.integer({ min: 1, max: 366 }),
      hours: fc.double({ min: 0.5, max: 24, noNaN: true }),
      tonnesPerDay: fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 50, noNaN: true })),
      feedPrice: fc.double({ min: 0, max: 1e7, noNaN: true }),
      composition: shares(COMPONENTS),
      units: fc.tuple(...Array.from({ length: n }, (_, i) => unit(i))),
      plasticRoutes: shares(['openBurning', 'dumping', 'landfill', 'bricks', 'cementKiln', 'sale'] as const),
      inertRoutes: shares(['dumping', 'landfill'] as const),
      dumpFireFraction: fraction,
      plasticMassFraction: fc.double({ min: 0.05, max: 1, noNaN: true }),
      brickMassKg: fc.double({ min: 0.1, max: 20, noNaN: true }),
      treatment: fc.constantFrom('none', 'settling', 'full'),
      price: fc.double({ min: 0, max: 1e7, noNaN: true }),
      brickHeat: maybe(
        fc.record({
          MJPerTonnePlastic: fc.double({ min: 0, max: 5000, noNaN: true }),
          fuel: fc.constantFrom('coal', 'wood', 'lpg', 'electricity'),
          efficiency: fc.double({ min: 0.05, max: 1, noNaN: true }),
        }),
      ),
      releases: maybe(releasesArb),
      otherCosts: fc.array(otherCostArb, { maxLength: 4 }),
      separation: fc.dictionary(
        fc.constantFrom('PE', 'PP', 'PS', 'PET', 'PVC', 'otherPlastic'),
        fc.record({ fraction, to: fc.constantFrom('landfill', 'cementKiln', 'sale') }),
        { maxKeys: 2 },
      ),
    }),
  )
  .map(
    (g) =>
      ({
        format: 'plastic-line-scenario',
        version: 1,
        id: 'random',
        name: 'Random line',
        calendar: { daysPerYear: g.days, hoursPerDay: g.hours },
        feed: { tonnesPerDay: g.tonnesPerDay, pricePerTonne: g.feedPrice, composition: g.composition },
        units: g.units,
        residues: {
          plasticRoutes: g.plasticRoutes,
          inertRoutes: g.inertRoutes,
          dumpFireFraction: g.dumpFireFraction,
          ...(Object.keys(g.separation).length > 0 ? { separation: g.separation } : {}),
        },
        bricks: {
          plasticMassFraction: g.plasticMassFraction,
          brickMassKg: g.brickMassKg,
          electricityKWhPerTonnePlastic: 500,
          sandPricePerTonne: 150000,
          pricePerBrick: 3000,
          workers: 2,
          ...(g.brickHeat ? { heat: g.brickHeat } : {}),
        },
        ...(g.releases ? { releases: g.releases } : {}),
        ...(g.otherCosts.length > 0 ? { otherCosts: g.otherCosts.map((c, i) => ({ id: `c${i}`, name: `Cost ${i}`, ...c })) } : {}),
        wastewater: { treatment: g.treatment },
        prices: {
          productPerTonne: g.price * 9,
          electricityPerKWh: 2204,
          waterPerM3: 10000,
          coalPerTonne: g.price,
          woodPerTonne: 1.5e6,
          lpgPerKg: 25000,
          wagePerWorkerDay: 200000,
          landfillFeePerTonne: 300000,
          cementKilnFeePerTonne: 500000,
          scrapSalePerTonne: 1e6,
        },
      }) as unknown as Scenario,
  );
