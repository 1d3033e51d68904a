import { ContextProvider, type Context } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { comparisonContext, ComparisonRun } from '../compare/comparison-run.ts';
import { dynamicsContext, DynamicsRun } from '../dynamics/dynamics-run.ts';
import { evaluationContext, EvaluationRun } from '../evaluation/evaluation-run.ts';
import { trainingContext, TrainingRun } from '../training/training-run.ts';
import { uncertaintyContext, UncertaintyRun } from '../uncertainty/uncertainty-run.ts';
import { villageContext, VillageRun } from '../village/village-run.ts';
import { portfolioContext, PortfolioRun } from '../workbench/portfolio-run.ts';
import { sweepContext, SweepRun } from '../workbench/sweep-run.ts';
import { catalogueContext, draftContext, faultsContext, libraryContext, simulationContext, storeContext } from './contexts.ts';
import type { ScenarioSession } from './session.ts';

// The shell's wiring, the one place besides <plc-app> that knows every view: each view's run
// is made once per session (so it outlives the view) and provided, like the session's own
// services, through its context.

/** Every view's run for one session. */
export interface ViewRuns {
  comparison: ComparisonRun;
  dynamics: DynamicsRun;
  uncertainty: UncertaintyRun;
  training: TrainingRun;
  evaluation: EvaluationRun;
  sweep: SweepRun;
  portfolio: PortfolioRun;
  village: VillageRun;
}

export function createViewRuns(session: ScenarioSession): ViewRuns {
  const { core, pool, faults, catalogue } = session;
  return {
    comparison: new ComparisonRun(core, faults),
    dynamics: new DynamicsRun(core, faults),
    uncertainty: new UncertaintyRun(pool, faults),
    training: new TrainingRun(core, faults),
    evaluation: new EvaluationRun(core, catalogue, faults),
    sweep: new SweepRun(core, faults),
    portfolio: new PortfolioRun(core, faults),
    village: new VillageRun(pool, faults),
  };
}

type Host = ReactiveControllerHost & HTMLElement;

/** Provides the session's services and the views' runs to everything below `host`. */
export class SessionProviders {
  private readonly providers: { provider: ContextProvider<Context<unknown, unknown>>; read: (s: ScenarioSession, r: ViewRuns) => unknown }[] = [];

  constructor(host: Host) {
    const add = <T>(context: Context<unknown, T | undefined>, read: (s: ScenarioSession, r: ViewRuns) => T) => {
      const provider = new ContextProvider(host, { context }) as unknown as ContextProvider<Context<unknown, unknown>>;
      this.providers.push({ provider, read });
    };
    add(draftContext, (s) => s.draft);
    add(storeContext, (s) => s.store);
    add(libraryContext, (s) => s.store.library);
    add(simulationContext, (s) => s.simulation);
    add(faultsContext, (s) => s.faults);
    add(catalogueContext, (s) => s.catalogue);
    add(comparisonContext, (_, r) => r.comparison);
    add(dynamicsContext, (_, r) => r.dynamics);
    add(uncertaintyContext, (_, r) => r.uncertainty);
    add(trainingContext, (_, r) => r.training);
    add(evaluationContext, (_, r) => r.evaluation);
    add(sweepContext, (_, r) => r.sweep);
    add(portfolioContext, (_, r) => r.portfolio);
    add(villageContext, (_, r) => r.village);
  }

  /** Hands every consumer the services of `session` and these runs. */
  provide(session: ScenarioSession, runs: ViewRuns): void {
    for (const { provider, read } of this.providers) provider.setValue(read(session, runs));
  }
}
