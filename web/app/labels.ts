// Words for sources, release vectors, mass-flow nodes and statuses, through msg() so that they
// are translated with the rest of the interface (a figure's label and unit are the figure
// catalogue's, web/app/figures.ts). Not an element: views and charts share it.
import { msg } from '@lit/localize';
import type { MassNode } from '../compare/mass-flows.ts';

export function releaseLabel(key: string): string {
  switch (key) {
    case 'openBurning': return msg('Open burning');
    case 'dumpFire': return msg('Dump fires');
    case 'plasticFuel': return msg('Rejects burned as fuel');
    case 'coal': return msg('Coal');
    case 'wood': return msg('Wood');
    case 'lpg': return msg('LPG');
    case 'cementKiln': return msg('Cement kiln');
    case 'brickMelt': return msg('Melting plastic for bricks');
    case 'air': return msg('Air');
    case 'land': return msg('Land');
    case 'water': return msg('Water');
    case 'residue': return msg('Residue');
    case 'product': return msg('Product');
    default: return key;
  }
}

export function massNodeLabel(key: MassNode): string {
  switch (key) {
    case 'feed': return msg('Feed');
    case 'processed': return msg('Processed');
    case 'backlog': return msg('Backlog (not processed)');
    case 'product': return msg('Product');
    case 'plasticRejects': return msg('Plastic rejects');
    case 'inertRejects': return msg('Dirt and water rejects');
    case 'wastewaterSolids': return msg('Wastewater solids');
    case 'evaporated': return msg('Evaporated');
    case 'unaccounted': return msg('Not accounted for');
    case 'fuel': return msg('Burned as fuel');
    case 'openBurning': return msg('Open burning');
    case 'dumping': return msg('Dumped');
    case 'landfill': return msg('Landfill');
    case 'bricks': return msg('Bricks');
    case 'cementKiln': return msg('Cement kiln');
    case 'sale': return msg('Sold');
    case 'inertDumping': return msg('Dumped (inert)');
    case 'inertLandfill': return msg('Landfill (inert)');
    case 'sludge': return msg('Sludge (to landfill)');
    case 'discharged': return msg('Discharged with wastewater');
    case 'dumpFire': return msg('Dump fires');
    case 'leftOnDump': return msg('Left on the dump');
  }
}

export function statusLabel(status: string): string {
  switch (status) {
    case 'R': return msg('read in the source');
    case 'M': return msg('recalled from the source, unverified');
    case 'D': return msg('derived from sourced numbers');
    case 'E': return msg('estimate');
    default: return status;
  }
}
