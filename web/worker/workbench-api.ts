// The worker's workbench methods (issue 7): parameter sweeps and measure portfolios, part of the
// API that api.ts exposes. Invalid requests come back as { ok: false, errors }, never as
// exceptions; large arrays are transferred, not copied.

import { transfer } from 'comlink';
import type { Core } from '../shared/model/core.ts';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';
import { MeasureError, selectMeasures, type Measure } from '../shared/analysis/measures.ts';
import { runPortfolio } from '../shared/analysis/portfolio.ts';
import { validateScenario } from '../shared/model/scenario-schema.ts';
import type { Issue } from '../shared/model/simulate.ts';
import { runSweep, SweepError } from '../shared/analysis/sweep.ts';
import { UncertaintyError } from '../shared/analysis/uncertainty.ts';
import { ComparisonError } from '../shared/analysis/compare.ts';
import { ResultGuardError } from '../shared/model/result-guard.ts';
import type { WorkbenchApi } from '../shared/contract/api-types.ts';

function issue(error: unknown): Issue[] {
  if (error instanceof ResultGuardError) return [error.issue];
  if (error instanceof SweepError || error instanceof UncertaintyError) {
    return [{ path: (error as { pointer?: string }).pointer ?? '', code: 'sweep_error', message: error.message }];
  }
  if (error instanceof MeasureError || error instanceof ComparisonError || error instanceof RangeError) {
    return [{ path: '', code: 'portfolio_error', message: error.message }];
  }
  throw error;
}

export function createWorkbenchApi(load: () => Promise<Core>, library: EmissionFactorLibraryFile, catalogue: readonly Measure[]): WorkbenchApi {
  return {
    async sweep(scenario, axes, onProgress) {
      const checked = validateScenario(scenario);
      if (!checked.ok) return { ok: false, errors: checked.errors, warnings: checked.warnings };
      try {
        // Progress goes back through a comlink proxy, one message per grid row.
        const value = runSweep(await load(), library, checked.scenario, axes, onProgress && ((done, total) => void onProgress(done, total)));
        return transfer(
          { ok: true as const, value, warnings: checked.warnings },
          Object.values(value.figures).map((a) => a.buffer),
        );
      } catch (error) {
        return { ok: false, errors: issue(error), warnings: checked.warnings };
      }
    },
    async portfolio(scenario, measureIds, figure) {
      const checked = validateScenario(scenario);
      if (!checked.ok) return { ok: false, errors: checked.errors, warnings: checked.warnings };
      try {
        const measures = selectMeasures(catalogue, measureIds);
        const value = runPortfolio(await load(), library, checked.scenario, measures, { figure });
        return { ok: true, value, warnings: checked.warnings };
      } catch (error) {
        return { ok: false, errors: issue(error), warnings: checked.warnings };
      }
    },
  };
}
