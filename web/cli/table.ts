// `--table`: a readable summary of one result for the terminal.

import type { Scenario } from '../shared/model/scenario-schema.ts';
import type { ResultDocument } from '../shared/model/result-types.ts';
import { notQuantifiedName } from '../shared/model/emission-factors.ts';

const METHOD_NAMES = { toolkit: 'Toolkit inventory convention', chlorineAdjusted: 'chlorine-adjusted' } as const;

/** "(quantified releases only; not quantified: PCDD/F to water (open burning), …)" for a pollutant. */
function quantifiedOnly(r: ResultDocument, pollutant: 'pcddf' | 'dlpcb', vector?: 'air'): string {
  const missing = r.notQuantifiedItems.filter((i) => i.pollutant === pollutant && (!vector || i.vector === vector)).map(notQuantifiedName);
  return missing.length > 0 ? ` (quantified releases only; not quantified: ${missing.join(', ')})` : '';
}

const n0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const n1 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const n3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });

export function formatTable(scenario: Scenario, r: ResultDocument): string {
  const rows: [string, string, string][] = [
    ['Feed bought', n1.format(r.mass.feedT), 't/yr'],
    ['Processed', n1.format(r.mass.processedT), 't/yr'],
    ['Backlog (unprocessed)', n1.format(r.mass.backlogT), 't/yr'],
    ['Product (pellets)', n1.format(r.mass.productT), 't/yr'],
    ['Plastic rejects', n1.format(r.mass.rejectsT.plastic), 't/yr'],
    ['  burned as fuel', n1.format(r.mass.routesT.fuel), 't/yr'],
    ['  burned in the open', n1.format(r.mass.routesT.openBurning), 't/yr'],
    ['  dumped (of which dump fires)', `${n1.format(r.mass.routesT.dumping)} (${n1.format(r.mass.routesT.dumpFire)})`, 't/yr'],
    ['Plastic burned', n1.format(r.mass.burnedPlasticT), 't/yr'],
    ['Bricks made', n0.format(r.bricks.count), 'bricks/yr'],
    ['Bottleneck', `${r.mass.bottleneckUnitId ?? '—'} (throughput ratio ${n3.format(r.mass.throughputRatio)})`, ''],
    ['Mass balance closure error', n3.format(r.mass.closureErrorT), 't/yr'],
    ['Electricity', n0.format(r.energy.electricityKWh), 'kWh/yr'],
    ['Fresh water (= wastewater)', n0.format(r.water.freshM3), 'm³/yr'],
    ['Release method', METHOD_NAMES[r.chlorine.method], ''],
    ['Chlorine in the plastic rejects', `${n3.format(r.chlorine.poolClFraction * 100)} %`, 'by mass'],
    ['PCDD/F to air', n1.format(r.pcddf.air), `µg TEQ/yr${quantifiedOnly(r, 'pcddf', 'air')}`],
    ['PCDD/F total', n1.format(r.pcddf.total), `µg TEQ/yr${quantifiedOnly(r, 'pcddf')}`],
    ['  Toolkit convention', n1.format(r.chlorine.byMethod.toolkit.pcddfTotal), 'µg TEQ/yr'],
    ['  chlorine-adjusted', n1.format(r.chlorine.byMethod.chlorineAdjusted.pcddfTotal), 'µg TEQ/yr'],
    ['dl-PCB total', n1.format(r.dlpcb.total), `µg TEQ/yr${quantifiedOnly(r, 'dlpcb')}`],
    ['Hydrogen chloride (HCl)', n0.format(r.air.hclKg), 'kg/yr'],
    ['PM2.5', n0.format(r.air.pm25Kg), 'kg/yr'],
    ['Black carbon', n1.format(r.air.bcKg), 'kg/yr'],
    ['Fossil CO2 (burning, fuels)', n1.format(r.air.co2FossilT), 't/yr'],
    ['CO2 of grid electricity', n1.format(r.air.co2ElectricityT), 't/yr'],
    ['Revenue', n0.format(r.economics.revenue), `${r.economics.currency}/yr`],
    ['Costs', n0.format(r.economics.costs), `${r.economics.currency}/yr`],
    ['  of which other costs', n0.format(r.economics.costBreakdown.other), `${r.economics.currency}/yr`],
    ['Profit', n0.format(r.economics.profit), `${r.economics.currency}/yr`],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  const title = `${scenario.name} (${scenario.id})`;
  const notes = r.notQuantified.length ? `\nNot quantified: ${r.notQuantified.join('; ')}` : '';
  return `${title}\n${'='.repeat(title.length)}\n${lines.join('\n')}${notes}\n`;
}
