// The figure catalogue (issue 15): every headline figure of MODEL.md §6 has an entry, the page's
// translated half (web/app/figure-labels.ts, unit-words.ts) says in English what the language-free
// half (web/shared/model/figure-catalogue.ts) says, and the precision rule writes what it promises.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIGURE_CATALOGUE, FIGURES, figureNumberFormat, inFigureOrder, isFigureKey, type FigureKey } from '../../web/shared/model/figure-catalogue.ts';
import { UNITS, type UnitId } from '../../web/shared/model/figure-units.ts';
import { HEADLINE_FIGURES } from '../../web/shared/model/result-types.ts';
import { INDICATOR_KEYS } from '../../web/shared/survey/indicators.ts';
import { TRAINING_FIGURES } from '../../web/shared/analysis/training-why.ts';
import { VILLAGE_FIGURES } from '../../web/shared/analysis/village.ts';
import { COMPARISON_FIGURES } from '../../web/shared/survey/measured-vs-modelled.ts';
import { SURVEY_COLUMNS } from '../../web/shared/survey/survey.ts';
import { inSentenceText, labelText, shortText } from '../../web/app/figure-labels.ts';
import { afterAmountText, unitText } from '../../web/app/unit-words.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The model contract sits beside the repository (README: `../shared/MODEL.md`).
const MODEL_MD = [process.env.MODEL_MD, path.join(root, '../shared/MODEL.md')].find((p): p is string => !!p && existsSync(p));

/** The key paths listed after "**Headline figures**" in MODEL.md §6, up to the end of the paragraph. */
export function headlineKeysOf(markdown: string): string[] {
  const start = markdown.indexOf('**Headline figures**');
  if (start < 0) throw new Error('MODEL.md has no "**Headline figures**" paragraph');
  const paragraph = markdown.slice(start, markdown.indexOf('\n\n', start));
  return [...paragraph.matchAll(/`([a-zA-Z0-9.]+)`/g)].map((m) => m[1]);
}

describe('the figure catalogue covers every figure the views and the command line show', () => {
  it('has an entry for every headline figure of MODEL.md §6', () => {
    const missing = HEADLINE_FIGURES.filter((k) => !isFigureKey(k));
    expect(missing).toEqual([]);
  });

  it.skipIf(!MODEL_MD)('lists in HEADLINE_FIGURES exactly the headline figures of MODEL.md §6 (read from the file)', () => {
    const keys = headlineKeysOf(readFileSync(MODEL_MD!, 'utf8'));
    expect(keys).toHaveLength(15);
    expect(keys.filter((k) => !isFigureKey(k))).toEqual([]);
    expect([...HEADLINE_FIGURES]).toEqual(keys);
  });

  it('finds a missing headline figure (the parse can fail)', () => {
    const text = 'x\n\n**Headline figures** (key paths): `pcddf.air`, `air.dioxinFreeAirKg`.\n\nnext';
    expect(headlineKeysOf(text).filter((k) => !isFigureKey(k))).toEqual(['air.dioxinFreeAirKg']);
  });

  it('has an entry for every village figure, indicator, training figure, survey column and measured-versus-modelled figure', () => {
    const wanted = [
      ...VILLAGE_FIGURES,
      ...INDICATOR_KEYS.map((k) => `indicator.${k}`),
      ...TRAINING_FIGURES.map((k) => `training.${k}`),
      ...Object.values(COMPARISON_FIGURES),
      ...SURVEY_COLUMNS.filter((c) => c.kind === 'number').map((c) => `survey.${c.field}`),
    ];
    expect(wanted.filter((k) => !isFigureKey(k))).toEqual([]);
  });

  it('has each key once and every unit in the units table', () => {
    const keys = FIGURE_CATALOGUE.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(FIGURE_CATALOGUE.filter((f) => !(f.unit in UNITS)).map((f) => f.key)).toEqual([]);
  });

  it('orders the headline figures as MODEL.md lists them, and any subset by its place in the catalogue', () => {
    expect(inFigureOrder([...HEADLINE_FIGURES].reverse())).toEqual([...HEADLINE_FIGURES]);
    expect(inFigureOrder<FigureKey>(['economics.profit', 'mass.feedT', 'pcddf.air'])).toEqual(['pcddf.air', 'mass.feedT', 'economics.profit']);
  });
});

describe('the two halves of the catalogue agree', () => {
  // Without a loaded locale, msg() returns its English source text.
  it('gives every figure the same English label on the page as on the command line', () => {
    const differ = FIGURE_CATALOGUE.flatMap((f) => {
      const out: string[] = [];
      if (labelText(f.key) !== f.label) out.push(`${f.key}: page "${labelText(f.key)}", catalogue "${f.label}"`);
      if (shortText(f.key) !== f.short) out.push(`${f.key} (short): page "${shortText(f.key)}", catalogue "${f.short}"`);
      if (inSentenceText(f.key) !== f.inSentence) out.push(`${f.key} (in a sentence): page "${inSentenceText(f.key)}", catalogue "${f.inSentence}"`);
      return out;
    });
    expect(differ).toEqual([]);
  });

  it('gives every unit the same English symbol on the page as on the command line', () => {
    const ids = Object.keys(UNITS) as UnitId[];
    const spec = (u: UnitId): { en: string; afterAmount?: string } => UNITS[u];
    expect(ids.filter((u) => unitText(u, '{currency}') !== spec(u).en)).toEqual([]);
    expect(ids.filter((u) => afterAmountText(u) !== spec(u).afterAmount)).toEqual([]);
  });
});

describe('the precision of a figure', () => {
  const write = (key: FigureKey, value: number, currency?: string) => new Intl.NumberFormat('en-US', figureNumberFormat(key, value, currency)).format(value);

  it('keeps three significant digits below 100 and whole numbers above (PCDD/F, tonnes)', () => {
    // 3 significant digits: 12.345 → 12.3; from 100 up whole: 6,845.6 → 6,846; 0.012345 → 0.0123.
    expect(write('pcddf.air', 12.345)).toBe('12.3');
    expect(write('pcddf.air', 6845.6)).toBe('6,846');
    expect(write('mass.productT', 0.012345)).toBe('0.0123');
  });

  it('writes money in whole units, with its currency only when given', () => {
    expect(write('economics.profit', 1234567.89)).toBe('1,234,568');
    expect(write('economics.profit', 1234567.89, 'VND')).toBe('₫1,234,568');
  });

  it('writes a share in percent and a closure error in scientific notation', () => {
    // 580 ÷ 600 = 0.96667 → 96.7 % (3 significant digits, a ratio near 1 must not read 100 %).
    expect(write('dynamics.throughputRatio', 580 / 600)).toBe('96.7%');
    expect(write('mass.closureErrorT', 1.234e-13)).toBe('1.2E-13');
  });

  it('gives every money figure a unit with the currency in it', () => {
    expect(FIGURE_CATALOGUE.filter((f) => f.kind === 'money' && !UNITS[f.unit].en.includes('{currency}')).map((f) => f.key)).toEqual([]);
    expect(FIGURES['economics.profit'].unit).toBe('moneyPerYear');
  });
});
