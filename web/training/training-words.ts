import { msg } from '@lit/localize';
import type { DryingFuel, Recommendation } from '../shared/analysis/training.ts';
import { msgTable } from '../app/words.ts';

// Words of the training mode that more than one element uses: fuels and recommendations.

const FUELS = msgTable((): Record<DryingFuel, string> => ({
  plasticRejects: msg('Plastic rejects', {
    id: 'training-fuel-plastic-rejects',
    desc: 'Training: fuel for the flake dryer — the household burns its own plastic waste',
  }),
  coal: msg('Coal', { id: 'training-fuel-coal', desc: 'Training: fuel for the flake dryer' }),
  wood: msg('Wood', { id: 'training-fuel-wood', desc: 'Training: fuel for the flake dryer' }),
  lpg: msg('Gas (LPG)', { desc: 'Training: fuel for the flake dryer, bottled liquefied petroleum gas' }),
  electricity: msg('Electricity', { id: 'training-fuel-electricity', desc: 'Training: electric heater for the flake dryer' }),
}));

export const fuelLabel = (fuel: DryingFuel): string => FUELS()[fuel];

const RECOMMENDATIONS = msgTable((): Record<Recommendation, string> => ({
  bricks: msg('Do not burn or dump your plastic rejects: press them into bricks with sand instead.', {
    desc: 'Training take-away: plain recommendation to a household',
  }),
  'clean-fuel': msg('Dry the flakes with gas or electricity, not with plastic waste or coal.', {
    desc: 'Training take-away: plain recommendation to a household',
  }),
  'sort-pvc': msg('Pick out PVC (pipes, cables, hard clear packs) at sorting and keep it away from any fire.', {
    desc: 'Training take-away: plain recommendation; PVC examples a household will recognise',
  }),
  'reuse-water': msg('Let the wash water settle in a tank and use it again.', { desc: 'Training take-away: plain recommendation to a household' }),
  'never-burn-near-homes': msg('Never burn plastic, not even a small pile: the smoke carries dioxins onto homes, food and fields.', {
    desc: 'Training take-away: plain recommendation to a household',
  }),
  'keep-records': msg('Write down each week how much you buy, sell and throw away, to see what changes.', {
    desc: 'Training take-away: plain recommendation to a household',
  }),
}));

export const recommendationText = (r: Recommendation): string => RECOMMENDATIONS()[r];
