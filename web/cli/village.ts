// `npm run simulate -- <village.json> --village [--mc N --seed S] [--table]`: the village result
// document of MODEL.md 8 (JSON), or a readable summary. Given a province file
// (`plastic-line-province`, a list of village files or inline villages) or several village files,
// every village is run in this one process and the province document adds them up.
// Errors: one per line, each naming the file, the group and the field; exit 1 when a file named
// on the command line (or only files it names) cannot be read or an option is wrong, 2 for
// invalid input.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';
import { parseCatalogueText, type Measure } from '../shared/analysis/measures.ts';
import { combineVillages, type ProvinceResultDocument } from '../shared/analysis/province.ts';
import { computeVillage, type VillageResultDocument } from '../shared/analysis/village.ts';
import { resolveVillage, type ResolvedVillage, type VillageReader } from '../shared/analysis/village-load.ts';
import { planVillageMonteCarlo, runVillageMonteCarlo, summarizeVillageSeries, VILLAGE_SERIES } from '../shared/analysis/village-mc.ts';
import { formatVillageIssue, parseJsonText, validateProvince, type VillageIssue } from '../shared/analysis/village-schema.ts';
import { PROVINCE_FORMAT, type NationalContext } from '../shared/analysis/village-types.ts';
import { numberFlag, type CliArgs } from './args.ts';
import { CliError, readEfLibrary, readText } from './files.ts';
import { loadCoreNode } from './load-core-node.ts';
import { CATALOGUE_PATH } from './bundled-paths.ts';
import { formatProvinceTable, formatVillageTable } from './village-table.ts';

export const MAX_VILLAGE_DRAWS = 10_000_000;

type Lang = 'en' | 'vi';

/** A village to run: its document and the folder its paths are relative to. */
interface VillageSource {
  /** The file shown in messages (the village file, or the province file for an inline village). */
  label: string;
  /** For an inline village of a province: where it is in the province file. */
  at?: string;
  dir: string;
  doc: unknown;
}

