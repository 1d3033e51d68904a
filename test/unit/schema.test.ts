// The scenario schema (MODEL.md section 2): each rule, the wording of messages, all errors at
// once, warnings for unknown keys, and the Vietnamese messages.
import { describe, expect, it, vi } from 'vitest';
import {
  COMPONENT_KEYS,
  FUEL_KEYS,
  INERT_ROUTE_KEYS,
  PLASTIC_ROUTE_KEYS,
  POLYMER_KEYS,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  SINK_KEYS,
  SOURCE_KEYS,
  UNIT_TYPES,
  VECTOR_KEYS,
  formatIssue,
  migrateScenario,
  parseScenarioText,
  validateScenario,
  type ValidationIssue,
  type ValidationResult,
} from '../../web/shared/model/scenario-schema.ts';
import { JSON_REASON_CODES, MESSAGE_CODES } from '../../web/shared/model/schema-messages.ts';

/** A small valid scenario; each test breaks one thing. */
function base(): Record<string, any> {
  return {
    format: 'plastic-line-scenario',
    version: 1,
    id: 'test-line',
    name: 'Test line',
    calendar: { daysPerYear: 300, hoursPerDay: 10 },
    feed: {
      tonnesPerDay: 2,
      pricePerTonne: 2000000,
      composition: { PE: 0.5, PP: 0.2, PS: 0.03, PET: 0.04, PVC: 0.03, otherPlastic: 0.05, dirt: 0.1, moisture: 0.05 },
    },
    units: [
      { id: 'sort', type: 'sorting', name: 'Manual sorting', capacityKgPerHour: 250, removal: { PVC: { fraction: 0.8, to: 'rejects' } }, workers: 4 },
      {
        id: 'wash',
        type: 'washing',
        name: 'Wash tank',
        capacityKgPerHour: 230,
        mtbfHours: 200,
        mttrHours: 4,
        removal: { dirt: { fraction: 0.85, to: 'wastewater' } },
        waterM3PerTonne: 11,
        electricityKWhPerTonne: 40,
      },
      { id: 'dry', type: 'drying', name: 'Flake dryer', capacityKgPerHour: 220, heat: { MJPerTonne: 250, fuel: 'plasticRejects' } },
      { id: 'extrude', type: 'extrusion', name: 'Extruder', capacityKgPerHour: 170, processLossFraction: 0.015 },
    ],
    residues: { plasticRoutes: { openBurning: 0.6, dumping: 0.4 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0.3 },
  };
}

function errorsOf(r: ValidationResult): ValidationIssue[] {
  return r.ok ? [] : r.errors;
}
function onlyError(doc: unknown): ValidationIssue {
  const r = validateScenario(doc);
  expect(r.ok).toBe(false);
  const errors = errorsOf(r);
  expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(1);
  return errors[0];
}
function expectValid(doc: unknown): Extract<ValidationResult, { ok: true }> {
  const r = validateScenario(doc);
  expect(errorsOf(r), JSON.stringify(errorsOf(r), null, 1)).toEqual([]);
  return r as Extract<ValidationResult, { ok: true }>;
}

describe('exported key tuples follow MODEL.md', () => {
  it('lists components, sources, vectors, fuels, sinks, routes and unit types in the contract order', () => {
    expect(COMPONENT_KEYS).toEqual(['PE', 'PP', 'PS', 'PET', 'PVC', 'otherPlastic', 'dirt', 'moisture']);
    expect(POLYMER_KEYS).toEqual(['PE', 'PP', 'PS', 'PET', 'PVC', 'otherPlastic']);
    expect(SOURCE_KEYS).toEqual(['openBurning', 'dumpFire', 'plasticFuel', 'coal', 'wood', 'lpg', 'cementKiln', 'brickMelt']);
    expect(VECTOR_KEYS).toEqual(['air', 'water', 'land', 'product', 'residue']);
    expect(FUEL_KEYS).toEqual(['plasticRejects', 'coal', 'wood', 'lpg', 'electricity']);
    expect(SINK_KEYS).toEqual(['rejects', 'wastewater', 'evaporation']);
    expect(PLASTIC_ROUTE_KEYS).toEqual(['openBurning', 'dumping', 'landfill', 'bricks', 'cementKiln', 'sale']);
    expect(INERT_ROUTE_KEYS).toEqual(['dumping', 'landfill']);
    expect(UNIT_TYPES).toEqual(['sorting', 'washing', 'shredding', 'drying', 'agglomeration', 'extrusion', 'pelletizing', 'moulding']);
    expect(SCENARIO_FORMAT).toBe('plastic-line-scenario');
    expect(SCENARIO_VERSION).toBe(1);
  });
});

describe('a valid scenario', () => {
  it('is accepted and handed back untransformed (no defaults applied)', () => {
    const doc = base();
    const copy = structuredClone(doc);
    const r = expectValid(doc);
    expect(r.warnings).toEqual([]);
    expect(r.scenario).toEqual(copy);
    // heat.efficiency and heat.backupFuel stay absent: the compiler applies the defaults.
    expect(r.scenario.units[2].heat).toEqual({ MJPerTonne: 250, fuel: 'plasticRejects' });
    expect('currency' in r.scenario).toBe(false);
  });

  it('accepts every optional section', () => {
    const doc = {
      ...base(),
      description: 'All optional sections.',
      site: { name: 'Minh Khai', province: 'Hung Yen', country: 'VN' },
      currency: 'VND',
      bricks: { plasticMassFraction: 0.3, brickMassKg: 2, electricityKWhPerTonnePlastic: 500, sandPricePerTonne: 150000, pricePerBrick: 3000, workers: 2 },
      wastewater: { treatment: 'settling' },
      prices: {
        productPerTonne: 18000000,
        electricityPerKWh: 2204,
        waterPerM3: 10000,
        coalPerTonne: 3000000,
        woodPerTonne: 1500000,
        lpgPerKg: 25000,
        wagePerWorkerDay: 200000,
        landfillFeePerTonne: 300000,
        cementKilnFeePerTonne: 500000,
        scrapSalePerTonne: 1000000,
      },
      discountRate: 0.1,
      emissionFactors: {
        openBurning: {
          pcddf: { air: 40, water: 'ND', land: { value: 1, source: 'Toolkit 2013', status: 'M' } },
          dlpcb: { air: 2 },
          pm25: 9.8,
          pm10: 11.9,
          bc: 0.65,
          co: 38,
          ch4: 6.5,
        },
        coal: { pcddf: { air: { value: 100, dist: { type: 'lognormal', median: 100, gsd: 3.2 } } }, co2PerTJ: 94.6 },
        gridCo2PerMWh: 0.6592,
      },
      uncertainty: [
        { path: '/emissionFactors/openBurning/pcddf/air', dist: { type: 'lognormal', median: 40, gsd: 3.2 } },
        { path: '/feed/composition/PVC', dist: { type: 'triangular', min: 0.01, mode: 0.03, max: 0.06 } },
        { path: '/prices/productPerTonne', dist: { type: 'uniform', min: 15000000, max: 25000000 } },
        { path: '/residues/dumpFireFraction', dist: { type: 'normal', mean: 0.3, sd: 0.1, min: 0, max: 1 } },
      ],
      provenance: { '/feed/tonnesPerDay': { source: 'VTV, 6 Oct 2017', status: 'R', note: 'one household' } },
    };
    expect(expectValid(doc).warnings).toEqual([]);
  });

  it('counts missing composition and route keys as 0', () => {
    const doc = base();
    doc.feed.composition = { PE: 1 };
    doc.residues.plasticRoutes = { dumping: 1 };
    expectValid(doc);
  });

  it('accepts shares that add up to 1 within 1e-6', () => {
    const doc = base();
    doc.feed.composition.PE = 0.5 + 9e-7;
    expectValid(doc);
    doc.feed.composition.PE = 0.5 + 2e-6;
    expect(onlyError(doc).code).toBe('sum_not_one');
  });
});

describe('numbers', () => {
  it('refuses negative numbers and names the field and unit', () => {
    const doc = base();
    doc.units[0].capacityKgPerHour = -250;
    const e = onlyError(doc);
    expect(e).toMatchObject({ path: '/units/0/capacityKgPerHour', code: 'too_small' });
    expect(e.message).toBe('units/0/capacityKgPerHour (capacity, Manual sorting): must be at least 0 kg/h; got -250');
  });

  it('refuses huge numbers with the limit written out', () => {
    const doc = base();
    doc.units[3].capacityKgPerHour = 5e99;
    const e = onlyError(doc);
    expect(e).toMatchObject({ path: '/units/3/capacityKgPerHour', code: 'too_big', params: { limit: 1_000_000 } });
    expect(e.message).toBe('units/3/capacityKgPerHour (capacity, Extruder): must be at most 1,000,000 kg/h; got 5e+99');
  });

  it.each([
    [
      '/feed/tonnesPerDay',
      (d: any) => {
        d.feed.tonnesPerDay = 10_001;
      },
    ],
    [
      '/feed/pricePerTonne',
      (d: any) => {
        d.feed.pricePerTonne = 1.1e12;
      },
    ],
    [
      '/units/0/workers',
      (d: any) => {
        d.units[0].workers = 10_001;
      },
    ],
    [
      '/units/2/heat/MJPerTonne',
      (d: any) => {
        d.units[2].heat.MJPerTonne = 100_001;
      },
    ],
    [
      '/units/1/electricityKWhPerTonne',
      (d: any) => {
        d.units[1].electricityKWhPerTonne = 100_001;
      },
    ],
    [
      '/units/1/waterM3PerTonne',
      (d: any) => {
        d.units[1].waterM3PerTonne = 1_001;
      },
    ],
    [
      '/units/1/mtbfHours',
      (d: any) => {
        d.units[1].mtbfHours = 1e7;
      },
    ],
    [
      '/prices/wagePerWorkerDay',
      (d: any) => {
        d.prices = { wagePerWorkerDay: 1e13 };
      },
    ],
  ])('refuses an absurd value at %s', (path, mutate) => {
    const doc = base();
    mutate(doc);
    expect(onlyError(doc)).toMatchObject({ path, code: 'too_big' });
  });

  it('refuses Infinity and NaN from JavaScript callers as not finite', () => {
    const doc = base();
    doc.feed.tonnesPerDay = Infinity;
    doc.units[0].capacityKgPerHour = NaN;
    const errors = errorsOf(validateScenario(doc));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['/feed/tonnesPerDay', 'not_finite'],
      ['/units/0/capacityKgPerHour', 'not_finite'],
    ]);
    expect(errors[0].message).toBe('feed/tonnesPerDay (scrap bought per day): must be an ordinary finite number; got Infinity');
    // NaN is what a box holds after text that is not a number: said in words.
    expect(errors[1].message).toMatch(/: must be a number; what was typed is not one$/);
  });

  it('refuses numbers written as text, quoting what was found', () => {
    const doc = base();
    doc.units[1].capacityKgPerHour = 'NaN';
    const e = onlyError(doc);
    expect(e).toMatchObject({ path: '/units/1/capacityKgPerHour', code: 'invalid_type' });
    expect(e.message).toBe('units/1/capacityKgPerHour (capacity, Wash tank): must be a number; got text in quotes ("NaN")');
  });

  it('keeps fractions in [0, 1]', () => {
    for (const [mutate, path] of [
      [
        (d: any) => {
          d.units[0].removal.PVC.fraction = 1.5;
        },
        '/units/0/removal/PVC/fraction',
      ],
      [
        (d: any) => {
          d.units[3].processLossFraction = -0.1;
        },
        '/units/3/processLossFraction',
      ],
      [
        (d: any) => {
          d.units[1].waterRecycledFraction = 2;
        },
        '/units/1/waterRecycledFraction',
      ],
      [
        (d: any) => {
          d.residues.dumpFireFraction = 1.01;
        },
        '/residues/dumpFireFraction',
      ],
      [
        (d: any) => {
          d.discountRate = 10;
        },
        '/discountRate',
      ],
    ] as const) {
      const doc = base();
      mutate(doc);
      expect(onlyError(doc).path).toBe(path);
    }
  });

  it('keeps the calendar in range: daysPerYear in [1, 366], hoursPerDay in (0, 24]', () => {
    const cases: [number, number, string | null][] = [
      [1, 24, null],
      [366, 0.5, null],
      [0, 10, 'daysPerYear'],
      [367, 10, 'daysPerYear'],
      [300, 0, 'hoursPerDay'],
      [300, 24.5, 'hoursPerDay'],
    ];
    for (const [days, hours, bad] of cases) {
      const doc = base();
      doc.calendar = { daysPerYear: days, hoursPerDay: hours };
      if (bad === null) expectValid(doc);
      else expect(onlyError(doc).path).toBe(`/calendar/${bad}`);
    }
  });
});

