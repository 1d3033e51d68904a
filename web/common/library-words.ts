import { msg } from '@lit/localize';
import type { StorageProblem } from './db.ts';

/** What each storage problem means for the user, in the page's language. */
export function storageProblemText(problem: StorageProblem): string {
  switch (problem) {
    case 'unavailable':
      return msg('This browser does not let the app store data (private mode, or storage is turned off).');
    case 'blocked':
      return msg('Another tab has the app open with older storage; close it and reload.');
    case 'quota':
      return msg('The browser has no storage space left for this site.');
    case 'failed':
      return msg('The browser refused to store the scenario.');
  }
}
