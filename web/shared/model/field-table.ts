// The one table of every number of a scenario file (MODEL.md section 2) and of the
// emission-factor library (issue 14, issue 15): its JSON Pointer pattern, the range it may take,
// its unit, the field in words and, where the steady-state core reads it, its slot in the
// parameter block (assembly/layout.ts). A new number is added here, once:
// - scenario-schema.ts builds the number's schema from its range (and the tests check that it
//   uses every row); the validation messages name the field with its words (bounds.ts);
// - compile.ts writes it into its slot (field-slots.ts reads the slot spec), the Monte Carlo
//   draws it and keeps its samples inside the range, sweeps offer it in `sweep` order;
// - the line editor takes its min and max from it, README.md shows it (test/unit/bounds.test.ts
//   keeps README.md in step: `npx tsx scripts/bounds-table.ts --write`).
//
// The ranges are ones a user would recognise: a furnace is at least 1 % efficient, a day has at
// most 24 hours, a brick holds at least 1 % plastic. Inside them the core's figures stay finite
// (the largest product, feed × price, stays below 1e19), so a refusal here names the field that
// is wrong instead of an infinite result somewhere downstream.
//
// Constants only: no DOM, no Node APIs, imports nothing but the layout and the key lists.

import * as L from '../../../assembly/layout.ts';
import { COMPONENT_KEYS, INERT_ROUTE_KEYS, PLASTIC_ROUTE_KEYS, PLASTIC_SOURCE_KEYS, POLYMER_KEYS, SOURCE_KEYS, VECTOR_KEYS } from './keys.ts';

export type BoundLang = 'en' | 'vi';

/** Where the steady-state core reads a number: its slot in the parameter block. */
export interface CoreSlot {
  /** The slot when every wildcard of the pattern stands at its first index or key. */
  at: number;
  /** For each wildcard of the pattern, in order: how many slots one index or key is from the next
   *  (0 for numbers added up over a list). */
  strides: readonly number[];
  /** The key order that gives a named wildcard's index, when it is not the wildcard's own list
   *  (the HCl shares of the plastic sources sit in the block of every source). */
  keyOrder?: readonly string[];
  /** How compile.ts fills the slot: 'scenario' (the default) reads the number at its pointer,
   *  `absent` when the scenario leaves it out; 'sum' adds the numbers of every item of the list;
   *  'factor' and 'release' write the emission factors and the chlorine and HCl parameters once
   *  resolved (the library merged with the scenario's overrides, emission-factors.ts, releases.ts). */
  read?: 'scenario' | 'sum' | 'factor' | 'release';
  /** What compile.ts writes when the scenario leaves the number out (default 0, MODEL.md 2.1). */
  absent?: number;
  /** A share that adds up to 1 with the others of its group: scaled to exactly 1 before the core
   *  sees it (shares.ts), and the others scale when a sample or a sweep moves it (MODEL.md 5). */
  shares?: ShareGroup;
  /** What the scenario must hold before the number can be drawn or swept: 'parent' the object
   *  that holds it (a unit's heat, a removal entry, the bricks), 'availability' both mtbfHours and
   *  mttrHours of the unit. */
  needs?: 'parent' | 'availability';
  /** Place in the sweep panel's list of parameters (the most telling first); none: not offered. */
  sweep?: number;
  /** false: compiled only, neither drawn by the Monte Carlo nor swept. */
  varies?: false;
}

export type ShareGroup = 'composition' | 'plasticRoutes' | 'inertRoutes';