describe('sums', () => {
  it('gives the actual sum of a composition that does not add up to 1', () => {
    const doc = base();
    doc.feed.composition.PE = 0.6; // 0.6 + 0.2 + 0.03 + 0.04 + 0.03 + 0.05 + 0.1 + 0.05 = 1.1
    const e = onlyError(doc);
    expect(e).toMatchObject({ path: '/feed/composition', code: 'sum_not_one', params: { sum: 1.1 } });
    expect(e.message).toBe('feed/composition: the shares must add up to 1; they add up to 1.1');
  });

  it('checks plastic and inert routes the same way', () => {
    const doc = base();
    doc.residues.plasticRoutes = { openBurning: 0.6, dumping: 0.3 }; // 0.9
    doc.residues.inertRoutes = { dumping: 0.5, landfill: 0.6 }; // 1.1
    const errors = errorsOf(validateScenario(doc));
    expect(errors.map((e) => [e.path, e.code, e.params?.sum])).toEqual([
      ['/residues/plasticRoutes', 'sum_not_one', 0.9],
      ['/residues/inertRoutes', 'sum_not_one', 1.1],
    ]);
  });

  it('refuses keys outside the closed lists of components and routes', () => {
    const doc = base();
    doc.residues.plasticRoutes = { openBurning: 0.6, river: 0.4 };
    const errors = errorsOf(validateScenario(doc));
    expect(errors[0]).toMatchObject({ path: '/residues/plasticRoutes/river', code: 'unknown_key' });
    expect(errors[0].message).toContain('allowed keys are openBurning, dumping, landfill, bricks, cementKiln, sale');
  });
});

