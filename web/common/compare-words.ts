// The Compare view's results in words: the direction of each change, what the measures cost and
// return, and which measures bring the PCDD/F reduction. It only phrases what the worker computed.
import { msg, str } from '@lit/localize';
import type { ComparisonDocument } from '../shared/contract/api-types.ts';
import { formatList, formatNumber, formatQuantity } from '../app/format.ts';
import { figureUnit, formatFigure } from '../app/figures.ts';
import { HIGHER_IS_BETTER, type HeadlineFigure } from '../shared/model/result-types.ts';
import { notQuantifiedClause } from './not-quantified-words.ts';

/** A percentage of change without its sign: two decimals, more where two would round to 100. */
export function formatChangePercent(percent: number): string {
  const abs = Math.abs(percent);
  for (let digits = 2; digits <= 8; digits++) {
    const text = formatNumber(abs, { maximumFractionDigits: digits });
    if (abs === 100 || abs >= 100.5 || text !== formatNumber(100)) return text;
  }
  return formatNumber(abs, { maximumFractionDigits: 8 });
}

export type Verdict = 'better' | 'worse' | 'same';

export function verdict(key: HeadlineFigure, difference: number): Verdict {
  if (difference === 0) return 'same';
  return difference > 0 === HIGHER_IS_BETTER.has(key) ? 'better' : 'worse';
}

/** "PCDD/F to air falls by 99.99 %: better"; with `quantifiedOnly` (a source on the figure's path
 *  is not quantified, and the caller says which beside it) "… by 99.99 % of the quantified releases: better". */
export function changeSentence(
  key: HeadlineFigure,
  label: string,
  doc: ComparisonDocument,
  formatValue: (n: number) => string,
  quantifiedOnly = false,
): string {
  const difference = doc.difference[key];
  const percent = doc.percentChange[key];
  const v = verdict(key, difference);
  if (v === 'same') return msg(str`${label} does not change.`);
  const better = v === 'better';
  if (percent === null) {
    const to = formatValue(difference);
    return better ? msg(str`${label} rises from nothing to ${to}: better`) : msg(str`${label} rises from nothing to ${to}: worse`);
  }
  const p = formatChangePercent(percent);
  if (quantifiedOnly) {
    if (difference < 0) {
      return better
        ? msg(str`${label} falls by ${p} % of the quantified releases: better`)
        : msg(str`${label} falls by ${p} % of the quantified releases: worse`);
    }
    return better
      ? msg(str`${label} rises by ${p} % of the quantified releases: better`)
      : msg(str`${label} rises by ${p} % of the quantified releases: worse`);
  }
  if (difference < 0) return better ? msg(str`${label} falls by ${p} %: better`) : msg(str`${label} falls by ${p} %: worse`);
  return better ? msg(str`${label} rises by ${p} %: better`) : msg(str`${label} rises by ${p} %: worse`);
}

/** Capex, payback and NPV of one comparison, in three sentences. */
export function economicsSentences(doc: ComparisonDocument, currency: string): string[] {
  const deltaProfit = doc.difference['economics.profit'];
  const change = (n: number) => formatFigure('comparison.profitChange', n, currency);
  const sentences = [msg(str`The measures cost ${formatFigure('comparison.capex', doc.capex, currency)} to set up.`)];
  if (doc.paybackYears !== null) {
    const years = formatFigure('comparison.paybackYears', doc.paybackYears);
    sentences.push(msg(str`Profit rises by ${change(deltaProfit)} a year, so they pay back in ${years} years.`));
  } else if (deltaProfit < 0) {
    sentences.push(msg(str`Profit falls by ${change(-deltaProfit)} a year, so they never pay back.`));
  } else {
    sentences.push(msg('Profit does not change, so they never pay back.'));
  }
  const rate = formatQuantity(doc.discountRate * 100);
  const npv = formatFigure('comparison.npv', doc.npv, currency);
  sentences.push(
    doc.npv >= 0
      ? msg(str`Over ${doc.horizonYears} years at a ${rate} % discount rate their net present value is ${npv}: they pay for themselves.`)
      : msg(str`Over ${doc.horizonYears} years at a ${rate} % discount rate their net present value is ${npv}: they do not pay for themselves in that time.`),
  );
  return sentences;
}

/** "The PCDD/F figures are of the quantified releases only; …" when a source of PCDD/F is not quantified. */
function pcddfQuantifiedOnly(doc: ComparisonDocument): string {
  const clause = notQuantifiedClause('pcddf.total', doc.before.notQuantifiedItems, doc.after.notQuantifiedItems);
  return clause ? ` ${msg(str`These PCDD/F figures are of the quantified releases only; ${clause}.`)}` : '';
}

/**
 * Which measures bring most of the change in PCDD/F (all releases), by their Shapley values: the
 * largest contributions until nine tenths of the reduction are named, and any measure that works
 * against it; then what the PCDD/F figures leave out.
 */
export function pcddfAttributionSentence(doc: ComparisonDocument, nameOf: (id: string) => string): string {
  return pcddfAttribution(doc, nameOf) + pcddfQuantifiedOnly(doc);
}

function pcddfAttribution(doc: ComparisonDocument, nameOf: (id: string) => string): string {
  const key: HeadlineFigure = 'pcddf.total';
  const total = doc.difference[key];
  if (!(total < 0)) return msg('These measures do not lower the PCDD/F releases.');
  const shares = doc.measures.map((id) => ({ id, change: doc.attribution[id]?.[key] ?? 0 })).sort((a, b) => a.change - b.change);
  const named: string[] = [];
  let covered = 0;
  for (const s of shares) {
    if (s.change >= 0 || covered >= 0.9) break;
    const share = s.change / total;
    covered += share;
    named.push(`${nameOf(s.id)} (${formatChangePercent(share * 100)} %)`);
  }
  const against = shares.filter((s) => s.change > 0).map((s) => `${nameOf(s.id)} (${formatFigure(key, s.change, '', { signed: true })} ${figureUnit(key)})`);
  const most =
    named.length === 1
      ? msg(str`Most of the PCDD/F reduction comes from ${named[0]}.`)
      : msg(str`Most of the PCDD/F reduction comes from ${formatList(named)}.`);
  return against.length ? `${most} ${msg(str`Working against it: ${formatList(against)}.`)}` : most;
}
