// Words for releases that happen but have no number (MODEL.md 3.1 "ND"): next to every total or
// percentage of releases, so that none reads as complete when it is not. The one place that turns
// a result's notQuantifiedItems into sentences, in the page's language.
import { msg, str } from '@lit/localize';
import { formatList } from '../app/format.ts';
import type { NotQuantifiedItem, SourceKey, VectorKey } from '../shared/model/emission-factors.ts';
import { notQuantifiedOnPath, spansVectors } from '../shared/model/not-quantified.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import { msgTable } from '../app/words.ts';

type Items = readonly NotQuantifiedItem[];

/** Sources and release vectors as they read inside a sentence. */
const PHRASES = msgTable((): Record<SourceKey | VectorKey, string> => ({
  openBurning: msg('open burning', { desc: 'Inside a sentence: a source of releases' }),
  dumpFire: msg('dump fires', { desc: 'Inside a sentence: a source of releases' }),
  plasticFuel: msg('rejects burned as fuel', { desc: 'Inside a sentence: a source of releases' }),
  coal: msg('burning coal', { desc: 'Inside a sentence: a source of releases' }),
  wood: msg('burning wood', { desc: 'Inside a sentence: a source of releases' }),
  lpg: msg('burning gas (LPG)', { desc: 'Inside a sentence: a source of releases' }),
  cementKiln: msg('the cement kiln', { desc: 'Inside a sentence: a source of releases' }),
  brickMelt: msg('melting plastic for bricks', { desc: 'Inside a sentence: a source of releases' }),
  air: msg('to air', { id: 'nq-to-air' }),
  water: msg('to water', { id: 'nq-to-water' }),
  land: msg('to land', { id: 'nq-to-land' }),
  product: msg('in the product', { id: 'nq-in-product' }),
  residue: msg('in residues', { id: 'nq-in-residue' }),
}));

/** A source as it reads inside a sentence: "melting plastic for bricks". */
export const sourcePhrase = (source: SourceKey): string => PHRASES()[source];

const vectorPhrase = (vector: VectorKey): string => PHRASES()[vector];

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "melting plastic for bricks", "open burning (to water) and dump fires (to water)": the sources
 *  whose part of `figure` has no number, in the items of one result or several (before and
 *  after), with the vectors where the figure spans several; null when every part is quantified. */
export function notQuantifiedList(figure: HeadlineFigure, ...lists: Items[]): { text: string; count: number } | null {
  const sources = notQuantifiedOnPath(figure, ...lists);
  if (sources.length === 0) return null;
  const named = spansVectors(figure);
  const phrases = sources.map((s) =>
    named && s.vectors.length > 0
      ? msg(str`${sourcePhrase(s.source)} (${formatList(s.vectors.map(vectorPhrase))})`, { desc: 'A source and the release vectors that are not quantified' })
      : sourcePhrase(s.source),
  );
  return { text: formatList(phrases), count: phrases.length };
}

/** "melting plastic for bricks is not quantified", "open burning (to water) and dump fires (to
 *  water) are not quantified"; null when every part of the figure is quantified. */
export function notQuantifiedClause(figure: HeadlineFigure, ...lists: Items[]): string | null {
  const list = notQuantifiedList(figure, ...lists);
  if (!list) return null;
  return list.count === 1
    ? msg(str`${list.text} is not quantified`, { desc: 'Releases that happen but have no number' })
    : msg(str`${list.text} are not quantified`, { desc: 'Releases that happen but have no number' });
}

/** The clause as a sentence of its own: "Melting plastic for bricks is not quantified." */
export function notQuantifiedSentence(figure: HeadlineFigure, ...lists: Items[]): string | null {
  const clause = notQuantifiedClause(figure, ...lists);
  return clause ? msg(str`${capitalise(clause)}.`, { id: 'nq-sentence', desc: 'A clause made a sentence' }) : null;
}

/** Beside a total: "quantified releases only; melting plastic for bricks is not quantified". */
export function quantifiedOnlyNote(figure: HeadlineFigure, ...lists: Items[]): string | null {
  const clause = notQuantifiedClause(figure, ...lists);
  return clause ? msg(str`quantified releases only; ${clause}`) : null;
}

/** A percentage of releases, never bare: "−99.99 % of the quantified releases; melting plastic for
 *  bricks is not quantified"; the percentage alone when every part is quantified. */
export function percentOfQuantified(percentText: string, figure: HeadlineFigure, ...lists: Items[]): string {
  const clause = notQuantifiedClause(figure, ...lists);
  return clause ? msg(str`${percentText} of the quantified releases; ${clause}`) : percentText;
}
