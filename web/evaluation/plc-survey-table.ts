import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Survey, SurveyRecord } from '../shared/contract/api-types.ts';
import { evaluationStyles } from './evaluation-styles.ts';
import { valueOrMissing } from './evaluation-words.ts';

type NumberField = Exclude<keyof SurveyRecord, 'householdId' | 'village' | 'period' | 'note' | 'row'>;

/** The measured columns as the table shows them: the template's column name, its field and unit. */
function columns(): { name: string; field: NumberField; label: string; unit: string }[] {
  return [
    { name: 'plastic_bought_t_per_yr', field: 'plasticBoughtTPerYr', label: msg('Plastic bought'), unit: msg('t/yr') },
    { name: 'product_sold_t_per_yr', field: 'productSoldTPerYr', label: msg('Product sold'), unit: msg('t/yr') },
    { name: 'rejects_open_burned_kg_per_yr', field: 'rejectsOpenBurnedKgPerYr', label: msg('Rejects burned in the open'), unit: msg('kg/yr') },
    { name: 'rejects_burned_as_fuel_kg_per_yr', field: 'rejectsBurnedAsFuelKgPerYr', label: msg('Rejects burned as fuel'), unit: msg('kg/yr') },
    { name: 'rejects_dumped_kg_per_yr', field: 'rejectsDumpedKgPerYr', label: msg('Rejects dumped'), unit: msg('kg/yr') },
    { name: 'rejects_dump_fire_kg_per_yr', field: 'rejectsDumpFireKgPerYr', label: msg('of which burned in dump fires'), unit: msg('kg/yr') },
    { name: 'rejects_sold_kg_per_yr', field: 'rejectsSoldKgPerYr', label: msg('Rejects sold'), unit: msg('kg/yr') },
    { name: 'rejects_to_bricks_kg_per_yr', field: 'rejectsToBricksKgPerYr', label: msg('Rejects to bricks'), unit: msg('kg/yr') },
    { name: 'electricity_kwh_per_yr', field: 'electricityKWhPerYr', label: msg('Electricity'), unit: msg('kWh/yr') },
    { name: 'coal_t_per_yr', field: 'coalTPerYr', label: msg('Coal'), unit: msg('t/yr') },
    { name: 'wood_t_per_yr', field: 'woodTPerYr', label: msg('Wood'), unit: msg('t/yr') },
    { name: 'lpg_kg_per_yr', field: 'lpgKgPerYr', label: msg('LPG'), unit: msg('kg/yr') },
    { name: 'water_m3_per_yr', field: 'waterM3PerYr', label: msg('Fresh water'), unit: msg('m³/yr') },
    { name: 'workers', field: 'workers', label: msg('Workers'), unit: msg('FTE') },
    { name: 'working_days_per_yr', field: 'workingDaysPerYr', label: msg('Working days'), unit: msg('days/yr') },
    { name: 'price_product_vnd_per_t', field: 'priceProductVndPerT', label: msg('Product price'), unit: msg('VND/t') },
    { name: 'price_plastic_vnd_per_t', field: 'pricePlasticVndPerT', label: msg('Plastic price'), unit: msg('VND/t') },
    { name: 'price_electricity_vnd_per_kwh', field: 'priceElectricityVndPerKWh', label: msg('Electricity price'), unit: msg('VND/kWh') },
    { name: 'price_coal_vnd_per_t', field: 'priceCoalVndPerT', label: msg('Coal price'), unit: msg('VND/t') },
    { name: 'price_wood_vnd_per_t', field: 'priceWoodVndPerT', label: msg('Wood price'), unit: msg('VND/t') },
    { name: 'price_lpg_vnd_per_kg', field: 'priceLpgVndPerKg', label: msg('LPG price'), unit: msg('VND/kg') },
    { name: 'wage_vnd_per_worker_day', field: 'wageVndPerWorkerDay', label: msg('Wage'), unit: msg('VND/worker-day') },
    { name: 'other_revenue_vnd_per_yr', field: 'otherRevenueVndPerYr', label: msg('Other revenue'), unit: msg('VND/yr') },
    { name: 'plastic_fuel_lhv_mj_per_kg', field: 'plasticFuelLhvMJPerKg', label: msg('LHV of plastic fuel'), unit: msg('MJ/kg') },
  ];
}

/** The survey as read: one row per household and period; a value not measured shows as "—". */
@localized()
@customElement('plc-survey-table')
export class PlcSurveyTable extends LitElement {
  static override styles = [evaluationStyles, css`
    .table-wrap { max-height: 28rem; overflow: auto; border: 1px solid var(--sl-color-neutral-200); border-radius: var(--sl-border-radius-medium); }
    thead th { position: sticky; top: 0; background: var(--sl-color-neutral-0); z-index: 1; min-width: 5.5rem; white-space: normal; }
    th[scope='row'], td.text { text-align: left; white-space: nowrap; }
    tbody tr.after { background: var(--sl-color-neutral-50); }
  `];

  @property({ attribute: false }) survey: Survey | null = null;

  override render() {
    const s = this.survey;
    if (!s) return nothing;
    const cols = columns();
    const households = new Set(s.records.map((r) => r.householdId)).size;
    const missing = s.records.reduce((n, r) => n + cols.filter((c) => r[c.field] === null).length, 0);
    return html`
      <p class="note">${msg(str`${households} households, ${s.records.length} rows. "—" marks a value that was not measured (${missing} cells); it is left out of every figure that needs it, never read as 0.`)}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Households as measured')}>
        <table data-testid="households-table">
          <thead><tr>
            <th scope="col">${msg('Household')}</th><th scope="col">${msg('Village')}</th><th scope="col">${msg('Period')}</th>
            ${cols.map((c) => html`<th scope="col" title=${c.name}>${c.label} <span class="unit">(${c.unit})</span></th>`)}
          </tr></thead>
          <tbody>
            ${s.records.map((r) => html`<tr class=${r.period} data-household=${r.householdId} data-period=${r.period}>
              <th scope="row">${r.householdId}</th><td class="text">${r.village}</td>
              <td class="text">${r.period === 'before' ? msg('before') : msg('after')}</td>
              ${cols.map((c) => html`<td data-column=${c.name}>${valueOrMissing(r[c.field])}</td>`)}
            </tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-survey-table': PlcSurveyTable;
  }
}
