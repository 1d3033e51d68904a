// Command-line runner: `npm run simulate -- <scenario.json> [options]`.
// Prints JSON to stdout. Exit codes: 0 success, 1 usage or file errors, 2 invalid input.
// Errors are one line each on stderr; no stack traces; nothing printed carries a control
// character (terminal.ts). Every option either works in the mode given or is refused.

import { parseScenarioText, formatIssue, type ValidationIssue } from '../shared/model/scenario-schema.ts';
import { runScenario } from '../shared/model/simulate.ts';
import { ResultGuardError } from '../shared/model/result-guard.ts';
import { loadCoreNode, WASM_STEADY } from './load-core-node.ts';
import { formatTable } from './table.ts';
import { CliError, readEfLibrary, readText } from './files.ts';
import { terminalJson, terminalText } from './terminal.ts';
import { numberFlag, type CliArgs } from './args.ts';

export { CliError, readEfLibrary, readText } from './files.ts';
export { numberFlag, type CliArgs } from './args.ts';

const USAGE = `usage: npm run simulate -- <scenario.json> [--table] [--ef-library <file>] [--lang en|vi]
       npm run simulate -- <before.json> --compare <after.json> [--catalogue <measures.json>]
       npm run simulate -- <before.json> --measures id1,id2 [--catalogue <measures.json>]
       npm run simulate -- <scenario.json> --dynamic [--years 1] [--replications 20] [--seed 7]
       npm run simulate -- <scenario.json> --mc 10000 [--seed 1] [--compare <after.json>] [--catalogue <measures.json>]
       npm run simulate -- <village.json | province.json> --village [--mc 10000 --seed 1] [--table]
       npm run simulate -- --batch <scenario.json>… [--ef-library <file>] [--lang en|vi]   (one JSON line per file)`;

const VALUE_FLAGS = new Set(['--compare', '--measures', '--catalogue', '--years', '--replications', '--seed', '--mc', '--ef-library', '--lang']);
const SWITCHES = new Set(['--table', '--dynamic', '--village', '--batch']);

type Mode = 'result' | 'table' | 'compare' | 'measures' | 'mc' | 'dynamic';
/** The modes each option works in; any other combination is refused with a message. */
const OPTION_MODES: Record<string, readonly Mode[]> = {
  '--table': ['table'],
  '--compare': ['compare', 'mc'],
  '--measures': ['measures'],
  '--catalogue': ['compare', 'measures', 'mc'],
  '--years': ['dynamic'],
  '--replications': ['dynamic'],
  '--seed': ['mc', 'dynamic'],
  '--mc': ['mc'],
  '--dynamic': ['dynamic'],
  '--ef-library': ['result', 'table', 'compare', 'measures', 'mc', 'dynamic'],
  '--lang': ['result', 'table', 'compare', 'measures', 'mc', 'dynamic'],
};
const MODE_WORDS: Record<Mode, string> = {
  result: 'a single scenario',
  table: '--table',
  compare: '--compare',
  measures: '--measures',
  mc: '--mc',
  dynamic: '--dynamic',
};

