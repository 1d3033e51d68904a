// The survey CSV's columns (issue 9): for each column its record field, unit, whether it is
// required, the upper bound that catches typing slips, and its help in English and Vietnamese;
// the per-day alternative of the plastic column. No DOM and no Node APIs.

import type { SurveyRecord } from './survey-format.ts';

export interface ColumnSpec {
  name: string;
  field: keyof SurveyRecord;
  kind: 'text' | 'period' | 'number';
  /** Unit as shown in messages; '' for text. */
  unit: string;
  required: boolean;
  /** Upper bound that catches typing slips (a household line handles a few t/day). */
  max?: number;
  what: { en: string; vi: string };
  help: { en: string; vi: string };
  example: string;
}

const MASS_MAX_T = 100_000;
const PRICE_MAX = 1e12;

function col(
  name: string,
  field: keyof SurveyRecord,
  unit: string,
  required: boolean,
  max: number | undefined,
  what: [string, string],
  help: [string, string],
  example: string,
  kind: ColumnSpec['kind'] = 'number',
): ColumnSpec {
  return { name, field, kind, unit, required, max, what: { en: what[0], vi: what[1] }, help: { en: help[0], vi: help[1] }, example };
}

/** The template's columns in order. The header names are the same in every language. */
export const SURVEY_COLUMNS: readonly ColumnSpec[] = [
  col(
    'household_id',
    'householdId',
    '',
    true,
    undefined,
    ['household code', 'mã hộ'],
    ['Household code, the same in its before and after rows (text)', 'Mã hộ, giống nhau ở dòng trước và sau (chữ)'],
    'MK-01',
    'text',
  ),
  col(
    'village',
    'village',
    '',
    true,
    undefined,
    ['village', 'làng'],
    ['Village, e.g. Minh Khai or Phan Boi (text)', 'Làng, ví dụ Minh Khai hoặc Phan Bồi (chữ)'],
    'Minh Khai',
    'text',
  ),
  col(
    'period',
    'period',
    '',
    true,
    undefined,
    ['period', 'giai đoạn'],
    ['before or after the measures (trước / sau also accepted)', 'before (trước) hoặc after (sau) khi áp dụng giải pháp'],
    'before',
    'period',
  ),
  col(
    'plastic_bought_t_per_yr',
    'plasticBoughtTPerYr',
    't/yr',
    true,
    MASS_MAX_T,
    ['plastic bought', 'nhựa mua vào'],
    [
      'Plastic scrap bought, tonnes per year (or use plastic_bought_kg_per_day instead)',
      'Phế liệu nhựa mua vào, tấn mỗi năm (hoặc dùng cột plastic_bought_kg_per_day)',
    ],
    '600',
  ),
  col(
    'product_sold_t_per_yr',
    'productSoldTPerYr',
    't/yr',
    true,
    MASS_MAX_T,
    ['product sold', 'sản phẩm bán ra'],
    ['Product (pellets, flakes) sold, tonnes per year', 'Sản phẩm (hạt nhựa, mảnh) bán ra, tấn mỗi năm'],
    '462',
  ),
  col(
    'rejects_open_burned_kg_per_yr',
    'rejectsOpenBurnedKgPerYr',
    'kg/yr',
    true,
    MASS_MAX_T * 1000,
    ['plastic rejects burned in the open', 'phế phẩm nhựa đốt lộ thiên'],
    ['Plastic rejects burned in the open (piles, pits), kg per year', 'Phế phẩm nhựa đốt lộ thiên (đống, hố), kg mỗi năm'],
    '24300',
  ),
  col(
    'rejects_burned_as_fuel_kg_per_yr',
    'rejectsBurnedAsFuelKgPerYr',
    'kg/yr',
    true,
    MASS_MAX_T * 1000,
    ['plastic rejects burned as fuel', 'phế phẩm nhựa đốt làm nhiên liệu'],
    ['Plastic rejects burned as fuel (dryer, furnace), kg per year', 'Phế phẩm nhựa đốt làm nhiên liệu (máy sấy, lò), kg mỗi năm'],
    '14200',
  ),
  col(
    'rejects_dumped_kg_per_yr',
    'rejectsDumpedKgPerYr',
    'kg/yr',
    true,
    MASS_MAX_T * 1000,
    ['plastic rejects dumped', 'phế phẩm nhựa đổ bỏ'],
    ['Plastic rejects dumped on land or at a dump, kg per year', 'Phế phẩm nhựa đổ ra đất hoặc bãi rác, kg mỗi năm'],
    '16200',
  ),
  col(
    'rejects_dump_fire_kg_per_yr',
    'rejectsDumpFireKgPerYr',
    'kg/yr',
    false,
    MASS_MAX_T * 1000,
    ['dumped rejects that burned', 'phế phẩm đổ bỏ bị cháy'],
    ['Optional: of the dumped rejects, kg per year that burned in dump fires', 'Không bắt buộc: trong phế phẩm đổ bỏ, số kg mỗi năm bị cháy ở bãi'],
    '4900',
  ),
  col(
    'rejects_sold_kg_per_yr',
    'rejectsSoldKgPerYr',
    'kg/yr',
    true,
    MASS_MAX_T * 1000,
    ['plastic rejects sold', 'phế phẩm nhựa bán'],
    ['Plastic rejects sold to others, kg per year', 'Phế phẩm nhựa bán cho người khác, kg mỗi năm'],
    '0',
  ),
  col(
    'rejects_to_bricks_kg_per_yr',
    'rejectsToBricksKgPerYr',
    'kg/yr',
    true,
    MASS_MAX_T * 1000,
    ['plastic rejects made into bricks', 'phế phẩm nhựa làm gạch'],
    ['Plastic rejects made into bricks, tiles or fences, kg per year', 'Phế phẩm nhựa làm gạch, ngói hoặc hàng rào, kg mỗi năm'],
    '0',
  ),
  col(
    'electricity_kwh_per_yr',
    'electricityKWhPerYr',
    'kWh/yr',
    true,
    1e9,
    ['electricity used', 'điện tiêu thụ'],
    ['Electricity used by the line, kWh per year (from the bills)', 'Điện dây chuyền tiêu thụ, kWh mỗi năm (theo hóa đơn)'],
    '242800',
  ),
  col(
    'coal_t_per_yr',
    'coalTPerYr',
    't/yr',
    true,
    MASS_MAX_T,
    ['coal burned', 'than đốt'],
    ['Coal burned, tonnes per year (0 if none)', 'Than đốt, tấn mỗi năm (0 nếu không dùng)'],
    '0',
  ),
  col(
    'wood_t_per_yr',
    'woodTPerYr',
    't/yr',
    true,
    MASS_MAX_T,
    ['wood burned', 'củi đốt'],
    ['Wood burned, tonnes per year (0 if none)', 'Củi đốt, tấn mỗi năm (0 nếu không dùng)'],
    '0',
  ),
  col(
    'lpg_kg_per_yr',
    'lpgKgPerYr',
    'kg/yr',
    true,
    MASS_MAX_T * 1000,
    ['LPG burned', 'khí gas (LPG) đốt'],
    ['LPG (bottled gas) burned, kg per year (0 if none)', 'Khí gas (LPG) đốt, kg mỗi năm (0 nếu không dùng)'],
    '0',
  ),
  col(
    'water_m3_per_yr',
    'waterM3PerYr',
    'm³/yr',
    true,
    1e8,
    ['fresh water used', 'nước sạch sử dụng'],
    ['Fresh water taken (well, tap, river), m³ per year', 'Nước lấy vào (giếng, máy, sông), m³ mỗi năm'],
    '6050',
  ),
  col(
    'workers',
    'workers',
    'workers',
    true,
    10_000,
    ['workers', 'số lao động'],
    ['Workers on the line (full-time equivalents)', 'Số lao động trên dây chuyền (quy đổi toàn thời gian)'],
    '10',
  ),
  col(
    'working_days_per_yr',
    'workingDaysPerYr',
    'days/yr',
    true,
    366,
    ['working days', 'số ngày làm việc'],
    ['Days the line works in a year', 'Số ngày dây chuyền làm việc trong năm'],
    '300',
  ),
  col(
    'price_product_vnd_per_t',
    'priceProductVndPerT',
    'VND/t',
    true,
    PRICE_MAX,
    ['product price', 'giá sản phẩm'],
    ['Average selling price of the product, VND per tonne', 'Giá bán trung bình của sản phẩm, đồng mỗi tấn'],
    '18000000',
  ),
  col(
    'price_plastic_vnd_per_t',
    'pricePlasticVndPerT',
    'VND/t',
    true,
    PRICE_MAX,
    ['plastic price', 'giá nhựa mua'],
    ['Average price of the plastic bought, VND per tonne', 'Giá trung bình của nhựa mua vào, đồng mỗi tấn'],
    '2000000',
  ),
  col(
    'price_electricity_vnd_per_kwh',
    'priceElectricityVndPerKWh',
    'VND/kWh',
    true,
    1e7,
    ['electricity price', 'giá điện'],
    ['Electricity price, VND per kWh', 'Giá điện, đồng mỗi kWh'],
    '2204',
  ),
  col(
    'price_coal_vnd_per_t',
    'priceCoalVndPerT',
    'VND/t',
    false,
    PRICE_MAX,
    ['coal price', 'giá than'],
    ['Optional: coal price, VND per tonne (needed for profit if coal is used)', 'Không bắt buộc: giá than, đồng mỗi tấn (cần để tính lợi nhuận nếu dùng than)'],
    '3000000',
  ),
  col(
    'price_wood_vnd_per_t',
    'priceWoodVndPerT',
    'VND/t',
    false,
    PRICE_MAX,
    ['wood price', 'giá củi'],
    ['Optional: wood price, VND per tonne (needed for profit if wood is used)', 'Không bắt buộc: giá củi, đồng mỗi tấn (cần để tính lợi nhuận nếu dùng củi)'],
    '1500000',
  ),
  col(
    'price_lpg_vnd_per_kg',
    'priceLpgVndPerKg',
    'VND/kg',
    false,
    1e9,
    ['LPG price', 'giá gas'],
    ['Optional: LPG price, VND per kg (needed for profit if LPG is used)', 'Không bắt buộc: giá gas, đồng mỗi kg (cần để tính lợi nhuận nếu dùng gas)'],
    '25000',
  ),
  col(
    'wage_vnd_per_worker_day',
    'wageVndPerWorkerDay',
    'VND/worker-day',
    false,
    1e9,
    ['wage', 'tiền công'],
    ['Optional: wage, VND per worker-day (needed for profit)', 'Không bắt buộc: tiền công, đồng mỗi người mỗi ngày (cần để tính lợi nhuận)'],
    '200000',
  ),
  col(
    'other_revenue_vnd_per_yr',
    'otherRevenueVndPerYr',
    'VND/yr',
    false,
    PRICE_MAX,
    ['other revenue', 'doanh thu khác'],
    [
      'Optional: revenue from bricks, rejects sold and other by-products, VND per year',
      'Không bắt buộc: doanh thu từ gạch, phế phẩm bán và sản phẩm phụ khác, đồng mỗi năm',
    ],
    '0',
  ),
  col(
    'plastic_fuel_lhv_mj_per_kg',
    'plasticFuelLhvMJPerKg',
    'MJ/kg',
    false,
    60,
    ['heating value of the plastic fuel', 'nhiệt trị của nhựa làm nhiên liệu'],
    [
      'Optional: measured lower heating value of the plastic rejects burned as fuel, MJ/kg (30 if empty)',
      'Không bắt buộc: nhiệt trị thấp đo được của phế phẩm nhựa làm nhiên liệu, MJ/kg (30 nếu để trống)',
    ],
    '',
  ),
  col(
    'note',
    'note',
    '',
    false,
    undefined,
    ['note', 'ghi chú'],
    ['Optional: free text', 'Không bắt buộc: ghi chú tự do'],
    'example row: replace with your data',
    'text',
  ),
];

/** Accepted alternative to a template column, in another unit, converted on import. */
export const PLASTIC_PER_DAY = 'plastic_bought_kg_per_day';

export const SPEC_BY_NAME = new Map(SURVEY_COLUMNS.map((c) => [c.name, c]));
export const NUMBER_SPECS = SURVEY_COLUMNS.filter((c) => c.kind === 'number');
