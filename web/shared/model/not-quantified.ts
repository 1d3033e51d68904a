// Which releases that happen but carry no number ("ND", MODEL.md 3.1) lie on the path of a
// headline figure, so that a page never shows a total or a percentage of releases as if it were
// complete. Pure; the words are in web/common/not-quantified-words.ts.

import { SOURCE_KEYS, VECTOR_KEYS, type NotQuantifiedItem, type SourceKey, type VectorKey } from './emission-factors.ts';
import { HEADLINE_FIGURES, type HeadlineFigure } from './result-types.ts';

/** The pollutant (and vector, where the figure is one vector) each release figure adds up. */
const PATHS: Partial<Record<HeadlineFigure, { pollutant: NotQuantifiedItem['pollutant']; vector?: VectorKey }>> = {
  'pcddf.air': { pollutant: 'pcddf', vector: 'air' },
  'pcddf.total': { pollutant: 'pcddf' },
  'dlpcb.total': { pollutant: 'dlpcb' },
  'air.pm25Kg': { pollutant: 'pm25' },
  'air.bcKg': { pollutant: 'bc' },
  'air.co2FossilT': { pollutant: 'co2PerTJ' },
};

/** Headline figures that are releases (amounts sent to air, water or land). */
export const RELEASE_FIGURES: ReadonlySet<HeadlineFigure> = new Set<HeadlineFigure>(
  HEADLINE_FIGURES.filter((f) => /^(pcddf|dlpcb|air)\./.test(f) && f !== 'air.co2ElectricityT'),
);

/** True when the figure adds up several vectors (air, water, land…), so a missing vector needs naming. */
export function spansVectors(figure: HeadlineFigure): boolean {
  const path = PATHS[figure];
  return !!path && path.vector === undefined;
}

/** One source whose part of a figure is not quantified, with the vectors concerned. */
export interface NotQuantifiedSource {
  source: SourceKey;
  vectors: VectorKey[];
}

/**
 * The sources whose part of `figure` is not quantified, in library order, each once, from any
 * number of item lists (a comparison passes before and after: a percentage change is of the
 * quantified releases of both).
 */
export function notQuantifiedOnPath(figure: HeadlineFigure, ...lists: readonly (readonly NotQuantifiedItem[])[]): NotQuantifiedSource[] {
  const path = PATHS[figure];
  if (!path) return [];
  const vectors = new Map<SourceKey, Set<VectorKey>>();
  for (const list of lists) {
    for (const item of list) {
      if (item.pollutant !== path.pollutant) continue;
      if (path.vector && item.vector !== path.vector) continue;
      const set = vectors.get(item.source) ?? new Set<VectorKey>();
      if (item.vector) set.add(item.vector);
      vectors.set(item.source, set);
    }
  }
  return SOURCE_KEYS.filter((s) => vectors.has(s)).map((source) => ({ source, vectors: VECTOR_KEYS.filter((v) => vectors.get(source)!.has(v)) }));
}
