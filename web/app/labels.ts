// Words for sources, release vectors and statuses, through msg() so that they
// are translated with the rest of the interface (a figure's label and unit are the figure
// catalogue's, web/app/figures.ts). Not an element: views and charts share it.
import { msg } from '@lit/localize';
import { fuelLabel } from '../common/fields/editor-fields.ts';
import { wordOr, msgTable } from './words.ts';

const RELEASES = msgTable((): Record<string, string> => ({
  openBurning: msg('Open burning'),
  dumpFire: msg('Dump fires'),
  plasticFuel: msg('Rejects burned as fuel'),
  coal: fuelLabel('coal'),
  wood: fuelLabel('wood'),
  lpg: fuelLabel('lpg'),
  cementKiln: msg('Cement kiln'),
  brickMelt: msg('Melting plastic for bricks'),
  air: msg('Air'),
  land: msg('Land'),
  water: msg('Water'),
  residue: msg('Residue'),
  product: msg('Product'),
}));

const STATUSES = msgTable((): Record<string, string> => ({
  R: msg('read in the source'),
  M: msg('recalled from the source, unverified'),
  D: msg('derived from sourced numbers'),
  E: msg('estimate'),
}));

/** A source or release vector in words; the key itself when it is neither. */
export const releaseLabel = (key: string): string => wordOr(RELEASES, key) ?? key;

/** A provenance status (R, M, D, E) in words; the status itself when it is none of them. */
export const statusLabel = (status: string): string => wordOr(STATUSES, status) ?? status;
