// The one table of the ranges that every number of a scenario file (MODEL.md section 2) and of
// the emission-factor library may take (issue 14). The schema builds each number from its row
// (scenario-schema.ts), the line editor takes its min and max from it, the validation messages
// name the field with its words, the Monte Carlo clamps its samples to it and README.md shows it
// (test/unit/bounds.test.ts keeps README.md in step: `npx tsx scripts/bounds-table.ts --write`).
//
// The ranges are ones a user would recognise: a furnace is at least 1 % efficient, a day has at
// most 24 hours, a brick holds at least 1 % plastic. Inside them the core's figures stay finite
// (the largest product, feed × price, stays below 1e19), so a refusal here names the field that
// is wrong instead of an infinite result somewhere downstream.
//
// No DOM, no Node APIs: used on the main thread, in the worker and in Node.

import { pointerSegments } from '../io/json-pointer.ts';

export type BoundLang = 'en' | 'vi';

export interface Bound {
  /** JSON Pointer pattern: "*" matches a list index, "{component}", "{source}"… one key of that
   *  closed list of the schema (defineKeySets), "@ef" stands for "/emissionFactors" (scenario
   *  overrides) and "/factors" (library), and a leading "**" matches any prefix (distribution
   *  parameters). */
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
}

const PRICE_MAX = 1e12;
const MONEY = { note: 'in the scenario’s currency' };
const PER_TJ = { note: 'per TJ of fuel energy for coal, wood and LPG' };
const EF_UG_MAX = 1e6;

const b = (pattern: string, min: number, max: number, unit: string, en: string, vi: string, extra: Partial<Bound> = {}): Bound =>
  ({ pattern, min, max, unit, label: { en, vi }, ...extra });

