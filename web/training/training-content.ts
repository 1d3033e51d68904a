import { msg, str } from '@lit/localize';
import { formatDate, formatNumber, formatPercent, formatQuantity } from '../app/format.ts';
import { formatFigure, inFigureOrder } from '../app/figures.ts';
import { BAG_KG, PCDDF_REFERENCES, recommendations, type EverydayFigures, type TrainingLevers } from '../shared/analysis/training.ts';
import type { NotQuantifiedItem } from '../shared/model/emission-factors.ts';
import { TRAINING_FIGURES, trainingValue, trainingVerdict, type TrainingFigure } from '../shared/analysis/training-why.ts';
import { notQuantifiedList } from '../common/not-quantified-words.ts';
import type { BeforeAfterPair } from './plc-before-after.ts';
import type { EverydayItem } from './plc-everyday-figures.ts';
import type { TakeawayData, TakeawayRow } from './plc-takeaway.ts';
import { fuelLabel, recommendationText } from './training-words.ts';

// The training screens' figures: which everyday figures each step shows, in which words. Only
// formatting here; every number comes from web/shared/analysis/training.ts.

const q = formatQuantity;

/** The figures of the before/after pictures and of the take-away's table. */
const PAIRED: TrainingFigure[] = ['burnedKgPerWeek', 'profitPerMonth', 'pm25KgPerWeek', 'pcddfAirPersonYears', 'hclKgPerWeek'];
const TAKEAWAY: TrainingFigure[] = [...PAIRED, 'bricksMadePerWeek'];

/** Training figures in catalogue order. */
const ordered = (keys: readonly TrainingFigure[]): TrainingFigure[] =>
  inFigureOrder(keys.map((k) => `training.${k}` as const)).map((k) => k.slice('training.'.length) as TrainingFigure);

/** Money in a few characters for the labels on bars ("499M ₫" style), in the scenario's currency. */
export function compactMoney(value: number, currency: string): string {
  return formatFigure('training.profitPerMonth', value, currency, { compact: true });
}

/** A training figure's value at the catalogue's precision. */
const fig = (
  key:
    | TrainingFigure
    | 'feedKgPerDay'
    | 'feedKgPerWeek'
    | 'feedBagsPerWeek'
    | 'pelletsKgPerWeek'
    | 'pelletSalesPerMonth'
    | 'blackCarbonGPerWeek'
    | 'bricksPossiblePerWeek',
  value: number,
  currency = '',
): string => formatFigure(`training.${key}`, value, currency);

/** A small share as a percentage, without a long tail of zeros. */
function smallPercent(fraction: number): string {
  const percent = fraction * 100;
  return percent > 0 && percent < 0.0001 ? `< ${formatNumber(0.0001, { maximumFractionDigits: 4 })} %` : `${q(percent)} %`;
}
/** HCl in everyday words: what households smell when PVC burns. */
const hclNote = () => msg('the sharp smell of burning PVC that stings the eyes and throat', { desc: 'Training: what HCl is, in everyday words' });

/** "Not counted, because nobody has measured it: melting plastic for bricks." — or null. */
export function notCountedSentence(items: readonly NotQuantifiedItem[]): string | null {
  const list = notQuantifiedList('pcddf.air', items);
  return list ? msg(str`Not counted, because nobody has measured it: ${list.text}.`, { desc: 'Training: dioxin releases with no number' }) : null;
}

export function feedItems(f: EverydayFigures): EverydayItem[] {
  return [
    { key: 'feedKgPerDay', figure: 'training.feedKgPerDay', value: fig('feedKgPerDay', f.feedKgPerDay) },
    {
      key: 'feedKgPerWeek',
      figure: 'training.feedKgPerWeek',
      value: fig('feedKgPerWeek', f.feedKgPerWeek),
      note: msg(str`${q(f.workingDaysPerWeek)} working days a week`),
    },
    {
      key: 'feedBagsPerWeek',
      figure: 'training.feedBagsPerWeek',
      value: fig('feedBagsPerWeek', f.feedBagsPerWeek),
      note: msg(str`1 bag ≈ ${BAG_KG} kg (an estimate)`, { desc: 'Training: the bag size is assumed, not measured' }),
    },
  ];
}

