import { msg, str } from '@lit/localize';
import { formatMoney, formatQuantity } from '../app/format.ts';
import type { Cause, TrainingFigure, WorseFigure } from '../shared/analysis/training-why.ts';
import { fuelLabel } from './training-words.ts';
import { figureLabel } from '../app/figures.ts';

// Training mode: why a figure got worse, in words a household uses. The causes come computed
// (web/shared/analysis/training-why.ts); only the phrasing is here.

const q = (n: number) => formatQuantity(Math.abs(n));

/** A training figure's short label, from the catalogue. */
export function trainingFigureName(key: TrainingFigure): string {
  return figureLabel(`training.${key}`, 'short');
}

export function causeSentence(c: Cause, currency: string): string {
  const money = (n: number) => formatMoney(Math.abs(n), currency);
  switch (c.kind) {
    case 'furnaceRejectsBurnedOutside':
      return msg(str`The rejects the dryer no longer burns now go to open burning and the dump instead: ${q(c.kgPerWeek)} kg more a week burn there.`, {
        desc: 'Training: why a figure got worse after the dryer stops burning plastic rejects',
      });
    case 'outsideFiresDirtier':
      return msg('A fire in the open or on the dump gives off more dioxins per kilo than the dryer’s furnace.', { desc: 'Training: why dioxins rise' });
    case 'moreRejects':
      return msg(str`Sorting now picks out more, so there are ${q(c.kgPerWeek)} kg more rejects a week, and the rejects are burned or dumped.`, {
        desc: 'Training: why a figure got worse',
      });
    case 'lessToBricks':
      return msg(str`Fewer rejects are made into bricks: ${q(c.kgPerWeek)} kg more a week are burned or dumped.`, { desc: 'Training: why a figure got worse' });
    case 'fewerRejects':
      return msg(str`Sorting picks out less, so ${q(c.kgPerWeek)} kg fewer rejects a week are left to make bricks.`, { desc: 'Training: why fewer bricks' });
    case 'morePvcInFire':
      return msg(
        str`The PVC picked out joins the rejects: ${q(c.kgPerWeek)} kg more PVC a week goes into the fire, and burning PVC gives off acid smoke (HCl).`,
        { desc: 'Training: why HCl rises when more PVC is sorted out but the rejects are still burned' },
      );
    case 'moreChlorine':
      return msg('More PVC in the fire means more chlorine, and more chlorine makes more dioxins (chlorine-adjusted counting).', {
        desc: 'Training: why dioxins rise',
      });
    case 'coalBurned':
      return msg(str`The dryer now burns ${q(c.kgPerWeek)} kg of coal a week, and coal smoke carries dioxins too.`, { desc: 'Training: why dioxins rise' });
    case 'brickMeltHcl':
      return msg(str`Melting plastic for bricks also gives off acid smoke (HCl): ${q(c.kgPerWeek)} kg a week.`, { desc: 'Training: why HCl rises' });
    case 'electricityCost':
      return msg(str`Electricity costs ${money(c.perMonth)} more a month (${q(c.kWhPerWeek)} kWh more a week).`, {
        desc: 'Training: why the money left falls',
      });
    case 'fuelBought':
      return msg(str`${fuelLabel(c.fuel)} must now be bought: ${money(c.perMonth)} a month.`, {
        desc: 'Training: why the money left falls; the first part is a fuel',
      });
    case 'wages':
      return c.bricks
        ? msg(str`The brick makers’ wages add ${money(c.perMonth)} a month.`, { desc: 'Training: why the money left falls' })
        : msg(str`Wages add ${money(c.perMonth)} a month.`, { desc: 'Training: why the money left falls' });
    case 'sand':
      return msg(str`Sand for the bricks costs ${money(c.perMonth)} a month.`, { desc: 'Training: why the money left falls' });
    case 'otherCosts':
      return msg(str`Other costs rise by ${money(c.perMonth)} a month.`, { desc: 'Training: why the money left falls' });
    case 'lessProduct':
      return msg(str`${q(c.kgPerWeek)} kg fewer pellets a week to sell: ${money(c.perMonth)} less a month.`, { desc: 'Training: why the money left falls' });
    case 'fewerBricksSold':
      return msg(str`Fewer bricks to sell: ${money(c.perMonth)} less a month.`, { desc: 'Training: why the money left falls' });
    case 'lessWaterReused':
      return msg('Less wash water is used again, so more fresh water is drawn.', { desc: 'Training: why more fresh water' });
    case 'moreWashed':
      return msg('Less is picked out before washing, so more plastic goes through the wash tank and needs water.', { desc: 'Training: why more fresh water' });
    case 'lessPvcSorted':
      return msg('Less PVC is picked out at sorting, so more of it stays in the pellets.', { desc: 'Training: why more PVC in the pellets' });
  }
}

/** "Dioxins to air get worse: …" heading of one finding. */
export function worseHeading(key: TrainingFigure): string {
  return msg(str`${trainingFigureName(key)}: worse.`, { desc: 'Training: a figure that the levers made worse; the reasons follow' });
}

/** When no cause could be read from the results (should not happen with the four levers). */
export function noCauseSentence(): string {
  return msg('The model does not show a single cause: several parts of the line change together.', { desc: 'Training: fallback when no reason was found' });
}

/** The reasons of one finding as one paragraph (without its heading). */
export function findingReasons(f: WorseFigure, currency: string): string {
  return f.causes.length > 0 ? f.causes.map((c) => causeSentence(c, currency)).join(' ') : noCauseSentence();
}