describe('units', () => {
  it('refuses duplicate ids and names both indices', () => {
    const doc = base();
    doc.units[3].id = 'wash';
    const e = onlyError(doc);
    expect(e).toMatchObject({ path: '/units/3/id', code: 'duplicate_id', params: { id: 'wash', first: 1, second: 3 } });
    expect(e.message).toBe('units/3/id (Extruder): the id "wash" is used twice, by units/1 and units/3; each unit needs its own id');
  });

  it('refuses empty, too long and badly spelt ids', () => {
    const doc = base();
    doc.units[0].id = '';
    expect(onlyError(doc)).toMatchObject({ path: '/units/0/id', code: 'too_short' });
    doc.units[0].id = 'a'.repeat(65);
    expect(onlyError(doc)).toMatchObject({ path: '/units/0/id', code: 'too_long' });
    doc.units[0].id = 'a'.repeat(64);
    expectValid(doc);
    doc.units[0].id = 'sort line';
    expect(onlyError(doc)).toMatchObject({ path: '/units/0/id', code: 'invalid_id' });
  });

  it('needs 1 to 64 units', () => {
    const doc = base();
    doc.units = [];
    expect(onlyError(doc)).toMatchObject({ path: '/units', code: 'too_few_items' });
    doc.units = Array.from({ length: 64 }, (_, i) => ({ id: `u${i}`, type: 'sorting', capacityKgPerHour: 100 }));
    expectValid(doc);
    doc.units.push({ id: 'u64', type: 'sorting', capacityKgPerHour: 100 });
    const e = onlyError(doc);
    expect(e).toMatchObject({ path: '/units', code: 'too_many_items' });
    expect(e.message).toBe('units: must list at most 64 items; got 65');
  });

  it('lists the allowed values of an unknown enum value', () => {
    const doc = base();
    doc.units[0].type = 'grinding';
    const e = onlyError(doc);
    expect(e.message).toBe(
      'units/0/type (Manual sorting): must be one of "sorting", "washing", "shredding", "drying", "agglomeration", "extrusion", "pelletizing", "moulding"; got "grinding"',
    );
  });

  it('knows the sinks, fuels and treatments', () => {
    const doc = base();
    doc.units[0].removal.PVC.to = 'river';
    doc.units[2].heat.fuel = 'diesel';
    doc.units[2].heat.backupFuel = 'tyres';
    doc.wastewater = { treatment: 'reed-bed' };
    const errors = errorsOf(validateScenario(doc));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['/units/0/removal/PVC/to', 'invalid_value'],
      ['/units/2/heat/fuel', 'invalid_value'],
      ['/units/2/heat/backupFuel', 'invalid_value'],
      ['/wastewater/treatment', 'invalid_value'],
    ]);
    expect(errors[1].message).toContain('"plasticRejects", "coal", "wood", "lpg", "electricity"');
    expect(errors[3].message).toContain('"none", "settling", "full"');
  });

  it('refuses removal keys that are not components, and removal entries without a sink', () => {
    const doc = base();
    doc.units[0].removal = { rubber: { fraction: 0.5, to: 'rejects' }, PS: { fraction: 0.5 } };
    const errors = errorsOf(validateScenario(doc));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['/units/0/removal/rubber', 'unknown_key'],
      ['/units/0/removal/PS/to', 'required'],
    ]);
  });

  it('needs heat.fuel when heat is present, and an efficiency in [0.01, 1]', () => {
    const doc = base();
    delete doc.units[2].heat.fuel;
    const e = onlyError(doc);
    expect(e).toMatchObject({ path: '/units/2/heat/fuel', code: 'required' });
    expect(e.message).toBe('units/2/heat/fuel (Flake dryer): is required but missing');
    const doc2 = base();
    // 5e-324 used to pass "> 0" and gave PCDD/F to air of ∞ (issue 14); a furnace is at least 1 % efficient.
    doc2.units[2].heat.efficiency = 5e-324;
    expect(onlyError(doc2)).toMatchObject({ path: '/units/2/heat/efficiency', code: 'too_small', params: { inclusive: 1, limit: 0.01 } });
    expect(onlyError(doc2).message).toBe('units/2/heat/efficiency (furnace efficiency, Flake dryer): must be at least 0.01; got 5e-324');
    doc2.units[2].heat.efficiency = 0.01;
    expectValid(doc2);
    doc2.units[2].heat.efficiency = 1;
    expectValid(doc2);
    doc2.units[2].heat.efficiency = 1.2;
    expect(onlyError(doc2)).toMatchObject({ path: '/units/2/heat/efficiency', code: 'too_big' });
  });

  it('needs mtbfHours ≥ 0.1 h and warns when only one of MTBF and MTTR is given', () => {
    const doc = base();
    doc.units[1].mtbfHours = 0.09;
    expect(onlyError(doc)).toMatchObject({ path: '/units/1/mtbfHours', code: 'too_small', params: { limit: 0.1 } });
    const doc2 = base();
    delete doc2.units[1].mttrHours;
    const r = expectValid(doc2);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ path: '/units/1/mtbfHours', code: 'availability_partial' });
    expect(r.warnings[0].message).toBe(
      'units/1/mtbfHours (mean time between failures, Wash tank): only mtbfHours is given, without mttrHours; both are needed to compute availability, so this unit is treated as always available',
    );
  });

  it('names the unit by its id when it has no name', () => {
    const doc = base();
    delete doc.units[3].name;
    doc.units[3].workers = -1;
    expect(onlyError(doc).message).toBe('units/3/workers (workers, extrude): must be at least 0 workers; got -1');
  });
});

