// Lists the bundled scenarios the worker may take as valid without loading the schema
// (web/shared/model/trusted-scenarios.ts): each scenario file under fixtures/scenarios/ that the
// full schema accepts unchanged and without a warning, by the SHA-256 of its JSON text.
// `npx tsx scripts/trusted-scenarios.ts` prints the list; `--write` writes
// web/shared/model/trusted-scenarios.json. test/unit/trusted-scenarios.test.ts checks the file.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { validateScenario } from '../web/shared/model/scenario-schema.ts';
import { sha256Hex, strictJsonText } from '../web/shared/model/trusted-scenarios.ts';

export const TRUSTED_FILE = 'web/shared/model/trusted-scenarios.json';

/** { files, sha256 }: the scenario files that qualify and their digests, in file-name order. */
export async function trustedScenarioList(dir = 'fixtures/scenarios'): Promise<{ files: string[]; sha256: string[] }> {
  const files: string[] = [];
  const sha256: string[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const doc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
    const checked = validateScenario(doc);
    const text = strictJsonText(doc);
    // Only a document the schema hands back as it is, with nothing to say about it.
    if (!checked.ok || checked.warnings.length > 0 || text === null || JSON.stringify(checked.scenario) !== text) continue;
    files.push(name);
    sha256.push((await sha256Hex(text))!);
  }
  return { files, sha256 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const list = await trustedScenarioList();
  // In the repository's Prettier style, so that `npm run format:check` passes on the written file.
  const text = await format(JSON.stringify(list), { ...(await resolveConfig(TRUSTED_FILE)), parser: 'json' });
  if (process.argv.includes('--write')) writeFileSync(TRUSTED_FILE, text);
  process.stdout.write(text);
}
