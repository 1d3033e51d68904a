// `--village --table`: readable summaries of a village and of a province for the terminal.

import type { ProvinceResultDocument } from '../shared/analysis/province.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import type { Summary } from '../shared/analysis/uncertainty.ts';
import type { VillageUncertainty } from '../shared/analysis/village-mc.ts';
import type { VillageFigure, VillageFigures, VillageResultDocument } from '../shared/analysis/village.ts';

const n0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const n2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const sig = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const pct = (x: number) => (Number.isFinite(x) ? `${sig.format(x * 100)} %` : '—');

/** Figures shown, with their unit and a scale: PCDD/F in g TEQ (the inventory's unit). */
const ROWS: { figure: VillageFigure; label: string; unit: string; scale: number }[] = [
  { figure: 'pcddf.total', label: 'PCDD/F total', unit: 'g TEQ/yr', scale: 1e-6 },
  { figure: 'pcddf.air', label: 'PCDD/F to air', unit: 'g TEQ/yr', scale: 1e-6 },
  { figure: 'dlpcb.total', label: 'dl-PCB total', unit: 'g TEQ/yr', scale: 1e-6 },
  { figure: 'air.hclKg', label: 'Hydrogen chloride (HCl)', unit: 't/yr', scale: 1e-3 },
  { figure: 'air.pm25Kg', label: 'PM2.5', unit: 't/yr', scale: 1e-3 },
  { figure: 'air.bcKg', label: 'Black carbon', unit: 't/yr', scale: 1e-3 },
  { figure: 'air.co2FossilT', label: 'Fossil CO2 (burning, fuels)', unit: 't/yr', scale: 1 },
  { figure: 'air.co2ElectricityT', label: 'CO2 of grid electricity', unit: 't/yr', scale: 1 },
  { figure: 'mass.feedT', label: 'Scrap bought', unit: 't/yr', scale: 1 },
  { figure: 'mass.productT', label: 'Pellets', unit: 't/yr', scale: 1 },
  { figure: 'mass.burnedPlasticT', label: 'Plastic burned', unit: 't/yr', scale: 1 },
  { figure: 'bricks.count', label: 'Bricks made', unit: 'bricks/yr', scale: 1 },
  { figure: 'energy.electricityKWh', label: 'Electricity', unit: 'MWh/yr', scale: 1e-3 },
  { figure: 'water.freshM3', label: 'Fresh water', unit: 'm³/yr', scale: 1 },
  { figure: 'economics.workersPaid', label: 'Jobs (workers paid)', unit: 'workers', scale: 1 },
  { figure: 'economics.profit', label: 'Profit', unit: 'VND/yr', scale: 1 },
];