describe('bricks and wastewater', () => {
  it('needs a bricks object when plastic goes to bricks', () => {
    const doc = base();
    doc.residues.plasticRoutes = { openBurning: 0.5, dumping: 0.3, bricks: 0.2 };
    const e = onlyError(doc);
    expect(e).toMatchObject({ path: '/bricks', code: 'bricks_required', params: { share: 0.2 } });
    expect(e.message).toContain('residues/plasticRoutes/bricks sends a share of 0.2');
    doc.bricks = { plasticMassFraction: 0.3, brickMassKg: 2 };
    expectValid(doc);
  });

  it('needs plasticMassFraction in (0, 1] and brickMassKg > 0 when bricks is given', () => {
    const doc = base();
    doc.bricks = { plasticMassFraction: 0, brickMassKg: 0 };
    expect(errorsOf(validateScenario(doc)).map((e) => [e.path, e.code])).toEqual([
      ['/bricks/plasticMassFraction', 'too_small'],
      ['/bricks/brickMassKg', 'too_small'],
    ]);
    doc.bricks = {};
    expect(errorsOf(validateScenario(doc)).map((e) => e.code)).toEqual(['required', 'required']);
    doc.bricks = { plasticMassFraction: 1, brickMassKg: 2 };
    expectValid(doc);
  });
});

