import { msg, str } from '@lit/localize';
import { msgTable } from '../app/words.ts';
import type { RecordProblem, StorageProblem } from './db.ts';
import type { ImportIssue } from './bundle-format.ts';

/** What each storage problem means for the user, in the page's language. */
const STORAGE_PROBLEMS = msgTable((): Record<StorageProblem, string> => ({
  unavailable: msg('This browser does not let the app store data (private mode, or storage is turned off).'),
  blocked: msg('Another tab has the app open with older storage; close it and reload.'),
  quota: msg('The browser has no storage space left for this site.'),
  failed: msg('The browser refused to store the scenario.'),
}));

export const storageProblemText = (problem: StorageProblem): string => STORAGE_PROBLEMS()[problem];

/** Why a stored record was skipped (db-records.ts), in the page's language. */
const RECORD_PROBLEMS = msgTable((): Record<RecordProblem, string> => ({
  not_object: msg('It is not a stored scenario at all.'),
  id_mismatch: msg('Its id does not match its key.'),
  no_scenario: msg('It holds no scenario document.'),
  scenario_id_mismatch: msg('The document’s id does not match the record.'),
  no_name: msg('The document has no name.'),
  no_revision: msg('It has no valid revision.'),
  no_timestamps: msg('It has no valid timestamps.'),
  bad_deletion: msg('Its deletion time is invalid.'),
}));

export const recordProblemText = (problem: RecordProblem): string => RECORD_PROBLEMS()[problem];

/** A bundle's own problem (library-import.ts: code bundle_…) in the page's language; undefined for
 *  any other issue (a scenario's are worded by the schema's messages). */
export function bundleIssueText(issue: ImportIssue): string | undefined {
  const p = issue.params ?? {};
  switch (issue.code) {
    case 'bundle_version':
      return msg(str`Bundle version ${p.got} is not supported (this app reads version ${p.supported}).`);
    case 'bundle_empty':
      return msg('The bundle holds no scenarios (expected a non-empty list).');
    case 'bundle_duplicate_id':
      return msg(str`The id "${p.id}" appears twice in the bundle.`);
    case 'bundle_runs':
      return msg('Runs must be a list.');
    case 'bundle_run_object':
      return msg('A run must be an object.');
    case 'bundle_run_scenario_id':
      return msg('The run names no scenario of this bundle.');
    case 'bundle_run_number':
      return msg(str`${p.key} must be a number.`);
    case 'bundle_run_text':
      return msg(str`${p.key} must be text.`);
    case 'bundle_run_seed':
      return msg('seed must be a number or null.');
    case 'bundle_run_snapshot':
      return msg('The run must hold the scenario it was computed from.');
    case 'bundle_run_result':
      return msg('The run has no result document.');
    default:
      return undefined;
  }
}