export interface Bound {
  /** JSON Pointer pattern: "*" matches a list index, "{component}", "{source}"… one key of that
   *  closed list (KEY_LISTS), "@ef" stands for "/emissionFactors" (scenario overrides) and
   *  "/factors" (library), and a leading "**" matches any prefix (distribution parameters). */
  pattern: string;
  min: number;
  /** The minimum itself is refused (the number must be more than min). */
  minExclusive?: boolean;
  max: number;
  /** 0 is accepted besides [min, max] (an idle line's feed). */
  zeroAllowed?: boolean;
  integer?: boolean;
  /** Measurement unit shown after the limits ("" for shares and counts without unit). */
  unit: string;
  /** What README.md says beside the unit (the currency of prices, the per-TJ fuel factors). */
  note?: string;
  /** The field in words; "{1}", "{2}" stand for the keys matched by the first and second named
   *  wildcard ("{component}", …). */
  label: Record<BoundLang, string>;
  /** Where the steady-state core reads the number; none for numbers it does not read (the line
   *  dynamics', the discount rate, the distributions' parameters). */
  slot?: CoreSlot;
}

const PRICE_MAX = 1e12;
const MONEY = { note: 'in the scenario’s currency' };
const PER_TJ = { note: 'per TJ of fuel energy for coal, wood and LPG' };
const EF_UG_MAX = 1e6;

const b = (pattern: string, min: number, max: number, unit: string, en: string, vi: string, extra: Partial<Bound> = {}): Bound => ({
  pattern,
  min,
  max,
  unit,
  label: { en, vi },
  ...extra,
});

type SlotExtra = Partial<CoreSlot>;
/** A number in one slot (or, with `strides`, a block of them). */
const slot = (at: number, extra: SlotExtra = {}): { slot: CoreSlot } => ({ slot: { at, strides: [], ...extra } });
/** A map of numbers keyed by a closed list, one slot per key in the list's order. */
const keyed = (at: number, extra: SlotExtra = {}) => slot(at, { strides: [1], ...extra });
/** A number of each unit, `offset` slots into the unit's block. */
const unit = (offset: number, extra: SlotExtra = {}) => slot(L.P_UNITS + offset, { strides: [L.U_STRIDE], ...extra });
/** An emission factor of each source (and vector), `offset` slots into the source's block. */
const factor = (offset: number, perVector = false) => slot(L.P_EF + offset, { strides: perVector ? [L.EF_STRIDE, 1] : [L.EF_STRIDE], read: 'factor' });