describe('required fields and the header', () => {
  it.each(['format', 'version', 'id', 'name', 'calendar', 'feed', 'units', 'residues'])('needs %s', (key) => {
    const doc = base();
    delete doc[key];
    const e = onlyError(doc);
    expect(e).toMatchObject({ path: `/${key}`, code: 'required' });
    expect(e.message).toBe(`${key}: is required but missing`);
  });

  it('needs feed.tonnesPerDay, feed.composition and both route maps', () => {
    const doc = base();
    delete doc.feed.tonnesPerDay;
    delete doc.feed.composition;
    delete doc.residues.inertRoutes;
    expect(errorsOf(validateScenario(doc)).map((e) => e.path)).toEqual(['/feed/tonnesPerDay', '/feed/composition', '/residues/inertRoutes']);
  });

  it('refuses another format', () => {
    const doc = base();
    doc.format = 'plastic-line-result';
    expect(onlyError(doc)).toMatchObject({ path: '/format', code: 'wrong_format' });
  });

  it('refuses unknown versions with a plain message and nothing else', () => {
    const doc = base();
    doc.version = 7;
    doc.feed = 'whatever a version 7 file holds';
    const e = onlyError(doc);
    expect(e).toMatchObject({ path: '/version', code: 'unknown_version', params: { got: 7, supported: 1 } });
    expect(e.message).toContain('version 7 is not supported; this app reads version 1 files');
  });

  it('checks currency, strings and their lengths', () => {
    const doc = base();
    doc.currency = 'dong';
    doc.name = 'n'.repeat(201);
    doc.description = 'd'.repeat(5001);
    expect(errorsOf(validateScenario(doc)).map((e) => [e.path, e.code])).toEqual([
      ['/name', 'too_long'],
      ['/description', 'too_long'],
      ['/currency', 'invalid_currency'],
    ]);
    doc.currency = 'USD';
    doc.name = 'n'.repeat(200);
    doc.description = 'd'.repeat(5000);
    expectValid(doc);
  });

  it('refuses a top level that is not an object', () => {
    for (const input of [[], 'text', 42, null, undefined, true]) {
      const e = onlyError(input);
      expect(e).toMatchObject({ path: '', code: 'not_object' });
      expect(e.message).toMatch(/^The file must contain one JSON object/);
    }
  });
});

