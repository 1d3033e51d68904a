import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatPercent } from '../app/format.ts';
import {
  DRYING_FUELS,
  PVC_SORTED_OUT_MAX,
  WATER_REUSED_MAX,
  type DryingFuel,
  type LeverAvailability,
  type TrainingLevers,
} from '../shared/analysis/training.ts';
import { fuelLabel } from './training-words.ts';
import type { LeverChangeEvent, LeverOption } from './plc-lever.ts';
import './plc-lever.ts';
import { trainingGrid } from './training-styles.ts';

/** Fired when the trainer moves any lever: the whole new set. */
export type LeversChangeEvent = CustomEvent<{ levers: TrainingLevers }>;

/** One lever as drawn: a slider (with its upper end and end labels) or, with `options`, a choice. */
interface LeverDescriptor {
  name: keyof TrainingLevers;
  label: string;
  valueText: string;
  hint: string;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
  options?: LeverOption[];
}

/** The four big levers of the training mode; a lever this line does not have is left out. */
@localized()
@customElement('plc-training-levers')
export class PlcTrainingLevers extends LitElement {
  static override styles = [
    trainingGrid,
    css`
      :host {
        display: block;
      }
      .grid {
        --plc-grid-min: 20em;
        --plc-grid-gap: 0.9em;
      }
    `,
  ];

  @property({ attribute: false }) levers: TrainingLevers | null = null;
  @property({ attribute: false }) availability: LeverAvailability | null = null;

  private onLever(event: LeverChangeEvent): void {
    event.stopPropagation();
    if (!this.levers) return;
    const { name, value } = event.detail;
    const levers = { ...this.levers, [name]: value } as TrainingLevers;
    this.levers = levers;
    this.dispatchEvent(new CustomEvent('plc-levers-change', { detail: { levers }, bubbles: true, composed: true }));
  }

  /** The four levers in order: what each one sets, its words and, for a slider, its upper end. */
  private descriptors(l: TrainingLevers): LeverDescriptor[] {
    const fuels: DryingFuel[] = [...DRYING_FUELS];
    if (!fuels.includes(l.dryingFuel)) fuels.push(l.dryingFuel);
    const burned = formatPercent(l.burnedShare);
    const bricks = formatPercent(1 - l.burnedShare);
    return [
      {
        name: 'burnedShare',
        max: 1,
        label: msg('Rejects burned or dumped', {
          desc: 'Training lever: share of the plastic rejects that is burned in the open or dumped (where part of it burns)',
        }),
        valueText: msg(str`${burned} burned or dumped, ${bricks} made into bricks`, { desc: 'Training lever value; both are percentages' }),
        minLabel: msg('all to bricks'),
        maxLabel: msg('all burned or dumped'),
        hint: msg('The rest of the plastic rejects is pressed into bricks with sand.'),
      },
      {
        name: 'waterReusedFraction',
        max: WATER_REUSED_MAX,
        label: msg('Wash water used again', { desc: 'Training lever: share of the washing water that is recirculated' }),
        valueText: msg(str`${formatPercent(l.waterReusedFraction)} of the wash water used again`),
        minLabel: msg('none'),
        maxLabel: formatPercent(WATER_REUSED_MAX),
        hint: msg('With a settling tank, up to about 80 % can be reused (equipment suppliers).'),
      },
      {
        name: 'dryingFuel',
        label: msg('Fuel for the dryer', { desc: 'Training lever: what heats the flake dryer' }),
        valueText: fuelLabel(l.dryingFuel),
        options: fuels.map((f) => ({ value: f, label: fuelLabel(f) })),
        hint: msg('Gas and electric heaters are also more efficient than an open furnace.'),
      },
      {
        name: 'pvcSortedOutFraction',
        max: PVC_SORTED_OUT_MAX,
        label: msg('PVC picked out at sorting', { desc: 'Training lever: share of the PVC in the bought scrap that sorters remove' }),
        valueText: msg(str`${formatPercent(l.pvcSortedOutFraction)} of the PVC picked out`),
        minLabel: msg('none'),
        maxLabel: formatPercent(PVC_SORTED_OUT_MAX),
        hint: msg('Picked-out PVC joins the rejects: send it to bricks, never to the fire.'),
      },
    ];
  }

  override render() {
    const l = this.levers;
    const a = this.availability;
    if (!l || !a) return nothing;
    return html`<div class="grid auto-grid" @plc-lever-change=${this.onLever}>
      ${this.descriptors(l)
        .filter((d) => a[d.name])
        .map(
          (d) =>
            html`<plc-lever
              name=${d.name}
              kind=${d.options ? 'choice' : 'slider'}
              .value=${l[d.name]}
              min="0"
              max=${d.max ?? 1}
              step="0.05"
              label=${d.label}
              valueText=${d.valueText}
              minLabel=${d.minLabel ?? ''}
              maxLabel=${d.maxLabel ?? ''}
              .options=${d.options ?? []}
              hint=${d.hint}
            ></plc-lever>`,
        )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-training-levers': PlcTrainingLevers;
  }
}
