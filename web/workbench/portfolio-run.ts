import { createContext } from '@lit/context';
import type { PortfolioResult, WorkbenchOutcome } from '../shared/contract/api-types.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import type { ScenarioDocument } from '../app/scenario-draft.ts';
import type { CoreClient } from '../common/core-client.ts';
import type { FaultCenter } from '../common/fault-center.ts';
import { Run } from '../common/run.ts';

/** A portfolio search: every subset of these catalogue measures, for one release to cut. */
export interface PortfolioRequest {
  scenario: ScenarioDocument;
  measureIds: string[];
  figure: HeadlineFigure;
}

/**
 * The Workbench's measure portfolios: every subset of up to 12 chosen measures evaluated in the
 * worker, with the Pareto front. Outlives the view, so the last search is still there after a
 * visit elsewhere.
 */
export class PortfolioRun extends Run<PortfolioRequest, WorkbenchOutcome<PortfolioResult>> {
  constructor(core: Pick<CoreClient, 'call'>, faults?: FaultCenter) {
    super((request, { signal }) => core.call('portfolio', [request.scenario, request.measureIds, request.figure], { signal }), {
      faults,
      scenarioOf: (request) => request.scenario,
    });
  }
}

/** The portfolio panel's run, provided by <plc-app> for the session. */
export const portfolioContext = createContext<PortfolioRun | undefined>(Symbol('plc-portfolio'));
