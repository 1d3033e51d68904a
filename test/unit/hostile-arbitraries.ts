// fast-check arbitraries for issue 14, shared by the fuzzing script and the property tests:
// scenarios whose every number is drawn log-uniformly between 1e-300 and 1e300, from the edges of
// its accepted range or from its typical range, and random catalogue patches (measures) of the
// same kind of numbers.

import fc from 'fast-check';
import { boundOf, type Bound } from '../../web/shared/model/bounds.ts';
import type { Measure } from '../../web/shared/analysis/measures.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';
import { scenarioArb } from './arbitraries.ts';

/** 10^e for e uniform in [log10 lo, log10 hi]. */
export function logUniform(lo: number, hi: number, u: number): number {
  const a = Math.log10(lo);
  const b = Math.log10(hi);
  return 10 ** (a + (b - a) * u);
}

/** Numbers around the edges of a row: both ends, the doubles just beyond them, denormals, 0. */
function edges(row: Bound): number[] {
  const up = (x: number) => x + Math.max(Math.abs(x) * 2 ** -52, 5e-324);
  const down = (x: number) => x - Math.max(Math.abs(x) * 2 ** -52, 5e-324);
  return [row.min, row.max, up(row.max), down(row.min), up(row.min), 5e-324, 0, 1e-300, 1e300];
}

type Draw = [choice: number, u: number, v: number];

/** One number of a field: kept (typical), log-uniform inside its accepted range, one of its
 *  edges, or (when `anything`) log-uniform over 1e-300 … 1e300 whatever its range. */
export function drawNumber(current: number, row: Bound | null, [choice, u, v]: Draw, anything: boolean): number {
  const c = choice % 10;
  if (c < 4 || row === null) return current;
  if (anything && c >= 8) return logUniform(1e-300, 1e300, u);
  if (c < 7) {
    const lo = Math.max(row.min, 1e-300);
    const x = row.max > lo ? logUniform(lo, row.max, u) : row.max;
    return row.integer ? Math.max(row.min, Math.min(row.max, Math.round(x))) : x;
  }
  const e = edges(row);
  const pick = e[Math.floor(v * e.length) % e.length];
  return anything ? pick : Math.min(row.max, Math.max(row.zeroAllowed ? 0 : row.min, row.integer ? Math.round(pick) : pick));
}

function* numberLeaves(doc: unknown, pointer = ''): Generator<[string, Record<string, unknown>, string]> {
  if (typeof doc !== 'object' || doc === null) return;
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    const p = `${pointer}/${k}`;
    if (typeof v === 'number') yield [p, doc as Record<string, unknown>, k];
    else yield* numberLeaves(v, p);
  }
}

function rescale(group: Record<string, number> | undefined): void {
  if (!group) return;
  const sum = Object.values(group).reduce((a, b) => a + b, 0);
  if (sum > 0) for (const k of Object.keys(group)) group[k] = group[k] / sum;
  else group[Object.keys(group)[0]] = 1;
}

/** A valid scenario with its numbers redrawn. `inRange` keeps them in their accepted ranges
 *  (and scales the share groups back to 1), so most are accepted with extreme values; `anything`
 *  draws across 1e-300 … 1e300, so most are refused. */
export const extremeScenarioArb = fc
  .tuple(
    scenarioArb,
    fc.constantFrom('inRange', 'anything'),
    fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 256, maxLength: 256 }),
  )
  .map(([scenario, mode, draws]) => {
    const doc = structuredClone(scenario) as unknown as Record<string, any>;
    let i = 0;
    for (const [pointer, parent, key] of [...numberLeaves(doc)]) {
      if (pointer === '/version') continue;
      parent[key] = drawNumber(parent[key] as number, boundOf(pointer)?.bound ?? null, draws[i++ % draws.length], mode === 'anything');
    }
    if (mode === 'inRange') {
      rescale(doc.feed?.composition);
      rescale(doc.residues?.plasticRoutes);
      rescale(doc.residues?.inertRoutes);
    }
    return { mode, scenario: doc as unknown as Scenario };
  });

