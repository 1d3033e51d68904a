// `npm run simulate -- <scenario.json> --mc 10000 --seed 1 [--compare <after.json>]`: Monte
// Carlo summaries of the headline figures (MODEL.md section 5; issue 6). Without --compare:
// { "pcddf.air": { p5, p50, p95, mean }, … }; with it: { before, after, difference,
// probabilityAfterBetter }, before and after paired by common random numbers. The after file is
// a scenario or a variant file (baseline + measure ids, resolved with the measures catalogue).
// Errors are CliErrors: exit 1 for usage and missing files, 2 for invalid input.

import { dirname, resolve } from 'node:path';
import { compileScenario } from '../shared/model/compile.ts';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';
import { MeasureError, resolveVariant, VARIANT_FORMAT } from '../shared/analysis/measures.ts';
import { formatIssue, type Scenario } from '../shared/model/scenario-schema.ts';
import { HEADLINE_FIGURES } from '../shared/model/result-types.ts';
import { drawIssue, drawsIssue, isBadDraw } from '../shared/model/result-guard.ts';
import { STREAM_BLOCK, streamSummaries } from '../shared/analysis/mc-stream.ts';
import {
  buildUncertainInputs,
  runModels,
  runMonteCarlo,
  runPaired,
  summarizeBlock,
  summarizePaired,
  UncertaintyError,
  type McModel,
} from '../shared/analysis/uncertainty.ts';
import { CliError, readEfLibrary, readJson, readText, scenarioFrom } from './files.ts';
import { readCatalogue } from './catalogue-file.ts';
import { loadCoreNode } from './load-core-node.ts';
import { CATALOGUE_PATH } from './bundled-paths.ts';

export const MAX_DRAWS = 10_000_000;
/** Up to this many draws every series is kept and sorted (at most 45 series × 8 bytes × 100,000
 *  = 36 MB); above it the summaries are streamed (mc-stream.ts): the same figures bit for bit,
 *  memory flat in the number of draws, the draws run again for the exact percentiles. */
export const IN_MEMORY_DRAWS = 100_000;

export interface McArgs {
  scenarioPath: string;
  draws: number;
  seed: number;
  comparePath?: string;
  /** Extensions: the measures catalogue for variant files and the emission-factor library. */
  cataloguePath?: string;
  efLibraryPath?: string;
  lang?: 'en' | 'vi';
}

async function afterScenario(path: string, cataloguePath: string, lang: 'en' | 'vi'): Promise<Scenario> {
  const text = readText(path);
  const doc = readJson(path, lang);
  if (typeof doc !== 'object' || doc === null || (doc as { format?: unknown }).format !== VARIANT_FORMAT) return scenarioFrom(path, text, lang);
  const catalogue = readCatalogue(cataloguePath, lang);
  const baseDir = dirname(resolve(path));
  try {
    const resolved = await resolveVariant(doc, (relative) => readJson(resolve(baseDir, relative), lang), catalogue);
    return resolved.scenario;
  } catch (e) {
    if (e instanceof MeasureError) throw new CliError(`${path}: ${e.message}`, 2);
    throw e;
  }
}

function model(path: string, scenario: Scenario, library: EmissionFactorLibraryFile): McModel {
  const compiled = compileScenario(scenario, library);
  try {
    return { compiled, inputs: buildUncertainInputs(scenario, compiled) };
  } catch (e) {
    if (e instanceof UncertaintyError) throw new CliError(`${path}: uncertainty ${e.message}`, 2);
    throw e;
  }
}

/** Runs the Monte Carlo of one scenario, or the paired comparison with `comparePath`. */
export async function runMc(args: McArgs): Promise<object> {
  const { draws, seed } = args;
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
    throw new CliError(`--mc needs a whole number of draws between 1 and ${MAX_DRAWS.toLocaleString('en-US')}, got ${draws}`, 1);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) throw new CliError(`--seed needs a whole number between 0 and 2^53 − 1, got ${seed}`, 1);
  const lang = args.lang ?? 'en';
  const library: EmissionFactorLibraryFile = readEfLibrary(args.efLibraryPath, lang);
  const beforeScenario = scenarioFrom(args.scenarioPath, readText(args.scenarioPath), lang);
  const before = model(args.scenarioPath, beforeScenario, library);
  const core = await loadCoreNode();
  /** Refuses draws that are not finite (result-guard.ts), naming the likeliest field. */
  const guard = <T extends { values: Float64Array[] }>(block: T, scenarios: Scenario[], paths: string[]): T => {
    const bad = drawsIssue(block.values, HEADLINE_FIGURES, scenarios);
    if (bad) throw new CliError(`${paths.join(' / ')}: ${formatIssue(bad, lang)}`, 2);
    return block;
  };
  /** Above IN_MEMORY_DRAWS: the streamed summaries, with the same guard. */
  const streamed = (models: McModel[], scenarios: Scenario[], paths: string[]) => {
    // One set of arrays for every block (each block's draws are summed and counted before the next).
    const into = Array.from({ length: models.length * HEADLINE_FIGURES.length }, () => new Float64Array(STREAM_BLOCK));
    const out = streamSummaries(
      draws,
      models.length as 1 | 2,
      (start, count) => runModels(core, models, { draws, seed, start, count }, undefined, undefined, into),
      (s, x) => isBadDraw(HEADLINE_FIGURES[s % HEADLINE_FIGURES.length], x),
    );
    if (out.firstBad)
      throw new CliError(`${paths.join(' / ')}: ${formatIssue(drawIssue(out.firstBad.series, out.firstBad.value, HEADLINE_FIGURES, scenarios), lang)}`, 2);
    return (out.single ?? out.paired)!;
  };
  if (args.comparePath === undefined) {
    if (draws > IN_MEMORY_DRAWS) return streamed([before], [beforeScenario], [args.scenarioPath]);
    return summarizeBlock(guard(runMonteCarlo(core, before.compiled, before.inputs, { draws, seed }), [beforeScenario], [args.scenarioPath]));
  }
  const afterPath = args.comparePath;
  const afterScenarioDoc = await afterScenario(afterPath, args.cataloguePath ?? CATALOGUE_PATH, lang);
  const after = model(afterPath, afterScenarioDoc, library);
  if (draws > IN_MEMORY_DRAWS) return streamed([before, after], [beforeScenario, afterScenarioDoc], [args.scenarioPath, afterPath]);
  return summarizePaired(guard(runPaired(core, before, after, { draws, seed }), [beforeScenario, afterScenarioDoc], [args.scenarioPath, afterPath]));
}
