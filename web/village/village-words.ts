// Words of the Village view: amounts in everyday units (a dioxin amount in g, mg or µg TEQ as its
// size asks, tonnes or kilograms), the national figure's source in words, and the names the
// view gives to things. Every string through msg(); Vietnamese in web/locales/xliff/vi.xlf.
import { msg, str } from '@lit/localize';
import { formatNumber, formatQuantity } from '../app/format.ts';
import type { NationalComparison, VillageFigure, VillageResultDocument } from '../shared/analysis/village.ts';
import { FIGURES, unitWord } from '../app/figures.ts';

/** An amount of PCDD/F (or dl-PCB) in grams TEQ, in the unit its size reads best in. */
export function teqText(grams: number): string {
  const a = Math.abs(grams);
  if (a === 0) return msg(str`${formatQuantity(0)} g TEQ`);
  if (a >= 0.1) return msg(str`${formatQuantity(grams)} g TEQ`);
  if (a >= 1e-4) return msg(str`${formatQuantity(grams * 1e3)} mg TEQ`);
  return msg(str`${formatQuantity(grams * 1e6)} µg TEQ`);
}

/** A mass in tonnes, in tonnes from 1 t up and in kilograms below. */
export function massText(tonnes: number): string {
  if (Math.abs(tonnes) >= 1 || tonnes === 0) return msg(str`${formatQuantity(tonnes)} t`);
  return msg(str`${formatQuantity(tonnes * 1e3)} kg`);
}

/** A share of a whole, never rounded to nothing: 3 significant digits ("5.57 %", "0.000363 %"). */
export function shareText(fraction: number): string {
  return formatNumber(fraction, { style: 'percent', maximumSignificantDigits: 3 });
}

/** The national inventory's source in words: the bundled villages' source in the page's language,
 *  any other file's as it is written. */
export function nationalSourceText(national: NationalComparison): string {
  if (national.source.startsWith('Viet Nam Environment Administration')) {
    return msg('Viet Nam Environment Administration, as cited on the UNIDO/GEF project page (reference data, section 1)');
  }
  return national.source;
}

/** "Viet Nam's open-burning inventory: 22.6 g TEQ a year (average of 2007–2012)". */
export function nationalFigureText(national: NationalComparison): string {
  const amount = teqText(national.nationalOpenBurningGTeqPerYear);
  return national.period
    ? msg(str`Viet Nam's open-burning inventory: ${amount} a year (average of ${national.period})`)
    : msg(str`Viet Nam's open-burning inventory: ${amount} a year`);
}

/** The village's name in the page's language. */
export function villageName(doc: Pick<VillageResultDocument, 'name' | 'nameVi'>, lang: string): string {
  return lang === 'vi' && doc.nameVi ? doc.nameVi : doc.name;
}

/** The bundled villages' names in the picker. */
export function bundledVillageLabel(id: string): string {
  switch (id) {
    case 'minh-khai':
      return msg('Minh Khai (580 households, as surveyed)');
    case 'minh-khai-pilot':
      return msg('Minh Khai with the UNIDO/GEF pilot (two new lines and a bricks line)');
    case 'phan-boi':
      return msg('Phan Boi (assumed figures)');
    default:
      return id;
  }
}

/** A line type as the village files write it ("film", "rigid"), in words. */
export function lineTypeText(lineType: string | undefined): string {
  switch (lineType) {
    case undefined:
      return '—';
    case 'film':
      return msg('film', { desc: 'Village: a line type, plastic film' });
    case 'rigid':
      return msg('rigid plastic', { desc: 'Village: a line type' });
    case 'mixed (assumed)':
      return msg('mixed (assumed)', { desc: 'Village: a line type' });
    default:
      return lineType;
  }
}

/** "3 measures": the measures a group may adopt, counted. */
export function measuresCountText(n: number): string {
  return n === 1 ? msg('1 measure') : msg(str`${n} measures`);
}

/** A figure's unit for many lines (g TEQ/yr, t/yr, MWh/yr; the catalogue's bulk unit). */
export function bulkUnit(f: VillageFigure, currency = 'VND'): string {
  return unitWord(FIGURES[f].bulk?.unit ?? FIGURES[f].unit, currency);
}

/** The inventory's Toolkit class and category words (the engine writes them in English, as the
 *  Toolkit does), in the page's language; codes ("6b", "3e") stay as they are. */
export function toolkitText(text: string): string {
  switch (text) {
    case '3 (open burning of domestic waste)':
      return msg('3 (open burning of domestic waste)');
    case '1 (fires at waste dumps)':
      return msg('1 (fires at waste dumps)');
    case 'household heating with plastic':
      return msg('household heating with plastic');
    case 'none (6b class 3 by analogy, E)':
      return msg('none (6b class 3 by analogy, E)');
    case 'household coal stoves':
      return msg('household coal stoves');
    case '2 (virgin wood stoves)':
      return msg('2 (virgin wood stoves)');
    case 'gas stoves (natural gas by analogy)':
      return msg('gas stoves (natural gas by analogy)');
    case 'co-processing, incremental release':
      return msg('co-processing, incremental release');
    case 'brick melt':
      return msg('brick melt');
    case 'none (no measurement)':
      return msg('none (no measurement)');
    default:
      return text;
  }
}
