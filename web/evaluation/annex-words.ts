// The report's annex in the reader's language: a number named in words (never its JSON path),
// source notes with file names turned into citations in words, the indicator formulas and the
// conversion constants written out with msg().
import { msg } from '@lit/localize';
import { messageLang, pickText, sourceNoteIn } from '../app/locale.ts';
import { msgTable } from '../app/words.ts';
import { boundLabel, boundOf } from '../shared/model/bounds.ts';
import type { IndicatorKey } from '../shared/survey/indicator-definitions.ts';

/** A scenario or library number in words with its unit ("PCDD/F emission factor of open burning
 *  to air"); library pointers ("/openBurning/pcddf/air") are read under /emissionFactors. The
 *  pointer itself only when the table of numbers does not know it. */
export function numberWords(pointer: string, library = false): string {
  const match = boundOf(library ? `/emissionFactors${pointer}` : pointer) ?? boundOf(pointer);
  if (!match) return pointer;
  const label = boundLabel(match, messageLang());
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** File names of the project that source notes cite, as the citation a reader can follow, for a
 *  note that stays English (quoted as written, so its citations are English too; the annex marks
 *  it lang="en"). A bundled note read in Vietnamese cites them in Vietnamese (annexNote). */
const FILE_CITATIONS: [RegExp, string][] = [
  // Brackets round the file name stay round the citation: "no data exists (reference/DATA.md §2)".
  [/reference\/DATA\.md\s*§\s*(\d+)/g, 'the project’s sourced data notes, section $1'],
  [/reference\/DATA\.md/g, 'the project’s sourced data notes'],
  [/reference\/vncpc-news\.txt/g, 'VNCPC news items collected by the project'],
  [/MODEL\.md\s*§?\s*([\d.]+[a-z]?)/g, 'the model description, section $1'],
  [/MODEL\.md/g, 'the model description'],
];

/** A source note with every file name replaced by a citation in words. */
export function citationWords(note: string | undefined | null): string {
  let text = note ?? '';
  for (const [pattern, words] of FILE_CITATIONS) text = text.replace(pattern, words);
  return text;
}

/** A source note for the annex: in Vietnamese where the page is Vietnamese and the bundled note
 *  has a translation (or the user wrote it so), else quoted in English with its files in words. */
export function annexNote(note: unknown): { text: string; lang: 'vi' | 'en' } {
  const read = sourceNoteIn(note);
  return read.lang === 'en' ? { text: citationWords(pickText(note)), lang: 'en' } : read;
}

/** How each indicator is computed, in words (the annex's formula table). */
const FORMULAS = msgTable((): Record<IndicatorKey, string> => ({
  materialYield: msg('product sold (t a year) ÷ plastic bought (t a year)'),
  electricityKWhPerTProduct: msg('electricity (kWh a year) ÷ product sold (t a year)'),
  fuelMJPerTProduct: msg('(coal t × 1000 × 25 + wood t × 1000 × 15 + LPG kg × 46 + plastic fuel kg × its heating value) MJ ÷ product sold (t a year)'),
  waterM3PerTProduct: msg('fresh water (m³ a year) ÷ product sold (t a year)'),
  rejectsBurnedKgPerTBought: msg('(burned in the open + burned as fuel + burned in dump fires, kg a year) ÷ plastic bought (t a year)'),
  pcddfUgTeqPerTProduct: msg(
    'Sum over the sources of activity × emission factor (PCDD/F, every vector: air, water, land, product, residue) ÷ product sold; activity = kg burned in the open, as fuel and in dump fires ÷ 1000 (t), or coal t × 25, wood t × 15 GJ, LPG kg × 46 MJ (TJ); "ND" counts as 0',
  ),
  pcddfAirUgTeqPerTProduct: msg(
    'Sum over the sources of activity × emission factor (PCDD/F to air) ÷ product sold; activity = kg burned in the open, as fuel and in dump fires ÷ 1000 (t), or coal t × 25, wood t × 15 GJ, LPG kg × 46 MJ (TJ); "ND" counts as 0',
  ),
  co2TPerTProduct: msg(
    '[plastic burned (t) × carbon fraction × oxidation (open 0.58, dump fire 0.58, fuel 0.8) × 44/12 + coal and LPG TJ × emission factor (t CO2/TJ) + kWh ÷ 1000 × grid factor (t/MWh)] ÷ product sold',
  ),
  profitVndPerTProduct: msg(
    '[product sold × product price + other revenue − plastic bought × plastic price − kWh × electricity price − Σ fuel × fuel price − workers × working days × wage] ÷ product sold',
  ),
}));

export const formulaWords = (key: IndicatorKey): string => FORMULAS()[key];

/** The conversion constants of the indicators by name (INDICATOR_CONSTANTS), with their source in words. */
export function constantWords(name: string): { name: string; source: string } | null {
  const lhv = msg('the model description, section 3 step 8 (the same heating value as the simulation core)');
  switch (name) {
    case 'coalLhvMJPerKg':
      return { name: msg('Heating value of coal'), source: lhv };
    case 'woodLhvMJPerKg':
      return { name: msg('Heating value of wood'), source: lhv };
    case 'lpgLhvMJPerKg':
      return { name: msg('Heating value of LPG'), source: lhv };
    case 'plasticFuelLhvMJPerKg':
      return {
        name: msg('Heating value of plastic burned as fuel'),
        source: msg('the model description, section 1: heating value of mixed or unknown plastic, used unless the survey gives a measured value'),
      };
    case 'plasticCarbonFraction':
      return {
        name: msg('Carbon in plastic'),
        source: msg(
          'IPCC 2006 Vol. 5 Ch. 5, default carbon content of plastics, 75 % (range 67–85 %), all fossil (the project’s sourced data notes, section 1)',
        ),
      };
    case 'oxidationOpenBurning':
      return {
        name: msg('Share of the carbon burned: open burning'),
        source: msg(
          'IPCC 2006 Vol. 5 Ch. 5, oxidation factor of open burning (the project’s sourced data notes, section 1; the model description, section 3.1)',
        ),
      };
    case 'oxidationDumpFire':
      return { name: msg('Share of the carbon burned: dump fires'), source: msg('the model description, section 3.1 (as open burning)') };
    case 'oxidationPlasticFuel':
      return {
        name: msg('Share of the carbon burned: plastic as fuel'),
        source: msg('the model description, section 3.1: oxidation of plastic burned as fuel'),
      };
    default:
      return null;
  }
}
