import { msg } from '@lit/localize';
import type { FaultNoticeKind } from '../common/fault-center.ts';

/** What each fault means for the user, in the page's language: what happened, and that the
 *  saved work is safe. */
export function faultText(kind: FaultNoticeKind): string {
  switch (kind) {
    case 'crashed':
      return msg('The simulation stopped unexpectedly and was restarted. Your scenario is saved.');
    case 'trap':
      return msg('The simulation hit an internal error and was restarted. Your scenario is saved.');
    case 'out-of-memory':
      return msg('The simulation ran out of memory and was restarted. Your scenario is saved. Try fewer years, replications or draws.');
    case 'corrupt':
      return msg('A stored scenario is damaged and could not be opened. Your other scenarios are safe; the library lists the damaged one apart.');
  }
}
