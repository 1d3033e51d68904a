// Training mode: when the levers make a figure worse, why — read from the two results (routes,
// fuel drawn and bought, electricity, costs), never guessed from which lever moved. Pure; the
// words are in web/training/training-why-words.ts.

import type { ResultDocument } from '../model/result-types.ts';
import type { EverydayFigures } from './training.ts';

/** The figures the training screens show before and after. */
export const TRAINING_FIGURES = [
  'burnedKgPerWeek',
  'profitPerMonth',
  'bricksMadePerWeek',
  'pm25KgPerWeek',
  'pcddfAirPersonYears',
  'hclKgPerWeek',
  'waterFreshM3PerWeek',
  'pvcInPelletsKgPerWeek',
] as const;
export type TrainingFigure = (typeof TRAINING_FIGURES)[number];

const MORE_IS_BETTER: ReadonlySet<TrainingFigure> = new Set(['profitPerMonth', 'bricksMadePerWeek']);

export type Verdict = 'better' | 'worse' | 'same';

export function trainingValue(f: EverydayFigures, key: TrainingFigure): number {
  return key === 'burnedKgPerWeek' ? f.burnedKgPerWeek.total : f[key];
}

/** Better, worse or the same; differences within a millionth (rounding in the core) are "the same". */
export function trainingVerdict(key: TrainingFigure, before: number, after: number): Verdict {
  const scale = Math.max(Math.abs(before), Math.abs(after));
  if (!(Math.abs(after - before) > 1e-6 * scale)) return 'same';
  return after > before === MORE_IS_BETTER.has(key) ? 'better' : 'worse';
}

/** One reason a figure got worse, with the amounts the sentence needs (per week or per month). */
export type Cause =
  | { kind: 'furnaceRejectsBurnedOutside'; kgPerWeek: number }
  | { kind: 'outsideFiresDirtier' }
  | { kind: 'moreRejects'; kgPerWeek: number }
  | { kind: 'lessToBricks'; kgPerWeek: number }
  | { kind: 'fewerRejects'; kgPerWeek: number }
  | { kind: 'morePvcInFire'; kgPerWeek: number }
  | { kind: 'moreChlorine' }
  | { kind: 'coalBurned'; kgPerWeek: number }
  | { kind: 'brickMeltHcl'; kgPerWeek: number }
  | { kind: 'electricityCost'; perMonth: number; kWhPerWeek: number }
  | { kind: 'fuelBought'; fuel: 'coal' | 'wood' | 'lpg'; perMonth: number }
  | { kind: 'wages'; perMonth: number; bricks: boolean }
  | { kind: 'sand'; perMonth: number }
  | { kind: 'otherCosts'; perMonth: number }
  | { kind: 'lessProduct'; kgPerWeek: number; perMonth: number }
  | { kind: 'fewerBricksSold'; perMonth: number }
  | { kind: 'lessWaterReused' }
  | { kind: 'moreWashed' }
  | { kind: 'lessPvcSorted' };

export interface WorseFigure {
  figure: TrainingFigure;
  causes: Cause[];
}

const WEEKS = 52;
const MONTHS = 12;
const kgWeek = (tonnesPerYear: number) => (tonnesPerYear * 1000) / WEEKS;
/** A change worth a sentence: more than a thousandth of the larger value and not float noise. */
const rose = (before: number, after: number) => after - before > 1e-3 * Math.max(Math.abs(before), Math.abs(after), 1e-9);

const OUTSIDE = ['openBurning', 'dumpFire'];

/** PCDD/F to air per tonne burned by the given sources together (0 when nothing burns there). */
function airPerTonne(r: ResultDocument, sources: string[]): number {
  let air = 0,
    tonnes = 0;
  for (const s of sources) {
    air += r.pcddf.bySource[s]?.air ?? 0;
    tonnes += r.pcddf.bySource[s]?.massT ?? 0;
  }
  return tonnes > 0 ? air / tonnes : 0;
}

/** Why the fires burn more (or dirtier): routes and fuel draws of the two results. */
function fireCauses(b: ResultDocument, a: ResultDocument): Cause[] {
  const causes: Cause[] = [];
  const outside = (r: ResultDocument) => r.mass.routesT.openBurning + r.mass.routesT.dumpFire;
  if (a.mass.routesT.fuel < b.mass.routesT.fuel && rose(outside(b), outside(a))) {
    causes.push({ kind: 'furnaceRejectsBurnedOutside', kgPerWeek: kgWeek(outside(a) - outside(b)) });
  }
  if (rose(b.mass.rejectsT.plastic, a.mass.rejectsT.plastic)) {
    causes.push({ kind: 'moreRejects', kgPerWeek: kgWeek(a.mass.rejectsT.plastic - b.mass.rejectsT.plastic) });
  }
  if (a.mass.routesT.bricks < b.mass.routesT.bricks && rose(outside(b), outside(a))) {
    causes.push({ kind: 'lessToBricks', kgPerWeek: kgWeek(b.mass.routesT.bricks - a.mass.routesT.bricks) });
  }
  return causes;
}

