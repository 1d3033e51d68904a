// The golden result files of fixtures/golden/: what the command line prints today for both
// villages before and after (result documents, comparison documents) and for the paired Monte
// Carlo the end-to-end suite runs. Browser and end-to-end tests read their expected figures from
// these files instead of recomputing them through the code they test; test/unit/golden.test.ts
// fails when the core no longer reproduces them bit for bit. After a deliberate change of the
// model or of the fixtures, regenerate with `npx tsx test/golden/make-golden.ts` and review the diff.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCompare } from '../../web/cli/compare.ts';
import { loadCoreNode, loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { runMc } from '../../web/cli/mc.ts';
import { validateScenario } from '../../web/shared/model/scenario-schema.ts';
import { runScenario } from '../../web/shared/model/simulate.ts';
import { compareMany } from '../../web/shared/analysis/compare.ts';
import { loadCatalogue } from '../../web/shared/analysis/measure-schema.ts';
import { selectMeasures } from '../../web/shared/analysis/measures.ts';

const root = path.resolve(import.meta.dirname, '../..');
export const GOLDEN_DIR = path.join(root, 'fixtures/golden');

/** The Monte Carlo run of the end-to-end evaluator journey (test/e2e/journeys/evaluator.mjs). */
export const GOLDEN_MC = { draws: 2000, seed: 1 };
/** The Compare view's columns in test/browser/compare-view.test.ts: two measures ticked by hand, then the pilot. */
export const COMPARE_VIEW_TICKED = ['no-plastic-fuel-lpg', 'bricks-instead-of-burning'];

const VILLAGES = ['minh-khai', 'phan-boi'] as const;

/** Every golden document by its file name in fixtures/golden/, as JSON-ready objects. */
export async function goldenDocuments(): Promise<Record<string, unknown>> {
  const core = await loadCoreNode();
  const library = loadEfLibrary();
  const docs: Record<string, unknown> = {};
  for (const village of VILLAGES) {
    const before = `fixtures/scenarios/${village}-before.json`;
    const after = `fixtures/scenarios/${village}-after.json`;
    const checked = validateScenario(JSON.parse(readFileSync(path.join(root, before), 'utf8')));
    if (!checked.ok) throw new Error(`${before} is invalid`);
    docs[`${village}-before.result.json`] = runScenario(core, checked.scenario, library);
    const comparison = await runCompare({ beforePath: path.join(root, before), afterPath: path.join(root, after) });
    docs[`${village}-after.result.json`] = comparison.after;
    docs[`${village}.comparison.json`] = comparison;
  }
  const minhKhai = validateScenario(JSON.parse(readFileSync(path.join(root, 'fixtures/scenarios/minh-khai-before.json'), 'utf8')));
  const pilot = JSON.parse(readFileSync(path.join(root, 'fixtures/scenarios/minh-khai-after.json'), 'utf8')) as { measures: string[] };
  if (!minhKhai.ok) throw new Error('minh-khai-before.json is invalid');
  const catalogue = loadCatalogue(JSON.parse(readFileSync(path.join(root, 'fixtures/measures.json'), 'utf8')));
  docs['minh-khai.compare-view.json'] = compareMany(
    core,
    library,
    [minhKhai.scenario, { measures: selectMeasures(catalogue, COMPARE_VIEW_TICKED) }, { measures: selectMeasures(catalogue, pilot.measures) }],
    {
      catalogue,
    },
  );
  docs[`minh-khai.mc-${GOLDEN_MC.draws}-seed-${GOLDEN_MC.seed}.json`] = await runMc({
    scenarioPath: path.join(root, 'fixtures/scenarios/minh-khai-before.json'),
    comparePath: path.join(root, 'fixtures/scenarios/minh-khai-after.json'),
    draws: GOLDEN_MC.draws,
    seed: GOLDEN_MC.seed,
  });
  // As the files hold them: JSON numbers round-trip exactly.
  return JSON.parse(JSON.stringify(docs)) as Record<string, unknown>;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const docs = await goldenDocuments();
  for (const [name, doc] of Object.entries(docs)) {
    writeFileSync(path.join(GOLDEN_DIR, name), `${JSON.stringify(doc, null, 1)}\n`);
    console.log(`fixtures/golden/${name}`);
  }
}