describe('all errors at once', () => {
  it('reports every independent problem in one pass, in document order', () => {
    const doc = base();
    doc.calendar.hoursPerDay = 30;
    doc.feed.tonnesPerDay = -2;
    doc.units[0].type = 'grinding';
    doc.units[2].id = 'sort';
    doc.residues.dumpFireFraction = 3;
    doc.calendar.shift = 'night'; // a warning, not an error
    const r = validateScenario(doc);
    expect(r.ok).toBe(false);
    expect(errorsOf(r).map((e) => e.path)).toEqual([
      '/calendar/hoursPerDay',
      '/feed/tonnesPerDay',
      '/units/0/type',
      '/units/2/id',
      '/residues/dumpFireFraction',
    ]);
    expect(r.warnings.map((w) => w.path)).toEqual(['/calendar/shift']);
  });
});

describe('unknown and forbidden keys', () => {
  it('keeps unknown fields and reports them as warnings', () => {
    const doc = base();
    doc.colour = 'green';
    doc.units[1].noise = 85;
    doc.feed.origin = { country: 'VN' };
    const r = expectValid(doc);
    expect(r.scenario).toEqual(doc);
    expect((r.scenario as any).units[1].noise).toBe(85);
    expect(r.warnings.map((w) => [w.path, w.code])).toEqual([
      ['/colour', 'unknown_field'],
      ['/feed/origin', 'unknown_field'],
      ['/units/1/noise', 'unknown_field'],
    ]);
    expect(r.warnings[2].message).toBe('units/1/noise (Wash tank): unknown field "noise" (ignored)');
  });

  it('refuses __proto__, constructor and prototype keys anywhere without polluting prototypes', () => {
    const text = JSON.stringify(base())
      .replace('{"format"', '{"__proto__":{"polluted":true},"format"')
      .replace('"calendar":{', '"calendar":{"constructor":{"prototype":{"polluted":true}},')
      .replace('"id":"sort",', '"id":"sort","prototype":1,');
    const r = parseScenarioText(text);
    expect(r.ok).toBe(false);
    expect(errorsOf(r).map((e) => [e.path, e.code])).toEqual([
      ['/__proto__', 'forbidden_key'],
      ['/calendar/constructor', 'forbidden_key'],
      ['/units/0/prototype', 'forbidden_key'],
    ]);
    expect(({} as any).polluted).toBeUndefined();
    expect((Object.prototype as any).polluted).toBeUndefined();
  });

  it('refuses JSON Pointers that walk into __proto__', () => {
    const doc = base();
    doc.uncertainty = [{ path: '/__proto__/polluted', dist: { type: 'uniform', min: 0, max: 1 } }];
    doc.provenance = { '/constructor/prototype': { source: 'x', status: 'E' } };
    expect(errorsOf(validateScenario(doc)).map((e) => [e.path, e.code])).toEqual([
      ['/uncertainty/0/path', 'forbidden_key'],
      ['/provenance/~1constructor~1prototype', 'forbidden_key'],
    ]);
  });
});

