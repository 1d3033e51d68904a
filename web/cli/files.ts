// Reading the files named on the command line (issue 14): only regular files are read, their size
// is checked before and while reading against a cap, and /dev/zero, FIFOs, directories, sockets
// and symbolic-link loops are refused at once, naming the path. Nothing here blocks: a FIFO is
// recognised by stat before it is opened, and opened without blocking in case it was swapped in.

import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseJsonText, MAX_JSON_DEPTH } from '../shared/io/json-text.ts';
import { jsonTextIssue, formatIssue, parseScenarioText, validateEmissionFactorLibrary, type Scenario } from '../shared/model/scenario-schema.ts';
import { terminalText } from './terminal.ts';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';
import { EF_LIBRARY_PATH } from './bundled-paths.ts';

/** Above every file this app reads (a scenario is at most 5 MB, a bundle 20 MB). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ELOOP: 'a symbolic link that loops (or too many links in a row)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the path is too long',
};

function cannotRead(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return new CliError(`cannot read ${path}: ${REASONS[code] ?? (code || 'read error')}`, 1);
}

function tooLarge(path: string, bytes: number, cap: number): CliError {
  return new CliError(
    `${path}: the file is too large (${bytes.toLocaleString('en-US')} bytes or more; the limit is ${cap.toLocaleString('en-US')} bytes), so it was not read`,
    2,
  );
}

/** The text of a regular file of at most `cap` bytes (UTF-8); a CliError naming the path
 *  otherwise: exit 1 for what cannot be read as a file, 2 for a file that is too large. */
export function readText(path: string, cap = MAX_FILE_BYTES): string {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (e) {
    throw cannotRead(path, e);
  }
  if (!stats.isFile()) throw new CliError(`cannot read ${path}: it is ${kindOf(stats)}, not a regular file`, 1);
  if (stats.size > cap) throw tooLarge(path, stats.size, cap);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw cannotRead(path, e);
  }
  try {
    // Checked again on the open file: the path may have been replaced since the stat.
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new CliError(`cannot read ${path}: it is ${kindOf(opened)}, not a regular file`, 1);
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw cannotRead(path, e);
      }
      if (n === 0) break;
      total += n;
      // A file that grows while it is read (a log, a device behind a link) stops at the cap.
      if (total > cap) throw tooLarge(path, total, cap);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return new TextDecoder('utf-8').decode(Buffer.concat(chunks, total));
  } finally {
    closeSync(fd);
  }
}

/** Reads and parses a JSON file with the checks of json-text.ts (size, depth, duplicate keys);
 *  every problem is one line naming the path, exit 2. */
export function readJson(path: string, lang: 'en' | 'vi' = 'en', cap = MAX_FILE_BYTES): unknown {
  const parsed = parseJsonText(readText(path, cap), { maxBytes: cap, maxDepth: MAX_JSON_DEPTH });
  if (!parsed.ok) throw new CliError(parsed.issues.map((i) => `${path}: ${formatIssue(jsonTextIssue(i), lang)}`).join('\n'), 2);
  return parsed.value;
}

/** Reads the emission-factor library (the app's, or --ef-library) and validates it with the same
 *  schema as a scenario's overrides: `{}` is refused naming its missing fields, not a TypeError. */
export function readEfLibrary(path: string | undefined, lang: 'en' | 'vi' = 'en'): EmissionFactorLibraryFile {
  const file = path ?? EF_LIBRARY_PATH;
  const known = path === undefined ? checkedByTheBuild(file) : undefined;
  if (known) return known;
  const checked = validateEmissionFactorLibrary(readJson(file, lang));
  if (!checked.ok) {
    throw new CliError(checked.errors.map((i) => `${file}: emission-factor library: ${formatIssue(i, lang)}`).join('\n'), 2);
  }
  return checked.library as unknown as EmissionFactorLibraryFile;
}

/** The copy of the app's own library that the build validated, written beside the built command
 *  line by scripts/build-cli.mjs (every build removes it first); there is none when the command
 *  line runs from source. */
const CHECKED_LIBRARY = fileURLToPath(new URL('./ef-library.checked.json', import.meta.url));

/** The app's own library, parsed without validating it again when its bytes are the very bytes the
 *  build validated with this build's schema; a changed library, or any other, is validated. */
function checkedByTheBuild(file: string): EmissionFactorLibraryFile | undefined {
  let checked: string;
  try {
    checked = readFileSync(CHECKED_LIBRARY, 'utf8');
  } catch {
    return undefined;
  }
  const text = readText(file);
  return text === checked ? (JSON.parse(text) as EmissionFactorLibraryFile) : undefined;
}

/** A scenario from a file's text; refusals name the file, warnings go to stderr. */
export function scenarioFrom(path: string, text: string, lang: 'en' | 'vi'): Scenario {
  const checked = parseScenarioText(text);
  if (!checked.ok) throw new CliError(checked.errors.map((i) => `${path}: ${formatIssue(i, lang)}`).join('\n'), 2);
  for (const w of checked.warnings) process.stderr.write(terminalText(`${path}: warning: ${formatIssue(w, lang)}\n`));
  return checked.scenario;
}
