// `--village --table`: readable summaries of a village and of a province for the terminal. Labels,
// units (the bulk unit of many lines where the catalogue gives one: g TEQ, t, MWh) and the order
// of the rows are the figure catalogue's (web/shared/model/figure-catalogue.ts), in English.

import type { ProvinceResultDocument } from '../shared/analysis/province.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import type { Summary } from '../shared/analysis/uncertainty.ts';
import type { VillageUncertainty } from '../shared/analysis/village-mc.ts';
import { VILLAGE_FIGURES, type VillageFigure, type VillageFigures, type VillageResultDocument } from '../shared/analysis/village.ts';
import { FIGURES, figureNumberFormat, inFigureOrder } from '../shared/model/figure-catalogue.ts';
import { unitSymbol } from '../shared/model/figure-units.ts';

const n0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const n2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const sig = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const pct = (x: number) => (Number.isFinite(x) ? `${sig.format(x * 100)} %` : '—');

/** The village files' money is in VND (they have no currency field; their lines are in Viet Nam). */
const CURRENCY = 'VND';

/** A figure's label, its unit for many lines (PCDD/F in g TEQ, the inventory's unit) and the scale into it. */
function unit(figure: VillageFigure): { label: string; unit: string; scale: number } {
  const f = FIGURES[figure];
  return { label: f.label, unit: unitSymbol(f.bulk?.unit ?? f.unit, CURRENCY), scale: f.bulk?.scale ?? 1 };
}

/** The figures of the totals table (all a village adds up but its revenue, costs, rejects and
 *  wastewater), in catalogue order. */
const ROWS = inFigureOrder(
  VILLAGE_FIGURES.filter((f) => !['economics.revenue', 'economics.costs', 'mass.rejectsT.plastic', 'water.wastewaterM3'].includes(f)),
).map((figure) => ({ figure, ...unit(figure) }));

function columns(rows: string[][], right: boolean[] = []): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (right[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A figure's value in its bulk unit, at the catalogue's precision. */
function cell(figure: VillageFigure, x: number): string {
  const scaled = x * unit(figure).scale;
  return new Intl.NumberFormat('en-US', figureNumberFormat(figure, scaled)).format(scaled);
}

/** "PCDD/F, all releases (g TEQ/yr)". */
const heading = (figure: VillageFigure) => `${unit(figure).label} (${unit(figure).unit})`;

/** The columns of the groups' and the villages' tables. */
const GROUP_FIGURES = inFigureOrder<VillageFigure>(['pcddf.total', 'air.hclKg', 'economics.profit']);
const VILLAGE_COLUMNS = inFigureOrder<VillageFigure>(['pcddf.total', 'air.hclKg', 'economics.workersPaid', 'economics.profit']);

function totalsTable(before: VillageFigures, withAdoption: VillageFigures, allAdopted: VillageFigures): string {
  const rows = [
    ['', 'before', 'with adoption', 'all adopted', ''],
    ...ROWS.map((r) => [r.label, cell(r.figure, before[r.figure]), cell(r.figure, withAdoption[r.figure]), cell(r.figure, allAdopted[r.figure]), r.unit]),
  ];
  return columns(rows, [false, true, true, true, false]);
}

function curveTable(curve: { share: number; totals: VillageFigures }[]): string {
  const shown = inFigureOrder<VillageFigure>(['pcddf.total', 'air.hclKg', 'mass.burnedPlasticT', 'economics.workersPaid', 'economics.profit']);
  const rows = [['households adopting', ...shown.map(heading)], ...curve.map((p) => [pct(p.share), ...shown.map((f) => cell(f, p.totals[f]))])];
  return columns(rows, [true, ...shown.map(() => true)]);
}

function uncertaintyTable(u: VillageUncertainty): string {
  const shown = inFigureOrder<HeadlineFigure>(['pcddf.total', 'air.hclKg', 'economics.profit']);
  const band = (f: HeadlineFigure, s: Summary) => `${cell(f, s.p50)} (${cell(f, s.p5)}–${cell(f, s.p95)})`;
  const rows = [
    ['P50 (P5–P95)', 'before', 'with adoption', 'all adopted', 'P(with adoption better)'],
    ...shown.map((f) => [heading(f), band(f, u.before[f]), band(f, u.withAdoption[f]), band(f, u.allAdopted[f]), pct(u.probabilityAfterBetter[f])]),
  ];
  return `Monte Carlo, ${n0.format(u.draws)} draws, seed ${u.seed} (each emission factor drawn once per draw for the whole village)\n${columns(rows, [false, true, true, true, true])}`;
}

function nationalLines(doc: Pick<VillageResultDocument, 'pcddfGTeqPerYear' | 'national'>): string {
  const g = doc.pcddfGTeqPerYear;
  const first = `PCDD/F: ${sig.format(g.withAdoption.total)} g TEQ/yr (of which open burning and dump fires, Toolkit 6b: ${sig.format(g.withAdoption.openBurning)} g TEQ/yr)`;
  if (!doc.national) return first;
  const n = doc.national;
  return (
    `${first}\n  = ${pct(n.shareOfNational.withAdoption)} of Viet Nam's open-burning inventory, ${n2.format(n.nationalOpenBurningGTeqPerYear)} g TEQ/yr` +
    `${n.period ? ` (${n.period})` : ''}; 6b alone ${pct(n.openBurningShareOfNational.withAdoption)}. Source: ${n.source} [${n.status}]`
  );
}

function title(text: string): string {
  return `${text}\n${'='.repeat(text.length)}`;
}

export function formatVillageTable(doc: VillageResultDocument): string {
  const groups = columns(
    [
      ['group', 'line type', 'households', 'adopting', 'measures', ...GROUP_FIGURES.map(heading)],
      ...doc.groups.map((g) => [
        g.id,
        g.lineType ?? '—',
        n2.format(g.households),
        pct(g.share),
        String(g.measures.length),
        ...GROUP_FIGURES.map((f) => cell(f, g.totals[f])),
      ]),
      ['village', '', n2.format(doc.households), '', '', ...GROUP_FIGURES.map((f) => cell(f, doc.totals[f]))],
    ],
    [false, false, true, true, true, ...GROUP_FIGURES.map(() => true)],
  );
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
  const villages = columns(
    [
      ['village', 'households', 'share of national', ...VILLAGE_COLUMNS.map(heading)],
      ...doc.villages.map((v) => [
        v.villageId,
        n2.format(v.households),
        v.national ? pct(v.national.shareOfNational.withAdoption) : '—',
        ...VILLAGE_COLUMNS.map((f) => cell(f, v.totals[f])),
      ]),
      [
        'province',
        n2.format(doc.households),
        doc.national ? pct(doc.national.shareOfNational.withAdoption) : '—',
        ...VILLAGE_COLUMNS.map((f) => cell(f, doc.totals[f])),
      ],
    ],
    [false, true, true, ...VILLAGE_COLUMNS.map(() => true)],
  );
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
