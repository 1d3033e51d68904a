import { msg } from '@lit/localize';
import { msgTable } from './words.ts';
import type { FaultNoticeKind } from '../common/fault-center.ts';

/** What each fault means for the user, in the page's language: what happened, and that the
 *  saved work is safe. */
const FAULTS = msgTable((): Record<FaultNoticeKind, string> => ({
  crashed: msg('The simulation stopped unexpectedly and was restarted. Your scenario is saved.'),
  trap: msg('The simulation hit an internal error and was restarted. Your scenario is saved.'),
  'out-of-memory': msg('The simulation ran out of memory and was restarted. Your scenario is saved. Try fewer years, replications or draws.'),
  unsupported: msg(
    'This browser is too old to run the simulation: it needs WebAssembly SIMD (Chrome or Edge 91, Firefox 89, Safari 16.4 or newer). Please update the browser.',
  ),
  corrupt: msg('A stored scenario is damaged and could not be opened. Your other scenarios are safe; the library lists the damaged one apart.'),
}));

export const faultText = (kind: FaultNoticeKind): string => FAULTS()[kind];