export function parseArgs(argv: string[]): CliArgs {
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') throw new CliError(USAGE, 0);
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      const inline = eq < 0 ? undefined : a.slice(eq + 1);
      if (flags.has(name)) throw new CliError(`option ${name} is given twice`, 1);
      if (VALUE_FLAGS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new CliError(`option ${name} needs a value`, 1);
        flags.set(name, value);
      } else if (SWITCHES.has(name)) {
        if (inline !== undefined) throw new CliError(`option ${name} takes no value`, 1);
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

/** The mode the options ask for; throws for a combination that would silently ignore one. */
export function modeOf(args: CliArgs): Mode {
  const has = (f: string) => args.flags.has(f);
  const exclusive = ['--mc', '--dynamic', '--measures'].filter(has);
  if (exclusive.length > 1) throw new CliError(`options ${exclusive.join(' and ')} cannot be combined; choose one`, 1);
  if (has('--compare') && has('--measures')) throw new CliError('give either --compare <after.json> or --measures, not both', 1);
  if (has('--compare') && has('--dynamic')) throw new CliError('options --compare and --dynamic cannot be combined; choose one', 1);
  const mode: Mode = has('--mc')
    ? 'mc'
    : has('--dynamic')
      ? 'dynamic'
      : has('--measures')
        ? 'measures'
        : has('--compare')
          ? 'compare'
          : has('--table')
            ? 'table'
            : 'result';
  for (const flag of args.flags.keys()) {
    if (OPTION_MODES[flag].includes(mode)) continue;
    if (flag === '--table')
      throw new CliError(`--table prints the summary of one scenario; it cannot be combined with ${MODE_WORDS[mode]}, whose output is JSON`, 1);
    throw new CliError(`option ${flag} does nothing with ${MODE_WORDS[mode]}; it works with ${OPTION_MODES[flag].map((m) => MODE_WORDS[m]).join(' or ')}`, 1);
  }
  return mode;
}

function issuesToError(path: string, issues: ValidationIssue[], lang: 'en' | 'vi'): CliError {
  return new CliError(issues.map((i) => `${path}: ${formatIssue(i, lang)}`).join('\n'), 2);
}

/** Reads and validates a scenario file; invalid files raise every error, one per line. */
export function readScenario(path: string, lang: 'en' | 'vi' = 'en') {
  const checked = parseScenarioText(readText(path));
  if (!checked.ok) throw issuesToError(path, checked.errors, lang);
  for (const w of checked.warnings) process.stderr.write(terminalText(`${path}: warning: ${formatIssue(w, lang)}\n`));
  return checked.scenario;
}

/** The language of --lang (English without it); any other value is refused. */
function langOf(flag: string | true | undefined): 'en' | 'vi' {
  if (flag !== undefined && flag !== 'en' && flag !== 'vi')
    throw new CliError(`option --lang needs en or vi, got "${terminalText(String(flag)).slice(0, 20)}"`, 1);
  return flag === 'vi' ? 'vi' : 'en';
}

export async function main(argv: string[]): Promise<string> {
  const args = parseArgs(argv);
  // Villages and provinces (MODEL.md 8): web/cli/village.ts.
  if (args.flags.has('--village')) return (await import('./village.ts')).villageMain(args, args.flags.get('--lang') === 'vi' ? 'vi' : 'en');
  const langFlag = args.flags.get('--lang');
  if (args.flags.has('--batch')) {
    const { runBatch } = await import('./batch.ts');
    process.exitCode = await runBatch(args, langOf(langFlag), readScenario);
    return '';
  }
  if (args.files.length !== 1) throw new CliError(args.files.length ? `expected one scenario file, got ${args.files.length}\n${USAGE}` : USAGE, 1);
  const mode = modeOf(args);
  const lang = langOf(langFlag);
  const text = (name: string) => {
    const v = args.flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const efLibraryPath = text('--ef-library');
  if (mode === 'mc') {
    const { runMc, MAX_DRAWS } = await import('./mc.ts');
    const draws = numberFlag(args, '--mc', 10_000, { min: 2, max: MAX_DRAWS, whole: true });
    const out = await runMc({
      scenarioPath: args.files[0],
      draws,
      seed: numberFlag(args, '--seed', 1, { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true }),
      comparePath: text('--compare'),
      cataloguePath: text('--catalogue'),
      efLibraryPath,
      lang,
    });
    return JSON.stringify(out, null, 2);
  }
  if (mode === 'compare' || mode === 'measures') {
    const { runCompare } = await import('./compare.ts');
    const measures = text('--measures');
    const out = await runCompare({
      beforePath: args.files[0],
      afterPath: text('--compare'),
      measureIds:
        measures === undefined
          ? undefined
          : measures
              .split(',')
              .map((m) => m.trim())
              .filter(Boolean),
      cataloguePath: text('--catalogue'),
      efLibraryPath,
      lang,
    });
    return JSON.stringify(out, null, 2);
  }
  const library = readEfLibrary(efLibraryPath, lang);
  const scenario = readScenario(args.files[0], lang);
  if (mode === 'dynamic') {
    const { runDynamic, MAX_YEARS, MAX_REPLICATIONS } = await import('./dynamic.ts');
    const years = numberFlag(args, '--years', 1, { min: 1 / 365, max: MAX_YEARS });
    const replications = numberFlag(args, '--replications', 20, { min: 1, max: MAX_REPLICATIONS, whole: true });
    const summary = await runDynamic(
      scenario,
      library,
      { years, replications, seed: numberFlag(args, '--seed', 7, { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true }) },
      lang,
    );
    return JSON.stringify(summary, null, 2);
  }
  const core = await loadCoreNode(WASM_STEADY);
  const result = runScenario(core, scenario, library);
  if (mode === 'table') return formatTable(scenario, result);
  return JSON.stringify(result, null, 2);
}

/** The one line (or lines) printed for an error, in the language asked. */
export function errorText(e: unknown, argv: string[]): { text: string; exitCode: number } {
  if (e instanceof CliError) return { text: e.message, exitCode: e.exitCode };
  if (e instanceof ResultGuardError) {
    const lang = argv.includes('vi') && argv.some((a) => a === '--lang' || a === '--lang=vi') ? 'vi' : 'en';
    const file = argv.find((a) => !a.startsWith('--')) ?? '';
    return { text: `${file}: ${formatIssue(e.issue, lang)}`, exitCode: 2 };
  }
  return { text: `error: ${e instanceof Error ? e.message : String(e)}`, exitCode: 1 };
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  const argv = process.argv.slice(2);
  main(argv).then(
    (out) => {
      // JSON keeps its values with controls escaped; the table is plain text, controls removed.
      if (out === '') return; // batch mode wrote its lines as they came
      const safe = out.startsWith('{') || out.startsWith('[') ? terminalJson(out) : terminalText(out);
      process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
    },
    (e: unknown) => {
      const { text, exitCode } = errorText(e, argv);
      (exitCode === 0 ? process.stdout : process.stderr).write(`${terminalText(text)}\n`);
      process.exitCode = exitCode;
    },
  );
}
