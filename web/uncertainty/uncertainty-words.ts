// Words for the uncertainty view: names of the uncertain inputs and the probability statement
// (the figures' names and units are the catalogue's, web/app/figures.ts). Only formatting; the
// numbers come computed.
import { msg, str } from '@lit/localize';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import type { SeriesName } from '../shared/contract/api-types.ts';
import { formatNumber } from '../app/format.ts';
import { releaseLabel } from '../app/labels.ts';
import { wordOr, msgTable } from '../app/words.ts';

/** A share of draws as "97 %": whole percent, but never 0 % or 100 % unless it is exactly so. */
export function formatShare(p: number): string {
  if (!Number.isFinite(p)) return '–';
  const whole = Math.round(p * 100);
  if ((whole === 100 && p < 1) || (whole === 0 && p > 0)) {
    const tenth = Math.round(p * 1000) / 10;
    if (tenth >= 100) return msg('more than 99.9 %');
    if (tenth <= 0) return msg('less than 0.1 %');
    return `${formatNumber(tenth)} %`;
  }
  return `${whole} %`;
}

/** "In 97 % of draws the after scenario releases less PCDD/F to air than before." */
const PROBABILITY_SENTENCES: Record<HeadlineFigure, (p: string) => string> = {
  'pcddf.air': (p) => msg(str`In ${p} of draws the after scenario releases less PCDD/F to air than before.`),
  'pcddf.total': (p) => msg(str`In ${p} of draws the after scenario releases less PCDD/F in total than before.`),
  'dlpcb.total': (p) => msg(str`In ${p} of draws the after scenario releases less dioxin-like PCB than before.`),
  'air.pm25Kg': (p) => msg(str`In ${p} of draws the after scenario emits less PM2.5 than before.`),
  'air.bcKg': (p) => msg(str`In ${p} of draws the after scenario emits less black carbon than before.`),
  'air.co2FossilT': (p) => msg(str`In ${p} of draws the after scenario emits less fossil CO₂ than before.`),
  'air.co2ElectricityT': (p) => msg(str`In ${p} of draws the after scenario causes less CO₂ from grid electricity than before.`),
  'air.hclKg': (p) => msg(str`In ${p} of draws the after scenario releases less hydrogen chloride (HCl) than before.`),
  'energy.electricityKWh': (p) => msg(str`In ${p} of draws the after scenario uses less electricity than before.`),
  'water.freshM3': (p) => msg(str`In ${p} of draws the after scenario uses less fresh water than before.`),
  'water.wastewaterM3': (p) => msg(str`In ${p} of draws the after scenario discharges less wastewater than before.`),
  'mass.burnedPlasticT': (p) => msg(str`In ${p} of draws the after scenario burns less plastic than before.`),
  'mass.productT': (p) => msg(str`In ${p} of draws the after scenario makes more product than before.`),
  'bricks.count': (p) => msg(str`In ${p} of draws the after scenario makes more bricks than before.`),
  'economics.profit': (p) => msg(str`In ${p} of draws the after scenario earns more profit than before.`),
};

export const probabilitySentence = (f: HeadlineFigure, better: number): string => PROBABILITY_SENTENCES[f](formatShare(better));

const TO_VECTOR = msgTable((): Record<string, string> => ({
  air: msg('to air'),
  land: msg('to land'),
  water: msg('to water'),
  product: msg('in product'),
  residue: msg('in residue'),
}));

/** Emission-factor groups named by themselves (PCDD/F and dl-PCB are named with their vector). */
const FACTOR_GROUPS = msgTable((): Record<string, string> => ({
  pm25: msg('PM2.5'),
  pm10: msg('PM10'),
  bc: msg('black carbon'),
  co: msg('CO'),
  ch4: msg('methane'),
  co2PerTJ: msg('CO₂ per TJ'),
}));

function factorLabel(rest: string[]): string | null {
  const [group, vector] = rest;
  const to = (v: string | undefined) => (v === undefined ? '' : (wordOr(TO_VECTOR, v) ?? v));
  if (group === 'pcddf') return msg(str`PCDD/F ${to(vector)}`);
  if (group === 'dlpcb') return msg(str`dioxin-like PCB ${to(vector)}`);
  return group === undefined ? null : (wordOr(FACTOR_GROUPS, group) ?? null);
}

/** "Open burning: PCDD/F to air" for an emission factor; other inputs by their JSON Pointer. */
export function inputLabel(pointer: string): string {
  const parts = pointer.split('/').slice(1);
  if (parts[0] === 'releases') {
    if (parts[1] === 'chlorine' && parts[2] === 'refFraction') return msg('Chlorine: threshold of the dioxin multiplier');
    if (parts[1] === 'chlorine' && parts[2] === 'exponent') return msg('Chlorine: exponent of the dioxin multiplier');
    if (parts[1] === 'chlorine' && parts[2] === 'maxMultiplier') return msg('Chlorine: largest dioxin multiplier');
    if (parts[1] === 'chlorineFraction' && parts[2]) return msg(str`Chlorine content of ${parts[2]}`);
    if (parts[1] === 'hclReleaseFraction' && parts[2]) return msg(str`${releaseLabel(parts[2])}: share of chlorine released as HCl`);
  }
  if (parts[0] === 'emissionFactors') {
    if (parts[1] === 'gridCo2PerMWh') return msg('Grid electricity: CO₂ per MWh');
    const what = factorLabel(parts.slice(2));
    if (what) return msg(str`${releaseLabel(parts[1])}: ${what}`);
  }
  return pointer;
}

/** Which series a tornado or Sobol chart is of, as it reads in "Inputs that matter for …". */
const SERIES_WORDS = msgTable((): Record<SeriesName, string> => ({
  before: msg('before'),
  after: msg('after'),
  difference: msg('the difference (after − before)'),
  scenario: msg('the scenario'),
}));

export const seriesWords = (s: SeriesName): string => SERIES_WORDS()[s];
