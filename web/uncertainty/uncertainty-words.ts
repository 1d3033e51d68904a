// Words for the uncertainty view: names of the uncertain inputs and the probability statement
// (the figures' names and units are the catalogue's, web/app/figures.ts). Only formatting; the
// numbers come computed.
import { msg, str } from '@lit/localize';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import type { SeriesName } from '../shared/contract/api-types.ts';
import { formatNumber } from '../app/format.ts';
import { releaseLabel } from '../app/labels.ts';

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
export function probabilitySentence(f: HeadlineFigure, better: number): string {
  const p = formatShare(better);
  switch (f) {
    case 'pcddf.air':
      return msg(str`In ${p} of draws the after scenario releases less PCDD/F to air than before.`);
    case 'pcddf.total':
      return msg(str`In ${p} of draws the after scenario releases less PCDD/F in total than before.`);
    case 'dlpcb.total':
      return msg(str`In ${p} of draws the after scenario releases less dioxin-like PCB than before.`);
    case 'air.pm25Kg':
      return msg(str`In ${p} of draws the after scenario emits less PM2.5 than before.`);
    case 'air.bcKg':
      return msg(str`In ${p} of draws the after scenario emits less black carbon than before.`);
    case 'air.co2FossilT':
      return msg(str`In ${p} of draws the after scenario emits less fossil CO₂ than before.`);
    case 'air.co2ElectricityT':
      return msg(str`In ${p} of draws the after scenario causes less CO₂ from grid electricity than before.`);
    case 'air.hclKg':
      return msg(str`In ${p} of draws the after scenario releases less hydrogen chloride (HCl) than before.`);
    case 'energy.electricityKWh':
      return msg(str`In ${p} of draws the after scenario uses less electricity than before.`);
    case 'water.freshM3':
      return msg(str`In ${p} of draws the after scenario uses less fresh water than before.`);
    case 'water.wastewaterM3':
      return msg(str`In ${p} of draws the after scenario discharges less wastewater than before.`);
    case 'mass.burnedPlasticT':
      return msg(str`In ${p} of draws the after scenario burns less plastic than before.`);
    case 'mass.productT':
      return msg(str`In ${p} of draws the after scenario makes more product than before.`);
    case 'bricks.count':
      return msg(str`In ${p} of draws the after scenario makes more bricks than before.`);
    case 'economics.profit':
      return msg(str`In ${p} of draws the after scenario earns more profit than before.`);
  }
}

/** Where a release goes, as it reads after a pollutant ("PCDD/F to air"). */
const VECTOR_PHRASES: Record<string, () => string> = {
  air: () => msg('to air'),
  land: () => msg('to land'),
  water: () => msg('to water'),
  product: () => msg('in product'),
  residue: () => msg('in residue'),
};

/** The emission factors of the other pollutants, by their key in a source's factors. */
const FACTOR_WORDS: Record<string, () => string> = {
  pm25: () => msg('PM2.5'),
  pm10: () => msg('PM10'),
  bc: () => msg('black carbon'),
  co: () => msg('CO'),
  ch4: () => msg('methane'),
  co2PerTJ: () => msg('CO₂ per TJ'),
};

function factorLabel(rest: string[]): string | null {
  const [group, vector = ''] = rest;
  const to = (v: string) => (Object.hasOwn(VECTOR_PHRASES, v) ? VECTOR_PHRASES[v]() : v);
  if (group === 'pcddf') return msg(str`PCDD/F ${to(vector)}`);
  if (group === 'dlpcb') return msg(str`dioxin-like PCB ${to(vector)}`);
  return Object.hasOwn(FACTOR_WORDS, group) ? FACTOR_WORDS[group]() : null;
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
const SERIES_WORDS: Record<SeriesName, () => string> = {
  before: () => msg('before'),
  after: () => msg('after'),
  difference: () => msg('the difference (after − before)'),
  scenario: () => msg('the scenario'),
};

export const seriesWords = (s: SeriesName): string => SERIES_WORDS[s]();
