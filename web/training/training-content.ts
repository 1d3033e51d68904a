import { msg, str } from '@lit/localize';
import { formatCompactMoney, formatDate, formatMoney, formatNumber, formatPercent, formatQuantity } from '../app/format.ts';
import {
  BAG_KG, PCDDF_REFERENCES, recommendations, type EverydayFigures, type TrainingLevers,
} from '../shared/analysis/training.ts';
import type { NotQuantifiedItem } from '../shared/model/emission-factors.ts';
import { trainingValue, trainingVerdict, type TrainingFigure } from '../shared/analysis/training-why.ts';
import { notQuantifiedList } from '../common/not-quantified-words.ts';
import type { BeforeAfterPair } from './plc-before-after.ts';
import type { EverydayItem } from './plc-everyday-figures.ts';
import type { TakeawayData, TakeawayRow } from './plc-takeaway.ts';
import { fuelLabel, recommendationText } from './training-words.ts';

// The training screens' figures: which everyday figures each step shows, in which words. Only
// formatting here; every number comes from web/shared/analysis/training.ts.

const q = formatQuantity;

/** Money in a few characters for the labels on bars ("499M ₫" style), in the scenario's currency. */
export function compactMoney(value: number, currency: string): string {
  return formatCompactMoney(value, currency);
}

/** A small share as a percentage, without a long tail of zeros. */
function smallPercent(fraction: number): string {
  const percent = fraction * 100;
  return percent > 0 && percent < 0.0001 ? `< ${formatNumber(0.0001, { maximumFractionDigits: 4 })} %` : `${q(percent)} %`;
}
const kgWeek = () => msg('kg a week', { desc: 'Training unit: kilograms per week' });

/** HCl in everyday words: what households smell when PVC burns. */
const hclLabel = () => msg('Acid smoke (HCl) each week', { desc: 'Training: hydrogen chloride from burning PVC, per week' });
const hclNote = () => msg('the sharp smell of burning PVC that stings the eyes and throat', { desc: 'Training: what HCl is, in everyday words' });

/** "Not counted, because nobody has measured it: melting plastic for bricks." — or null. */
export function notCountedSentence(items: readonly NotQuantifiedItem[]): string | null {
  const list = notQuantifiedList('pcddf.air', items);
  return list ? msg(str`Not counted, because nobody has measured it: ${list.text}.`, { desc: 'Training: dioxin releases with no number' }) : null;
}

export function feedItems(f: EverydayFigures): EverydayItem[] {
  return [
    { key: 'feedKgPerDay', label: msg('Plastic scrap bought each working day'), value: q(f.feedKgPerDay), unit: msg('kg a day') },
    { key: 'feedKgPerWeek', label: msg('Plastic scrap bought each week'), value: q(f.feedKgPerWeek), unit: kgWeek(),
      note: msg(str`${q(f.workingDaysPerWeek)} working days a week`) },
    { key: 'feedBagsPerWeek', label: msg('Bags of scrap each week'), value: q(f.feedBagsPerWeek), unit: msg('bags a week'),
      note: msg(str`1 bag ≈ ${BAG_KG} kg (an estimate)`, { desc: 'Training: the bag size is assumed, not measured' }) },
  ];
}

export function sellItems(f: EverydayFigures, currency: string): EverydayItem[] {
  return [
    { key: 'pelletsKgPerWeek', label: msg('Pellets made and sold each week'), value: q(f.pelletsKgPerWeek), unit: kgWeek() },
    { key: 'pelletSalesPerMonth', label: msg('Money from pellets each month'), value: formatMoney(f.pelletSalesPerMonth, currency), unit: msg('a month') },
    { key: 'profitPerMonth', label: msg('Money left each month'), value: formatMoney(f.profitPerMonth, currency), unit: msg('a month'),
      note: msg('after paying for scrap, power, fuel, water and wages', { desc: 'Training: what the monthly profit is net of' }) },
  ];
}

export function burnItems(f: EverydayFigures): EverydayItem[] {
  const b = f.burnedKgPerWeek;
  return [
    { key: 'burnedKgPerWeek', label: msg('Plastic burned each week'), value: q(b.total), unit: kgWeek(), parts: [
      { key: 'burnedOpen', text: msg(str`${q(b.openBurning)} kg in the open`, { desc: 'Training: part of the plastic burned each week' }) },
      { key: 'burnedDump', text: msg(str`${q(b.dumpFire)} kg in dump fires`, { desc: 'Training: part of the plastic burned each week' }) },
      { key: 'burnedFurnace', text: msg(str`${q(b.furnace)} kg in the dryer furnace`, { desc: 'Training: part of the plastic burned each week' }) },
    ] },
    { key: 'pm25KgPerWeek', label: msg('Fine smoke (PM2.5) each week'), value: q(f.pm25KgPerWeek), unit: kgWeek() },
    { key: 'blackCarbonGPerWeek', label: msg('Soot (black carbon) each week'), value: q(f.blackCarbonGPerWeek), unit: msg('g a week') },
    { key: 'hclKgPerWeek', label: hclLabel(), value: q(f.hclKgPerWeek), unit: kgWeek(), note: hclNote() },
    { key: 'bricksPossiblePerWeek', label: msg('Bricks the plastic rejects could make'), value: q(f.bricksPossiblePerWeek),
      unit: msg('bricks a week'), note: msg(str`${q(f.plasticPerBrickKg)} kg of plastic in each brick`) },
  ];
}