/** Reads files relative to `dir`; null when there is no such file. Texts are read once. */
function diskReader(dir: string, cache: Map<string, string | null>): VillageReader {
  return {
    readText(path) {
      const file = resolve(dir, path);
      let text = cache.get(file);
      if (text === undefined) {
        try {
          text = existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : null;
        } catch {
          text = null;
        }
        cache.set(file, text);
      }
      return text;
    },
  };
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

function parseFile(path: string): unknown {
  const parsed = parseJsonText(readText(path));
  if (!parsed.ok) throw new CliError(`${path}: ${formatVillageIssue(parsed.error, 'en')}`, 2);
  return parsed.value;
}

function loadCatalogue(path: string): Measure[] {
  const checked = parseCatalogueText(readText(path));
  if (!checked.ok) throw new CliError(checked.errors.map((e) => `${path}: ${e.message}`).join('\n'), 2);
  return checked.catalogue.measures;
}

export interface VillageCliOptions {
  lang: Lang;
  table: boolean;
  mc?: { draws: number; seed: number };
  cataloguePath?: string;
  efLibraryPath?: string;
}

/** The villages named on the command line: one village file, several, or one province file. */
function sources(paths: readonly string[]): { villages: VillageSource[]; province?: { id: string; name: string; context?: NationalContext; label: string } } {
  if (paths.length === 0) throw new CliError('--village needs a village file (or a province file)', 1);
  const docs = paths.map((p) => ({ path: p, doc: parseFile(p) }));
  const province = docs.find((d) => (d.doc as { format?: unknown })?.format === PROVINCE_FORMAT);
  if (!province) {
    const villages = docs.map((d) => ({ label: d.path, dir: dirname(resolve(d.path)), doc: d.doc }));
    return villages.length === 1 ? { villages } : { villages, province: { id: 'command-line', name: `${villages.length} villages`, label: 'command line' } };
  }
  if (docs.length > 1) throw new CliError(`${province.path} is a province file: give it alone, or give village files only`, 1);
  const checked = validateProvince(province.doc);
  for (const w of checked.warnings) process.stderr.write(`${province.path}: warning: ${w.message}\n`);
  if (!checked.ok) throw new CliError(checked.errors.map((e) => `${province.path}: ${e.message}`).join('\n'), 2);
  const dir = dirname(resolve(province.path));
  const villages: VillageSource[] = [];
  const missing: string[] = [];
  checked.province.villages.forEach((v, i) => {
    if (typeof v !== 'string') {
      villages.push({ label: province.path, at: `/villages/${i}`, dir, doc: v });
      return;
    }
    const file = resolve(dir, v);
    if (!existsSync(file)) {
      missing.push(`${province.path}: village ${i + 1} [/villages/${i}]: the file ${v} was not found (paths are relative to the province file)`);
      return;
    }
    villages.push({ label: display(file), dir: dirname(file), doc: parseFile(display(file)) });
  });
  if (missing.length > 0) throw new CliError(missing.join('\n'), 1);
  const p = checked.province;
  return { villages, province: { id: p.id, name: p.name, context: p.context, label: province.path } };
}

/** Runs the villages (and the province) named on the command line; returns what to print. */
export async function runVillageCli(paths: readonly string[], options: VillageCliOptions): Promise<string> {
  const { lang } = options;
  // Read and validated as for a single scenario (files.ts): `{}` is refused naming its fields.
  const library: EmissionFactorLibraryFile = readEfLibrary(options.efLibraryPath, lang);
  const catalogue = loadCatalogue(options.cataloguePath ?? CATALOGUE_PATH);
  const { villages, province } = sources(paths);

  // Resolve every village first, so that all problems of all files come at once.
  const texts = new Map<string, string | null>();
  const resolved: { source: VillageSource; village: ResolvedVillage }[] = [];
  const errors: string[] = [];
  let onlyMissingFiles = true;
  const line = (source: VillageSource, issue: VillageIssue) => {
    const where = source.at ? `${source.label} ${source.at}` : source.label;
    return `${where}: ${formatVillageIssue(issue, lang)}`;
  };
  for (const source of villages) {
    const r = await resolveVillage(source.doc, { reader: diskReader(source.dir, texts), catalogue });
    for (const w of r.warnings) process.stderr.write(`${line(source, w).replace(': ', ': warning: ')}\n`);
    if (!r.ok) {
      for (const e of r.errors) {
        errors.push(line(source, e));
        if (e.code !== 'file_not_found') onlyMissingFiles = false;
      }
    } else {
      resolved.push({ source, village: r.village });
    }
  }
  if (errors.length > 0) throw new CliError(errors.join('\n'), onlyMissingFiles ? 1 : 2);
  // A group's own inputs are keyed by village and group id: two villages with one id would share draws.
  const firstById = new Map<string, string>();
  for (const { source, village } of resolved) {
    const first = firstById.get(village.file.id);
    if (first !== undefined)
      errors.push(`${source.label}: village id [/id]: the id "${village.file.id}" is already used by ${first}; each village of a province needs its own id`);
    else firstById.set(village.file.id, source.at ? `${source.label} ${source.at}` : source.label);
  }
  if (errors.length > 0) throw new CliError(errors.join('\n'), 2);

  const core = await loadCoreNode();
  const docs: VillageResultDocument[] = [];
  const provinceSeries = options.mc && province ? Array.from({ length: VILLAGE_SERIES }, () => new Float64Array(options.mc!.draws)) : null;
  for (const { source, village } of resolved) {
    const doc = computeVillage(core, library, village);
    if (options.mc) {
      const plan = planVillageMonteCarlo(village, library);
      if (!plan.ok) throw new CliError(plan.errors.map((e) => line(source, e)).join('\n'), 2);
      const series = runVillageMonteCarlo(core, plan.plan, options.mc.draws, options.mc.seed);
      doc.uncertainty = summarizeVillageSeries(series, options.mc.draws, options.mc.seed, 'village');
      // The province's draws: the villages' draws added up, draw by draw.
      if (provinceSeries)
        series.forEach((v, s) => {
          const sum = provinceSeries[s];
          for (let i = 0; i < v.length; i++) sum[i] += v[i];
        });
    }
    docs.push(doc);
  }

  if (!province) {
    const doc = docs[0];
    return options.table ? formatVillageTable(doc) : JSON.stringify(doc, null, 2);
  }
  const combined: ProvinceResultDocument = combineVillages(province.id, province.name, docs, province.context);
  if (provinceSeries && options.mc) combined.uncertainty = summarizeVillageSeries(provinceSeries, options.mc.draws, options.mc.seed, 'village');
  return options.table ? formatProvinceTable(combined) : JSON.stringify(combined, null, 2);
}

/** The command line's `--village` mode (called from simulate.ts). */
export async function villageMain(args: CliArgs, lang: Lang): Promise<string> {
  const text = (name: string) => {
    const v = args.flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  for (const flag of ['--compare', '--measures', '--dynamic', '--years', '--replications']) {
    if (args.flags.has(flag)) throw new CliError(`option ${flag} cannot be used with --village`, 1);
  }
  let mc: VillageCliOptions['mc'];
  if (args.flags.has('--mc')) {
    const draws = numberFlag(args, '--mc', 10_000);
    const seed = numberFlag(args, '--seed', 1);
    if (!Number.isInteger(draws) || draws < 2 || draws > MAX_VILLAGE_DRAWS) {
      throw new CliError(`option --mc needs a whole number of draws between 2 and ${MAX_VILLAGE_DRAWS.toLocaleString('en-US')}, got ${draws}`, 1);
    }
    if (!Number.isSafeInteger(seed)) throw new CliError(`option --seed needs a whole number between 0 and 2^53 − 1, got ${seed}`, 1);
    mc = { draws, seed };
  } else if (args.flags.has('--seed')) {
    throw new CliError('option --seed needs --mc', 1);
  }
  return runVillageCli(args.files, { lang, table: args.flags.has('--table'), mc, cataloguePath: text('--catalogue'), efLibraryPath: text('--ef-library') });
}
