// `npm run simulate -- <scenario.json> --dynamic --years 1 --replications 20 --seed 7`:
// the line-dynamics summary as JSON: figures per year (means over replications with 95 %
// intervals) unless named as a level (`…MaxKg`, `…EndT`).

import { DynamicsEngine, DynamicsLimitError, runDynamics, type PrecisionHint } from '../shared/analysis/dynamics.ts';
import { FIGURES } from '../shared/model/figure-catalogue.ts';
import { dynamicsOptionIssues } from '../shared/analysis/dynamics-options.ts';
import { badFigureIssue, findBadFigure } from '../shared/model/result-guard.ts';
import { formatIssue } from '../shared/model/scenario-schema.ts';
import { CliError } from './files.ts';

export { MAX_YEARS, MAX_REPLICATIONS } from '../shared/analysis/dynamics-options.ts';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';
import type { Scenario } from '../shared/model/scenario-schema.ts';
import { loadCoreNode } from './load-core-node.ts';

export async function runDynamic(
  scenario: Scenario,
  efLibrary: EmissionFactorLibraryFile,
  args: { years: number; replications: number; seed: number },
  lang: 'en' | 'vi' = 'en',
): Promise<object> {
  const problems = dynamicsOptionIssues(args);
  if (problems.length > 0) throw new CliError(problems.map((i) => formatIssue(i, lang)).join('\n'), 1);
  const engine = new DynamicsEngine(await loadCoreNode());
  let s;
  try {
    s = runDynamics(engine, scenario, efLibrary, { years: args.years, replications: args.replications, seed: args.seed });
  } catch (e) {
    // Refused before it starts (event budget, lot size): invalid input, exit code 2.
    if (e instanceof DynamicsLimitError) throw new CliError(`${scenario.id}: ${e.message}`, 2);
    throw e;
  }
  // Intervals may dip below 0: only finiteness is checked (result-guard.ts).
  const bad = findBadFigure(s, { checkNegative: false });
  if (bad) throw new CliError(formatIssue(badFigureIssue(bad, scenario), lang), 2);
  return {
    format: 'plastic-line-dynamics',
    version: 1,
    scenarioId: scenario.id,
    years: s.years,
    seed: s.seed,
    replications: s.replications,
    events: s.events,
    processedT: s.processedT,
    productT: s.productT,
    burnedPlasticT: s.burnedPlasticT,
    routesT: s.routesT,
    pcddfAirUgTeq: s.pcddfAirUgTeq,
    pcddfTotalUgTeq: s.pcddfTotalUgTeq,
    hclKg: s.hclKg,
    feedT: s.feedT,
    backlogT: s.backlogT,
    backlogEndT: s.backlogEndT,
    burnEventsPerYear: s.burnEventsPerYear,
    clearingsPerYear: s.clearingsPerYear,
    fuelShortfallMJ: s.fuelShortfallMJ,
    stockpilePlasticMaxKg: s.stockpilePlasticMaxKg,
    bottleneckUnitId: s.bottleneckUnitId,
    units: s.units.map((u) => ({ id: u.id, busy: u.busy, blocked: u.blocked, starved: u.starved, down: u.down })),
    ...(s.precision ? { hint: precisionHintText(s.precision) } : {}),
  };
}

/** The precision hint in English (the page words it in its own language). */
export function precisionHintText(p: PrecisionHint): string {
  if (p.kind === 'oneReplication') return 'One replication gives no confidence interval; run at least 2 (20 is a good start).';
  return (
    `The 95 % interval of ${FIGURES[p.figure].label} is ±${(p.relativeHalfWidth * 100).toFixed(1)} % of the mean; ` +
    `about ${p.replicationsNeeded} replications (or a longer horizon) would bring it within ±5 %.`
  );
}