function moneyCauses(b: ResultDocument, a: ResultDocument): Cause[] {
  const cb = b.economics.costBreakdown,
    ca = a.economics.costBreakdown;
  const rb = b.economics.revenueBreakdown,
    ra = a.economics.revenueBreakdown;
  const perMonth = (x: number) => x / MONTHS;
  const causes: { cause: Cause; size: number }[] = [];
  const add = (size: number, cause: Cause) => {
    if (size > 0) causes.push({ cause, size });
  };
  add(ca.electricity - cb.electricity, {
    kind: 'electricityCost',
    perMonth: perMonth(ca.electricity - cb.electricity),
    kWhPerWeek: (a.energy.electricityKWh - b.energy.electricityKWh) / WEEKS,
  });
  for (const fuel of ['coal', 'wood', 'lpg'] as const) add(ca[fuel] - cb[fuel], { kind: 'fuelBought', fuel, perMonth: perMonth(ca[fuel] - cb[fuel]) });
  add(ca.labour - cb.labour, { kind: 'wages', perMonth: perMonth(ca.labour - cb.labour), bricks: a.mass.routesT.bricks > b.mass.routesT.bricks });
  add(ca.sand - cb.sand, { kind: 'sand', perMonth: perMonth(ca.sand - cb.sand) });
  const rest = (c: typeof cb) => c.water + c.landfill + c.cementKiln + c.other + c.feed;
  add(rest(ca) - rest(cb), { kind: 'otherCosts', perMonth: perMonth(rest(ca) - rest(cb)) });
  add(rb.product - ra.product, { kind: 'lessProduct', kgPerWeek: kgWeek(b.mass.productT - a.mass.productT), perMonth: perMonth(rb.product - ra.product) });
  add(rb.bricks - ra.bricks, { kind: 'fewerBricksSold', perMonth: perMonth(rb.bricks - ra.bricks) });
  // The largest first; costs that moved by less than a thousandth of the profit say nothing.
  const floor = 1e-3 * Math.abs(b.economics.profit);
  return causes
    .filter((c) => c.size > floor)
    .sort((x, y) => y.size - x.size)
    .map((c) => c.cause);
}

/** Every training figure that the levers made worse, each with why. */
export function whyWorse(before: ResultDocument, after: ResultDocument, fb: EverydayFigures, fa: EverydayFigures): WorseFigure[] {
  const out: WorseFigure[] = [];
  const fires = fireCauses(before, after);
  const coalKgWeek = kgWeek(after.energy.purchasedFuel.coalT - before.energy.purchasedFuel.coalT);
  for (const figure of TRAINING_FIGURES) {
    if (trainingVerdict(figure, trainingValue(fb, figure), trainingValue(fa, figure)) !== 'worse') continue;
    let causes: Cause[] = [];
    switch (figure) {
      case 'burnedKgPerWeek':
      case 'pm25KgPerWeek':
        causes = fires;
        break;
      case 'pcddfAirPersonYears':
        causes = [...fires];
        if (fires.some((c) => c.kind === 'furnaceRejectsBurnedOutside') && airPerTonne(after, OUTSIDE) > airPerTonne(before, ['plasticFuel'])) {
          causes.push({ kind: 'outsideFiresDirtier' });
        }
        if (coalKgWeek > 0) causes.push({ kind: 'coalBurned', kgPerWeek: coalKgWeek });
        if (after.chlorine.method === 'chlorineAdjusted' && rose(before.chlorine.poolClFraction, after.chlorine.poolClFraction))
          causes.push({ kind: 'moreChlorine' });
        break;
      case 'hclKgPerWeek': {
        if (rose(fb.pvcBurnedKgPerWeek, fa.pvcBurnedKgPerWeek))
          causes.push({ kind: 'morePvcInFire', kgPerWeek: fa.pvcBurnedKgPerWeek - fb.pvcBurnedKgPerWeek });
        const melt = (r: ResultDocument) => r.air.hclKgBySource.brickMelt ?? 0;
        if (rose(melt(before), melt(after))) causes.push({ kind: 'brickMeltHcl', kgPerWeek: melt(after) / WEEKS });
        if (causes.length === 0) causes = fires;
        break;
      }
      case 'profitPerMonth':
        causes = moneyCauses(before, after);
        break;
      case 'bricksMadePerWeek':
        causes = fires.filter((c) => c.kind === 'lessToBricks');
        if (rose(after.mass.rejectsT.plastic, before.mass.rejectsT.plastic)) {
          causes.push({ kind: 'fewerRejects', kgPerWeek: kgWeek(before.mass.rejectsT.plastic - after.mass.rejectsT.plastic) });
        }
        break;
      case 'waterFreshM3PerWeek': {
        const used = (r: ResultDocument) => r.water.freshM3 + r.water.recycledM3;
        if (after.water.recycledM3 < before.water.recycledM3) causes.push({ kind: 'lessWaterReused' });
        if (rose(used(before), used(after))) causes.push({ kind: 'moreWashed' });
        break;
      }
      case 'pvcInPelletsKgPerWeek':
        causes = [{ kind: 'lessPvcSorted' }];
        break;
    }
    out.push({ figure, causes });
  }
  return out;
}