export function sellItems(f: EverydayFigures, currency: string): EverydayItem[] {
  return [
    { key: 'pelletsKgPerWeek', figure: 'training.pelletsKgPerWeek', value: fig('pelletsKgPerWeek', f.pelletsKgPerWeek) },
    { key: 'pelletSalesPerMonth', figure: 'training.pelletSalesPerMonth', value: fig('pelletSalesPerMonth', f.pelletSalesPerMonth, currency) },
    {
      key: 'profitPerMonth',
      figure: 'training.profitPerMonth',
      value: fig('profitPerMonth', f.profitPerMonth, currency),
      note: msg('after paying for scrap, power, fuel, water and wages', { desc: 'Training: what the monthly profit is net of' }),
    },
  ];
}

export function burnItems(f: EverydayFigures): EverydayItem[] {
  const b = f.burnedKgPerWeek;
  return [
    {
      key: 'burnedKgPerWeek',
      figure: 'training.burnedKgPerWeek',
      value: fig('burnedKgPerWeek', b.total),
      parts: [
        { key: 'burnedOpen', text: msg(str`${q(b.openBurning)} kg in the open`, { desc: 'Training: part of the plastic burned each week' }) },
        { key: 'burnedDump', text: msg(str`${q(b.dumpFire)} kg in dump fires`, { desc: 'Training: part of the plastic burned each week' }) },
        { key: 'burnedFurnace', text: msg(str`${q(b.furnace)} kg in the dryer furnace`, { desc: 'Training: part of the plastic burned each week' }) },
      ],
    },
    { key: 'pm25KgPerWeek', figure: 'training.pm25KgPerWeek', value: fig('pm25KgPerWeek', f.pm25KgPerWeek) },
    { key: 'blackCarbonGPerWeek', figure: 'training.blackCarbonGPerWeek', value: fig('blackCarbonGPerWeek', f.blackCarbonGPerWeek) },
    { key: 'hclKgPerWeek', figure: 'training.hclKgPerWeek', value: fig('hclKgPerWeek', f.hclKgPerWeek), note: hclNote() },
    {
      key: 'bricksPossiblePerWeek',
      figure: 'training.bricksPossiblePerWeek',
      value: fig('bricksPossiblePerWeek', f.bricksPossiblePerWeek),
      note: msg(str`${q(f.plasticPerBrickKg)} kg of plastic in each brick`),
    },
  ];
}

const verdictOf = (key: TrainingFigure, before: EverydayFigures, after: EverydayFigures) =>
  trainingVerdict(key, trainingValue(before, key), trainingValue(after, key));

/** Step 4: the figures the levers move, after, with what they were before and whether that is
 *  better or worse; `notQuantified` (the after result's) names dioxin sources with no number. */
export function leverResultItems(
  before: EverydayFigures,
  after: EverydayFigures,
  currency: string,
  notQuantified: readonly NotQuantifiedItem[] = [],
): EverydayItem[] {
  const item = (key: TrainingFigure, note?: string): EverydayItem => {
    const pick = (f: EverydayFigures) => fig(key, trainingValue(f, key), currency);
    return { key, figure: `training.${key}`, form: 'short', value: pick(after), before: pick(before), verdict: verdictOf(key, before, after), note };
  };
  const notes: Partial<Record<TrainingFigure, string>> = { pcddfAirPersonYears: notCountedSentence(notQuantified) ?? undefined, hclKgPerWeek: hclNote() };
  return ordered(TRAINING_FIGURES).map((key) => item(key, notes[key]));
}

export function beforeAfterPairs(before: EverydayFigures, after: EverydayFigures, currency: string): BeforeAfterPair[] {
  const pair = (key: TrainingFigure): BeforeAfterPair => {
    const [b, a] = [trainingValue(before, key), trainingValue(after, key)];
    const text = (v: number) => formatFigure(`training.${key}`, v, currency, { compact: true });
    return { key, figure: `training.${key}`, before: b, after: a, beforeText: text(b), afterText: text(a), verdict: verdictOf(key, before, after) };
  };
  return ordered(PAIRED).map((key) => pair(key));
}

/** The PCDD/F reference sentences, for one result; what has no number is named after them. */
export function dioxinSentences(f: EverydayFigures, notQuantified: readonly NotQuantifiedItem[] = []): string[] {
  const r = PCDDF_REFERENCES;
  const share = smallPercent(f.pcddfAirShareOfVietNamOpenBurning);
  const notCounted = notCountedSentence(notQuantified);
  return [
    msg(str`This line sends ${q(f.pcddfAirUgPerYear)} µg TEQ of dioxins and furans (PCDD/F) into the air each year.`),
    msg(
      str`That is as much as ${q(f.pcddfAirPersonYears)} people could take in over a whole year without harm, at the WHO tolerable intake of ${r.tolerableIntakePgPerKgDay} pg TEQ per kg of body weight a day (the upper end of WHO 1998’s 1–4 pg) for an adult of ${r.bodyWeightKg} kg.`,
      { desc: 'Training: PCDD/F set against the WHO tolerable daily intake; pg = picogram' },
    ),
    msg(str`It is also ${share} of all PCDD/F from open burning in Viet Nam (22.6 g TEQ a year, national inventory, mean of 2007–2012).`),
    ...(notCounted ? [notCounted] : []),
  ];
}