const UNIT_NUMBERS = [
  'capacityKgPerHour',
  'mtbfHours',
  'mttrHours',
  'processLossFraction',
  'electricityKWhPerTonne',
  'waterM3PerTonne',
  'waterRecycledFraction',
  'workers',
  'heat/MJPerTonne',
  'heat/efficiency',
] as const;
/** Mostly selectors that match something in any random line; a few that never can. */
const selectorArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('[*]', '[id=u0]', '[type=sorting|washing|shredding|drying|agglomeration|extrusion|pelletizing|moulding]') },
  { weight: 2, arbitrary: fc.constantFrom('[type=sorting]', '[type=washing|drying]', '[heat.fuel=plasticRejects]') },
  { weight: 1, arbitrary: fc.constantFrom('[type=Washing]', '[colour=red]', '[type=]') },
);
const routeArb = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('openBurning', 'dumping', 'landfill', 'bricks', 'cementKiln', 'sale') },
  { weight: 1, arbitrary: fc.constant('openBuring') },
);
const TOP_NUMBERS = [
  '/feed/tonnesPerDay',
  '/feed/pricePerTonne',
  '/calendar/hoursPerDay',
  '/residues/dumpFireFraction',
  '/prices/coalPerTonne',
  '/bricks/plasticMassFraction',
  '/bricks/brickMassKg',
  '/discountRate',
  '/feed/composition/PVC',
];

const anyNumber = fc.oneof(
  fc.double({ min: -300, max: 300, noNaN: true }).map((e) => 10 ** e),
  fc.double({ min: 0, max: 2, noNaN: true }),
  fc.constantFrom(0, 5e-324, 1e308, 0.01, 1),
);

const operationArb = fc.oneof(
  fc
    .record({ op: fc.constant('multiply'), sel: selectorArb, field: fc.constantFrom(...UNIT_NUMBERS), value: anyNumber })
    .map(({ op, sel, field, value }) => ({ op, path: `/units/${sel}/${field}`, value })),
  fc.record({ op: fc.constant('multiply'), path: fc.constantFrom(...TOP_NUMBERS), value: anyNumber }),
  fc
    .record({ from: routeArb, to: routeArb, fraction: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ from, to, fraction }) => ({ op: 'transfer', from: `/residues/plasticRoutes/${from}`, path: `/residues/plasticRoutes/${to}`, fraction })),
  fc
    .record({ op: fc.constant('replace'), sel: selectorArb, field: fc.constantFrom(...UNIT_NUMBERS), value: anyNumber })
    .map(({ op, sel, field, value }) => ({ op, path: `/units/${sel}/${field}`, value })),
  fc.record({ op: fc.constant('replace'), path: fc.constantFrom(...TOP_NUMBERS), value: anyNumber }),
  fc.record({ op: fc.constant('ensure'), path: fc.constant('/bricks'), value: fc.record({ plasticMassFraction: anyNumber, brickMassKg: anyNumber }) }),
);

/** One to three measures of one to four random operations each. */
export const measuresArb: fc.Arbitrary<Measure[]> = fc
  .array(
    fc.record({
      patch: fc.array(operationArb, { minLength: 1, maxLength: 4 }),
      capex: fc.oneof(
        fc.double({ min: 0, max: 15, noNaN: true }).map((e) => Math.floor(10 ** e)),
        fc.constant(0),
      ),
      lifetimeYears: fc.integer({ min: 1, max: 100 }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((list) =>
    list.map(
      (m, i) =>
        ({
          id: `m${i}`,
          kind: 'BEP',
          name: `Measure ${i}`,
          description: 'random',
          source: 'fuzz',
          status: 'E',
          ...m,
        }) as unknown as Measure,
    ),
  );