/** Every number of a scenario file and of the emission-factor library, in file order. */
export const BOUNDS: readonly Bound[] = [
  b('/calendar/daysPerYear', 1, 366, 'day', 'working days per year', 'số ngày làm việc mỗi năm'),
  b('/calendar/hoursPerDay', 0.1, 24, 'h/day', 'working hours per day', 'số giờ làm việc mỗi ngày'),
  b('/feed/tonnesPerDay', 1e-6, 10_000, 't/day', 'scrap bought per day', 'lượng phế liệu mua mỗi ngày', { zeroAllowed: true }),
  b('/feed/pricePerTonne', 0, PRICE_MAX, '', 'price of scrap per tonne', 'giá phế liệu mỗi tấn', MONEY),
  b('/feed/composition/{component}', 0, 1, '', 'feed share of {1}', 'tỷ lệ {1} trong phế liệu'),
  b('/units/*/capacityKgPerHour', 0, 1_000_000, 'kg/h', 'capacity', 'công suất'),
  b('/units/*/mtbfHours', 0.1, 1_000_000, 'h', 'mean time between failures', 'thời gian trung bình giữa hai lần hỏng'),
  b('/units/*/mttrHours', 0, 1_000_000, 'h', 'mean time to repair', 'thời gian sửa chữa trung bình'),
  b('/units/*/removal/{component}/fraction', 0, 1, '', 'share of {1} removed', 'tỷ lệ {1} bị loại ra'),
  b('/units/*/processLossFraction', 0, 1, '', 'share of plastic lost in the process', 'tỷ lệ nhựa hao hụt trong quá trình'),
  b('/units/*/electricityKWhPerTonne', 0, 10_000, 'kWh/t', 'electricity per tonne in', 'điện năng cho mỗi tấn vào'),
  b('/units/*/waterM3PerTonne', 0, 1_000, 'm³/t', 'water per tonne in', 'nước cho mỗi tấn vào'),
  b('/units/*/waterRecycledFraction', 0, 1, '', 'share of water recycled', 'tỷ lệ nước tuần hoàn'),
  b('/units/*/heat/MJPerTonne', 0, 100_000, 'MJ/t', 'heat needed per tonne in', 'nhiệt cần cho mỗi tấn vào'),
  b('/units/*/heat/efficiency', 0.01, 1, '', 'furnace efficiency', 'hiệu suất lò'),
  b('/units/*/workers', 0, 1_000, 'worker', 'workers', 'số công nhân'),
  b('/units/*/bufferKg', 0, 1_000_000, 'kg', 'buffer after the unit', 'kho đệm sau thiết bị'),
  b('/residues/plasticRoutes/{plasticRoute}', 0, 1, '', 'share of plastic rejects: {1}', 'tỷ lệ nhựa thải: {1}'),
  b('/residues/inertRoutes/{inertRoute}', 0, 1, '', 'share of inert rejects: {1}', 'tỷ lệ chất thải trơ: {1}'),
  b('/residues/separation/{polymer}/fraction', 0, 1, '', 'share of {1} kept apart from the rejects', 'tỷ lệ {1} được tách riêng khỏi nhựa thải'),
  b('/residues/dumpFireFraction', 0, 1, '', 'share of dumped plastic that burns in dump fires', 'tỷ lệ nhựa đổ thải bị cháy ở bãi'),
  b('/bricks/plasticMassFraction', 0.01, 1, '', 'mass share of plastic in a brick', 'tỷ lệ khối lượng nhựa trong gạch'),
  b('/bricks/brickMassKg', 0.01, 100, 'kg', 'mass of a brick', 'khối lượng một viên gạch'),
  b('/bricks/electricityKWhPerTonnePlastic', 0, 10_000, 'kWh/t', 'electricity per tonne of plastic in bricks', 'điện năng cho mỗi tấn nhựa làm gạch'),
  b('/bricks/heat/MJPerTonnePlastic', 0, 100_000, 'MJ/t', 'heat of the brick melt per tonne of plastic', 'nhiệt nấu chảy làm gạch cho mỗi tấn nhựa'),
  b('/bricks/heat/efficiency', 0.01, 1, '', 'efficiency of the brick melt’s heating', 'hiệu suất cấp nhiệt nấu chảy làm gạch'),
  b('/bricks/sandPricePerTonne', 0, PRICE_MAX, '', 'price of sand per tonne', 'giá cát mỗi tấn', MONEY),
  b('/bricks/pricePerBrick', 0, PRICE_MAX, '', 'price of a brick', 'giá một viên gạch', MONEY),
  b('/bricks/workers', 0, 1_000, 'worker', 'brick workers', 'số công nhân làm gạch'),
  b('/prices/productPerTonne', 0, PRICE_MAX, '', 'price of pellets per tonne', 'giá hạt nhựa mỗi tấn', MONEY),
  b('/prices/electricityPerKWh', 0, PRICE_MAX, '', 'price of electricity per kWh', 'giá điện mỗi kWh', MONEY),
  b('/prices/waterPerM3', 0, PRICE_MAX, '', 'price of water per m³', 'giá nước mỗi m³', MONEY),
  b('/prices/coalPerTonne', 0, PRICE_MAX, '', 'price of coal per tonne', 'giá than mỗi tấn', MONEY),
  b('/prices/woodPerTonne', 0, PRICE_MAX, '', 'price of wood per tonne', 'giá củi mỗi tấn', MONEY),
  b('/prices/lpgPerKg', 0, PRICE_MAX, '', 'price of LPG per kg', 'giá khí hóa lỏng mỗi kg', MONEY),
  b('/prices/wagePerWorkerDay', 0, PRICE_MAX, '', 'wage per worker and day', 'tiền công mỗi người mỗi ngày', MONEY),
  b('/prices/landfillFeePerTonne', 0, PRICE_MAX, '', 'landfill fee per tonne', 'phí chôn lấp mỗi tấn', MONEY),
  b('/prices/cementKilnFeePerTonne', 0, PRICE_MAX, '', 'cement kiln fee per tonne', 'phí đồng xử lý ở lò xi măng mỗi tấn', MONEY),
  b('/prices/scrapSalePerTonne', 0, PRICE_MAX, '', 'price of rejects sold as scrap per tonne', 'giá bán nhựa thải làm phế liệu mỗi tấn', MONEY),
  b('/otherCosts/*/perYear', 0, PRICE_MAX, '', 'other cost per year', 'chi phí khác mỗi năm', MONEY),
  b('/otherCosts/*/perTonneFeed', 0, PRICE_MAX, '', 'other cost per tonne of feed', 'chi phí khác mỗi tấn phế liệu', MONEY),
  b('/otherCosts/*/perTonneProduct', 0, PRICE_MAX, '', 'other cost per tonne of product', 'chi phí khác mỗi tấn sản phẩm', MONEY),
  b('/discountRate', 0, 1, '', 'discount rate', 'tỷ lệ chiết khấu'),
  b('/releases/chlorine/refFraction', 1e-6, 1, '', 'chlorine fraction above which PCDD/F rise (chlorine-adjusted method)', 'tỷ lệ clo mà trên đó PCDD/F tăng (phương pháp hiệu chỉnh theo clo)'),
  b('/releases/chlorine/exponent', 0, 10, '', 'exponent of the chlorine effect', 'số mũ của ảnh hưởng clo'),
  b('/releases/chlorine/maxMultiplier', 1, 1_000_000, '', 'largest chlorine multiplier of PCDD/F', 'hệ số nhân clo lớn nhất của PCDD/F'),
  b('/releases/chlorineFraction/{polymer}', 0, 1, '', 'chlorine mass fraction of {1}', 'tỷ lệ khối lượng clo của {1}'),
  b('/releases/hclReleaseFraction/{plasticSource}', 0, 1, '', 'share of the chlorine released as HCl by {1}', 'tỷ lệ clo thải ra dưới dạng HCl từ {1}'),
  b('/dynamics/lotKg', 1, 100_000, 'kg', 'lot size (dynamics)', 'cỡ lô (mô phỏng động)'),
  b('/dynamics/bufferKg', 0, 1_000_000, 'kg', 'buffer between units (dynamics)', 'kho đệm giữa các thiết bị (mô phỏng động)'),
  b('/dynamics/failureCv', 0.01, 10, '', 'coefficient of variation of failures (dynamics)', 'hệ số biến thiên của sự cố (mô phỏng động)'),
  b('/dynamics/burnPolicy/everyDays', 1, 366, 'day', 'days between burns (dynamics)', 'số ngày giữa hai lần đốt (mô phỏng động)', { integer: true }),
  b('/dynamics/burnPolicy/thresholdKg', 0, 10_000_000, 'kg', 'stockpile that triggers a burn (dynamics)', 'lượng tồn đọng kích hoạt việc đốt (mô phỏng động)'),
  b('/dynamics/burnShare', 0, 1, '', 'share of the stockpile burned (dynamics; no longer used: burn events follow the plastic routes)', 'tỷ lệ tồn đọng bị đốt (mô phỏng động; không còn dùng: mỗi lần dọn đi theo các đường xử lý nhựa)'),
  b('@ef/{source}/pcddf/{vector}', 0, EF_UG_MAX, 'µg TEQ/t', 'PCDD/F emission factor of {1} to {2}', 'hệ số phát thải PCDD/F của {1} vào {2}', PER_TJ),
  b('@ef/{source}/dlpcb/{vector}', 0, EF_UG_MAX, 'µg TEQ/t', 'dl-PCB emission factor of {1} to {2}', 'hệ số phát thải dl-PCB của {1} vào {2}', PER_TJ),
  b('@ef/{source}/pm25', 0, 10_000, 'kg/t', 'PM2.5 emission factor of {1}', 'hệ số phát thải PM2.5 của {1}'),
  b('@ef/{source}/pm10', 0, 10_000, 'kg/t', 'PM10 emission factor of {1}', 'hệ số phát thải PM10 của {1}'),
  b('@ef/{source}/bc', 0, 10_000, 'kg/t', 'black-carbon emission factor of {1}', 'hệ số phát thải muội than của {1}'),
  b('@ef/{source}/co', 0, 10_000, 'kg/t', 'CO emission factor of {1}', 'hệ số phát thải CO của {1}'),
  b('@ef/{source}/ch4', 0, 10_000, 'kg/t', 'CH4 emission factor of {1}', 'hệ số phát thải CH4 của {1}'),
  b('@ef/{source}/co2PerTJ', 0, 1_000, 't/TJ', 'CO2 emission factor of {1}', 'hệ số phát thải CO2 của {1}'),
  b('@ef/gridCo2PerMWh', 0, 10, 't/MWh', 'CO2 of grid electricity', 'CO2 của điện lưới'),
  b('**/dist/median', 0, 1e12, '', 'median of the distribution', 'trung vị của phân phối', { minExclusive: true }),
  b('**/dist/gsd', 1, 100, '', 'geometric standard deviation of the distribution', 'độ lệch chuẩn hình học của phân phối'),
  b('**/dist/min', 0, 1e12, '', 'minimum of the distribution', 'giá trị nhỏ nhất của phân phối'),
  b('**/dist/mode', 0, 1e12, '', 'mode of the distribution', 'giá trị thường gặp nhất của phân phối'),
  b('**/dist/max', 0, 1e12, '', 'maximum of the distribution', 'giá trị lớn nhất của phân phối'),
  b('**/dist/mean', 0, 1e12, '', 'mean of the distribution', 'giá trị trung bình của phân phối'),
  b('**/dist/sd', 0, 1e12, '', 'standard deviation of the distribution', 'độ lệch chuẩn của phân phối'),
];

