// Training: why a lever makes a figure worse, read from the two results; and which releases with no
// number lie on a headline figure's path. Expected values worked out by hand in the comments.

import { describe, expect, it } from 'vitest';
import { notQuantifiedOnPath } from '../../web/shared/model/not-quantified.ts';
import type { NotQuantifiedItem } from '../../web/shared/model/emission-factors.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';
import { everydayFigures, type TrainingScenario } from '../../web/shared/analysis/training.ts';
import { trainingVerdict, whyWorse } from '../../web/shared/analysis/training-why.ts';
import { run, scenario } from './helpers.ts';

const everyday = (r: Awaited<ReturnType<typeof run>>, s: Scenario) => everydayFigures(r, s as unknown as TrainingScenario);

describe('whyWorse', () => {
  // 100 t/yr of PE; sorting sends 10 % (10 t) to the rejects; the dryer needs 500 MJ/t × 90 t =
  // 45,000 MJ at efficiency 1. Routes: half open burning, half dumped, a fifth of the dump burns.
  const dryer = (fuel: string) =>
    scenario({
      units: [
        { id: 'sort', type: 'sorting', removal: { PE: { fraction: 0.1, to: 'rejects' } } },
        { id: 'dry', type: 'drying', heat: { MJPerTonne: 500, fuel, efficiency: 1 } },
      ],
      residues: { plasticRoutes: { openBurning: 0.5, dumping: 0.5 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0.2 },
      prices: { productPerTonne: 20_000_000, electricityPerKWh: 2_000 },
    } as never);

  it('says the rejects the dryer no longer burns go to the fires outside, and what the power costs', async () => {
    const s0 = dryer('plasticRejects');
    const s1 = dryer('electricity');
    const [b, a] = [await run(s0), await run(s1)];
    const findings = whyWorse(b, a, everyday(b, s0), everyday(a, s1));
    // Fuel drawn: 45,000 MJ / 43.3 MJ/kg = 1.03926 t, so 8.96074 t are routed before and 10 t after.
    // Burned outside = routed × (0.5 open + 0.5 × 0.2 dump fire) = 0.6 × routed:
    // 5.37644 t before, 6 t after: 0.623557 t/yr more = 623.557 / 52 = 11.9915 kg a week.
    // PCDD/F to air: before 4.48037 × 40 + 0.896074 × 300 + 1.03926 × 40 = 489.6; after 5 × 40 + 1 × 300 = 500: worse.
    // Outside fires give 500 / 6 = 83.3 µg/t against 40 in the furnace: dirtier.
    // Electricity: 45,000 MJ / 3.6 = 12,500 kWh × 2,000 = 25,000,000 a year = 2,083,333 a month; 240.38 kWh a week.
    // Plastic burned (6.416 → 6 t) and PM2.5 fall: not listed.
    expect(findings.map((f) => f.figure)).toEqual(['profitPerMonth', 'pcddfAirPersonYears']);
    const [money, dioxins] = findings;
    expect(money.causes).toHaveLength(1);
    expect(money.causes[0]).toMatchObject({ kind: 'electricityCost' });
    const power = money.causes[0] as { perMonth: number; kWhPerWeek: number };
    expect(power.perMonth).toBeCloseTo(2_083_333.33, 1);
    expect(power.kWhPerWeek).toBeCloseTo(240.385, 3);
    expect(dioxins.causes.map((c) => c.kind)).toEqual(['furnaceRejectsBurnedOutside', 'outsideFiresDirtier']);
    expect((dioxins.causes[0] as { kgPerWeek: number }).kgPerWeek).toBeCloseTo(11.9915, 3);
  });

  it('says picked-out PVC joins the rejects and goes into the fire (HCl)', async () => {
    // 100 t/yr, 90 % PE and 10 % PVC; sorting picks out half of the PVC, then 90 %; all rejects burned in the open.
    const line = (fraction: number) =>
      scenario({
        feed: { tonnesPerDay: 1, composition: { PE: 0.9, PVC: 0.1 } },
        units: [{ id: 'sort', type: 'sorting', removal: { PVC: { fraction, to: 'rejects' } } }],
      } as never);
    const [s0, s1] = [line(0.5), line(0.9)];
    const [b, a] = [await run(s0), await run(s1)];
    // HCl = PVC burned × 1000 × 0.5673 × 36.46 / 35.45: 5 t → 2,917.3 kg; 9 t → 5,251.2 kg.
    expect(b.air.hclKg).toBeCloseTo((5000 * 0.5673 * 36.46) / 35.45, 6);
    const findings = whyWorse(b, a, everyday(b, s0), everyday(a, s1));
    // 4 t more rejects (all PVC) a year = 76.923 kg a week: more burned, more smoke, more dioxins, more HCl.
    expect(findings.map((f) => f.figure)).toEqual(['burnedKgPerWeek', 'pm25KgPerWeek', 'pcddfAirPersonYears', 'hclKgPerWeek']);
    expect(findings[0].causes).toEqual([{ kind: 'moreRejects', kgPerWeek: expect.closeTo(4000 / 52, 6) }]);
    expect(findings[3].causes).toEqual([{ kind: 'morePvcInFire', kgPerWeek: expect.closeTo(4000 / 52, 6) }]);
  });

  it('judges better and worse by the direction of each figure, and ignores rounding', () => {
    expect(trainingVerdict('profitPerMonth', 100, 90)).toBe('worse');
    expect(trainingVerdict('bricksMadePerWeek', 0, 5)).toBe('better');
    expect(trainingVerdict('hclKgPerWeek', 129, 115)).toBe('better');
    expect(trainingVerdict('pcddfAirPersonYears', 41_137, 42_780)).toBe('worse');
    expect(trainingVerdict('burnedKgPerWeek', 835, 835 * (1 + 1e-12))).toBe('same');
  });
});

describe('notQuantifiedOnPath', () => {
  const items: NotQuantifiedItem[] = [
    { pollutant: 'hcb', source: 'openBurning' },
    { pollutant: 'pcddf', source: 'openBurning', vector: 'water' },
    { pollutant: 'dlpcb', source: 'openBurning', vector: 'land' },
    { pollutant: 'pcddf', source: 'brickMelt', vector: 'air' },
    { pollutant: 'vocs', source: 'brickMelt' },
  ];

  it("keeps the sources of the figure's pollutant and vector only", () => {
    // PCDD/F to air: only the brick melt's ND air factor lies on the path.
    expect(notQuantifiedOnPath('pcddf.air', items)).toEqual([{ source: 'brickMelt', vectors: ['air'] }]);
    // PCDD/F, all releases: open burning to water as well, in library order (open burning first).
    expect(notQuantifiedOnPath('pcddf.total', items)).toEqual([
      { source: 'openBurning', vectors: ['water'] },
      { source: 'brickMelt', vectors: ['air'] },
    ]);
    expect(notQuantifiedOnPath('dlpcb.total', items)).toEqual([{ source: 'openBurning', vectors: ['land'] }]);
    // HCl, profit: nothing on the path (HCB and VOCs are no headline figure's).
    expect(notQuantifiedOnPath('air.hclKg', items)).toEqual([]);
    expect(notQuantifiedOnPath('economics.profit', items)).toEqual([]);
  });

  it('takes the union of before and after, each source once', () => {
    const after: NotQuantifiedItem[] = [
      { pollutant: 'pcddf', source: 'openBurning', vector: 'water' },
      { pollutant: 'pcddf', source: 'lpg', vector: 'land' },
    ];
    expect(notQuantifiedOnPath('pcddf.total', items, after)).toEqual([
      { source: 'openBurning', vectors: ['water'] },
      { source: 'lpg', vectors: ['land'] },
      { source: 'brickMelt', vectors: ['air'] },
    ]);
  });
});
