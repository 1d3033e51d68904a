// Words of the Village view: amounts in everyday units (a dioxin amount in g, mg or µg TEQ as its
// size asks, tonnes or kilograms), the national figure's source in words, and the names the
// view gives to things. Every string through msg(); Vietnamese in web/locales/xliff/vi.xlf.
import { msg, str } from '@lit/localize';
import { formatNumber, formatQuantity } from '../app/format.ts';
import type { NationalComparison, VillageFigure, VillageResultDocument } from '../shared/analysis/village.ts';
import { FIGURES, unitWord } from '../app/figures.ts';
import { wordOr, msgTable } from '../app/words.ts';

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
const BUNDLED_VILLAGES = msgTable((): Record<string, string> => ({
  'minh-khai': msg('Minh Khai (580 households, as surveyed)'),
  'minh-khai-pilot': msg('Minh Khai with the UNIDO/GEF pilot (two new lines and a bricks line)'),
  'phan-boi': msg('Phan Boi (assumed figures)'),
}));

export const bundledVillageLabel = (id: string): string => wordOr(BUNDLED_VILLAGES, id) ?? id;

/** A line type as the village files write it ("film", "rigid"), in words. */
const LINE_TYPES = msgTable((): Record<string, string> => ({
  film: msg('film', { desc: 'Village: a line type, plastic film' }),
  rigid: msg('rigid plastic', { desc: 'Village: a line type' }),
  'mixed (assumed)': msg('mixed (assumed)', { desc: 'Village: a line type' }),
}));

export const lineTypeText = (lineType: string | undefined): string => (lineType === undefined ? '—' : (wordOr(LINE_TYPES, lineType) ?? lineType));

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
const TOOLKIT_WORDS = msgTable((): Record<string, string> => ({
  '3 (open burning of domestic waste)': msg('3 (open burning of domestic waste)'),
  '1 (fires at waste dumps)': msg('1 (fires at waste dumps)'),
  'household heating with plastic': msg('household heating with plastic'),
  'none (6b class 3 by analogy, E)': msg('none (6b class 3 by analogy, E)'),
  'household coal stoves': msg('household coal stoves'),
  '2 (virgin wood stoves)': msg('2 (virgin wood stoves)'),
  'gas stoves (natural gas by analogy)': msg('gas stoves (natural gas by analogy)'),
  'co-processing, incremental release': msg('co-processing, incremental release'),
  'brick melt': msg('brick melt'),
  'none (no measurement)': msg('none (no measurement)'),
}));

export const toolkitText = (text: string): string => wordOr(TOOLKIT_WORDS, text) ?? text;
