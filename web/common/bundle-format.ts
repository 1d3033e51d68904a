// The library's file formats and what a refused import says: shared by the library (library.ts)
// and the reading of an imported file (library-import.ts), which loads with the first import.
import type { RunRecord, StoredScenario } from './db.ts';

export const BUNDLE_FORMAT = 'plastic-line-bundle';
export const BUNDLE_VERSION = 1;
/** A bundle holds results too, so it may be larger than one scenario file (5 MB); a file above
 *  this is refused before it is read. */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;

/** A run as written in a bundle: its record without the local key. */
export type BundleRun = Omit<RunRecord, 'id'>;

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: string;
  scenarios: StoredScenario[];
  runs: BundleRun[];
}

/** One reason a file was refused: where in the file (JSON Pointer) and what is wrong. */
export interface ImportIssue {
  path: string;
  message: string;
  /** Set for scenario-schema issues, so that the page can word them in its own language. */
  code?: string;
  params?: Record<string, string | number>;
}

/** A file that cannot be imported; `issues` lists every problem found. Nothing was stored. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(readonly issues: ImportIssue[]) {
    super(`The file cannot be imported: ${issues.length} problem${issues.length === 1 ? '' : 's'}.`);
  }
}
