// What the line editor shows for each number of MODEL.md section 2: a label, the unit, and the
// range the schema accepts (its row in web/shared/model/field-table.ts), with a step that suits typing. Also readable names for any
// JSON Pointer into a scenario (the sweep panel's parameter list) and the provenance words.
import { msg, str } from '@lit/localize';
import { pickText } from '../../app/locale.ts';
import { msgTable, wordOr } from '../../app/words.ts';
import { bound } from '../../shared/model/bounds.ts';
import type { ComponentKey, FuelKey, InertRouteKey, PlasticRouteKey, SinkKey, UnitType, WASTEWATER_TREATMENTS } from '../../shared/model/keys.ts';
import { getAt } from '../../shared/io/json-pointer.ts';

type WastewaterTreatment = (typeof WASTEWATER_TREATMENTS)[number];

export interface FieldSpec {
  key: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  step: number;
  /** An amount of money: grouped as typed ("1.234.567"). */
  money?: boolean;
}

/** A field of its row in the table of numbers (web/shared/model/field-table.ts): its key is the
 *  row's last segment, its min and max the row's range (0 for a number that may be 0). */
const field = (label: string, unit: string, pattern: string, step: number): FieldSpec => {
  const row = bound(pattern);
  const key = pattern.slice(pattern.lastIndexOf('/') + 1);
  return { key, label, unit, min: row.zeroAllowed ? 0 : row.min, max: row.max, step };
};
/** A field of an amount of money in the scenario's currency. */
const money = (label: string, unit: string, pattern: string, step: number): FieldSpec => ({ ...field(label, unit, pattern, step), money: true });
const share = () => msg('share, 0–1');

export const calendarFields = (): FieldSpec[] => [
  field(msg('Working days per year'), msg('days/yr'), '/calendar/daysPerYear', 1),
  field(msg('Working hours per day'), msg('h/day'), '/calendar/hoursPerDay', 0.5),
];

export const feedFields = (currency: string): FieldSpec[] => [
  field(msg('Scrap bought per day'), msg('t/day'), '/feed/tonnesPerDay', 0.1),
  money(msg('Price of scrap'), msg(str`${currency}/t`), '/feed/pricePerTonne', 100_000),
];

export const unitFields = (): FieldSpec[] => [
  field(msg('Capacity'), msg('kg/h'), '/units/*/capacityKgPerHour', 10),
  field(msg('Mean time between failures'), msg('h'), '/units/*/mtbfHours', 10),
  field(msg('Mean time to repair'), msg('h'), '/units/*/mttrHours', 1),
  field(msg('Plastic lost in the process'), share(), '/units/*/processLossFraction', 0.005),
  field(msg('Electricity'), msg('kWh/t in'), '/units/*/electricityKWhPerTonne', 5),
  field(msg('Water'), msg('m³/t in'), '/units/*/waterM3PerTonne', 0.5),
  field(msg('Water recycled'), share(), '/units/*/waterRecycledFraction', 0.05),
  field(msg('Workers'), msg('workers'), '/units/*/workers', 1),
  field(msg('Buffer after the unit (dynamics)'), msg('kg'), '/units/*/bufferKg', 50),
];

export const heatFields = (): FieldSpec[] => [
  field(msg('Heat needed'), msg('MJ/t in'), '/units/*/heat/MJPerTonne', 10),
  field(msg('Furnace efficiency'), share(), '/units/*/heat/efficiency', 0.05),
];

export const bricksFields = (currency: string): FieldSpec[] => [
  field(msg('Plastic in a brick'), msg('mass share, 0–1'), '/bricks/plasticMassFraction', 0.01),
  field(msg('Mass of a brick'), msg('kg'), '/bricks/brickMassKg', 0.1),
  field(msg('Electricity for bricks'), msg('kWh/t plastic'), '/bricks/electricityKWhPerTonnePlastic', 10),
  money(msg('Price of sand'), msg(str`${currency}/t`), '/bricks/sandPricePerTonne', 10_000),
  money(msg('Price of a brick'), msg(str`${currency}/brick`), '/bricks/pricePerBrick', 100),
  field(msg('Brick workers'), msg('workers'), '/bricks/workers', 1),
];

export const priceFields = (currency: string): FieldSpec[] => [
  money(msg('Pellets sold'), msg(str`${currency}/t`), '/prices/productPerTonne', 100_000),
  money(msg('Electricity'), msg(str`${currency}/kWh`), '/prices/electricityPerKWh', 10),
  money(msg('Water'), msg(str`${currency}/m³`), '/prices/waterPerM3', 100),
  money(msg('Coal'), msg(str`${currency}/t`), '/prices/coalPerTonne', 10_000),
  money(msg('Wood'), msg(str`${currency}/t`), '/prices/woodPerTonne', 10_000),
  money(msg('LPG'), msg(str`${currency}/kg`), '/prices/lpgPerKg', 100),
  money(msg('Wage'), msg(str`${currency}/worker-day`), '/prices/wagePerWorkerDay', 5_000),
  money(msg('Landfill fee'), msg(str`${currency}/t`), '/prices/landfillFeePerTonne', 10_000),
  money(msg('Cement kiln fee'), msg(str`${currency}/t`), '/prices/cementKilnFeePerTonne', 10_000),
  money(msg('Rejects sold as scrap'), msg(str`${currency}/t`), '/prices/scrapSalePerTonne', 10_000),
];