export function illustrationNote(): string {
  return msg(
    'These comparisons only show the size of the release: most of what is released is never taken in by anyone, and what people take in also comes from other sources.',
    { desc: 'Training: disclaimer that must stay next to the dioxin comparison' },
  );
}

/** The levers in words, each with what it was when it changed ("0 % (was 100 %)"). */
export function leverSummary(l: TrainingLevers, was: TrainingLevers): { label: string; value: string }[] {
  // With no lever moved the page says so once; each lever then shows only how the line works.
  const changed = (Object.keys(was) as (keyof TrainingLevers)[]).some((k) => l[k] !== was[k]);
  const say = (now: string, then: string) =>
    !changed
      ? now
      : now === then
        ? msg(str`${now} (unchanged)`, { desc: 'Training take-away: a lever left as it was' })
        : msg(str`${now} (was ${then})`, { desc: 'Training take-away: a lever moved, with its old setting' });
  return [
    { label: msg('Rejects burned or dumped, the rest to bricks'), value: say(formatPercent(l.burnedShare), formatPercent(was.burnedShare)) },
    {
      label: msg('Wash water used again', { desc: 'Training lever: share of the washing water that is recirculated' }),
      value: say(formatPercent(l.waterReusedFraction), formatPercent(was.waterReusedFraction)),
    },
    {
      label: msg('Fuel for the dryer', { desc: 'Training lever: what heats the flake dryer' }),
      value: say(fuelLabel(l.dryingFuel), fuelLabel(was.dryingFuel)),
    },
    {
      label: msg('PVC picked out at sorting', { desc: 'Training lever: share of the PVC in the bought scrap that sorters remove' }),
      value: say(formatPercent(l.pvcSortedOutFraction), formatPercent(was.pvcSortedOutFraction)),
    },
  ];
}

function row(key: TrainingFigure, b: EverydayFigures, a: EverydayFigures, currency: string): TakeawayRow {
  const [before, after] = [trainingValue(b, key), trainingValue(a, key)];
  const text = (v: number) => fig(key, v, currency);
  const verdict = trainingVerdict(key, before, after);
  const changeText =
    verdict === 'same'
      ? msg('no change', { desc: 'Training take-away' })
      : verdict === 'better'
        ? msg('better', { id: 'takeaway-better', desc: 'Training take-away: the change is an improvement' })
        : msg('worse', { id: 'takeaway-worse', desc: 'Training take-away: the change is a deterioration' });
  return { key, figure: `training.${key}`, before, after, beforeText: text(before), afterText: text(after), changeText, verdict };
}

export function takeawayData(
  name: string,
  place: string,
  before: EverydayFigures,
  after: EverydayFigures,
  levers: TrainingLevers,
  baseLevers: TrainingLevers,
  currency: string,
  extra: { worse?: string[]; notQuantified?: readonly NotQuantifiedItem[] } = {},
): TakeawayData {
  const notCounted = notCountedSentence(extra.notQuantified ?? []);
  return {
    title: msg(str`Take-away for ${name}`, { desc: 'Training: heading of the printed page for one household' }),
    place,
    date: formatDate(Date.now()),
    rows: ordered(TAKEAWAY).map((key) => row(key, before, after, currency)),
    worse: extra.worse ?? [],
    levers: leverSummary(levers, baseLevers),
    changed: (Object.keys(baseLevers) as (keyof TrainingLevers)[]).some((k) => levers[k] !== baseLevers[k]),
    recommendations: recommendations(levers).map(recommendationText),
    footnotes: [
      msg('Figures from the plastic line model for this household’s line; a week is a year ÷ 52, a month a year ÷ 12.'),
      msg(
        str`Dioxins: the amount released to air, shown as how many adults (${PCDDF_REFERENCES.bodyWeightKg} kg) could take it in over a year at the WHO tolerable intake of ${PCDDF_REFERENCES.tolerableIntakePgPerKgDay} pg TEQ/kg/day.`,
      ),
      ...(notCounted ? [notCounted] : []),
      `${msg('An illustration, not a health assessment.')} ${illustrationNote()}`,
    ],
  };
}
