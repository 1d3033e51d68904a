// The BAT/BEP catalogue and the patch engine (MODEL.md section 6): every measure applies to both
// village fixtures, patches with selectors and the extension operations do what the catalogue's
// description says, bad patches are refused naming the measure, and the Minh Khai pair reaches
// the regional project's aim of about 90 % less PCDD/F.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  applyMeasures,
  expandPath,
  loadCatalogue,
  MeasureError,
  resolveVariant,
  selectMeasures,
  validateCatalogue,
  validateVariant,
  type Measure,
} from '../../web/shared/analysis/measures.ts';
import { compare } from '../../web/shared/analysis/compare.ts';
import { validateScenario, type Scenario } from '../../web/shared/model/scenario-schema.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { runCompare } from '../../web/cli/compare.ts';
import { CliError } from '../../web/cli/simulate.ts';
import { core } from './helpers.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
const catalogueDoc = read('measures.json');
const catalogue = loadCatalogue(catalogueDoc);
const VILLAGES = ['minh-khai-before.json', 'phan-boi-before.json'];
const baseline = (file: string): Scenario => {
  const checked = validateScenario(read(`scenarios/${file}`));
  if (!checked.ok) throw new Error(`${file} is invalid: ${checked.errors.map((e) => e.message).join('; ')}`);
  return checked.scenario;
};
const measure = (id: string, patch: Measure['patch']): Measure => ({
  id,
  kind: 'BEP',
  name: id,
  description: id,
  source: 'test',
  status: 'E',
  capex: 0,
  lifetimeYears: 1,
  patch,
});

describe('the catalogue', () => {
  it('is valid and has the measures issue 4 asks for', () => {
    const checked = validateCatalogue(catalogueDoc);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    const ids = catalogue.map((m) => m.id);
    for (const id of [
      'bricks-instead-of-burning',
      'cement-kiln-coprocessing',
      'sanitary-landfill',
      'no-plastic-fuel-lpg',
      'no-plastic-fuel-electric',
      'waste-heat-recovery',
      'wash-water-recirculation',
      'float-sink-separation',
      'efficient-motors',
      'preventive-maintenance',
    ])
      expect(ids).toContain(id);
  });

  it('gives every measure a source and status, and every number of a measure a provenance entry', () => {
    for (const m of catalogue) {
      expect(m.source.length).toBeGreaterThan(0);
      expect(['R', 'M', 'D', 'E']).toContain(m.status);
      expect(m.provenance?.['/capex'], `${m.id} /capex`).toBeDefined();
      expect(m.provenance?.['/lifetimeYears'], `${m.id} /lifetimeYears`).toBeDefined();
      m.patch.forEach((op, i) => {
        if (!('value' in op) || typeof op.value !== 'number') return;
        expect(m.provenance?.[`/patch/${i}/value`] ?? m.provenance?.[`/patch/${i}`], `${m.id} /patch/${i}/value`).toBeDefined();
      });
    }
  });

  for (const file of VILLAGES) {
    for (const m of catalogue) {
      it(`${m.id} applies cleanly to ${file}, changes it and yields a valid scenario`, () => {
        const before = baseline(file);
        const frozen = JSON.stringify(before);
        const after = applyMeasures(before, [m]);
        expect(validateScenario(after).ok).toBe(true);
        const strip = (s: Scenario) => JSON.stringify({ ...s, provenance: undefined });
        expect(strip(after)).not.toBe(strip(before));
        expect(JSON.stringify(before)).toBe(frozen); // the baseline is not touched
      });
    }
    it(`all measures together apply to ${file}`, () => {
      const after = applyMeasures(baseline(file), catalogue);
      expect(validateScenario(after).ok).toBe(true);
    });
  }

  it('applying measures never changes the catalogue (values are cloned)', () => {
    const frozen = JSON.stringify(catalogueDoc);
    const after = applyMeasures(baseline('minh-khai-before.json'), catalogue) as Record<string, unknown>;
    (after.units as Array<Record<string, unknown>>)[1].removal = { mutated: true };
    expect(JSON.stringify(catalogueDoc)).toBe(frozen);
  });

  it('copies the measure provenance into the scenario at the paths written', () => {
    const after = applyMeasures(baseline('minh-khai-before.json'), selectMeasures(catalogue, ['waste-heat-recovery']));
    const entry = (after.provenance as Record<string, { status: string; note?: string }>)['/units/3/heat/MJPerTonne'];
    expect(entry.status).toBe('D');
    expect(entry.note).toMatch(/waste-heat-recovery/);
    // 250 MJ/t × 0.7 = 175 MJ/t (VNCPC/IFC: 20–40 % less fuel, middle 30 %).
    expect(after.units[3].heat?.MJPerTonne).toBeCloseTo(175, 12);
  });
});

