import { createContext } from '@lit/context';
import type { VillageFigureSummary, VillageOutcome, VillageRequest } from '../shared/contract/api-types.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
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

/**
 * The village Monte Carlo of one session in its worker pool, with progress in draws and the
 * same cancel, stale-result and fault behaviour as every other run (web/common/run.ts). No view
 * shows it yet; the village view will consume it through villageContext.
 */
export class VillageRun extends Run<VillageMcRequest, VillageOutcome<VillageMcValue>> {
  constructor(pool: WorkerPool, faults?: FaultCenter) {
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
  }
}

/** The village run, provided by <plc-app> for the session. */
export const villageContext = createContext<VillageRun | undefined>(Symbol('plc-village'));
