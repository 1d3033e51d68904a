import { createContext } from '@lit/context';
import type { VillageFigureSummary, VillageOutcome, VillageRequest, VillageResultDocument } from '../shared/contract/api-types.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import type { CoreClient } from '../common/core-client.ts';
import type { FaultCenter } from '../common/fault-center.ts';
import { Run } from '../common/run.ts';
import type { VillageMcRun, WorkerPool } from '../common/worker-pool.ts';

/** A village Monte Carlo (MODEL.md 8): the village, its files, the draws, the seed and the workers. */
export interface VillageMcRequest {
  village: VillageRequest;
  draws: number;
  seed: number;
  workers?: number;
}

/** The merged draws and every headline figure's summary (before, with adoption, all adopted). */
export interface VillageMcValue {
  run: VillageMcRun;
  summaries: Record<HeadlineFigure, VillageFigureSummary>;
}

/** The village result document (totals, groups, adoption curve, inventory) of one request. */
export type VillageDocumentRun = Run<VillageRequest, VillageOutcome<VillageResultDocument>>;

/**
 * The village Monte Carlo of one session in its worker pool, with progress in draws and the
 * same cancel, stale-result and fault behaviour as every other run (web/common/run.ts). Beside it,
 * `document`: the village result document, computed in the session's core worker (not the pool,
 * so that a share moved during a Monte Carlo run is answered at once); a slider dragged through
 * many values never builds a backlog ('queue': only the latest waiting request runs next). The
 * latest request of `document` is the village the Village view shows, kept for the session.
 */
export class VillageRun extends Run<VillageMcRequest, VillageOutcome<VillageMcValue>> {
  readonly document: VillageDocumentRun;

  constructor(pool: WorkerPool, faults?: FaultCenter, core?: CoreClient) {
    super(
      async ({ village, draws, seed, workers }, { signal, progress }) => {
        const control = { workers, signal };
        const mc = await pool.villageMonteCarlo(village, { draws, seed }, { ...control, onProgress: (p) => progress({ ...p, phase: 'draws' }) });
        if (!mc.ok) return mc;
        progress({ done: draws, total: draws, phase: 'summary' });
        const summaries = await pool.summarizeVillage(mc.value, control);
        return { ok: true, value: { run: mc.value, summaries }, warnings: mc.warnings };
      },
      { faults, scenarioOf: (request) => request.village.village },
    );
    this.document = new Run(
      async (request, { signal }) => {
        if (!core) throw new Error('The village view needs the session’s core worker.');
        return core.call('village', [request], { signal });
      },
      { faults, overlap: 'queue', scenarioOf: (request) => request.village },
    );
  }
}

/** The village run, provided by <plc-app> for the session. */
export const villageContext = createContext<VillageRun | undefined>(Symbol('plc-village'));