describe('emission-factor overrides, uncertainty and provenance', () => {
  it('accepts numbers, "ND" and value objects, and refuses anything else', () => {
    const doc = base();
    doc.emissionFactors = {
      openBurning: { pcddf: { air: -1, water: 'NDX', residue: { value: 'x' } }, hcb: 1 },
      lpg: { co2PerTJ: { value: 63.1, status: 'Q' } },
      gridCo2PerMWh: [0.6],
    };
    expect(errorsOf(validateScenario(doc)).map((e) => [e.path, e.code])).toEqual([
      ['/emissionFactors/openBurning/hcb', 'unknown_key'],
      ['/emissionFactors/openBurning/pcddf/air', 'too_small'],
      ['/emissionFactors/openBurning/pcddf/water', 'invalid_type'],
      ['/emissionFactors/openBurning/pcddf/residue/value', 'invalid_type'],
      ['/emissionFactors/lpg/co2PerTJ/status', 'invalid_value'],
      ['/emissionFactors/gridCo2PerMWh', 'invalid_type'],
    ]);
  });

  it('checks every distribution type', () => {
    const doc = base();
    doc.uncertainty = [
      { path: '/a', dist: { type: 'lognormal', median: 0, gsd: 0.9 } },
      { path: '/b', dist: { type: 'triangular', min: 1, mode: 3, max: 2 } },
      { path: '/c', dist: { type: 'uniform', min: 2, max: 1 } },
      { path: '/d', dist: { type: 'normal', mean: 1, sd: -1 } },
      { path: '/e', dist: { type: 'beta' } },
      { path: 'f', dist: { type: 'uniform', min: 0, max: 1 } },
    ];
    const errors = errorsOf(validateScenario(doc));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['/uncertainty/0/dist/median', 'too_small'],
      ['/uncertainty/0/dist/gsd', 'too_small'],
      ['/uncertainty/1/dist/max', 'dist_order'],
      ['/uncertainty/2/dist/max', 'dist_order'],
      ['/uncertainty/3/dist/sd', 'too_small'],
      ['/uncertainty/4/dist/type', 'invalid_value'],
      ['/uncertainty/5/path', 'invalid_pointer'],
    ]);
    expect(errors[2].message).toBe('uncertainty/1/dist/max (maximum of the distribution): the distribution needs min ≤ mode ≤ max; got min 1, mode 3, max 2');
  });

  it('checks provenance keys and entries', () => {
    const doc = base();
    doc.provenance = { 'feed/tonnesPerDay': { source: 'VTV 2017', status: 'R' }, '/feed/pricePerTonne': { source: '', status: 'X' } };
    expect(errorsOf(validateScenario(doc)).map((e) => [e.path, e.code])).toEqual([
      ['/provenance/feed~1tonnesPerDay', 'invalid_pointer'],
      ['/provenance/~1feed~1pricePerTonne/source', 'too_short'],
      ['/provenance/~1feed~1pricePerTonne/status', 'invalid_value'],
    ]);
  });
});

describe('parseScenarioText', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const r = parseScenarioText('{\n  "format": "plastic-line-scenario",\n  "version": 1,,\n}');
    const e = errorsOf(r)[0];
    expect(e).toMatchObject({ path: '', code: 'invalid_json', params: { line: 3, column: 16 } });
    expect(e.message).toBe('The file is not valid JSON: expected a field name in double quotes, found "," at line 3, column 16.');
  });

  it('reports truncated text at its end', () => {
    const e = errorsOf(parseScenarioText('{\n  "format": "plastic-line-scenario",\n  "units": [\n'))[0];
    expect(e).toMatchObject({ code: 'invalid_json', params: { line: 4, column: 1 } });
  });

  it('refuses too-large text before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const text = JSON.stringify(base()) + ' '.repeat(2000);
      const r = parseScenarioText(text, { maxBytes: 1000 });
      expect(errorsOf(r)[0]).toMatchObject({ path: '', code: 'too_large', params: { bytes: text.length, maxBytes: 1000 } });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('counts UTF-8 bytes, not characters', () => {
    const text = JSON.stringify({ ...base(), description: 'ướ'.repeat(300) });
    // 'ư' and 'ớ' take 2 and 3 bytes: the text has 600 more UTF-8 bytes than the 600 characters of the description
    const bytes = new TextEncoder().encode(text).length;
    expect(errorsOf(parseScenarioText(text, { maxBytes: bytes - 1 }))[0].code).toBe('too_large');
    expect(parseScenarioText(text, { maxBytes: bytes }).ok).toBe(true);
  });

  it('accepts a byte-order mark and refuses empty text', () => {
    expect(parseScenarioText('\uFEFF' + JSON.stringify(base())).ok).toBe(true);
    expect(errorsOf(parseScenarioText(''))[0].code).toBe('empty_file');
    expect(errorsOf(parseScenarioText(' \n '))[0].code).toBe('empty_file');
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, {}, '{"a":', '\u0000', '[]'.repeat(100000)]) {
      expect(() => parseScenarioText(input as string)).not.toThrow();
      expect(parseScenarioText(input as string).ok).toBe(false);
    }
  });
});

