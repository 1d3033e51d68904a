import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Survey, SurveyRecord } from '../shared/contract/api-types.ts';
import { evaluationStyles } from './evaluation-styles.ts';
import { periodWord, valueOrMissing } from './evaluation-words.ts';
import { inFigureOrder, labelTag, unitTag } from '../app/figures.ts';
import { dataTable } from '../common/charts/numbers-table.ts';
import { villageName } from './evaluation-model.ts';

type NumberField = Exclude<keyof SurveyRecord, 'householdId' | 'village' | 'period' | 'note' | 'row'>;

/** The measured columns as the table shows them: the template's column name and its field;
 *  label and unit are the catalogue's (`survey.<field>`), in its order. */
const COLUMNS: { name: string; field: NumberField }[] = [
  { name: 'plastic_bought_t_per_yr', field: 'plasticBoughtTPerYr' },
  { name: 'product_sold_t_per_yr', field: 'productSoldTPerYr' },
  { name: 'rejects_open_burned_kg_per_yr', field: 'rejectsOpenBurnedKgPerYr' },
  { name: 'rejects_burned_as_fuel_kg_per_yr', field: 'rejectsBurnedAsFuelKgPerYr' },
  { name: 'rejects_dumped_kg_per_yr', field: 'rejectsDumpedKgPerYr' },
  { name: 'rejects_dump_fire_kg_per_yr', field: 'rejectsDumpFireKgPerYr' },
  { name: 'rejects_sold_kg_per_yr', field: 'rejectsSoldKgPerYr' },
  { name: 'rejects_to_bricks_kg_per_yr', field: 'rejectsToBricksKgPerYr' },
  { name: 'electricity_kwh_per_yr', field: 'electricityKWhPerYr' },
  { name: 'coal_t_per_yr', field: 'coalTPerYr' },
  { name: 'wood_t_per_yr', field: 'woodTPerYr' },
  { name: 'lpg_kg_per_yr', field: 'lpgKgPerYr' },
  { name: 'water_m3_per_yr', field: 'waterM3PerYr' },
  { name: 'workers', field: 'workers' },
  { name: 'working_days_per_yr', field: 'workingDaysPerYr' },
  { name: 'price_product_vnd_per_t', field: 'priceProductVndPerT' },
  { name: 'price_plastic_vnd_per_t', field: 'pricePlasticVndPerT' },
  { name: 'price_electricity_vnd_per_kwh', field: 'priceElectricityVndPerKWh' },
  { name: 'price_coal_vnd_per_t', field: 'priceCoalVndPerT' },
  { name: 'price_wood_vnd_per_t', field: 'priceWoodVndPerT' },
  { name: 'price_lpg_vnd_per_kg', field: 'priceLpgVndPerKg' },
  { name: 'wage_vnd_per_worker_day', field: 'wageVndPerWorkerDay' },
  { name: 'other_revenue_vnd_per_yr', field: 'otherRevenueVndPerYr' },
  { name: 'plastic_fuel_lhv_mj_per_kg', field: 'plasticFuelLhvMJPerKg' },
];
const byFigure = new Map(COLUMNS.map((c) => [`survey.${c.field}` as const, c]));
const columns = () => inFigureOrder([...byFigure.keys()]).map((figure) => ({ ...byFigure.get(figure)!, figure }));

/** The survey as read: one row per household and period; a value not measured shows as "—". */
@localized()
@customElement('plc-survey-table')
export class PlcSurveyTable extends LitElement {
  static override styles = [
    evaluationStyles,
    css`
      .table-wrap {
        max-height: 28rem;
        overflow: auto;
        border: 1px solid var(--sl-color-neutral-200);
        border-radius: var(--sl-border-radius-medium);
      }
      thead th {
        position: sticky;
        top: 0;
        background: var(--sl-color-neutral-0);
        z-index: 1;
        min-width: 5.5rem;
        white-space: normal;
      }
      th[scope='row'],
      td.text {
        text-align: left;
        white-space: nowrap;
      }
      /* Translucent, so the scroll cue's shadow shows through. */
      tbody tr.after {
        background: rgb(0 0 0 / 0.03);
      }
    `,
  ];

  @property({ attribute: false }) survey: Survey | null = null;

  override render() {
    const s = this.survey;
    if (!s) return nothing;
    const cols = columns();
    const households = new Set(s.records.map((r) => r.householdId)).size;
    const missing = s.records.reduce((n, r) => n + cols.filter((c) => r[c.field] === null).length, 0);
    return html` <p class="note">
        ${msg(str`${households} households, ${s.records.length} rows. "—" marks a value that was not measured (${missing} cells); it is left out of every figure that needs it, never read as 0.`)}
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Table of the households as measured')}>
        ${dataTable({
          testId: 'households-table',
          head: html`<th scope="col">${msg('Household')}</th>
            <th scope="col">${msg('Village')}</th>
            <th scope="col">${msg('Period')}</th>
            ${cols.map((c) => html`<th scope="col" title=${c.name}>${labelTag(c.figure)} <span class="unit">(${unitTag(c.figure)})</span></th>`)}`,
          rows: s.records.map(
            (r) =>
              html`<tr class=${r.period} data-household=${r.householdId} data-period=${r.period}>
                <th scope="row">${r.householdId}</th>
                <td class="text">${villageName(r.village)}</td>
                <td class="text">${periodWord(r.period)}</td>
                ${cols.map((c) => html`<td data-column=${c.name}>${valueOrMissing(r[c.field])}</td>`)}
              </tr>`,
          ),
        })}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-survey-table': PlcSurveyTable;
  }
}