const verdictOf = (key: TrainingFigure, before: EverydayFigures, after: EverydayFigures) =>
  trainingVerdict(key, trainingValue(before, key), trainingValue(after, key));

/** Step 4: the figures the levers move, after, with what they were before and whether that is
 *  better or worse; `notQuantified` (the after result's) names dioxin sources with no number. */
export function leverResultItems(before: EverydayFigures, after: EverydayFigures, currency: string,
  notQuantified: readonly NotQuantifiedItem[] = []): EverydayItem[] {
  const item = (key: TrainingFigure, label: string, unit: string, pick: (f: EverydayFigures) => string, note?: string): EverydayItem =>
    ({ key, label, unit, value: pick(after), before: pick(before), verdict: verdictOf(key, before, after), note });
  const dioxinNote = notCountedSentence(notQuantified) ?? undefined;
  return [
    item('burnedKgPerWeek', msg('Plastic burned'), kgWeek(), (f) => q(f.burnedKgPerWeek.total)),
    item('profitPerMonth', msg('Money left'), msg('a month'), (f) => formatMoney(f.profitPerMonth, currency)),
    item('bricksMadePerWeek', msg('Bricks made'), msg('bricks a week'), (f) => q(f.bricksMadePerWeek)),
    item('pm25KgPerWeek', msg('Fine smoke (PM2.5)'), kgWeek(), (f) => q(f.pm25KgPerWeek)),
    item('pcddfAirPersonYears', msg('Dioxins to air, as people’s safe yearly intake'), msg('people'), (f) => q(f.pcddfAirPersonYears), dioxinNote),
    item('hclKgPerWeek', msg('Acid smoke (HCl)', { id: 'lever-hcl' }), kgWeek(), (f) => q(f.hclKgPerWeek), hclNote()),
    item('waterFreshM3PerWeek', msg('Fresh water drawn'), msg('m³ a week'), (f) => q(f.waterFreshM3PerWeek)),
    item('pvcInPelletsKgPerWeek', msg('PVC left in the pellets'), kgWeek(), (f) => q(f.pvcInPelletsKgPerWeek)),
  ];
}

export function beforeAfterPairs(before: EverydayFigures, after: EverydayFigures, currency: string): BeforeAfterPair[] {
  const pair = (key: TrainingFigure, title: string, unit: string, pick: (f: EverydayFigures) => number, text = q): BeforeAfterPair =>
    ({ key, title, unit, before: pick(before), after: pick(after), beforeText: text(pick(before)), afterText: text(pick(after)),
      verdict: verdictOf(key, before, after) });
  const money = (v: number) => compactMoney(v, currency);
  return [
    pair('burnedKgPerWeek', msg('Plastic burned'), kgWeek(), (f) => f.burnedKgPerWeek.total),
    pair('profitPerMonth', msg('Money left'), msg('a month'), (f) => f.profitPerMonth, money),
    pair('pm25KgPerWeek', msg('Fine smoke (PM2.5)'), kgWeek(), (f) => f.pm25KgPerWeek),
    pair('pcddfAirPersonYears', msg('Dioxins to air'), msg('people’s safe yearly intake'), (f) => f.pcddfAirPersonYears),
    pair('hclKgPerWeek', msg('Acid smoke (HCl)', { id: 'pair-hcl' }), kgWeek(), (f) => f.hclKgPerWeek),
  ];
}

/** The PCDD/F reference sentences, for one result; what has no number is named after them. */
export function dioxinSentences(f: EverydayFigures, notQuantified: readonly NotQuantifiedItem[] = []): string[] {
  const r = PCDDF_REFERENCES;
  const share = smallPercent(f.pcddfAirShareOfVietNamOpenBurning);
  const notCounted = notCountedSentence(notQuantified);
  return [
    msg(str`This line sends ${q(f.pcddfAirUgPerYear)} µg TEQ of dioxins and furans (PCDD/F) into the air each year.`),
    msg(str`That is as much as ${q(f.pcddfAirPersonYears)} people could take in over a whole year without harm, at the WHO tolerable intake of ${r.tolerableIntakePgPerKgDay} pg TEQ per kg of body weight a day (the upper end of WHO 1998’s 1–4 pg) for an adult of ${r.bodyWeightKg} kg.`,
      { desc: 'Training: PCDD/F set against the WHO tolerable daily intake; pg = picogram' }),
    msg(str`It is also ${share} of all PCDD/F from open burning in Viet Nam (22.6 g TEQ a year, national inventory, mean of 2007–2012).`),
    ...(notCounted ? [notCounted] : []),
  ];
}

