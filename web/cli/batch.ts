// Batch mode (`npm run simulate -- --batch a.json b.json …`): many scenario files in one process,
// the core loaded once, one line of JSON per file in the order given, written as soon as it is
// ready: {"file": …, "result": {…}} or {"file": …, "exitCode": 1|2, "errors": ["…", …]}. A file
// that cannot be read or is invalid does not stop the others; the exit code is the highest of
// the files' (0 when every file gave a result).

import { formatIssue } from '../shared/model/scenario-schema.ts';
import { runScenario } from '../shared/model/simulate.ts';
import { ResultGuardError } from '../shared/model/result-guard.ts';
import { loadCoreNode, WASM_STEADY } from './load-core-node.ts';
import { CliError, readEfLibrary } from './files.ts';
import type { CliArgs } from './args.ts';
import { terminalJson } from './terminal.ts';

/** The options batch mode takes besides the files. */
const BATCH_OPTIONS = new Set(['--batch', '--ef-library', '--lang']);

/** One file's line: its result document, or its errors (each naming the file, as in single mode). */
export type BatchLine = { file: string; result: unknown } | { file: string; exitCode: number; errors: string[] };

export async function runBatch(
  args: CliArgs,
  lang: 'en' | 'vi',
  readScenario: (path: string, lang: 'en' | 'vi') => Parameters<typeof runScenario>[1],
  write: (line: string) => void = (line) => process.stdout.write(`${terminalJson(line)}\n`),
): Promise<number> {
  for (const flag of args.flags.keys()) {
    if (!BATCH_OPTIONS.has(flag)) throw new CliError(`option ${flag} does nothing with --batch; --batch takes scenario files, --ef-library and --lang`, 1);
  }
  if (args.files.length === 0) throw new CliError('--batch needs at least one scenario file', 1);
  const efPath = args.flags.get('--ef-library');
  const library = readEfLibrary(typeof efPath === 'string' ? efPath : undefined, lang);
  const core = await loadCoreNode(WASM_STEADY);
  let exitCode = 0;
  for (const file of args.files) {
    let line: BatchLine;
    try {
      line = { file, result: runScenario(core, readScenario(file, lang), library) };
    } catch (e) {
      if (e instanceof CliError) line = { file, exitCode: e.exitCode, errors: e.message.split('\n') };
      else if (e instanceof ResultGuardError) line = { file, exitCode: 2, errors: [`${file}: ${formatIssue(e.issue, lang)}`] };
      else throw e;
    }
    if ('exitCode' in line) exitCode = Math.max(exitCode, line.exitCode);
    write(JSON.stringify(line));
  }
  return exitCode;
}