function columns(rows: string[][], right: boolean[] = []): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (right[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n');
}

const value = (x: number, scale: number) => (Math.abs(x * scale) >= 100 ? n0.format(x * scale) : sig.format(x * scale));

function totalsTable(before: VillageFigures, withAdoption: VillageFigures, allAdopted: VillageFigures): string {
  const rows = [['', 'before', 'with adoption', 'all adopted', ''],
    ...ROWS.map((r) => [r.label, value(before[r.figure], r.scale), value(withAdoption[r.figure], r.scale), value(allAdopted[r.figure], r.scale), r.unit])];
  return columns(rows, [false, true, true, true, false]);
}

function curveTable(curve: { share: number; totals: VillageFigures }[]): string {
  const shown: VillageFigure[] = ['pcddf.total', 'air.hclKg', 'mass.burnedPlasticT', 'economics.workersPaid', 'economics.profit'];
  const unit = (f: VillageFigure) => ROWS.find((r) => r.figure === f)!;
  const rows = [['households adopting', ...shown.map((f) => `${unit(f).label} (${unit(f).unit})`)],
    ...curve.map((p) => [pct(p.share), ...shown.map((f) => value(p.totals[f], unit(f).scale))])];
  return columns(rows, [true, ...shown.map(() => true)]);
}

function uncertaintyTable(u: VillageUncertainty): string {
  const shown: HeadlineFigure[] = ['pcddf.total', 'air.hclKg', 'economics.profit'];
  const unit = (f: HeadlineFigure) => ROWS.find((r) => r.figure === f)!;
  const band = (s: Summary, scale: number) => `${value(s.p50, scale)} (${value(s.p5, scale)}–${value(s.p95, scale)})`;
  const rows = [['P50 (P5–P95)', 'before', 'with adoption', 'all adopted', 'P(with adoption better)'],
    ...shown.map((f) => [`${unit(f).label} (${unit(f).unit})`, band(u.before[f], unit(f).scale), band(u.withAdoption[f], unit(f).scale),
      band(u.allAdopted[f], unit(f).scale), pct(u.probabilityAfterBetter[f])])];
  return `Monte Carlo, ${n0.format(u.draws)} draws, seed ${u.seed} (each emission factor drawn once per draw for the whole village)\n${columns(rows, [false, true, true, true, true])}`;
}

function nationalLines(doc: Pick<VillageResultDocument, 'pcddfGTeqPerYear' | 'national'>): string {
  const g = doc.pcddfGTeqPerYear;
  const first = `PCDD/F: ${sig.format(g.withAdoption.total)} g TEQ/yr (of which open burning and dump fires, Toolkit 6b: ${sig.format(g.withAdoption.openBurning)} g TEQ/yr)`;
  if (!doc.national) return first;
  const n = doc.national;
  return `${first}\n  = ${pct(n.shareOfNational.withAdoption)} of Viet Nam's open-burning inventory, ${n2.format(n.nationalOpenBurningGTeqPerYear)} g TEQ/yr`
    + `${n.period ? ` (${n.period})` : ''}; 6b alone ${pct(n.openBurningShareOfNational.withAdoption)}. Source: ${n.source} [${n.status}]`;
}

function title(text: string): string {
  return `${text}\n${'='.repeat(text.length)}`;
}

export function formatVillageTable(doc: VillageResultDocument): string {
  const groups = columns([
    ['group', 'line type', 'households', 'adopting', 'measures', 'PCDD/F g TEQ/yr', 'HCl t/yr', 'profit VND/yr'],
    ...doc.groups.map((g) => [g.id, g.lineType ?? '—', n2.format(g.households), pct(g.share), String(g.measures.length),
      value(g.totals['pcddf.total'], 1e-6), value(g.totals['air.hclKg'], 1e-3), n0.format(g.totals['economics.profit'])]),
    ['village', '', n2.format(doc.households), '', '', value(doc.totals['pcddf.total'], 1e-6), value(doc.totals['air.hclKg'], 1e-3), n0.format(doc.totals['economics.profit'])],
  ], [false, false, true, true, true, true, true, true]);
  const curve = doc.adoptionCurve;
  const parts = [
    title(`${doc.name} (${doc.villageId})`),
    `${n2.format(doc.households)} households in ${doc.groups.length} groups; release method: ${doc.releaseMethods.join(' and ')}`,
    '',
    groups,
    '',
    'Village totals per year',
    totalsTable(curve[0].totals, doc.totals, curve[curve.length - 1].totals),
    '',
    nationalLines(doc),
    '',
    'Adoption curve (every group at the same share)',
    curveTable(curve),
  ];
  if (doc.uncertainty) parts.push('', uncertaintyTable(doc.uncertainty));
  if (doc.notQuantified.length > 0) parts.push('', `Not quantified: ${doc.notQuantified.join('; ')}`);
  return `${parts.join('\n')}\n`;
}

export function formatProvinceTable(doc: ProvinceResultDocument): string {
  const villages = columns([
    ['village', 'households', 'PCDD/F g TEQ/yr', 'share of national', 'HCl t/yr', 'jobs', 'profit VND/yr'],
    ...doc.villages.map((v) => [v.villageId, n2.format(v.households), value(v.totals['pcddf.total'], 1e-6), v.national ? pct(v.national.shareOfNational.withAdoption) : '—',
      value(v.totals['air.hclKg'], 1e-3), n0.format(v.totals['economics.workersPaid']), n0.format(v.totals['economics.profit'])]),
    ['province', n2.format(doc.households), value(doc.totals['pcddf.total'], 1e-6), doc.national ? pct(doc.national.shareOfNational.withAdoption) : '—',
      value(doc.totals['air.hclKg'], 1e-3), n0.format(doc.totals['economics.workersPaid']), n0.format(doc.totals['economics.profit'])],
  ], [false, true, true, true, true, true, true]);
  const curve = doc.adoptionCurve;
  const parts = [
    title(`${doc.name} (${doc.provinceId}): ${doc.villages.length} villages`),
    '',
    villages,
    '',
    'Province totals per year',
    totalsTable(curve[0].totals, doc.totals, curve[curve.length - 1].totals),
    '',
    nationalLines(doc),
    '',
    'Adoption curve (every group of every village at the same share)',
    curveTable(curve),
  ];
  if (doc.uncertainty) parts.push('', uncertaintyTable(doc.uncertainty).replace('whole village', 'whole province'));
  if (doc.notQuantified.length > 0) parts.push('', `Not quantified: ${doc.notQuantified.join('; ')}`);
  return `${parts.join('\n')}\n`;
}