export function illustrationNote(): string {
  return msg('These comparisons only show the size of the release: most of what is released is never taken in by anyone, and what people take in also comes from other sources.',
    { desc: 'Training: disclaimer that must stay next to the dioxin comparison' });
}

/** The levers in words, each with what it was when it changed ("0 % (was 100 %)"). */
export function leverSummary(l: TrainingLevers, was: TrainingLevers): { label: string; value: string }[] {
  const say = (now: string, then: string) => now === then
    ? msg(str`${now} (unchanged)`, { desc: 'Training take-away: a lever left as it was' })
    : msg(str`${now} (was ${then})`, { desc: 'Training take-away: a lever moved, with its old setting' });
  return [
    { label: msg('Rejects burned or dumped, the rest to bricks'), value: say(formatPercent(l.burnedShare), formatPercent(was.burnedShare)) },
    { label: msg('Wash water used again', { desc: 'Training lever: share of the washing water that is recirculated' }), value: say(formatPercent(l.waterReusedFraction), formatPercent(was.waterReusedFraction)) },
    { label: msg('Fuel for the dryer', { desc: 'Training lever: what heats the flake dryer' }), value: say(fuelLabel(l.dryingFuel), fuelLabel(was.dryingFuel)) },
    { label: msg('PVC picked out at sorting', { desc: 'Training lever: share of the PVC in the bought scrap that sorters remove' }), value: say(formatPercent(l.pvcSortedOutFraction), formatPercent(was.pvcSortedOutFraction)) },
  ];
}

function row(key: TrainingFigure, label: string, unit: string, before: number, after: number, text: (v: number) => string): TakeawayRow {
  const verdict = trainingVerdict(key, before, after);
  const changeText = verdict === 'same' ? msg('no change', { desc: 'Training take-away' })
    : verdict === 'better' ? msg('better', { id: 'takeaway-better', desc: 'Training take-away: the change is an improvement' })
    : msg('worse', { id: 'takeaway-worse', desc: 'Training take-away: the change is a deterioration' });
  return { key, label, unit, before, after, beforeText: text(before), afterText: text(after), changeText, verdict };
}

export function takeawayData(name: string, place: string, before: EverydayFigures, after: EverydayFigures,
  levers: TrainingLevers, baseLevers: TrainingLevers, currency: string,
  extra: { worse?: string[]; notQuantified?: readonly NotQuantifiedItem[] } = {}): TakeawayData {
  const money = (v: number) => formatMoney(v, currency);
  const notCounted = notCountedSentence(extra.notQuantified ?? []);
  return {
    title: msg(str`Take-away for ${name}`, { desc: 'Training: heading of the printed page for one household' }),
    place,
    date: formatDate(Date.now()),
    rows: [
      row('burnedKgPerWeek', msg('Plastic burned'), kgWeek(), before.burnedKgPerWeek.total, after.burnedKgPerWeek.total, q),
      row('profitPerMonth', msg('Money left'), msg('a month'), before.profitPerMonth, after.profitPerMonth, money),
      row('pm25KgPerWeek', msg('Fine smoke (PM2.5)'), kgWeek(), before.pm25KgPerWeek, after.pm25KgPerWeek, q),
      row('pcddfAirPersonYears', msg('Dioxins to air'), msg('people’s safe yearly intake (WHO)'), before.pcddfAirPersonYears, after.pcddfAirPersonYears, q),
      row('hclKgPerWeek', msg('Acid smoke (HCl)', { id: 'takeaway-hcl' }), kgWeek(), before.hclKgPerWeek, after.hclKgPerWeek, q),
      row('bricksMadePerWeek', msg('Bricks made'), msg('bricks a week'), before.bricksMadePerWeek, after.bricksMadePerWeek, q),
    ],
    worse: extra.worse ?? [],
    levers: leverSummary(levers, baseLevers),
    recommendations: recommendations(levers).map(recommendationText),
    footnotes: [
      msg('Figures from the plastic line model for this household’s line; a week is a year ÷ 52, a month a year ÷ 12.'),
      msg(str`Dioxins: the amount released to air, shown as how many adults (${PCDDF_REFERENCES.bodyWeightKg} kg) could take it in over a year at the WHO tolerable intake of ${PCDDF_REFERENCES.tolerableIntakePgPerKgDay} pg TEQ/kg/day.`),
      ...(notCounted ? [notCounted] : []),
      `${msg('An illustration, not a health assessment.')} ${illustrationNote()}`,
    ],
  };
}
