import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { VillageResultDocument } from '../shared/analysis/village.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import { ADOPTION_SHARES } from '../shared/analysis/adoption.ts';
import type { ChartData, ChartOptions } from '../common/charts/register.ts';
import '../common/charts/plc-chart.ts';
import { STILL_CHART } from '../common/charts/bar-options.ts';
import { figureLabel } from '../app/figures.ts';
import { formatPercent } from '../app/format.ts';
import { messageLang } from '../app/locale.ts';
import { bulkValue, groupPartAt, stackGroups } from './village-model.ts';
import { bulkUnit } from './village-words.ts';

/** Colour-blind-safe colours (Okabe & Ito), one per stacked group. */
const COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#999999'];

/** A legend entry short enough for a phone's width (the full name is the group table's). */
const shorten = (text: string) => (text.length > 34 ? `${text.slice(0, 32).trimEnd()}…` : text);

/** The adoption curve stacked by group: each bar is the village at one share, each part a group
 *  (the largest groups by households, the rest together). */
@localized()
@customElement('plc-village-stack')
export class PlcVillageStack extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    plc-chart {
      --plc-chart-height: 18rem;
    }
  `;

  @property({ attribute: false }) doc: VillageResultDocument | null = null;
  @property() figure: HeadlineFigure = 'pcddf.total';
  @property() currency = 'VND';

  private data(doc: VillageResultDocument): ChartData<'bar'> {
    const lang = messageLang();
    const f = this.figure;
    return {
      labels: ADOPTION_SHARES.map((s) => formatPercent(s)),
      datasets: stackGroups(doc).map((part, i) => ({
        label: shorten(part.label(lang) || msg(str`${part.groups.length} other groups`)),
        data: ADOPTION_SHARES.map((s) =>
          bulkValue(
            f,
            part.groups.reduce((sum, g) => sum + groupPartAt(g, f, s), 0),
          ),
        ),
        backgroundColor: COLOURS[i % COLOURS.length],
        stack: 'village',
      })),
    };
  }

  private options(): ChartOptions<'bar'> {
    return {
      ...STILL_CHART,
      scales: {
        x: { stacked: true, title: { display: true, text: msg('Households adopting') } },
        y: {
          stacked: true,
          beginAtZero: true,
          title: { display: true, text: [figureLabel(this.figure, 'short'), bulkUnit(this.figure, this.currency)] },
        },
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 14 } } },
    };
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    const label = msg(str`${figureLabel(this.figure)} of the village by group, at each share of households adopting`);
    return html`<plc-chart .data=${this.data(doc)} .options=${this.options()} label=${label} data-testid="stack-chart"></plc-chart>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-village-stack': PlcVillageStack;
  }
}
