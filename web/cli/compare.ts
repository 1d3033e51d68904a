// `npm run simulate -- <before.json> --compare <after.json>` (a scenario or a variant file) and
// `npm run simulate -- <before.json> --measures id1,id2 [--catalogue <measures.json>]`:
// the comparison document of MODEL.md section 6. Errors are CliErrors, one line per problem:
// exit 1 for missing files, 2 for invalid input.

import { dirname, resolve } from 'node:path';
import { compare, ComparisonError, type ComparisonDocument } from '../shared/analysis/compare.ts';
import { MeasureError, resolveVariant, selectMeasures, VARIANT_FORMAT, type Measure } from '../shared/analysis/measures.ts';
import { formatIssue, type Scenario } from '../shared/model/scenario-schema.ts';
import { ResultGuardError } from '../shared/model/result-guard.ts';
import { CliError, readEfLibrary, readJson, readText, scenarioFrom } from './files.ts';
import { readCatalogue } from './catalogue-file.ts';
import { loadCoreNode } from './load-core-node.ts';
import { CATALOGUE_PATH } from './bundled-paths.ts';

export interface CompareArgs {
  beforePath: string;
  afterPath?: string;
  measureIds?: string[];
  cataloguePath?: string;
  /** Extension: emission-factor library (default fixtures/emission-factors.json). */
  efLibraryPath?: string;
  lang?: 'en' | 'vi';
}

/** Key-order-independent JSON, for telling whether two files hold the same scenario. */
function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (typeof x === 'object' && x !== null) {
    return `{${Object.keys(x)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(x);
}

function sameScenario(a: Scenario, b: Scenario): boolean {
  const strip = (s: Scenario) => ({ ...(s as Record<string, unknown>), provenance: undefined });
  return canonical(strip(a)) === canonical(strip(b));
}

/** Builds the comparison document for the command line. */
export async function runCompare(args: CompareArgs): Promise<ComparisonDocument> {
  const lang = args.lang ?? 'en';
  if (args.afterPath === undefined && (args.measureIds === undefined || args.measureIds.length === 0)) {
    throw new CliError('give --compare <after.json> or --measures id1,id2', 1);
  }
  if (args.afterPath !== undefined && args.measureIds !== undefined && args.measureIds.length > 0) {
    throw new CliError('give either --compare <after.json> or --measures, not both', 1);
  }
  const before = scenarioFrom(args.beforePath, readText(args.beforePath), lang);
  const cataloguePath = args.cataloguePath ?? CATALOGUE_PATH;

  const library = readEfLibrary(args.efLibraryPath, lang);

  let input: { before: Scenario; after?: Scenario; measures?: Measure[] };
  let catalogue: Measure[] | undefined;
  try {
    if (args.afterPath !== undefined) {
      const afterPath = args.afterPath;
      const text = readText(afterPath);
      const doc = readJson(afterPath, lang);
      if (typeof doc === 'object' && doc !== null && (doc as { format?: unknown }).format === VARIANT_FORMAT) {
        catalogue = readCatalogue(cataloguePath, lang);
        const baseDir = dirname(resolve(afterPath));
        const resolved = await resolveVariant(doc, (relative) => readJson(resolve(baseDir, relative), lang), catalogue).catch((e: unknown) => {
          if (e instanceof MeasureError) throw new CliError(`${afterPath}: ${e.message}`, 2);
          throw e;
        });
        // The variant's measures are attributed only if they were applied to this very baseline.
        if (sameScenario(resolved.baseline, before)) {
          input = { before, after: resolved.scenario, measures: resolved.measures };
        } else {
          process.stderr.write(
            `${afterPath}: warning: its baseline ${resolved.variant.baseline} is not ${args.beforePath}, so the two scenarios are compared without measures (no capex, payback or attribution)\n`,
          );
          input = { before, after: resolved.scenario };
        }
      } else {
        input = { before, after: scenarioFrom(afterPath, text, lang) };
      }
    } else {
      catalogue = readCatalogue(cataloguePath, lang);
      const ids = (args.measureIds ?? []).map((id) => id.trim()).filter((id) => id !== '');
      if (ids.length === 0) throw new CliError('--measures needs at least one measure id', 1);
      let measures: Measure[];
      try {
        measures = selectMeasures(catalogue, ids);
      } catch (e) {
        if (e instanceof MeasureError) throw new CliError(`--measures: ${e.message} (catalogue ${cataloguePath})`, 2);
        throw e;
      }
      input = { before, measures };
    }
    const core = await loadCoreNode();
    return compare(core, library, input, { catalogue });
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (e instanceof MeasureError || e instanceof ComparisonError) throw new CliError(`${args.beforePath}: ${e.message}`, 2);
    if (e instanceof ResultGuardError)
      throw new CliError(`${args.beforePath} / ${args.afterPath ?? args.measureIds?.join(',')}: ${formatIssue(e.issue, lang)}`, 2);
    throw e;
  }
}
