// `npm run simulate -- <scenario.json> --mc 10000 --seed 1 [--compare <after.json>]`: Monte
// Carlo summaries of the headline figures (MODEL.md section 5; issue 6). Without --compare:
// { "pcddf.air": { p5, p50, p95, mean }, … }; with it: { before, after, difference,
// probabilityAfterBetter }, before and after paired by common random numbers. The after file is
// a scenario or a variant file (baseline + measure ids, resolved with the measures catalogue).
// Errors are CliErrors: exit 1 for usage and missing files, 2 for invalid input.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileScenario } from '../shared/compile.ts';
import type { EmissionFactorLibraryFile } from '../shared/emission-factors.ts';
import { MeasureError, parseCatalogueText, resolveVariant, VARIANT_FORMAT } from '../shared/measures.ts';
import { formatIssue, parseScenarioText, type Scenario } from '../shared/scenario-schema.ts';
import {
  buildUncertainInputs, runMonteCarlo, runPaired, summarizeBlock, summarizePaired, UncertaintyError, type McModel,
} from '../shared/uncertainty.ts';
import { CliError, readText } from './simulate.ts';
import { loadCoreNode, loadEfLibrary } from './load-core-node.ts';

const DEFAULT_CATALOGUE_PATH = fileURLToPath(new URL('../../fixtures/measures.json', import.meta.url));
export const MAX_DRAWS = 10_000_000;

export interface McArgs {
  scenarioPath: string;
  draws: number;
  seed: number;
  comparePath?: string;
  /** Extensions: the measures catalogue for variant files and the emission-factor library. */
  cataloguePath?: string;
  efLibraryPath?: string;
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new CliError(`${path}: the file is not valid JSON (${e instanceof Error ? e.message : String(e)})`, 2);
  }
}

function scenarioFrom(path: string, text: string): Scenario {
  const checked = parseScenarioText(text);
  if (!checked.ok) throw new CliError(checked.errors.map((i) => `${path}: ${formatIssue(i, 'en')}`).join('\n'), 2);
  for (const w of checked.warnings) process.stderr.write(`${path}: warning: ${formatIssue(w, 'en')}\n`);
  return checked.scenario;
}

async function afterScenario(path: string, cataloguePath: string): Promise<Scenario> {
  const text = readText(path);
  const doc = parseJson(path, text);
  if (typeof doc !== 'object' || doc === null || (doc as { format?: unknown }).format !== VARIANT_FORMAT) return scenarioFrom(path, text);
  const checked = parseCatalogueText(readText(cataloguePath));
  if (!checked.ok) throw new CliError(checked.errors.map((e) => `${cataloguePath}: ${e.message}`).join('\n'), 2);
  const baseDir = dirname(resolve(path));
  try {
    const resolved = await resolveVariant(doc, (relative) => {
      const baselinePath = resolve(baseDir, relative);
      return parseJson(baselinePath, readText(baselinePath));
    }, checked.catalogue.measures);
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
  let library: EmissionFactorLibraryFile;
  try {
    library = loadEfLibrary(args.efLibraryPath);
  } catch {
    throw new CliError(`cannot read the emission-factor library ${args.efLibraryPath ?? 'fixtures/emission-factors.json'}`, 1);
  }
  const before = model(args.scenarioPath, scenarioFrom(args.scenarioPath, readText(args.scenarioPath)), library);
  const core = await loadCoreNode();
  if (args.comparePath === undefined) return summarizeBlock(runMonteCarlo(core, before.compiled, before.inputs, { draws, seed }));
  const afterPath = args.comparePath;
  const after = model(afterPath, await afterScenario(afterPath, args.cataloguePath ?? DEFAULT_CATALOGUE_PATH), library);
  return summarizePaired(runPaired(core, before, after, { draws, seed }));
}