const EF_PREFIXES = ['/emissionFactors', '/factors'];

/** The closed key lists of the schema, by the name a pattern uses ("component", "source", …).
 *  scenario-schema.ts, which owns the lists, hands them in when it loads (this module imports
 *  nothing, so that the schema can import it); until then a named wildcard matches any key. */
const KEY_SETS = new Map<string, ReadonlySet<string>>();
export function defineKeySets(sets: Record<string, readonly string[]>): void {
  for (const [name, keys] of Object.entries(sets)) KEY_SETS.set(name, new Set(keys));
}

interface Compiled { bound: Bound; segments: string[]; anyPrefix: boolean }

const COMPILED: Compiled[] = BOUNDS.flatMap((bound): Compiled[] => {
  if (bound.pattern.startsWith('**')) return [{ bound, segments: pointerSegments(bound.pattern.slice(2)), anyPrefix: true }];
  if (bound.pattern.startsWith('@ef')) {
    return EF_PREFIXES.map((prefix) => ({ bound, segments: pointerSegments(prefix + bound.pattern.slice(3)), anyPrefix: false }));
  }
  return [{ bound, segments: pointerSegments(bound.pattern), anyPrefix: false }];
});

const BY_PATTERN = new Map(BOUNDS.map((x) => [x.pattern, x]));