describe('patch extensions', () => {
  const base = () => baseline('minh-khai-before.json');

  it('selectors expand to every matching unit, by id, type alternatives, nested field or *', () => {
    const s = base();
    expect(expandPath(s, '/units/[id=dry]/heat/fuel')).toEqual(['/units/3/heat/fuel']);
    expect(expandPath(s, '/units/[type=shredding|extrusion]/electricityKWhPerTonne')).toEqual([
      '/units/2/electricityKWhPerTonne',
      '/units/4/electricityKWhPerTonne',
    ]);
    expect(expandPath(s, '/units/[heat.fuel=plasticRejects]/heat')).toEqual(['/units/3/heat']);
    expect(expandPath(s, '/units/[*]/id')).toHaveLength(6);
    expect(expandPath(s, '/units/[type=moulding]/workers')).toEqual([]);
    expect(expandPath(s, '/residues/plasticRoutes/openBurning')).toEqual(['/residues/plasticRoutes/openBurning']);
  });

  it('transfer moves a share and keeps route shares summing to 1; multiply scales; ensure only adds', () => {
    const after = applyMeasures(base(), [
      measure('t', [
        // 0.6 open burning: half moves to the kiln → 0.3 and 0.3.
        { op: 'transfer', from: '/residues/plasticRoutes/openBurning', path: '/residues/plasticRoutes/cementKiln', fraction: 0.5 },
        // 4 workers × 0.5 = 2 at sorting; an absent value stays absent (the extruder has no heat).
        { op: 'multiply', path: '/units/[id=sort]/workers', value: 0.5 },
        { op: 'multiply', path: '/units/[id=extrude]/heat/MJPerTonne', value: 0.5 },
        // The bricks object exists: ensure leaves it; the sort unit has no waterRecycledFraction: ensure adds it.
        { op: 'ensure', path: '/bricks', value: { plasticMassFraction: 0.9, brickMassKg: 9 } },
        { op: 'ensure', path: '/units/[id=sort]/waterRecycledFraction', value: 0 },
      ]),
    ]);
    expect(after.residues.plasticRoutes.openBurning).toBeCloseTo(0.3, 15);
    expect(after.residues.plasticRoutes.cementKiln).toBeCloseTo(0.3, 15);
    expect(after.units[0].workers).toBe(2);
    expect(after.units[4].heat).toBeUndefined();
    expect(after.bricks?.plasticMassFraction).toBe(0.3);
    expect(after.units[0].waterRecycledFraction).toBe(0);
  });

  it('a selector that matches no unit of the baseline refuses the measure, naming it and the operation', () => {
    // Issue 14: a measure that silently changed nothing looked like a measure with no effect.
    expect(() => applyMeasures(base(), [measure('none', [{ op: 'replace', path: '/units/[type=moulding]/workers', value: 9 }])])).toThrow(
      /^measure "none", operation 0 \(replace \/units\/\[type=moulding\]\/workers\): the selector \[type=moulding\] matches nothing in the scenario "minh-khai-before" \(its units: sort \(sorting\), .*\), so this measure does not apply to this line$/,
    );
  });

  it('only the baseline is checked: a later measure may find nothing left to change', () => {
    // Both fuel switches select [heat.fuel=plasticRejects]; after the first, the second matches
    // nothing, which is what applying both means (as in a Shapley subset).
    const both = selectMeasures(catalogue, ['no-plastic-fuel-lpg', 'no-plastic-fuel-electric']);
    const after = applyMeasures(base(), both);
    expect(after.units[3].heat?.fuel).toBe('lpg');
  });
});

