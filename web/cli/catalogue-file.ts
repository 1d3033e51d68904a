// Reading a measures catalogue (--catalogue, or the app's own): apart from files.ts so that a run
// without measures does not load the catalogue's schema and JSON Patch at start-up.

import { validateCatalogue, type Measure } from '../shared/analysis/measures.ts';
import { CliError, readJson } from './files.ts';

/** Reads and validates a measures catalogue (including the operations' own checks). */
export function readCatalogue(path: string, lang: 'en' | 'vi' = 'en'): Measure[] {
  const checked = validateCatalogue(readJson(path, lang));
  if (!checked.ok) throw new CliError(checked.errors.map((e) => `${path}: ${e.message}`).join('\n'), 2);
  return checked.catalogue.measures;
}
