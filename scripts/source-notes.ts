// The source notes of the bundled data (every `source` and `note` text of the JSON files under
// fixtures/, except the goldens and the deliberately broken corpora) and their Vietnamese in
// fixtures/i18n/source-notes.vi.json. `npx tsx scripts/source-notes.ts` lists the notes that have
// no translation and the translations no note uses; test/unit/source-notes.test.ts fails on either.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures');
/** Not data a user reads: golden results, hostile and invalid inputs, the translations themselves. */
const SKIPPED = new Set(['golden', 'hostile', 'invalid', 'i18n']);
export const TABLE_PATH = join(FIXTURES, 'i18n', 'source-notes.vi.json');

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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const notes = bundledSourceNotes();
  const table = sourceNotesVi();
  const missing = [...notes.keys()].filter((n) => !table[n]?.trim());
  const stale = Object.keys(table).filter((k) => !notes.has(k));
  console.log(`${notes.size} unique notes; ${missing.length} without Vietnamese; ${stale.length} stale translations`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(Object.fromEntries(missing.map((n) => [n, ''])), null, 2));
  else for (const n of missing) console.log(`missing: ${n}`);
  for (const k of stale) console.log(`stale: ${k}`);
}
