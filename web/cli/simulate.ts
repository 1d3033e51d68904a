// Command-line runner: `npm run simulate -- <scenario.json> [options]`.
// Prints JSON to stdout. Exit codes: 0 success, 1 usage or file errors, 2 invalid input.
// Errors are one line each on stderr; no stack traces.

import { readFileSync, statSync } from 'node:fs';
import { parseScenarioText, formatIssue, type ValidationIssue } from '../shared/scenario-schema.ts';
import { runScenario } from '../shared/simulate.ts';
import { loadCoreNode, loadEfLibrary } from './load-core-node.ts';
import { formatTable } from './table.ts';

const USAGE = `usage: npm run simulate -- <scenario.json> [--table] [--ef-library <file>]
       npm run simulate -- <before.json> --compare <after.json>
       npm run simulate -- <before.json> --measures id1,id2 [--catalogue <measures.json>]
       npm run simulate -- <scenario.json> --dynamic [--years 1] [--replications 20] [--seed 7]
       npm run simulate -- <scenario.json> --mc 10000 [--seed 1] [--compare <after.json>]
       npm run simulate -- <village.json | province.json> --village [--mc 10000 --seed 1] [--table]`;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

export interface CliArgs {
  files: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--compare', '--measures', '--catalogue', '--years', '--replications', '--seed', '--mc', '--ef-library', '--lang']);

export function parseArgs(argv: string[]): CliArgs {
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') throw new CliError(USAGE, 0);
    if (a.startsWith('--')) {
      const [name, inline] = a.split('=', 2);
      if (VALUE_FLAGS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new CliError(`option ${name} needs a value`, 1);
        flags.set(name, value);
      } else if (name === '--table' || name === '--dynamic' || name === '--village') {
        flags.set(name, true);
      } else {
        throw new CliError(`unknown option ${name}\n${USAGE}`, 1);
      }
    } else {
      files.push(a);
    }
  }
  return { files, flags };
}

export function numberFlag(args: CliArgs, name: string, fallback: number): number {
  const v = args.flags.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isFinite(n) || n < 0) throw new CliError(`option ${name} needs a non-negative number, got "${String(v)}"`, 1);
  return n;
}

export function readText(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CliError(`cannot read ${path}: no such file`, 1);
  }
  if (size > 50_000_000) throw new CliError(`${path}: file is too large (${(size / 1e6).toFixed(0)} MB)`, 2);
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'read error'}`, 1);
  }
}

function issuesToError(path: string, issues: ValidationIssue[], lang: 'en' | 'vi'): CliError {
  return new CliError(issues.map((i) => `${path}: ${formatIssue(i, lang)}`).join('\n'), 2);
}

/** Reads and validates a scenario file; invalid files raise every error, one per line. */
export function readScenario(path: string, lang: 'en' | 'vi' = 'en') {
  const checked = parseScenarioText(readText(path));
  if (!checked.ok) throw issuesToError(path, checked.errors, lang);
  for (const w of checked.warnings) process.stderr.write(`${path}: warning: ${formatIssue(w, lang)}\n`);
  return checked.scenario;
}

export async function main(argv: string[]): Promise<string> {
  const args = parseArgs(argv);
  // Villages and provinces (MODEL.md 8): web/cli/village.ts.
  if (args.flags.has('--village')) return (await import('./village.ts')).villageMain(args, args.flags.get('--lang') === 'vi' ? 'vi' : 'en');
  if (args.files.length !== 1) throw new CliError(args.files.length ? `expected one scenario file, got ${args.files.length}\n${USAGE}` : USAGE, 1);
  const lang = args.flags.get('--lang') === 'vi' ? 'vi' : 'en';
  const libraryPath = args.flags.get('--ef-library');
  const efLibraryPath = typeof libraryPath === 'string' ? libraryPath : undefined;
  const text = (name: string) => {
    const v = args.flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  if (args.flags.has('--mc')) {
    const { runMc } = await import('./mc.ts');
    const draws = Math.round(numberFlag(args, '--mc', 10_000));
    if (draws < 2 || draws > 10_000_000) throw new CliError('option --mc needs a number of draws between 2 and 10,000,000', 1);
    const out = await runMc({
      scenarioPath: args.files[0], draws, seed: Math.round(numberFlag(args, '--seed', 1)),
      comparePath: text('--compare'), cataloguePath: text('--catalogue'), efLibraryPath,
    });
    return JSON.stringify(out, null, 2);
  }
  if (args.flags.has('--compare') || args.flags.has('--measures')) {
    const { runCompare } = await import('./compare.ts');
    const measures = text('--measures');
    const out = await runCompare({
      beforePath: args.files[0], afterPath: text('--compare'),
      measureIds: measures === undefined ? undefined : measures.split(',').map((m) => m.trim()).filter(Boolean),
      cataloguePath: text('--catalogue'), efLibraryPath, lang,
    });
    return JSON.stringify(out, null, 2);
  }
  let library;
  try {
    library = loadEfLibrary(efLibraryPath);
  } catch {
    throw new CliError(`cannot read the emission-factor library ${String(libraryPath ?? 'fixtures/emission-factors.json')}`, 1);
  }
  const scenario = readScenario(args.files[0], lang);
  if (args.flags.has('--dynamic')) {
    const { runDynamic } = await import('./dynamic.ts');
    const years = numberFlag(args, '--years', 1);
    const replications = Math.round(numberFlag(args, '--replications', 20));
    if (years <= 0 || years > 50) throw new CliError('option --years must be between 0 and 50', 1);
    if (replications < 1 || replications > 10_000) throw new CliError('option --replications must be between 1 and 10,000', 1);
    const summary = await runDynamic(scenario, library, { years, replications, seed: Math.round(numberFlag(args, '--seed', 7)) });
    return JSON.stringify(summary, null, 2);
  }
  const core = await loadCoreNode();
  const result = runScenario(core, scenario, library);
  if (args.flags.has('--table')) return formatTable(scenario, result);
  return JSON.stringify(result, null, 2);
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (out) => {
      process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    },
    (e: unknown) => {
      if (e instanceof CliError) {
        (e.exitCode === 0 ? process.stdout : process.stderr).write(`${e.message}\n`);
        process.exitCode = e.exitCode;
      } else {
        process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 1;
      }
    },
  );
}
