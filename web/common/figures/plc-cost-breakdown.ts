import { LitElement, css, html, nothing } from 'lit';
import { pickText } from '../../app/locale.ts';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { ScenarioRef } from '../charts/compare-data.ts';
import { formatFigure, labelTag, type FigureKey } from '../../app/figures.ts';
import type { ResultDocument } from '../../shared/model/result-types.ts';
import { statusWord } from '../fields/editor-fields.ts';
import '../plc-scenario-chip.ts';
import { numberCells, shrinkingBlock } from '../base-styles.ts';
import { compactTable } from '../base-styles.ts';

type Economics = ResultDocument['economics'];
type CostKey = Exclude<keyof Economics['costBreakdown'], 'other' | 'otherById'>;
type RevenueKey = keyof Economics['revenueBreakdown'];

/** An `otherCosts` line of a scenario (MODEL.md 3.2), as far as this table names it. */
export interface OtherCostLine {
  id: string;
  name?: string;
  source?: string;
  status?: string;
}

const COST_KEYS: CostKey[] = ['feed', 'electricity', 'water', 'coal', 'wood', 'lpg', 'labour', 'landfill', 'cementKiln', 'sand'];
const REVENUE_KEYS: RevenueKey[] = ['product', 'bricks', 'scrapSale'];

/**
 * Revenue, every cost line (other costs by name, with their status) and profit per year, one
 * column per scenario. Lines that are 0 in every column are left out; totals always show.
 */
@localized()
@customElement('plc-cost-breakdown')
export class PlcCostBreakdown extends LitElement {
  static override styles = [
    shrinkingBlock,
    numberCells,
    compactTable,
    css`
      .wrap {
        overflow-x: auto;
      }
      table {
        width: 100%;
      }
      tbody th[scope='rowgroup'] {
        text-align: left;
        padding-top: var(--sl-spacing-x-small);
        color: var(--sl-color-neutral-700);
        font-weight: var(--sl-font-weight-semibold);
      }
      tr.total th,
      tr.total td {
        font-weight: var(--sl-font-weight-semibold);
        border-bottom-color: var(--sl-color-neutral-400);
      }
      .status {
        display: block;
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-neutral-700);
      }
      .other th[scope='row'] {
        padding-left: var(--sl-spacing-medium);
      }
      /* A phone: smaller type and tighter cells, so that two columns of full amounts fit. */
      @media (max-width: 30rem) {
        table {
          font-size: var(--sl-font-size-x-small);
        }
        th,
        td {
          padding: var(--sl-spacing-3x-small) 2px;
        }
        .other th[scope='row'] {
          padding-left: var(--sl-spacing-x-small);
        }
      }
    `,
  ];

  @property({ attribute: false }) scenarios: { ref: ScenarioRef; result: ResultDocument }[] = [];
  /** The baseline's `otherCosts`, for their names and status (a line not there shows its id). */
  @property({ attribute: false }) otherCosts: OtherCostLine[] = [];
  @property() currency = 'VND';
  /** Plain column headings (the report prints them) instead of scenario chips. */
  @property({ type: Boolean }) plain = false;

  private row(key: FigureKey, values: number[], cls = '') {
    return html`<tr class=${cls} data-row=${key}>
      <th scope="row">${labelTag(key)}</th>
      ${values.map((v) => html`<td>${formatFigure(key, v, this.currency)}</td>`)}
    </tr>`;
  }

  /** A group of rows under its heading (none for profit), closed by its total in every column. */
  private group(heading: string | null, columns: number, rows: unknown, total: FigureKey, totals: number[]) {
    return html`<tbody>
      ${
        heading
          ? html`<tr>
              <th scope="rowgroup" colspan=${columns}>${heading}</th>
            </tr>`
          : nothing
      }
      ${rows} ${this.row(total, totals, 'total')}
    </tbody>`;
  }

  private otherLabel(id: string) {
    const line = this.otherCosts.find((c) => c.id === id);
    const status = line?.status ?? (line ? undefined : 'E');
    return html`${pickText(line?.name) || id}<span class="status">${status ? `${status}: ${statusWord(status)}` : statusWord(undefined)}</span>`;
  }

  override render() {
    const s = this.scenarios;
    if (s.length === 0) return nothing;
    const economics = s.map((x) => x.result.economics);
    const shown = (values: number[]) => values.some((v) => v !== 0);
    const otherIds = [...new Set([...this.otherCosts.map((c) => c.id), ...economics.flatMap((e) => Object.keys(e.costBreakdown.otherById))])];
    const revenue = REVENUE_KEYS.map((k) => ({ k, values: economics.map((e) => e.revenueBreakdown[k]) })).filter((r) => shown(r.values));
    const costs = COST_KEYS.map((k) => ({ k, values: economics.map((e) => e.costBreakdown[k]) })).filter((r) => shown(r.values));
    const others = otherIds.map((id) => ({ id, values: economics.map((e) => e.costBreakdown.otherById[id] ?? 0) }));
    const columns = s.length + 1;
    return html`<div class="wrap">
      <table data-testid="cost-breakdown" aria-label=${msg('Revenue, costs and profit per year')}>
        <thead>
          <tr>
            <th scope="col">${msg('Per year')}</th>
            ${s.map((x) => html`<th scope="col">${this.plain ? x.ref.name : html`<plc-scenario-chip name=${x.ref.name} colour=${x.ref.colour}></plc-scenario-chip>`}</th>`)}
          </tr>
        </thead>
        ${this.group(
          msg('Revenue'),
          columns,
          revenue.map((r) => this.row(`economics.revenueBreakdown.${r.k}`, r.values)),
          'economics.revenue',
          economics.map((e) => e.revenue),
        )}
        ${this.group(
          msg('Costs'),
          columns,
          html`${costs.map((r) => this.row(`economics.costBreakdown.${r.k}`, r.values))}
          ${
            others.length > 0
              ? html` ${this.row(
                  'economics.costBreakdown.other',
                  economics.map((e) => e.costBreakdown.other),
                )}
                ${others.map(
                  (o) =>
                    html`<tr class="other" data-other-cost=${o.id}>
                      <th scope="row">${this.otherLabel(o.id)}</th>
                      ${o.values.map((v) => html`<td>${formatFigure('economics.costBreakdown.other', v, this.currency)}</td>`)}
                    </tr>`,
                )}`
              : nothing
          }`,
          'economics.costs',
          economics.map((e) => e.costs),
        )}
        ${this.group(
          null,
          columns,
          nothing,
          'economics.profit',
          economics.map((e) => e.profit),
        )}
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-cost-breakdown': PlcCostBreakdown;
  }
}
