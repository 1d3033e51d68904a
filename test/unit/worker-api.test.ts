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
});
