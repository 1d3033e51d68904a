// The one table of accepted ranges (web/shared/model/bounds.ts, issue 14): the schema uses every row,
// every number of the shipped files has a row and lies in it, the words and the matching are the
// ones worked out below, and README.md shows the table as the module has it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNDS, bound, boundLabel, boundOf, inBound, rangeText } from '../../web/shared/model/bounds.ts';
import { USED_BOUNDS } from '../../web/shared/model/scenario-schema.ts';
import { boundsTable } from '../../scripts/bounds-table.ts';
import { targetOfPointer } from '../../web/shared/analysis/uncertainty.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const json = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8'));

function* numbers(x: unknown, pointer = ''): Generator<[string, number]> {
  if (typeof x === 'number') yield [pointer, x];
  else if (Array.isArray(x)) for (let i = 0; i < x.length; i++) yield* numbers(x[i], `${pointer}/${i}`);
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) yield* numbers(v, `${pointer}/${k}`);
}

describe('the bounds table', () => {
  it('has one row per pattern, and the schema builds a number from every row', () => {
    const patterns = BOUNDS.map((b) => b.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
    expect([...USED_BOUNDS].sort()).toEqual([...patterns].sort());
  });

  it('gives every number of the shipped scenarios and libraries a row, and each lies in it', () => {
    const files = [
      ...readdirSync(path.join(root, 'fixtures/scenarios')).map((f) => `fixtures/scenarios/${f}`),
      ...readdirSync(path.join(root, 'fixtures/golden/toolkit-v1'))
        .filter((f) => f.endsWith('.scenario.json'))
        .map((f) => `fixtures/golden/toolkit-v1/${f}`),
      'fixtures/emission-factors.json',
      'fixtures/emission-factors-2005.json',
    ];
    let checked = 0;
    for (const file of files) {
      for (const [pointer, value] of numbers(json(file))) {
        if (pointer === '/version' || pointer.startsWith('/measures/')) continue; // the format's version; variant files
        const match = boundOf(pointer);
        expect(match, `${file}${pointer}`).not.toBeNull();
        expect(inBound(match!.bound, value), `${file}${pointer} = ${value}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('matches concrete pointers and words the field', () => {
    // A unit's index is left out of the words; a component, route, source or vector key is worded.
    const eff = boundOf('/units/3/heat/efficiency')!;
    expect(eff.bound.min).toBe(0.01);
    expect(boundLabel(eff, 'en')).toBe('furnace efficiency');
    expect(boundLabel(eff, 'vi')).toBe('hiệu suất lò');
    expect(boundLabel(boundOf('/units/0/removal/PVC/fraction')!, 'en')).toBe('share of PVC removed');
    expect(boundLabel(boundOf('/residues/plasticRoutes/openBurning')!, 'vi')).toBe('tỷ lệ nhựa thải: đốt lộ thiên');
    // An override as a number, as { value }, and the library's { value } share one row.
    const ef = ['/emissionFactors/openBurning/pcddf/air', '/emissionFactors/openBurning/pcddf/air/value', '/factors/openBurning/pcddf/air/value'].map((p) =>
      boundOf(p)!,
    );
    for (const m of ef) expect(boundLabel(m, 'en')).toBe('PCDD/F emission factor of open burning to air');
    expect(boundOf('/factors/coal/co2PerTJ/value')!.bound.max).toBe(1000);
    // Distribution parameters anywhere.
    expect(boundOf('/uncertainty/2/dist/median')!.bound.minExclusive).toBe(true);
    expect(boundOf('/factors/openBurning/pcddf/air/dist/gsd')!.bound.pattern).toBe('**/dist/gsd');
    // Not numbers of the table: text fields and unknown places.
    expect(boundOf('/units/0/name')).toBeNull();
    expect(boundOf('/feed/composition/PE/extra')).toBeNull();
    // A named wildcard matches only the keys of its list: a misspelt route is no number.
    expect(boundOf('/residues/plasticRoutes/openBuring')).toBeNull();
    expect(boundOf('/emissionFactors/openBurning/pcddf/sky')).toBeNull();
    expect(boundOf('/units/x/capacityKgPerHour')).toBeNull();
    expect(boundOf('')).toBeNull();
  });

  it('accepts exactly the range written in the row', () => {
    const feed = bound('/feed/tonnesPerDay');
    // 0 (an idle line) or 1e-6 to 10,000 t/day: 5e-7 is a slip, 1e-6 and 10,000 are in, 10,000.1 is not.
    expect([0, 5e-7, 1e-6, 10_000, 10_000.1, -1, Infinity, NaN].map((x) => inBound(feed, x))).toEqual([true, false, true, true, false, false, false, false]);
    const median = bound('**/dist/median');
    expect([0, 1e-300, 1e12].map((x) => inBound(median, x))).toEqual([false, true, true]);
    const days = bound('/dynamics/burnPolicy/everyDays');
    expect([1, 1.5, 366, 367].map((x) => inBound(days, x))).toEqual([true, false, true, false]);
    expect(rangeText(feed)).toBe('0 or 0.000001 – 10000');
    expect(rangeText(median)).toBe('> 0 – 1000000000000');
  });
});

describe('Monte Carlo and sweep ranges', () => {
  it('keep samples and grid values inside the accepted range of the field', () => {
    const scenario = json('fixtures/scenarios/minh-khai-before.json') as Scenario;
    const dryer = scenario.units.findIndex((u) => u.heat !== undefined);
    // The core's own range for an efficiency was (1e-9, 1]; the table narrows it to [0.01, 1].
    expect(targetOfPointer(`/units/${dryer}/heat/efficiency`, scenario)).toMatchObject({ lo: 0.01, hi: 1 });
    // An emission factor had no upper end (∞); the table gives 1,000,000 µg TEQ/t.
    expect(targetOfPointer('/emissionFactors/openBurning/pcddf/air', scenario)).toMatchObject({ lo: 0, hi: 1e6 });
    // Hours per day: (1e-9, 24] becomes [0.1, 24]; the feed keeps 0 (an idle line).
    expect(targetOfPointer('/calendar/hoursPerDay', scenario)).toMatchObject({ lo: 0.1, hi: 24 });
    expect(targetOfPointer('/feed/tonnesPerDay', scenario)).toMatchObject({ lo: 0, hi: 10_000 });
  });
});

describe('README.md', () => {
  it('shows the table as bounds.ts has it', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme.includes(boundsTable()), 'run `npx tsx scripts/bounds-table.ts --write`').toBe(true);
  });
});