describe('validateScenario never throws', () => {
  it('survives getters that throw and odd values', () => {
    const trap = base();
    Object.defineProperty(trap, 'feed', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = validateScenario(trap);
    expect(r.ok).toBe(false);
    for (const input of [Symbol('s'), () => 1, new Date(), Object.create(null), { units: [null, 1, 'x'] }]) {
      expect(() => validateScenario(input)).not.toThrow();
    }
  });
});

describe('migrations', () => {
  it('passes version 1 through unchanged', () => {
    const doc = base();
    expect(migrateScenario(doc)).toBe(doc);
    expect(migrateScenario('x')).toBe('x');
  });
});

describe('formatIssue', () => {
  it('gives the English message unchanged and a Vietnamese one with the same path', () => {
    const doc = base();
    doc.units[3].capacityKgPerHour = 5e99;
    const e = onlyError(doc);
    expect(formatIssue(e, 'en')).toBe(e.message);
    expect(formatIssue(e, 'vi')).toBe('units/3/capacityKgPerHour (công suất, Extruder): phải nhỏ hơn hoặc bằng 1.000.000 kg/giờ; giá trị hiện tại: 5e+99');
  });

  it('has a Vietnamese message for every code the schema produces', () => {
    const doc = base();
    doc.feed.composition.PE = 0.6;
    doc.units[1].id = 'sort';
    doc.units[2].heat = { MJPerTonne: 'x' };
    doc.prototype = 1;
    const r = validateScenario(doc);
    const vi = errorsOf(r).map((e) => formatIssue(e, 'vi'));
    expect(vi).toEqual([
      'prototype: khóa "prototype" không được phép xuất hiện trong tệp kịch bản (có thể làm hỏng chương trình)',
      'feed/composition: tổng các tỷ lệ phải bằng 1; hiện tổng là 1.1',
      'units/2/heat/MJPerTonne (nhiệt cần cho mỗi tấn vào, Flake dryer): phải là một số; hiện là một chuỗi chữ trong dấu nháy ("x")',
      'units/2/heat/fuel (Flake dryer): là bắt buộc nhưng đang thiếu',
      'units/1/id (Wash tank): mã "sort" bị dùng hai lần, ở units/0 và units/1; mỗi thiết bị cần một mã riêng',
    ]);
    const parseError = errorsOf(parseScenarioText('{"a" 1}'))[0];
    expect(formatIssue(parseError, 'vi')).toBe('Tệp không phải JSON hợp lệ: cần dấu ":" sau tên trường, nhưng gặp "1" ở dòng 1, cột 6.');
    expect(formatIssue(parseError, 'en')).toBe('The file is not valid JSON: expected ":" after a field name, found "1" at line 1, column 6.');
  });

  it('has the same codes in both languages', () => {
    expect(MESSAGE_CODES.vi).toEqual(MESSAGE_CODES.en);
    expect(JSON_REASON_CODES.vi).toEqual(JSON_REASON_CODES.en);
  });
});

describe('feed below one gram a day', () => {
  it('is refused with a message naming the field, while 0 is accepted', async () => {
    const { validateScenario: v } = await import('../../web/shared/model/scenario-schema.ts');
    const base = JSON.parse((await import('node:fs')).readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8'));
    const tiny = structuredClone(base);
    tiny.feed.tonnesPerDay = 1.41e-321;
    const out = v(tiny);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.errors[0].path).toBe('/feed/tonnesPerDay');
      expect(out.errors[0].code).toBe('zero_or_at_least');
      expect(out.errors[0].message).toMatch(/feed\/tonnesPerDay.*0 or at least 0\.000001 t\/day/);
    }
    const idle = structuredClone(base);
    idle.feed.tonnesPerDay = 0;
    expect(v(idle).ok).toBe(true);
  });
});

describe('dynamics settings (extension for MODEL.md section 7)', () => {
  it('accepts the documented fields and refuses bad values with their path', async () => {
    const { validateScenario: v } = await import('../../web/shared/model/scenario-schema.ts');
    const base = JSON.parse((await import('node:fs')).readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8'));
    const good = {
      ...structuredClone(base),
      dynamics: { lotKg: 25, bufferKg: 500, arrivals: 'poisson', failureDistribution: 'lognormal', burnPolicy: { thresholdKg: 1000 }, burnShare: 0.5 },
    };
    const ok = v(good);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.warnings.map((w) => w.path)).not.toContain('/dynamics');
    const bad = { ...structuredClone(base), dynamics: { arrivals: 'hourly', burnShare: 2 } };
    const out = v(bad);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      const paths = out.errors.map((e) => e.path);
      expect(paths).toContain('/dynamics/arrivals');
      expect(paths).toContain('/dynamics/burnShare');
    }
  });
});
