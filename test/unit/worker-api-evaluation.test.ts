// The worker's evaluation methods (web/worker/evaluation-api.ts), called directly in Node.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../web/worker/api.ts';
import { flattenLibrary } from '../../web/worker/evaluation-api.ts';
import { loadCoreNode, loadEfLibrary } from '../../web/cli/load-core-node.ts';
import type { Survey } from '../../web/shared/survey/survey.ts';

const api = createApi(() => loadCoreNode());
const text = (p: string) => readFileSync(p, 'utf8');
const minhKhai = JSON.parse(text('fixtures/scenarios/minh-khai-before.json'));
const pilot: string[] = JSON.parse(text('fixtures/scenarios/minh-khai-after.json')).measures;
const illustrative = text('fixtures/survey/illustrative-survey.csv');

async function survey(): Promise<Survey> {
  const out = await api.surveyParse(illustrative);
  if (!out.ok) throw new Error(out.errors.map((e) => e.message).join('\n'));
  return out.value;
}

describe('worker API: survey files', () => {
  it('reads the illustrative survey: 23 rows of 12 households, missing cells as null', async () => {
    const s = await survey();
    expect(s.records).toHaveLength(23);
    expect(new Set(s.records.map((r) => r.householdId)).size).toBe(12);
    expect(s.notes[0]).toMatch(/ILLUSTRATIVE/);
    // MK-03 after: the water cell is empty in the file, so it is not measured (null), not 0.
    expect(s.records.find((r) => r.householdId === 'MK-03' && r.period === 'after')!.waterM3PerYr).toBeNull();
  });

  it('refuses a semicolon file, naming the row and the delimiter', async () => {
    const out = await api.surveyParse(text('fixtures/survey/bad/semicolon-delimiter.csv'));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0].code).toBe('wrong_delimiter');
    expect(out.errors[0].row).toBe(1);
    expect(out.errors[0].message).toMatch(/semicolon/);
  });

  it('refuses text in a number column, naming row 3 and coal_t_per_yr', async () => {
    const out = await api.surveyParse(text('fixtures/survey/bad/text-in-number.csv'));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({ row: 3, column: 'coal_t_per_yr', code: 'not_number' });
    expect(out.errors[0].message).toMatch(/row 3/i);
  });

  it('hands out the template and the help sheet, which read back as a survey', async () => {
    const { template, helpSheet } = await api.surveyTemplate('en');
    expect(helpSheet.split('\r\n')[0]).toBe('column,unit,required,meaning');
    const back = await api.surveyParse(template);
    expect(back.ok).toBe(true);
  });
});

describe('worker API: indicators', () => {
  it('MK-01 before: yield and PCDD/F to air per tonne of product, worked by hand', async () => {
    const out = await api.surveyIndicators(await survey());
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const mk01 = out.value.households.find((h) => h.householdId === 'MK-01')!.before!;
    // 327.7 t sold ÷ 435.5 t bought
    expect(mk01.materialYield.value).toBeCloseTo(327.7 / 435.5, 12);
    // open 20.528 t × 40 + as fuel 11.502 t × 40 + dump fires 3.107 t × 300 = 2213.3 µg TEQ; ÷ 327.7 t
    expect(mk01.pcddfAirUgTeqPerTProduct.value).toBeCloseTo(2213.3 / 327.7, 9);
    expect(mk01.pcddfAirUgTeqPerTProduct.factors.map((f) => f.status)).toContain('M');
  });

  it('group: MK-07 has no after row and PB-04 no electricity after, so n is 11 and 10', async () => {
    const out = await api.surveyIndicators(await survey());
    if (!out.ok) throw new Error('refused');
    const g = out.value.group;
    expect(g.materialYield.before.n).toBe(12);
    expect(g.materialYield.after.n).toBe(11);
    expect(g.materialYield.change.n).toBe(11);
    expect(g.electricityKWhPerTProduct.change.n).toBe(10);
    const c = g.pcddfAirUgTeqPerTProduct.change;
    expect(c.mean).toBeLessThan(0);
    expect(c.low!).toBeLessThanOrEqual(c.mean!);
    expect(c.high!).toBeGreaterThanOrEqual(c.mean!);
  });

  it('one village only, and refuses something that is not a survey', async () => {
    const out = await api.surveyIndicators(await survey(), { village: 'Phan Boi' });
    if (!out.ok) throw new Error('refused');
    expect(out.value.households.map((h) => h.householdId)).toEqual(['PB-01', 'PB-02', 'PB-03', 'PB-04', 'PB-05']);
    const bad = await api.surveyIndicators({ format: 'x' } as unknown as Survey);
    expect(bad.ok).toBe(false);
  });
});

describe('worker API: measured versus modelled and the annex', () => {
  it('MK-01 before on the Minh Khai scenario: every measured item compared, flags carry a hint', async () => {
    const out = await api.measuredVsModelled({ survey: await survey(), householdId: 'MK-01', period: 'before', baseline: minhKhai, afterMeasureIds: pilot });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.template.measureIds).toEqual([]);
    // Electricity is scaled to the measurement, so it agrees by construction.
    const electricity = out.value.items.find((i) => i.key === 'electricity')!;
    expect(electricity.measured).toBe(168742);
    expect(Math.abs(electricity.relativeDifference!)).toBeLessThan(1e-6);
    for (const f of out.value.flags) expect(f.hint).toBeTruthy();
  });

  it('an after row is modelled on the scenario with the pilot measures', async () => {
    const out = await api.measuredVsModelled({ survey: await survey(), householdId: 'MK-01', period: 'after', baseline: minhKhai, afterMeasureIds: pilot });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.value.template.measureIds).toEqual(pilot);
    const missing = await api.measuredVsModelled({ survey: await survey(), householdId: 'MK-07', period: 'after', baseline: minhKhai, afterMeasureIds: pilot });
    expect(missing.ok).toBe(false);
  });

  it('the annex lists every value of the library and the scenario provenance', async () => {
    const library = loadEfLibrary();
    const out = await api.evaluationAnnex({
      scenarios: [
        { label: 'before', baseline: minhKhai },
        { label: 'after', baseline: minhKhai, measureIds: pilot },
      ],
    });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    // Count the library's leaves independently: a number, "ND" or an object with a value.
    let leaves = 0;
    const count = (n: unknown): void => {
      if (typeof n === 'number' || n === 'ND' || (typeof n === 'object' && n !== null && 'value' in n)) {
        leaves++;
        return;
      }
      if (typeof n === 'object' && n !== null) Object.values(n).forEach(count);
    };
    count(library.factors);
    expect(out.value.factors).toHaveLength(leaves);
    expect(flattenLibrary(library)).toEqual(out.value.factors);
    const air = out.value.factors.find((f) => f.pointer === '/openBurning/pcddf/air')!;
    expect(air).toMatchObject({ value: 40, unit: 'µg TEQ/t', status: 'M' });
    expect(out.value.factors.find((f) => f.pointer === '/coal/pcddf/air')!.unit).toBe('µg TEQ/TJ');
    expect(out.value.scenarios[0].assumptions).toHaveLength(Object.keys(minhKhai.provenance).length);
    expect(out.value.scenarios[1].measures.map((m) => m.id).sort()).toEqual([...pilot].sort());
  });
});
