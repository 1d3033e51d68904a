// Words for sources, release vectors and statuses, through msg() so that they
// are translated with the rest of the interface (a figure's label and unit are the figure
// catalogue's, web/app/figures.ts). Not an element: views and charts share it.
import { msg } from '@lit/localize';
import { fuelLabel } from '../common/fields/editor-fields.ts';

export function releaseLabel(key: string): string {
  switch (key) {
    case 'openBurning':
      return msg('Open burning');
    case 'dumpFire':
      return msg('Dump fires');
    case 'plasticFuel':
      return msg('Rejects burned as fuel');
    case 'coal':
    case 'wood':
    case 'lpg':
      return fuelLabel(key);
    case 'cementKiln':
      return msg('Cement kiln');
    case 'brickMelt':
      return msg('Melting plastic for bricks');
    case 'air':
      return msg('Air');
    case 'land':
      return msg('Land');
    case 'water':
      return msg('Water');
    case 'residue':
      return msg('Residue');
    case 'product':
      return msg('Product');
    default:
      return key;
  }
}

export function statusLabel(status: string): string {
  switch (status) {
    case 'R':
      return msg('read in the source');
    case 'M':
      return msg('recalled from the source, unverified');
    case 'D':
      return msg('derived from sourced numbers');
    case 'E':
      return msg('estimate');
    default:
      return status;
  }
}
