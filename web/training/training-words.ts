import { msg } from '@lit/localize';
import type { DryingFuel, Recommendation } from '../shared/analysis/training.ts';

// Words of the training mode that more than one element uses: fuels and recommendations.

export function fuelLabel(fuel: DryingFuel): string {
  switch (fuel) {
    case 'plasticRejects':
      return msg('Plastic rejects', {
        id: 'training-fuel-plastic-rejects',
        desc: 'Training: fuel for the flake dryer — the household burns its own plastic waste',
      });
    case 'coal':
      return msg('Coal', { id: 'training-fuel-coal', desc: 'Training: fuel for the flake dryer' });
    case 'wood':
      return msg('Wood', { id: 'training-fuel-wood', desc: 'Training: fuel for the flake dryer' });
    case 'lpg':
      return msg('Gas (LPG)', { desc: 'Training: fuel for the flake dryer, bottled liquefied petroleum gas' });
    case 'electricity':
      return msg('Electricity', { id: 'training-fuel-electricity', desc: 'Training: electric heater for the flake dryer' });
  }
}

export function recommendationText(r: Recommendation): string {
  switch (r) {
    case 'bricks':
      return msg('Do not burn or dump your plastic rejects: press them into bricks with sand instead.', {
        desc: 'Training take-away: plain recommendation to a household',
      });
    case 'clean-fuel':
      return msg('Dry the flakes with gas or electricity, not with plastic waste or coal.', {
        desc: 'Training take-away: plain recommendation to a household',
      });
    case 'sort-pvc':
      return msg('Pick out PVC (pipes, cables, hard clear packs) at sorting and keep it away from any fire.', {
        desc: 'Training take-away: plain recommendation; PVC examples a household will recognise',
      });
    case 'reuse-water':
      return msg('Let the wash water settle in a tank and use it again.', { desc: 'Training take-away: plain recommendation to a household' });
    case 'never-burn-near-homes':
      return msg('Never burn plastic, not even a small pile: the smoke carries dioxins onto homes, food and fields.', {
        desc: 'Training take-away: plain recommendation to a household',
      });
    case 'keep-records':
      return msg('Write down each week how much you buy, sell and throw away, to see what changes.', {
        desc: 'Training take-away: plain recommendation to a household',
      });
  }
}
