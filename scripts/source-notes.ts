// The source notes of the bundled data (every `source` and `note` text of the JSON files under
// fixtures/, except the goldens and the deliberately broken corpora) and their Vietnamese in
// fixtures/i18n/source-notes.vi.json. `npx tsx scripts/source-notes.ts` lists the notes that have
// no translation and the translations no note uses; test/unit/source-notes.test.ts fails on either.
// The app ships the table keyed by a short hash of the English (web/shared/model/note-key.ts):
// `npx tsx scripts/source-notes.ts --write` writes it (fixtures/i18n/source-notes.vi.keyed.json)
// after a translation changes; the unit test fails while it is out of date.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keyedNotes } from '../web/shared/model/note-key.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures');
/** Not data a user reads: golden results, hostile and invalid inputs, the translations themselves. */
const SKIPPED = new Set(['golden', 'hostile', 'invalid', 'i18n']);
export const TABLE_PATH = join(FIXTURES, 'i18n', 'source-notes.vi.json');
/** The table the app loads: the same, keyed by noteKey of the English. */
export const KEYED_TABLE_PATH = join(FIXTURES, 'i18n', 'source-notes.vi.keyed.json');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIPPED.has(e.name) && dir === FIXTURES ? [] : jsonFiles(join(dir, e.name));
    return e.name.endsWith('.json') ? [join(dir, e.name)] : [];
  });
}

/** Every unique English `source` / `note` text of the bundled fixtures, with the files that hold it. */
export function bundledSourceNotes(): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const file of jsonFiles(FIXTURES)) {
    const where = relative(ROOT, file);
    const visit = (value: unknown, key: string | null): void => {
      if (Array.isArray(value)) value.forEach((v) => visit(v, key));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, k);
      else if (typeof value === 'string' && (key === 'source' || key === 'note')) {
        const files = notes.get(value) ?? [];
        if (!files.includes(where)) files.push(where);
        notes.set(value, files);
      }
    };
    visit(JSON.parse(readFileSync(file, 'utf8')), null);
  }
  return notes;
}

/** The translation table as shipped. */
export function sourceNotesVi(): Record<string, string> {
  return JSON.parse(readFileSync(TABLE_PATH, 'utf8')) as Record<string, string>;
}

/** The keyed table as written by `--write`: one entry a line, so that a change reads as one line in a diff. */
export function keyedTableText(): string {
  const entries = Object.entries(keyedNotes(sourceNotesVi())).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${entries.join(',\n')}\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) writeFileSync(KEYED_TABLE_PATH, keyedTableText());
  const notes = bundledSourceNotes();
  const table = sourceNotesVi();
  const missing = [...notes.keys()].filter((n) => !table[n]?.trim());
  const stale = Object.keys(table).filter((k) => !notes.has(k));
  console.log(`${notes.size} unique notes; ${missing.length} without Vietnamese; ${stale.length} stale translations`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(Object.fromEntries(missing.map((n) => [n, ''])), null, 2));
  else for (const n of missing) console.log(`missing: ${n}`);
  for (const k of stale) console.log(`stale: ${k}`);
}
