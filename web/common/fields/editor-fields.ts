// What the line editor shows for each number of MODEL.md section 2: a label, the unit, and the
// range the schema accepts (its row in web/shared/model/field-table.ts), with a step that suits typing. Also readable names for any
// JSON Pointer into a scenario (the sweep panel's parameter list) and the provenance words.
import { msg, str } from '@lit/localize';
import { pickText } from '../../app/locale.ts';
import { bound } from '../../shared/model/bounds.ts';
import { type ComponentKey, type FuelKey, type InertRouteKey, type PlasticRouteKey, type SinkKey, type UnitType } from '../../shared/model/scenario-schema.ts';
import { getAt } from '../../shared/io/json-pointer.ts';

export interface FieldSpec {
  key: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  step: number;
}

/** A field of its row in the table of numbers (web/shared/model/field-table.ts): its key is the
 *  row's last segment, its min and max the row's range (0 for a number that may be 0). */
const field = (label: string, unit: string, pattern: string, step: number): FieldSpec => {
  const row = bound(pattern);
  const key = pattern.slice(pattern.lastIndexOf('/') + 1);
  return { key, label, unit, min: row.zeroAllowed ? 0 : row.min, max: row.max, step };
};
const share = () => msg('share, 0–1');

export const calendarFields = (): FieldSpec[] => [
  field(msg('Working days per year'), msg('days/yr'), '/calendar/daysPerYear', 1),
  field(msg('Working hours per day'), msg('h/day'), '/calendar/hoursPerDay', 0.5),
];

export const feedFields = (currency: string): FieldSpec[] => [
  field(msg('Scrap bought per day'), msg('t/day'), '/feed/tonnesPerDay', 0.1),
  field(msg('Price of scrap'), msg(str`${currency}/t`), '/feed/pricePerTonne', 100_000),
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
  field(msg('Price of sand'), msg(str`${currency}/t`), '/bricks/sandPricePerTonne', 10_000),
  field(msg('Price of a brick'), msg(str`${currency}/brick`), '/bricks/pricePerBrick', 100),
  field(msg('Brick workers'), msg('workers'), '/bricks/workers', 1),
];

export const priceFields = (currency: string): FieldSpec[] => [
  field(msg('Pellets sold'), msg(str`${currency}/t`), '/prices/productPerTonne', 100_000),
  field(msg('Electricity'), msg(str`${currency}/kWh`), '/prices/electricityPerKWh', 10),
  field(msg('Water'), msg(str`${currency}/m³`), '/prices/waterPerM3', 100),
  field(msg('Coal'), msg(str`${currency}/t`), '/prices/coalPerTonne', 10_000),
  field(msg('Wood'), msg(str`${currency}/t`), '/prices/woodPerTonne', 10_000),
  field(msg('LPG'), msg(str`${currency}/kg`), '/prices/lpgPerKg', 100),
  field(msg('Wage'), msg(str`${currency}/worker-day`), '/prices/wagePerWorkerDay', 5_000),
  field(msg('Landfill fee'), msg(str`${currency}/t`), '/prices/landfillFeePerTonne', 10_000),
  field(msg('Cement kiln fee'), msg(str`${currency}/t`), '/prices/cementKilnFeePerTonne', 10_000),
  field(msg('Rejects sold as scrap'), msg(str`${currency}/t`), '/prices/scrapSalePerTonne', 10_000),
];

export function componentLabel(key: ComponentKey | string): string {
  switch (key) {
    case 'PE':
      return msg('PE (polyethylene)');
    case 'PP':
      return msg('PP (polypropylene)');
    case 'PS':
      return msg('PS (polystyrene)');
    case 'PET':
      return msg('PET');
    case 'PVC':
      return msg('PVC');
    case 'otherPlastic':
      return msg('Other plastic');
    case 'dirt':
      return msg('Dirt');
    case 'moisture':
      return msg('Moisture');
    default:
      return key;
  }
}

export function unitTypeLabel(type: UnitType | string): string {
  switch (type) {
    case 'sorting':
      return msg('Sorting');
    case 'washing':
      return msg('Washing');
    case 'shredding':
      return msg('Shredding');
    case 'drying':
      return msg('Drying');
    case 'agglomeration':
      return msg('Agglomeration');
    case 'extrusion':
      return msg('Extrusion');
    case 'pelletizing':
      return msg('Pelletizing');
    case 'moulding':
      return msg('Moulding');
    default:
      return type;
  }
}

export function fuelLabel(fuel: FuelKey | string): string {
  switch (fuel) {
    case 'plasticRejects':
      return msg('Plastic rejects');
    case 'coal':
      return msg('Coal');
    case 'wood':
      return msg('Wood');
    case 'lpg':
      return msg('LPG');
    case 'electricity':
      return msg('Electricity');
    default:
      return fuel;
  }
}

export function sinkLabel(sink: SinkKey | string): string {
  switch (sink) {
    case 'rejects':
      return msg('Rejects');
    case 'wastewater':
      return msg('Wastewater');
    case 'evaporation':
      return msg('Evaporation');
    default:
      return sink;
  }
}

export function plasticRouteLabel(route: PlasticRouteKey | string): string {
  switch (route) {
    case 'openBurning':
      return msg('Burned in the open');
    case 'dumping':
      return msg('Dumped');
    case 'landfill':
      return msg('Sanitary landfill');
    case 'bricks':
      return msg('Made into bricks');
    case 'cementKiln':
      return msg('Co-processed in a cement kiln');
    case 'sale':
      return msg('Sold as scrap');
    default:
      return route;
  }
}

export function inertRouteLabel(route: InertRouteKey | string): string {
  return route === 'dumping' ? msg('Dumped') : route === 'landfill' ? msg('Sanitary landfill') : route;
}

export function statusWord(status: string | undefined): string {
  switch (status) {
    case 'R':
      return msg('read in the source');
    case 'M':
      return msg('unverified (recalled from the source)');
    case 'D':
      return msg('derived from sourced numbers');
    case 'E':
      return msg('estimate');
    default:
      return msg('no source recorded');
  }
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
