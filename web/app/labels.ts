// Words for the Compare view's figures, sources and mass-flow nodes, through msg() so that they
// are translated with the rest of the interface. Not an element: the view and its charts share it.
import { msg } from '@lit/localize';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import type { MassNode } from '../compare/mass-flows.ts';

export function headlineLabel(key: HeadlineFigure): string {
  switch (key) {
    case 'pcddf.air': return msg('PCDD/F to air');
    case 'pcddf.total': return msg('PCDD/F, all releases');
    case 'dlpcb.total': return msg('Dioxin-like PCBs');
    case 'air.pm25Kg': return msg('PM2.5');
    case 'air.bcKg': return msg('Black carbon');
    case 'air.co2FossilT': return msg('Fossil CO2 from burning');
    case 'air.co2ElectricityT': return msg('CO2 of the electricity');
    case 'air.hclKg': return msg('Hydrogen chloride (HCl)');
    case 'energy.electricityKWh': return msg('Electricity');
    case 'water.freshM3': return msg('Fresh water');
    case 'water.wastewaterM3': return msg('Wastewater');
    case 'mass.burnedPlasticT': return msg('Plastic burned');
    case 'mass.productT': return msg('Product');
    case 'bricks.count': return msg('Bricks made');
    case 'economics.profit': return msg('Profit');
  }
}

/** The unit shown after a value; empty for money (the formatted amount carries its currency). */
export function headlineUnit(key: HeadlineFigure): string {
  switch (key) {
    case 'pcddf.air': case 'pcddf.total': case 'dlpcb.total': return msg('µg TEQ/yr');
    case 'air.pm25Kg': case 'air.bcKg': case 'air.hclKg': return msg('kg/yr');
    case 'air.co2FossilT': case 'air.co2ElectricityT': case 'mass.burnedPlasticT': case 'mass.productT': return msg('t/yr');
    case 'energy.electricityKWh': return msg('kWh/yr');
    case 'water.freshM3': case 'water.wastewaterM3': return msg('m³/yr');
    case 'bricks.count': return msg('per year');
    case 'economics.profit': return '';
  }
}

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
