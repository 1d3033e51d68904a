// Words for the nodes of the mass-flow diagram (Sankey), through msg() so that they are
// translated with the rest of the interface.
import { msg } from '@lit/localize';
import type { MassNode } from './mass-flows.ts';

export function massNodeLabel(key: MassNode): string {
  switch (key) {
    case 'feed':
      return msg('Feed');
    case 'processed':
      return msg('Processed');
    case 'backlog':
      return msg('Backlog (not processed)');
    case 'product':
      return msg('Product');
    case 'plasticRejects':
      return msg('Plastic rejects');
    case 'inertRejects':
      return msg('Dirt and water rejects');
    case 'wastewaterSolids':
      return msg('Wastewater solids');
    case 'evaporated':
      return msg('Evaporated');
    case 'unaccounted':
      return msg('Not accounted for');
    case 'fuel':
      return msg('Burned as fuel');
    case 'openBurning':
      return msg('Open burning');
    case 'dumping':
      return msg('Dumped');
    case 'landfill':
      return msg('Landfill');
    case 'bricks':
      return msg('Bricks');
    case 'cementKiln':
      return msg('Cement kiln');
    case 'sale':
      return msg('Sold');
    case 'inertDumping':
      return msg('Dumped (inert)');
    case 'inertLandfill':
      return msg('Landfill (inert)');
    case 'sludge':
      return msg('Sludge (to landfill)');
    case 'discharged':
      return msg('Discharged with wastewater');
    case 'dumpFire':
      return msg('Dump fires');
    case 'leftOnDump':
      return msg('Left on the dump');
  }
}
