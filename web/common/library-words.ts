import { msg } from '@lit/localize';
import { msgTable } from '../app/words.ts';
import type { StorageProblem } from './db.ts';

/** What each storage problem means for the user, in the page's language. */
const STORAGE_PROBLEMS = msgTable((): Record<StorageProblem, string> => ({
  unavailable: msg('This browser does not let the app store data (private mode, or storage is turned off).'),
  blocked: msg('Another tab has the app open with older storage; close it and reload.'),
  quota: msg('The browser has no storage space left for this site.'),
  failed: msg('The browser refused to store the scenario.'),
}));

export const storageProblemText = (problem: StorageProblem): string => STORAGE_PROBLEMS()[problem];