describe('preventive maintenance and the maintenance cost line', () => {
  it('cuts the maintenance line by 15 % and nothing else among the other costs', async () => {
    const before = baseline('minh-khai-before.json');
    const after = applyMeasures(before, selectMeasures(catalogue, ['preventive-maintenance']));
    // 50,000 VND/t × 0.85 = 42,500 VND/t; the other lines are untouched.
    expect(after.otherCosts!.find((c) => c.id === 'maintenance')!.perTonneFeed).toBeCloseTo(42_500, 9);
    expect(after.otherCosts!.filter((c) => c.id !== 'maintenance')).toEqual(before.otherCosts!.filter((c) => c.id !== 'maintenance'));
    expect((after.provenance as Record<string, { status: string }>)['/otherCosts/1/perTonneFeed'].status).toBe('M');
    // The line keeps up with its feed before and after (extruder at ~97 %), so only the cost
    // moves profit: 600 t × (50,000 − 42,500) VND/t = 4,500,000 VND a year.
    const doc = compare(await core(), loadEfLibrary(), { before, after, measures: selectMeasures(catalogue, ['preventive-maintenance']) }, { catalogue });
    expect(doc.difference['economics.profit']).toBeCloseTo(4_500_000, 3);
  });
});

describe('bad patches are refused, naming the measure and the operation', () => {
  const base = () => baseline('minh-khai-before.json');

  it('a replace at a path that does not exist', () => {
    const bad = measure('typo-measure', [
      { op: 'add', path: '/units/0/workers', value: 5 },
      { op: 'replace', path: '/residues/plasticRoutes/openBruning', value: 0 },
    ]);
    expect(() => applyMeasures(base(), [bad])).toThrow(MeasureError);
    expect(() => applyMeasures(base(), [bad])).toThrow(
      'measure "typo-measure", operation 1 (replace /residues/plasticRoutes/openBruning): the path does not exist in the scenario',
    );
  });

  it('a patch whose result is not a valid scenario', () => {
    const bad = measure('breaks-shares', [{ op: 'replace', path: '/residues/plasticRoutes/openBurning', value: 0.9 }]);
    const ok = catalogue.find((m) => m.id === 'efficient-motors')!;
    expect(() => applyMeasures(base(), [ok, bad])).toThrow(
      /measure "breaks-shares" makes the scenario "minh-khai-before" invalid: residues\/plasticRoutes: the shares must add up to 1/,
    );
  });

  it('a selector where the scenario has no list, and a multiply of text', () => {
    expect(() => applyMeasures(base(), [measure('sel', [{ op: 'replace', path: '/feed/[id=x]/a', value: 1 }])])).toThrow(
      /measure "sel", operation 0 .*needs a list at \/feed/,
    );
    expect(() => applyMeasures(base(), [measure('mul', [{ op: 'multiply', path: '/units/[id=dry]/heat/fuel', value: 2 }])])).toThrow(
      /measure "mul", operation 0 .*names \/units\/\[id=dry\]\/heat\/fuel, which is not a number of a scenario/,
    );
  });

  it('catalogue errors give the JSON path and plain words', () => {
    const doc = structuredClone(catalogueDoc);
    delete doc.measures[0].capex;
    doc.measures[1].kind = 'BATT';
    doc.measures[2].patch[0].op = 'multiplyy';
    doc.measures[3].id = doc.measures[4].id;
    doc.measures[5].lifetimeYears = 2.5;
    doc.measures[6].patch[0].path = 'units/0';
    const checked = validateCatalogue(doc);
    expect(checked.ok).toBe(false);
    const messages = checked.ok ? [] : checked.errors.map((e) => e.message);
    expect(messages).toContain('measures/0/capex: is required but missing');
    expect(messages).toContain('measures/1/kind: must be one of "BAT", "BEP"; got "BATT"');
    expect(messages).toContain(
      'measures/2/patch/0/op: must be one of "add", "remove", "replace", "move", "copy", "test", "multiply", "transfer", "ensure"; got "multiplyy"',
    );
    expect(messages).toContain(`measures/4/id: the id "${doc.measures[4].id}" is used twice, by measures/3 and measures/4; each measure needs its own id`);
    expect(messages).toContain('measures/5/lifetimeYears: must be a whole number of years; got 2.5');
    expect(messages.some((m) => m.startsWith('measures/6/patch/0/path: must be a JSON Pointer starting with "/"'))).toBe(true);
  });

  it('catalogue operations that could never work are refused before any scenario, naming measure and operation', () => {
    const doc = structuredClone(catalogueDoc);
    // A misspelt route moved nothing without a word (issue 14).
    doc.measures[0].patch = [{ op: 'transfer', from: '/residues/plasticRoutes/openBuring', path: '/residues/plasticRoutes/bricks' }];
    // A unit type that does not exist, a key units do not have, a selector outside /units.
    doc.measures[1].patch = [{ op: 'multiply', path: '/units/[type=Washing]/workers', value: 2 }];
    doc.measures[2].patch = [{ op: 'add', path: '/units/[colour=red]/workers', value: 2 }];
    doc.measures[3].patch = [{ op: 'add', path: '/uncertainty/[path=x]/dist', value: {} }];
    doc.measures[4].patch = [{ op: 'multiply', path: '/units/[workers=many]/workers', value: 2 }];
    const checked = validateCatalogue(doc);
    const errors = checked.ok ? [] : checked.errors;
    const ids = doc.measures.map((m: Measure) => m.id);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['/measures/0/patch/0/from', 'invalid_operation'],
      ['/measures/1/patch/0/path', 'invalid_operation'],
      ['/measures/2/patch/0/path', 'invalid_operation'],
      ['/measures/3/patch/0/path', 'invalid_operation'],
      ['/measures/4/patch/0/path', 'invalid_operation'],
    ]);
    expect(errors[0].message).toBe(
      `measures/0/patch/0/from: measure "${ids[0]}", operation 0 (transfer /residues/plasticRoutes/bricks from /residues/plasticRoutes/openBuring): the "from" path names /residues/plasticRoutes/openBuring, which is not a number of a scenario (see the accepted ranges in README.md); is it misspelt?`,
    );
    expect(errors[1].message).toContain('has the selector [type=Washing], but "Washing" is not a unit type; the types are sorting, washing, shredding');
    expect(errors[2].message).toContain('"colour" is not a field of a unit');
    expect(errors[3].message).toContain('outside /units a selector may only be [*] or [id=…]');
    expect(errors[4].message).toContain('workers is a number and "many" is not');
    // The same checks guard measures built in code (applyMeasures checks them too).
    expect(() => applyMeasures(base(), [measure('typo', doc.measures[0].patch)])).toThrow(
      /^measure "typo", operation 0 .*openBuring, which is not a number of a scenario/,
    );
  });

  it('an unknown measure id is refused with the list of known ones', () => {
    expect(() => selectMeasures(catalogue, ['bricks-instead-of-burning', 'no-such'])).toThrow(
      /unknown measure "no-such"; the catalogue has float-sink-separation, /,
    );
  });
});

