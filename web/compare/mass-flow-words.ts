// Words for the nodes of the mass-flow diagram (Sankey), through msg() so that they are
// translated with the rest of the interface.
import { msg } from '@lit/localize';
import { msgTable } from '../app/words.ts';
import type { MassNode } from './mass-flows.ts';

const MASS_NODES = msgTable((): Record<MassNode, string> => ({
  feed: msg('Feed'),
  processed: msg('Processed'),
  backlog: msg('Backlog (not processed)'),
  product: msg('Product'),
  plasticRejects: msg('Plastic rejects'),
  inertRejects: msg('Dirt and water rejects'),
  wastewaterSolids: msg('Wastewater solids'),
  evaporated: msg('Evaporated'),
  unaccounted: msg('Not accounted for'),
  fuel: msg('Burned as fuel'),
  openBurning: msg('Open burning'),
  dumping: msg('Dumped'),
  landfill: msg('Landfill'),
  bricks: msg('Bricks'),
  cementKiln: msg('Cement kiln'),
  sale: msg('Sold'),
  inertDumping: msg('Dumped (inert)'),
  inertLandfill: msg('Landfill (inert)'),
  sludge: msg('Sludge (to landfill)'),
  discharged: msg('Discharged with wastewater'),
  dumpFire: msg('Dump fires'),
  leftOnDump: msg('Left on the dump'),
}));

export const massNodeLabel = (key: MassNode): string => MASS_NODES()[key];