/** The row of a pattern as written in BOUNDS; throws for a pattern the table lacks (a
 *  programming error, caught by the tests). */
export function bound(pattern: string): Bound {
  const row = BY_PATTERN.get(pattern);
  if (!row) throw new Error(`no bound for ${pattern} in web/shared/model/bounds.ts`);
  return row;
}

export interface BoundMatch {
  bound: Bound;
  /** The keys the named wildcards matched ("{1}", "{2}" of the label). */
  keys: string[];
}

function matchAt(c: Compiled, segs: readonly string[]): BoundMatch | null {
  const offset = c.anyPrefix ? segs.length - c.segments.length : 0;
  if (offset < 0 || (!c.anyPrefix && segs.length !== c.segments.length)) return null;
  const keys: string[] = [];
  for (let i = 0; i < c.segments.length; i++) {
    const want = c.segments[i];
    const got = segs[offset + i];
    if (want === '*') {
      if (!/^(0|[1-9][0-9]*)$/.test(got)) return null;
    } else if (want.startsWith('{') && want.endsWith('}')) {
      const set = KEY_SETS.get(want.slice(1, -1));
      if (set && !set.has(got)) return null;
      keys.push(got);
    } else if (want !== got) return null;
  }
  return { bound: c.bound, keys };
}

/** The bound of a concrete JSON Pointer into a scenario or a library ("/units/3/heat/efficiency",
 *  "/emissionFactors/openBurning/pcddf/air/value"), or null if the number has none. */