describe('variant files', () => {
  const loadBaseline = (p: string) => read(`scenarios/${p}`);

  for (const v of ['minh-khai-after.json', 'phan-boi-after.json']) {
    it(`${v} is a valid variant and resolves to a valid scenario`, async () => {
      const doc = read(`scenarios/${v}`);
      expect(validateVariant(doc).ok).toBe(true);
      const resolved = await resolveVariant(doc, loadBaseline, catalogue);
      expect(resolved.scenario.id).toBe(doc.id);
      expect(validateScenario(resolved.scenario).ok).toBe(true);
      expect(resolved.measures.map((m) => m.id)).toEqual(catalogue.map((m) => m.id).filter((id) => doc.measures.includes(id)));
    });
  }

  it('an unknown measure in a variant is refused', async () => {
    const doc = { ...read('scenarios/minh-khai-after.json'), measures: ['bricks', 'sanitary-landfill'] };
    await expect(resolveVariant(doc, loadBaseline, catalogue)).rejects.toThrow(/unknown measure "bricks"/);
  });
});

describe('the Minh Khai pair (regional aim: about 90 % less PCDD/F at a pilot site)', () => {
  it('reaches at least 90 % less PCDD/F to air and in total, mostly through the bricks pilot', async () => {
    const resolved = await resolveVariant(read('scenarios/minh-khai-after.json'), (p) => read(`scenarios/${p}`), catalogue);
    const doc = compare(await core(), loadEfLibrary(), { before: resolved.baseline, after: resolved.scenario, measures: resolved.measures }, { catalogue });
    expect(doc.percentChange['pcddf.air']!).toBeLessThanOrEqual(-90);
    expect(doc.percentChange['pcddf.total']!).toBeLessThanOrEqual(-90);
    // The measure that brings most of it: the largest reduction in the attribution.
    const ranked = Object.entries(doc.attribution).sort((a, b) => a[1]['pcddf.total'] - b[1]['pcddf.total']);
    expect(ranked[0][0]).toBe('bricks-instead-of-burning');
    expect(ranked[0][1]['pcddf.total'] / doc.difference['pcddf.total']).toBeGreaterThan(0.9);
  });

  it('the command line gives the same comparison for the variant file and for --measures', async () => {
    const byVariant = await runCompare({ beforePath: 'fixtures/scenarios/minh-khai-before.json', afterPath: 'fixtures/scenarios/minh-khai-after.json' });
    const ids = read('scenarios/minh-khai-after.json').measures as string[];
    const byIds = await runCompare({ beforePath: 'fixtures/scenarios/minh-khai-before.json', measureIds: [...ids].reverse() });
    expect(byIds.measures).toEqual(byVariant.measures);
    expect(byIds.difference).toEqual(byVariant.difference);
    expect(byIds.attribution).toEqual(byVariant.attribution);
    expect(byVariant.after.scenarioId).toBe('minh-khai-after');
  });

  it('command-line errors: missing file exit 1, unknown measure exit 2', async () => {
    await expect(runCompare({ beforePath: 'fixtures/scenarios/nope.json', measureIds: ['sanitary-landfill'] })).rejects.toMatchObject({ exitCode: 1 });
    const err = await runCompare({ beforePath: 'fixtures/scenarios/minh-khai-before.json', measureIds: ['nope'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(2);
    expect((err as CliError).message).toMatch(/^--measures: unknown measure "nope"/);
    expect((err as CliError).message).not.toContain('\n');
  });
});

describe('a catalogue measure without a status (MODEL.md 6)', () => {
  it('is read as an estimate (E), not refused, and the file is left as it was', () => {
    const file = {
      format: 'plastic-line-measures',
      version: 1,
      measures: [
        {
          id: 'mine',
          kind: 'BEP',
          name: 'Mine',
          description: 'A user measure',
          source: 'my notes',
          capex: 0,
          lifetimeYears: 1,
          patch: [{ op: 'replace', path: '/residues/dumpFireFraction', value: 0 }],
        },
      ],
    };
    const checked = validateCatalogue(file);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.catalogue.measures[0].status).toBe('E');
    expect('status' in file.measures[0]).toBe(false);
  });
});