/** Every number of a scenario file and of the emission-factor library, in file order. */
export const BOUNDS: readonly Bound[] = [
  b('/calendar/daysPerYear', 1, 366, 'day', 'working days per year', 'số ngày làm việc mỗi năm', slot(L.P_DAYS, { sweep: 6 })),
  b('/calendar/hoursPerDay', 0.1, 24, 'h/day', 'working hours per day', 'số giờ làm việc mỗi ngày', slot(L.P_HOURS, { sweep: 7 })),
  b('/feed/tonnesPerDay', 1e-6, 10_000, 't/day', 'scrap bought per day', 'lượng phế liệu mua mỗi ngày', {
    zeroAllowed: true,
    ...slot(L.P_FEED_T_PER_DAY, { sweep: 3 }),
  }),
  b('/feed/pricePerTonne', 0, PRICE_MAX, '', 'price of scrap per tonne', 'giá phế liệu mỗi tấn', { ...MONEY, ...slot(L.P_FEED_PRICE, { sweep: 4 }) }),
  b('/feed/composition/{component}', 0, 1, '', 'feed share of {1}', 'tỷ lệ {1} trong phế liệu', keyed(L.P_COMPOSITION, { shares: 'composition', sweep: 5 })),
  b('/units/*/capacityKgPerHour', 0, 1_000_000, 'kg/h', 'capacity', 'công suất', unit(L.U_CAPACITY_KG_PER_H, { absent: Infinity, sweep: 10 })),
  b(
    '/units/*/mtbfHours',
    0.1,
    1_000_000,
    'h',
    'mean time between failures',
    'thời gian trung bình giữa hai lần hỏng',
    unit(L.U_MTBF_H, { absent: -1, needs: 'availability', sweep: 11 }),
  ),
  b(
    '/units/*/mttrHours',
    0,
    1_000_000,
    'h',
    'mean time to repair',
    'thời gian sửa chữa trung bình',
    unit(L.U_MTTR_H, { absent: -1, needs: 'availability', sweep: 12 }),
  ),
  b(
    '/units/*/removal/{component}/fraction',
    0,
    1,
    '',
    'share of {1} removed',
    'tỷ lệ {1} bị loại ra',
    unit(L.U_REMOVAL_FRACTION, { strides: [L.U_STRIDE, 1], needs: 'parent', sweep: 20 }),
  ),
  b(
    '/units/*/processLossFraction',
    0,
    1,
    '',
    'share of plastic lost in the process',
    'tỷ lệ nhựa hao hụt trong quá trình',
    unit(L.U_PROCESS_LOSS, { sweep: 13 }),
  ),
  b('/units/*/electricityKWhPerTonne', 0, 10_000, 'kWh/t', 'electricity per tonne in', 'điện năng cho mỗi tấn vào', unit(L.U_KWH_PER_T, { sweep: 14 })),
  b('/units/*/waterM3PerTonne', 0, 1_000, 'm³/t', 'water per tonne in', 'nước cho mỗi tấn vào', unit(L.U_WATER_M3_PER_T, { sweep: 15 })),
  b('/units/*/waterRecycledFraction', 0, 1, '', 'share of water recycled', 'tỷ lệ nước tuần hoàn', unit(L.U_WATER_RECYCLED, { sweep: 16 })),
  b(
    '/units/*/heat/MJPerTonne',
    0,
    100_000,
    'MJ/t',
    'heat needed per tonne in',
    'nhiệt cần cho mỗi tấn vào',
    unit(L.U_HEAT_MJ_PER_T, { needs: 'parent', sweep: 18 }),
  ),
  b('/units/*/heat/efficiency', 0.01, 1, '', 'furnace efficiency', 'hiệu suất lò', unit(L.U_HEAT_EFFICIENCY, { absent: 1, needs: 'parent', sweep: 19 })),
  b('/units/*/workers', 0, 1_000, 'worker', 'workers', 'số công nhân', unit(L.U_WORKERS, { sweep: 17 })),
  b('/units/*/bufferKg', 0, 1_000_000, 'kg', 'buffer after the unit', 'kho đệm sau thiết bị'),
  b(
    '/residues/plasticRoutes/{plasticRoute}',
    0,
    1,
    '',
    'share of plastic rejects: {1}',
    'tỷ lệ nhựa thải: {1}',
    keyed(L.P_PLASTIC_ROUTES, { shares: 'plasticRoutes', sweep: 2 }),
  ),
  b(
    '/residues/inertRoutes/{inertRoute}',
    0,
    1,
    '',
    'share of inert rejects: {1}',
    'tỷ lệ chất thải trơ: {1}',
    keyed(L.P_INERT_DUMPING, { shares: 'inertRoutes', sweep: 21 }),
  ),
  b(
    '/residues/separation/{polymer}/fraction',
    0,
    1,
    '',
    'share of {1} kept apart from the rejects',
    'tỷ lệ {1} được tách riêng khỏi nhựa thải',
    keyed(L.P_SEPARATION_FRACTION, { varies: false }),
  ),
  b(
    '/residues/dumpFireFraction',
    0,
    1,
    '',
    'share of dumped plastic that burns in dump fires',
    'tỷ lệ nhựa đổ thải bị cháy ở bãi',
    slot(L.P_DUMP_FIRE_FRACTION, { sweep: 1 }),
  ),
  b(
    '/bricks/plasticMassFraction',
    0.01,
    1,
    '',
    'mass share of plastic in a brick',
    'tỷ lệ khối lượng nhựa trong gạch',
    slot(L.P_BRICK_PLASTIC_FRACTION, { needs: 'parent', sweep: 22 }),
  ),
  b('/bricks/brickMassKg', 0.01, 100, 'kg', 'mass of a brick', 'khối lượng một viên gạch', slot(L.P_BRICK_MASS_KG, { needs: 'parent', sweep: 23 })),
  b(
    '/bricks/electricityKWhPerTonnePlastic',
    0,
    10_000,
    'kWh/t',
    'electricity per tonne of plastic in bricks',
    'điện năng cho mỗi tấn nhựa làm gạch',
    slot(L.P_BRICK_KWH_PER_T_PLASTIC, { needs: 'parent', sweep: 24 }),
  ),
  b(
    '/bricks/heat/MJPerTonnePlastic',
    0,
    100_000,
    'MJ/t',
    'heat of the brick melt per tonne of plastic',
    'nhiệt nấu chảy làm gạch cho mỗi tấn nhựa',
    slot(L.P_BRICK_HEAT_MJ_PER_T, { needs: 'parent' }),
  ),
  b(
    '/bricks/heat/efficiency',
    0.01,
    1,
    '',
    'efficiency of the brick melt’s heating',
    'hiệu suất cấp nhiệt nấu chảy làm gạch',
    slot(L.P_BRICK_HEAT_EFFICIENCY, { absent: 1, needs: 'parent' }),
  ),
  b('/bricks/sandPricePerTonne', 0, PRICE_MAX, '', 'price of sand per tonne', 'giá cát mỗi tấn', {
    ...MONEY,
    ...slot(L.P_SAND_PRICE, { needs: 'parent', sweep: 25 }),
  }),
  b('/bricks/pricePerBrick', 0, PRICE_MAX, '', 'price of a brick', 'giá một viên gạch', { ...MONEY, ...slot(L.P_BRICK_PRICE, { needs: 'parent', sweep: 26 }) }),
  b('/bricks/workers', 0, 1_000, 'worker', 'brick workers', 'số công nhân làm gạch', slot(L.P_BRICK_WORKERS, { needs: 'parent', sweep: 27 })),
  b('/prices/productPerTonne', 0, PRICE_MAX, '', 'price of pellets per tonne', 'giá hạt nhựa mỗi tấn', { ...MONEY, ...slot(L.P_PRICE_PRODUCT, { sweep: 28 }) }),
  b('/prices/electricityPerKWh', 0, PRICE_MAX, '', 'price of electricity per kWh', 'giá điện mỗi kWh', {
    ...MONEY,
    ...slot(L.P_PRICE_ELECTRICITY, { sweep: 29 }),
  }),
  b('/prices/waterPerM3', 0, PRICE_MAX, '', 'price of water per m³', 'giá nước mỗi m³', { ...MONEY, ...slot(L.P_PRICE_WATER, { sweep: 30 }) }),
  b('/prices/coalPerTonne', 0, PRICE_MAX, '', 'price of coal per tonne', 'giá than mỗi tấn', { ...MONEY, ...slot(L.P_PRICE_COAL, { sweep: 31 }) }),
  b('/prices/woodPerTonne', 0, PRICE_MAX, '', 'price of wood per tonne', 'giá củi mỗi tấn', { ...MONEY, ...slot(L.P_PRICE_WOOD, { sweep: 32 }) }),
  b('/prices/lpgPerKg', 0, PRICE_MAX, '', 'price of LPG per kg', 'giá khí hóa lỏng mỗi kg', { ...MONEY, ...slot(L.P_PRICE_LPG, { sweep: 33 }) }),
  b('/prices/wagePerWorkerDay', 0, PRICE_MAX, '', 'wage per worker and day', 'tiền công mỗi người mỗi ngày', { ...MONEY, ...slot(L.P_WAGE, { sweep: 34 }) }),
  b('/prices/landfillFeePerTonne', 0, PRICE_MAX, '', 'landfill fee per tonne', 'phí chôn lấp mỗi tấn', { ...MONEY, ...slot(L.P_LANDFILL_FEE, { sweep: 35 }) }),
  b('/prices/cementKilnFeePerTonne', 0, PRICE_MAX, '', 'cement kiln fee per tonne', 'phí đồng xử lý ở lò xi măng mỗi tấn', {
    ...MONEY,
    ...slot(L.P_CEMENT_KILN_FEE, { sweep: 36 }),
  }),
  b('/prices/scrapSalePerTonne', 0, PRICE_MAX, '', 'price of rejects sold as scrap per tonne', 'giá bán nhựa thải làm phế liệu mỗi tấn', {
    ...MONEY,
    ...slot(L.P_SCRAP_PRICE, { sweep: 37 }),
  }),
  b('/otherCosts/*/perYear', 0, PRICE_MAX, '', 'other cost per year', 'chi phí khác mỗi năm', {
    ...MONEY,
    ...slot(L.P_OTHER_COST_PER_YEAR, { strides: [0], read: 'sum' }),
  }),
  b('/otherCosts/*/perTonneFeed', 0, PRICE_MAX, '', 'other cost per tonne of feed', 'chi phí khác mỗi tấn phế liệu', {
    ...MONEY,
    ...slot(L.P_OTHER_COST_PER_T_FEED, { strides: [0], read: 'sum' }),
  }),
  b('/otherCosts/*/perTonneProduct', 0, PRICE_MAX, '', 'other cost per tonne of product', 'chi phí khác mỗi tấn sản phẩm', {
    ...MONEY,
    ...slot(L.P_OTHER_COST_PER_T_PRODUCT, { strides: [0], read: 'sum' }),
  }),
  b('/discountRate', 0, 1, '', 'discount rate', 'tỷ lệ chiết khấu'),
  b(
    '/releases/chlorine/refFraction',
    1e-6,
    1,
    '',
    'chlorine fraction above which PCDD/F rise (chlorine-adjusted method)',
    'tỷ lệ clo mà trên đó PCDD/F tăng (phương pháp hiệu chỉnh theo clo)',
    slot(L.P_CL_REF_FRACTION, { read: 'release' }),
  ),
  b('/releases/chlorine/exponent', 0, 10, '', 'exponent of the chlorine effect', 'số mũ của ảnh hưởng clo', slot(L.P_CL_EXPONENT, { read: 'release' })),
  b(
    '/releases/chlorine/maxMultiplier',
    1,
    1_000_000,
    '',
    'largest chlorine multiplier of PCDD/F',
    'hệ số nhân clo lớn nhất của PCDD/F',
    slot(L.P_CL_MAX_MULTIPLIER, { read: 'release' }),
  ),
  b(
    '/releases/chlorineFraction/{polymer}',
    0,
    1,
    '',
    'chlorine mass fraction of {1}',
    'tỷ lệ khối lượng clo của {1}',
    keyed(L.P_CL_FRACTION, { read: 'release' }),
  ),
  b(
    '/releases/hclReleaseFraction/{plasticSource}',
    0,
    1,
    '',
    'share of the chlorine released as HCl by {1}',
    'tỷ lệ clo thải ra dưới dạng HCl từ {1}',
    keyed(L.P_HCL_RELEASE, { read: 'release', keyOrder: SOURCE_KEYS }),
  ),
  b('/dynamics/lotKg', 1, 100_000, 'kg', 'lot size (dynamics)', 'cỡ lô (mô phỏng động)'),
  b('/dynamics/bufferKg', 0, 1_000_000, 'kg', 'buffer between units (dynamics)', 'kho đệm giữa các thiết bị (mô phỏng động)'),
  b('/dynamics/failureCv', 0.01, 10, '', 'coefficient of variation of failures (dynamics)', 'hệ số biến thiên của sự cố (mô phỏng động)'),
  b('/dynamics/burnPolicy/everyDays', 1, 366, 'day', 'days between burns (dynamics)', 'số ngày giữa hai lần đốt (mô phỏng động)', { integer: true }),
  b('/dynamics/burnPolicy/thresholdKg', 0, 10_000_000, 'kg', 'stockpile that triggers a burn (dynamics)', 'lượng tồn đọng kích hoạt việc đốt (mô phỏng động)'),
  b(
    '/dynamics/burnShare',
    0,
    1,
    '',
    'share of the stockpile burned (dynamics; no longer used: burn events follow the plastic routes)',
    'tỷ lệ tồn đọng bị đốt (mô phỏng động; không còn dùng: mỗi lần dọn đi theo các đường xử lý nhựa)',
  ),
  b('@ef/{source}/pcddf/{vector}', 0, EF_UG_MAX, 'µg TEQ/t', 'PCDD/F emission factor of {1} to {2}', 'hệ số phát thải PCDD/F của {1} vào {2}', {
    ...PER_TJ,
    ...factor(L.EF_PCDDF, true),
  }),
  b('@ef/{source}/dlpcb/{vector}', 0, EF_UG_MAX, 'µg TEQ/t', 'dl-PCB emission factor of {1} to {2}', 'hệ số phát thải dl-PCB của {1} vào {2}', {
    ...PER_TJ,
    ...factor(L.EF_DLPCB, true),
  }),
  b('@ef/{source}/pm25', 0, 10_000, 'kg/t', 'PM2.5 emission factor of {1}', 'hệ số phát thải PM2.5 của {1}', factor(L.EF_PM25)),
  b('@ef/{source}/pm10', 0, 10_000, 'kg/t', 'PM10 emission factor of {1}', 'hệ số phát thải PM10 của {1}', factor(L.EF_PM10)),
  b('@ef/{source}/bc', 0, 10_000, 'kg/t', 'black-carbon emission factor of {1}', 'hệ số phát thải muội than của {1}', factor(L.EF_BC)),
  b('@ef/{source}/co', 0, 10_000, 'kg/t', 'CO emission factor of {1}', 'hệ số phát thải CO của {1}', factor(L.EF_CO)),
  b('@ef/{source}/ch4', 0, 10_000, 'kg/t', 'CH4 emission factor of {1}', 'hệ số phát thải CH4 của {1}', factor(L.EF_CH4)),
  b('@ef/{source}/co2PerTJ', 0, 1_000, 't/TJ', 'CO2 emission factor of {1}', 'hệ số phát thải CO2 của {1}', factor(L.EF_CO2_PER_TJ)),
  b('@ef/gridCo2PerMWh', 0, 10, 't/MWh', 'CO2 of grid electricity', 'CO2 của điện lưới', slot(L.P_GRID_CO2_PER_MWH, { read: 'factor' })),
  b('**/dist/median', 0, 1e12, '', 'median of the distribution', 'trung vị của phân phối', { minExclusive: true }),
  b('**/dist/gsd', 1, 100, '', 'geometric standard deviation of the distribution', 'độ lệch chuẩn hình học của phân phối'),
  b('**/dist/min', 0, 1e12, '', 'minimum of the distribution', 'giá trị nhỏ nhất của phân phối'),
  b('**/dist/mode', 0, 1e12, '', 'mode of the distribution', 'giá trị thường gặp nhất của phân phối'),
  b('**/dist/max', 0, 1e12, '', 'maximum of the distribution', 'giá trị lớn nhất của phân phối'),
  b('**/dist/mean', 0, 1e12, '', 'mean of the distribution', 'giá trị trung bình của phân phối'),
  b('**/dist/sd', 0, 1e12, '', 'standard deviation of the distribution', 'độ lệch chuẩn của phân phối'),
];

/** The closed key lists by the name a pattern's wildcard uses ("{component}", "{source}", …): a
 *  named wildcard matches only their keys, and a key's place in its list is its slot's index. */
export const KEY_LISTS: Readonly<Record<string, readonly string[]>> = {
  component: COMPONENT_KEYS,
  polymer: POLYMER_KEYS,
  plasticRoute: PLASTIC_ROUTE_KEYS,
  inertRoute: INERT_ROUTE_KEYS,
  source: SOURCE_KEYS,
  plasticSource: PLASTIC_SOURCE_KEYS,
  vector: VECTOR_KEYS,
};