export function boundOf(pointer: string): BoundMatch | null {
  let segs = pointerSegments(pointer);
  // An emission factor written as { "value": 40, "source": … } has its number under "value".
  if (segs[segs.length - 1] === 'value') {
    const direct = boundOfSegments(segs);
    if (direct) return direct;
    segs = segs.slice(0, -1);
  }
  return boundOfSegments(segs);
}

function boundOfSegments(segs: readonly string[]): BoundMatch | null {
  for (const c of COMPILED) {
    const m = matchAt(c, segs);
    if (m) return m;
  }
  return null;
}

/** Words for the keys a wildcard can match (components, routes, sources, vectors). */
const KEY_WORDS: Record<BoundLang, Record<string, string>> = {
  en: {
    otherPlastic: 'other plastic', dirt: 'dirt', moisture: 'moisture',
    openBurning: 'open burning', dumping: 'dumping', landfill: 'sanitary landfill', bricks: 'bricks',
    cementKiln: 'cement kiln', sale: 'sale as scrap', dumpFire: 'dump fires', plasticFuel: 'plastic rejects as fuel',
    coal: 'coal', wood: 'wood', lpg: 'LPG', brickMelt: 'the brick melt',
    air: 'air', water: 'water', land: 'land', product: 'product', residue: 'residue',
  },
  vi: {
    otherPlastic: 'nhựa khác', dirt: 'đất cát', moisture: 'độ ẩm',
    openBurning: 'đốt lộ thiên', dumping: 'đổ thải', landfill: 'bãi chôn lấp hợp vệ sinh', bricks: 'làm gạch',
    cementKiln: 'lò xi măng', sale: 'bán phế liệu', dumpFire: 'cháy bãi thải', plasticFuel: 'nhựa thải làm nhiên liệu',
    coal: 'than', wood: 'củi', lpg: 'khí hóa lỏng', brickMelt: 'nấu chảy làm gạch',
    air: 'không khí', water: 'nước', land: 'đất', product: 'sản phẩm', residue: 'chất thải rắn',
  },
};

/** The field in words, in the given language ("furnace efficiency", "feed share of PVC"). */
export function boundLabel(match: BoundMatch, lang: BoundLang): string {
  return match.bound.label[lang].replace(/\{(\d)\}/g, (_, k: string) => {
    const key = match.keys[Number(k) - 1] ?? '?';
    return KEY_WORDS[lang][key] ?? key;
  });
}

/** Whether x lies in the bound's range (what the schema accepts). */
export function inBound(row: Bound, x: number): boolean {
  if (!Number.isFinite(x)) return false;
  if (row.zeroAllowed && x === 0) return true;
  if (row.integer && !Number.isInteger(x)) return false;
  return (row.minExclusive ? x > row.min : x >= row.min) && x <= row.max;
}

/** A sampling or sweep range [lo, hi] narrowed to the accepted range of the field at `pointer`
 *  (a feed may still be 0: the lower end of a row that allows 0 is left as it is). */
export function narrowToBound<T extends { lo: number; hi: number }>(pointer: string, range: T): T {
  const m = boundOf(pointer);
  if (!m) return range;
  const lo = m.bound.zeroAllowed ? range.lo : Math.max(range.lo, m.bound.min);
  return { ...range, lo, hi: Math.min(range.hi, m.bound.max) };
}

/** The range in words for tables: "0.01 – 1", "0 or 0.000001 – 10,000", "more than 0 – 1e12". */
export function rangeText(row: Bound, format: (x: number) => string = (x) => String(x)): string {
  const lo = row.minExclusive ? `> ${format(row.min)}` : format(row.min);
  const range = `${lo} – ${format(row.max)}`;
  return row.zeroAllowed ? `0 or ${range}` : range;
}