const COMPONENT_WORDS = msgTable((): Record<ComponentKey, string> => ({
  PE: msg('PE (polyethylene)'),
  PP: msg('PP (polypropylene)'),
  PS: msg('PS (polystyrene)'),
  PET: msg('PET'),
  PVC: msg('PVC'),
  otherPlastic: msg('Other plastic'),
  dirt: msg('Dirt'),
  moisture: msg('Moisture'),
}));

const UNIT_TYPE_WORDS = msgTable((): Record<UnitType, string> => ({
  sorting: msg('Sorting'),
  washing: msg('Washing'),
  shredding: msg('Shredding'),
  drying: msg('Drying'),
  agglomeration: msg('Agglomeration'),
  extrusion: msg('Extrusion'),
  pelletizing: msg('Pelletizing'),
  moulding: msg('Moulding'),
}));

const FUEL_WORDS = msgTable((): Record<FuelKey, string> => ({
  plasticRejects: msg('Plastic rejects'),
  coal: msg('Coal'),
  wood: msg('Wood'),
  lpg: msg('LPG'),
  electricity: msg('Electricity'),
}));

const SINK_WORDS = msgTable((): Record<SinkKey, string> => ({
  rejects: msg('Rejects'),
  wastewater: msg('Wastewater'),
  evaporation: msg('Evaporation'),
}));

const PLASTIC_ROUTE_WORDS = msgTable((): Record<PlasticRouteKey, string> => ({
  openBurning: msg('Burned in the open'),
  dumping: msg('Dumped'),
  landfill: msg('Sanitary landfill'),
  bricks: msg('Made into bricks'),
  cementKiln: msg('Co-processed in a cement kiln'),
  sale: msg('Sold as scrap'),
}));

const INERT_ROUTE_WORDS = msgTable((): Record<InertRouteKey, string> => ({
  dumping: msg('Dumped'),
  landfill: msg('Sanitary landfill'),
}));

const TREATMENT_WORDS = msgTable((): Record<WastewaterTreatment, string> => ({
  none: msg('None (discharged as it is)'),
  settling: msg('Settling tank (60 % of solids captured)'),
  full: msg('Full treatment (90 % captured)'),
}));

/** R, M, D and E in words (reference/DATA.md): "unverified" for M, "estimate" for E. */
const STATUS_WORDS = msgTable((): Record<string, string> => ({
  R: msg('read in the source'),
  M: msg('unverified (recalled from the source)'),
  D: msg('derived from sourced numbers'),
  E: msg('estimate'),
}));

export const componentLabel = (key: ComponentKey | string): string => wordOr(COMPONENT_WORDS, key) ?? key;
export const unitTypeLabel = (type: UnitType | string): string => wordOr(UNIT_TYPE_WORDS, type) ?? type;
export const fuelLabel = (fuel: FuelKey | string): string => wordOr(FUEL_WORDS, fuel) ?? fuel;
export const sinkLabel = (sink: SinkKey | string): string => wordOr(SINK_WORDS, sink) ?? sink;
export const plasticRouteLabel = (route: PlasticRouteKey | string): string => wordOr(PLASTIC_ROUTE_WORDS, route) ?? route;
export const treatmentLabel = (treatment: WastewaterTreatment | string): string => wordOr(TREATMENT_WORDS, treatment) ?? treatment;
export const inertRouteLabel = (route: InertRouteKey | string): string => wordOr(INERT_ROUTE_WORDS, route) ?? route;

export function statusWord(status: string | undefined): string {
  return (status === undefined ? undefined : wordOr(STATUS_WORDS, status)) ?? msg('no source recorded');
}

function specLabel(specs: FieldSpec[], key: string | undefined): string | undefined {
  const spec = specs.find((s) => s.key === key);
  return spec ? `${spec.label} (${spec.unit})` : undefined;
}

/** "Unit Extruder with melt filter: capacity (kg/h)", "Share of plastic rejects burned in the open"… */
export function pointerLabel(pointer: string, scenario: unknown, currency = 'VND'): string {
  const [head, a, b, c] = pointer.split('/').slice(1);
  if (head === 'calendar') return specLabel(calendarFields(), a) ?? pointer;
  if (head === 'feed' && a === 'composition' && b) return msg(str`Feed share of ${componentLabel(b)}`);
  if (head === 'feed') return specLabel(feedFields(currency), a) ?? pointer;
  if (head === 'units' && a !== undefined) {
    const unit = getAt(scenario, `/units/${a}`) as { name?: unknown; id?: string } | undefined;
    const name = pickText(unit?.name) || unit?.id || `#${Number(a) + 1}`;
    let what: string | undefined;
    if (b === 'heat') what = c === 'fuel' ? msg('Fuel') : specLabel(heatFields(), c);
    else if (b === 'removal' && c) what = msg(str`share of ${componentLabel(c)} removed`);
    else what = specLabel(unitFields(), b);
    return msg(str`Unit ${name}: ${what ?? b}`);
  }
  if (head === 'residues') {
    if (a === 'dumpFireFraction') return msg('Dump-fire fraction (dumped plastic that burns)');
    if (a === 'plasticRoutes' && b) return msg(str`Share of plastic rejects: ${plasticRouteLabel(b).toLowerCase()}`);
    if (a === 'inertRoutes' && b) return msg(str`Share of inert rejects: ${inertRouteLabel(b).toLowerCase()}`);
  }
  if (head === 'bricks') return specLabel(bricksFields(currency), a) ?? pointer;
  if (head === 'prices') {
    const label = specLabel(priceFields(currency), a);
    return label ? msg(str`Price: ${label}`) : pointer;
  }
  return pointer;
}
