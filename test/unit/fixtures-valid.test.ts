// The village fixtures and the emission-factor libraries pass the schema, carry provenance for
// every number, and hold the values reference/DATA.md gives.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLYMER_KEYS, SOURCE_KEYS, validateEmissionFactorLibrary, validateScenario, type Scenario } from '../../web/shared/model/scenario-schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));
const SCENARIOS = ['fixtures/scenarios/minh-khai-before.json', 'fixtures/scenarios/phan-boi-before.json'];
const LIBRARIES = ['fixtures/emission-factors.json', 'fixtures/emission-factors-2005.json'];

/** JSON Pointers of every number in a document, except inside `provenance` and the header. */
function numberPointers(node: unknown, pointer = ''): string[] {
  if (typeof node === 'number') return [pointer];
  if (Array.isArray(node)) return node.flatMap((v, i) => numberPointers(v, `${pointer}/${i}`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => {
      if (pointer === '' && (k === 'provenance' || k === 'version')) return [];
      return numberPointers(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    });
  }
  return [];
}

/** MODEL.md section 3 steps 2-5 for 1 t of feed: share entering each unit, rejects per tonne. */
function perTonneOfFeed(s: Scenario) {
  const x: Record<string, number> = { ...s.feed.composition } as Record<string, number>;
  const polymers = new Set<string>(POLYMER_KEYS);
  const shares: number[] = [];
  let rejects = 0;
  let kWh = 0;
  for (const u of s.units) {
    const inT = Object.values(x).reduce((a, b) => a + b, 0);
    shares.push(inT);
    kWh += (u.electricityKWhPerTonne ?? 0) * inT;
    for (const [c, r] of Object.entries(u.removal ?? {})) {
      const removed = (x[c] ?? 0) * r!.fraction;
      x[c] -= removed;
      if (r!.to === 'rejects') rejects += removed;
    }
    for (const c of Object.keys(x)) {
      if (!polymers.has(c)) continue;
      const lost = x[c] * (u.processLossFraction ?? 0);
      x[c] -= lost;
      rejects += lost;
    }
  }
  const product = Object.values(x).reduce((a, b) => a + b, 0);
  return { shares, rejects, product, kWh };
}

describe.each(SCENARIOS)('%s', (file) => {
  const doc = readJson(file);

  it('passes the schema without errors or warnings', () => {
    const r = validateScenario(doc);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('has the required header: id, site, currency VND, discount rate 0.1 and a description of its sources', () => {
    expect(doc.id).toBe(path.basename(file, '.json'));
    // Place names are bilingual (issue 16): { vi: 'Hưng Yên', en: 'Hung Yen' }.
    expect(doc.site.province).toEqual({ vi: 'Hưng Yên', en: 'Hung Yen' });
    expect(doc.currency).toBe('VND');
    expect(doc.discountRate).toBe(0.1);
    expect(doc.description.length).toBeGreaterThan(200);
    expect(doc.description).toMatch(/DATA\.md/);
  });

  it('gives a source and status for every number, and no provenance entry points at nothing', () => {
    const numbers = numberPointers(doc);
    const keys = Object.keys(doc.provenance);
    expect(numbers.filter((p) => !keys.includes(p))).toEqual([]);
    expect(keys.filter((k) => !numbers.includes(k))).toEqual([]);
    for (const entry of Object.values<any>(doc.provenance)) {
      expect(entry.source.length).toBeGreaterThan(10);
      expect(['R', 'M', 'D', 'E']).toContain(entry.status);
    }
  });

  it('is near but not over capacity, with the extruder as the named bottleneck', () => {
    const s = doc as Scenario;
    const F = s.feed.tonnesPerDay * s.calendar.daysPerYear;
    const { shares } = perTonneOfFeed(s);
    const utilization = s.units.map((u, i) => {
      const a = u.mtbfHours !== undefined && u.mttrHours !== undefined ? u.mtbfHours / (u.mtbfHours + u.mttrHours) : 1;
      const capT = ((u.capacityKgPerHour ?? 0) / 1000) * s.calendar.hoursPerDay * s.calendar.daysPerYear * a;
      return (F * shares[i]) / capT;
    });
    const worst = Math.max(...utilization);
    expect(s.units[utilization.indexOf(worst)].id).toBe('extrude');
    expect(worst).toBeGreaterThan(0.9);
    expect(worst).toBeLessThan(1);
    expect(doc.description).toMatch(/extruder is the bottleneck/);
  });

  it('makes rejects of about 10-11 % of its input and uses about 0.5 kWh per kg of product', () => {
    const { rejects, product, kWh } = perTonneOfFeed(doc as Scenario);
    expect(rejects).toBeGreaterThan(0.1);
    expect(rejects).toBeLessThan(0.115);
    expect(kWh / product / 1000).toBeGreaterThan(0.45); // kWh per kg of product
    expect(kWh / product / 1000).toBeLessThan(0.55);
  });

  it('costs rent, maintenance, transport, washing chemicals and depreciation, and prices water (issue 13)', () => {
    const s = doc as Scenario;
    expect(s.otherCosts!.map((c) => c.id)).toEqual(['rent', 'maintenance', 'transport', 'washing-chemicals', 'depreciation']);
    for (const c of s.otherCosts!) {
      // Each line says where its number comes from, on the line (shown by the editor) and in provenance.
      expect(typeof c.source === 'string' ? c.source.length : c.source!.en.length).toBeGreaterThan(40);
      expect(c.status).toBe('E');
    }
    expect(s.prices!.waterPerM3).toBeGreaterThan(0);
    expect(doc.provenance['/prices/waterPerM3'].source).toMatch(/2,000–11,000 VND\/m³/);
  });

  it('burns plastic rejects in the dryer with coal as backup and sends nothing to bricks in the baseline', () => {
    const dryer = doc.units.find((u: any) => u.type === 'drying');
    expect(dryer.heat).toMatchObject({ fuel: 'plasticRejects', backupFuel: 'coal' });
    expect(doc.residues.plasticRoutes).toMatchObject({ openBurning: 0.6, dumping: 0.4, bricks: 0 });
    expect(doc.residues.dumpFireFraction).toBe(0.3);
    expect(doc.bricks.plasticMassFraction).toBe(0.3);
    expect(doc.wastewater.treatment).toBe('none');
  });
});

describe('Minh Khai values from DATA.md', () => {
  const doc = readJson(SCENARIOS[0]);
  it('uses the household throughput, prices and water use DATA.md gives', () => {
    expect(doc.feed.tonnesPerDay).toBe(2);
    expect(doc.provenance['/feed/tonnesPerDay'].status).toBe('R');
    expect(doc.feed.pricePerTonne).toBe(2_000_000);
    expect(doc.prices.productPerTonne).toBeGreaterThanOrEqual(15_000_000);
    expect(doc.prices.productPerTonne).toBeLessThanOrEqual(25_000_000);
    expect(doc.prices.electricityPerKWh).toBe(2204);
    expect(doc.prices.wagePerWorkerDay).toBe(200_000);
    expect(doc.units.find((u: any) => u.type === 'washing').waterM3PerTonne).toBe(11);
    expect(doc.units.map((u: any) => u.type)).toEqual(['sorting', 'washing', 'shredding', 'drying', 'extrusion', 'pelletizing']);
  });
});

describe('other costs of one household line, per year (MODEL.md 3.2: perYear + perTonneFeed × F)', () => {
  const otherPerYear = (s: Scenario) => {
    const F = s.feed.tonnesPerDay * s.calendar.daysPerYear;
    return s.otherCosts!.reduce((sum, c) => sum + (c.perYear ?? 0) + (c.perTonneFeed ?? 0) * F, 0); // no line is per tonne of product
  };
  it('Minh Khai: 366 M VND', () => {
    // F = 2 t/day × 300 days = 600 t. Rent 400 m² × 25,000 VND × 12 = 120,000,000; maintenance
    // 600 × 50,000 = 30,000,000; transport 600 × 250,000 = 150,000,000; chemicals 600 × 60,000
    // = 36,000,000; depreciation 240,000,000 / 8 = 30,000,000. Sum 366,000,000.
    expect(otherPerYear(readJson(SCENARIOS[0]))).toBe(366_000_000);
  });
  it('Phan Boi: 277 M VND', () => {
    // F = 1.5 × 300 = 450 t. Rent 300 m² × 25,000 × 12 = 90,000,000; maintenance 450 × 50,000
    // = 22,500,000; transport 450 × 250,000 = 112,500,000; chemicals 450 × 60,000 = 27,000,000;
    // depreciation 200,000,000 / 8 = 25,000,000. Sum 277,000,000.
    expect(otherPerYear(readJson(SCENARIOS[1]))).toBe(277_000_000);
  });
});

describe('Phan Boi marks its assumed values', () => {
  const doc = readJson(SCENARIOS[1]);
  it('says in the description and in provenance which values are assumed', () => {
    expect(doc.description).toMatch(/No quantitative data exists/);
    const entries = Object.values<any>(doc.provenance);
    const assumed = entries.filter((e) => /ASSUMED/.test(e.source));
    expect(assumed.length).toBeGreaterThan(entries.length / 2);
    for (const e of assumed) expect(e.status).toBe('E');
  });
});

describe.each(LIBRARIES)('%s', (file) => {
  const lib = readJson(file);

  it('passes the library schema', () => {
    const r = validateEmissionFactorLibrary(lib);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('has the scenario override shape, so a scenario may carry it as emissionFactors', () => {
    const scenario = { ...readJson(SCENARIOS[0]), emissionFactors: lib.factors };
    const r = validateScenario(scenario);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('gives a specific source, a status and (for numbers) a distribution for every value', () => {
    const visit = (v: any, where: string) => {
      if (v && typeof v === 'object' && 'value' in v) {
        expect(v.source.length, where).toBeGreaterThan(20);
        expect(['R', 'M', 'D', 'E'], where).toContain(v.status);
        if (typeof v.value === 'number') expect(v.dist, where).toBeDefined();
        else expect(v.value, where).toBe('ND');
        return;
      }
      for (const [k, child] of Object.entries(v)) visit(child, `${where}/${k}`);
    };
    visit(lib.factors, '/factors');
  });

  it('sends open-burning and dump-fire ash to land, never residue, and co-pollutants only for burned plastic', () => {
    for (const s of ['openBurning', 'dumpFire']) {
      expect(lib.factors[s].pcddf.residue).toBeUndefined();
      expect(lib.factors[s].pcddf.land.value).toBeGreaterThan(0);
      expect(lib.factors[s].pcddf.water.value).toBe('ND');
    }
    for (const s of SOURCE_KEYS) {
      const hasCo = ['openBurning', 'dumpFire', 'plasticFuel'].includes(s);
      for (const p of ['pm25', 'pm10', 'bc', 'co', 'ch4']) expect(lib.factors[s][p] !== undefined, `${s}.${p}`).toBe(hasCo);
      expect(lib.factors[s].co2PerTJ !== undefined, `${s}.co2PerTJ`).toBe(['coal', 'wood', 'lpg'].includes(s));
    }
  });

  it('holds the DATA.md values and spreads', () => {
    const f = lib.factors;
    // Toolkit 2013 dl-PCB (Annex 46, R), dump-fire land, plastic fuel by analogy (E, GSD 4.5)
    expect(f.openBurning.dlpcb.air).toMatchObject({ value: 2, status: 'R' });
    expect(f.dumpFire.dlpcb.air).toMatchObject({ value: 30, status: 'R' });
    expect(f.dumpFire.pcddf.land).toMatchObject({ value: 10, status: 'M', dist: { type: 'lognormal', median: 10, gsd: 3.2 } });
    expect(f.plasticFuel.pcddf.air).toMatchObject({ value: 40, status: 'E', dist: { type: 'lognormal', median: 40, gsd: 4.5 } });
    expect(f.coal.pcddf.air.value).toBe(100);
    expect(f.coal.pcddf.land.value).toBe('ND');
    expect(f.wood.pcddf.air.value).toBe(100);
    expect(f.lpg.pcddf.air.value).toBe(1.5);
    expect(f.coal.co2PerTJ.value).toBe(94.6);
    expect(f.lpg.co2PerTJ.value).toBe(63.1);
    expect(f.wood.co2PerTJ.value).toBe(112);
    expect(f.cementKiln.pcddf.air.value).toBe(0);
    expect(f.gridCo2PerMWh).toMatchObject({ value: 0.6592, status: 'R' });
    // Co-pollutants (kg/t): PM2.5 9.8 ± 5.7 as a normal truncated at 0
    expect(f.openBurning.pm25).toMatchObject({ value: 9.8, status: 'R', dist: { type: 'normal', mean: 9.8, sd: 5.7, min: 0 } });
    expect(f.openBurning.co).toMatchObject({ value: 38, dist: { type: 'normal', mean: 38, sd: 19, min: 0 } });
    // BC range 0.3-1.97: GSD = exp(ln(1.97/0.3)/3.92) = exp(1.8820/3.92) = exp(0.48011) = 1.616
    expect(f.openBurning.bc.dist).toEqual({ type: 'lognormal', median: 0.65, gsd: 1.616 });
    // CH4 range 3.7-6.5: GSD = exp(ln(6.5/3.7)/3.92) = exp(0.56346/3.92) = exp(0.14374) = 1.155
    expect(f.openBurning.ch4.dist).toEqual({ type: 'lognormal', median: 6.5, gsd: 1.155 });
    expect(f.openBurning.pm10.distNote).toMatch(/assumed/);
  });
});

describe('the 2005 sensitivity set', () => {
  it('differs from the 2013 library only in the 2005 open-burning values (status M)', () => {
    const lib13 = readJson(LIBRARIES[0]);
    const lib05 = readJson(LIBRARIES[1]);
    expect(lib13.factors.openBurning.pcddf.air).toMatchObject({ value: 40, status: 'M', dist: { median: 40, gsd: 3.2 } });
    expect(lib13.factors.openBurning.pcddf.land.value).toBe(1);
    expect(lib13.factors.dumpFire.pcddf.air.value).toBe(300);
    expect(lib05.id).toBe('toolkit-2005');
    const changed = [
      ['openBurning', 'air', 300],
      ['openBurning', 'land', 600],
      ['dumpFire', 'air', 1000],
    ] as const;
    for (const [s, v, value] of changed) {
      expect(lib05.factors[s].pcddf[v]).toMatchObject({ value, status: 'M', dist: { type: 'lognormal', median: value, gsd: 3.2 } });
      lib05.factors[s].pcddf[v] = lib13.factors[s].pcddf[v];
    }
    expect(lib05.factors).toEqual(lib13.factors);
  });
});
