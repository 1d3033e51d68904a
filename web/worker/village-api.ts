// The worker's village methods (MODEL.md 8, issue 18), part of the API that api.ts exposes.
// The page hands in the village document and the files it names (no file system in a worker);
// every block call is independent, so the worker pool may give blocks to any worker in any
// order, and one call does about TARGET_EVALUATIONS_PER_BLOCK core evaluations (~0.05–0.1 s) so that
// no call holds a worker for seconds without the page hearing of progress. Invalid requests
// come back as { ok: false, errors }, never as exceptions.

import { transfer } from 'comlink';
import type { Core } from '../shared/model/core.ts';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';
import type { Measure } from '../shared/analysis/measures.ts';
import { computeVillage } from '../shared/analysis/village.ts';
import { mapReader, resolveVillage, type ResolvedVillage } from '../shared/analysis/village-load.ts';
import { planVillageMonteCarlo, runVillageBlock, summarizeVillageFigure, villageBlockSize, type VillageMcPlan } from '../shared/analysis/village-mc.ts';
import { villageIssue } from '../shared/analysis/village-schema.ts';
import type {
  VillageApi,
  VillageBlockNext,
  VillageBlockRequest,
  VillageBlockValue,
  VillageOutcome,
  VillageRequest,
  VillageSummaryValue,
} from '../shared/contract/api-types.ts';

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

export function createVillageApi(load: () => Promise<Core>, library: EmissionFactorLibraryFile, catalogue: readonly Measure[]): VillageApi {
  // Every block of a run names the same village: resolve and plan it once per worker. `request`
  // is the call it came with; a later block of the run names it by reference (VillageBlockNext).
  // The entry is made at once, before resolving (which awaits): a later block that arrives
  // meanwhile finds this village, not the one before it.
  interface Entry {
    key: string;
    request: VillageRequest;
    resolved: Promise<VillageOutcome<ResolvedVillage>>;
    plan?: VillageOutcome<VillageMcPlan>;
  }
  let cached: Entry | null = null;

  function entry(request: VillageRequest): Entry {
    const c = cached;
    if (c && request.village === c.request.village && request.files === c.request.files && request.independentGroups === c.request.independentGroups) return c;
    const key = JSON.stringify([request.village, request.files ?? {}, request.independentGroups === true]);
    if (c?.key === key) return c;
    const resolving = resolveVillage(request.village, { reader: mapReader(request.files ?? {}), catalogue }).then((r): VillageOutcome<ResolvedVillage> =>
      r.ok ? { ok: true, value: r.village, warnings: r.warnings } : r,
    );
    return (cached = { key, request, resolved: resolving });
  }

  /** The block request itself, or a later block's with its village from the call that sent it. */
  function blockRequest(call: VillageBlockRequest | VillageBlockNext): VillageBlockRequest | null {
    if (!('sameVillage' in call)) return call;
    if (!cached) return null;
    const { village, files, independentGroups } = cached.request;
    return { ...call, village, files, independentGroups };
  }

  async function planned(request: VillageRequest): Promise<VillageOutcome<VillageMcPlan>> {
    const c = entry(request);
    const resolved = await c.resolved;
    if (!resolved.ok) return resolved;
    if (!c.plan) {
      const p = planVillageMonteCarlo(resolved.value, library, { independentGroups: request.independentGroups });
      c.plan = p.ok ? { ok: true, value: p.plan, warnings: resolved.warnings } : { ok: false, errors: p.errors, warnings: resolved.warnings };
    }
    return c.plan;
  }

  return {
    async village(request) {
      const resolved = await entry(request).resolved;
      if (!resolved.ok) return resolved;
      return { ok: true, value: computeVillage(await load(), library, resolved.value), warnings: resolved.warnings };
    },
    async villagePlan(request) {
      const p = await planned(request);
      if (!p.ok) return p;
      const plan = p.value;
      const groups = plan.units.reduce((n, u) => n + u.groups.length, 0);
      return {
        ok: true,
        value: {
          villageId: plan.villageId,
          groups,
          units: plan.units.length,
          evaluationsPerDraw: plan.evaluationsPerDraw,
          blockSize: villageBlockSize(plan.evaluationsPerDraw),
          sharedInputs: plan.sharedInputs,
          groupInputs: plan.groupInputs,
        },
        warnings: p.warnings,
      };
    },
    async villageBlock(call) {
      const request = blockRequest(call);
      if (!request) {
        const why = 'a block named the village of an earlier call, and this worker had none';
        return { ok: false, errors: [villageIssue(undefined, [], 'invalid', { detail: why })], warnings: [] };
      }
      const { draws, seed, start, count } = request;
      if (!isCount(draws) || draws < 1 || !isCount(seed) || !isCount(start) || !isCount(count) || start + count > draws) {
        const why = `the block [${start}, ${start + count}) of ${draws} draws with seed ${seed} is not a valid request (whole numbers, inside the run)`;
        return { ok: false, errors: [villageIssue(undefined, [], 'invalid', { detail: why })], warnings: [] };
      }
      const p = await planned(request);
      if (!p.ok) return p;
      const block = runVillageBlock(await load(), p.value, { draws, seed, start, count });
      const value: VillageBlockValue = { start: block.start, count: block.count, values: block.values };
      return transfer(
        { ok: true as const, value, warnings: p.warnings },
        value.values.map((v) => v.buffer as ArrayBuffer),
      );
    },
    async villageSummary(request) {
      const summary = summarizeVillageFigure(request.figure, request.before, request.withAdoption, request.allAdopted);
      const value: VillageSummaryValue = { summary, before: request.before, withAdoption: request.withAdoption, allAdopted: request.allAdopted };
      return transfer(
        value,
        [request.before, request.withAdoption, request.allAdopted].map((v) => v.buffer as ArrayBuffer),
      );
    },
  };
}
