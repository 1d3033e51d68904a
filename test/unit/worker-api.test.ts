// The worker's API called directly in Node (no Worker): the same functions comlink exposes.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../web/worker/api.ts';
import { loadCoreNode } from '../../web/cli/load-core-node.ts';

const api = createApi(() => loadCoreNode());
const minhKhai = JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8'));

describe('worker API', () => {
  it('simulates a valid scenario', async () => {
    const out = await api.simulate(minhKhai);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result.scenarioId).toBe('minh-khai-before');
    // Feed is tonnesPerDay × daysPerYear (MODEL.md step 1), read back from the fixture itself.
    expect(out.result.mass.feedT).toBeCloseTo(minhKhai.feed.tonnesPerDay * minhKhai.calendar.daysPerYear, 9);
    expect(out.result.mass.productT).toBeGreaterThan(0);
  });

  it('returns every validation error instead of throwing', async () => {
    const bad = structuredClone(minhKhai);
    bad.calendar.hoursPerDay = 30;
    bad.units[0].capacityKgPerHour = -1;
    const out = await api.simulate(bad);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const paths = out.errors.map((e) => e.path);
    expect(paths).toContain('/calendar/hoursPerDay');
    expect(paths).toContain('/units/0/capacityKgPerHour');
  });

  it('reports its versions', async () => {
    const info = await api.info();
    expect(info.appVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(info.efLibraryId).toBeTruthy();
  });

  it('compares the baseline with catalogue measures and attributes the change', async () => {
    const out = await api.compare(minhKhai, { measureIds: ['sanitary-landfill', 'bricks-instead-of-burning'] });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    // Applied in catalogue order whatever order they were asked in.
    const catalogue = (await api.catalogue()).map((m) => m.id);
    expect(out.value.measures).toEqual([...out.value.measures].sort((a, b) => catalogue.indexOf(a) - catalogue.indexOf(b)));
    // Shapley values add up to the total change.
    const sum = Object.values(out.value.attribution).reduce((s, a) => s + a['pcddf.total'], 0);
    expect(sum).toBeCloseTo(out.value.difference['pcddf.total'], 6);
  });

  it('compares any number of scenarios with the baseline', async () => {
    const out = await api.compareMany(minhKhai, [{ measureIds: ['sanitary-landfill'] }, { measureIds: ['bricks-instead-of-burning'] }, { scenario: minhKhai }]);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.comparisons).toHaveLength(3);
    // The baseline against itself changes nothing.
    expect(out.value.comparisons[2].difference['pcddf.total']).toBe(0);
  });

  it('refuses an unknown measure with a message, not an exception', async () => {
    const out = await api.compare(minhKhai, { measureIds: ['no-such-measure'] });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0].message).toMatch(/no-such-measure/);
  });

  it('refuses dynamics options outside the accepted ranges before the engine starts', async () => {
    // A lot of 1 g never finished (issue 14); the minimum lot is 1 kg, the longest horizon 50 years.
    const out = await api.dynamics(minhKhai, { years: 1e6, replications: 2.5, seed: 7, lotKg: 0.001 });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors.map((e) => [e.path, e.code])).toEqual([
      ['/options/years', 'too_big'],
      ['/options/replications', 'invalid_type'],
      ['/dynamics/lotKg', 'too_small'],
    ]);
    expect(out.errors[2].message).toBe('dynamics/lotKg (lot size (dynamics)): must be at least 1 kg; got 0.001');
    const inScenario = structuredClone(minhKhai);
    inScenario.dynamics = { lotKg: 0.001 };
    const viaFile = await api.dynamics(inScenario, { years: 1, replications: 1, seed: 7 });
    expect(viaFile.ok ? [] : viaFile.errors.map((e) => e.path)).toEqual(['/dynamics/lotKg']);
  });

  it('refuses a measure that does not apply to the line, naming it and its operation', async () => {
    const noWasher = structuredClone(minhKhai);
    noWasher.units = noWasher.units.filter((u: { type: string }) => u.type !== 'washing');
    const out = await api.compare(noWasher, { measureIds: ['float-sink-separation'] });
    expect(out.ok ? '' : out.errors[0].message).toMatch(
      /^measure "float-sink-separation", operation 0 \(ensure \/units\/\[type=washing\]\/removal\): the selector \[type=washing\] matches nothing/,
    );
    const portfolio = await api.portfolio(noWasher, ['float-sink-separation', 'sanitary-landfill']);
    expect(portfolio.ok ? '' : portfolio.errors[0].message).toMatch(/^measure "float-sink-separation", operation 0/);
  });
});
