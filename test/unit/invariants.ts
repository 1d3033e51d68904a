// Invariants every steady-state result must satisfy (MODEL.md section 3): used by the property
// tests and by the fuzzing script.

import type { ResultDocument } from '../../web/shared/model/result-types.ts';

/** Every number in the document, with its path; profit-like figures may be negative. */
function* numbers(x: unknown, path = ''): Generator<[string, number]> {
  if (typeof x === 'number') yield [path, x];
  else if (Array.isArray(x)) for (let i = 0; i < x.length; i++) yield* numbers(x[i], `${path}/${i}`);
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) yield* numbers(v, `${path}/${k}`);
}
const MAY_BE_NEGATIVE = new Set(['/economics/profit']);

export function checkResult(r: ResultDocument): void {
  for (const [path, v] of numbers(r)) {
    if (!Number.isFinite(v)) throw new Error(`${path} is not finite: ${v}`);
    if (v < 0 && !MAY_BE_NEGATIVE.has(path)) throw new Error(`${path} is negative: ${v}`);
  }
  const feed = r.mass.feedT;
  if (!(r.mass.closureErrorT <= 1e-9 * feed)) throw new Error(`closure error ${r.mass.closureErrorT} for feed ${feed}`);
  const p = r.pcddf;
  const byVector = p.air + p.water + p.land + p.product + p.residue;
  const bySource = Object.values(p.bySource).reduce((s, src) => s + src.total, 0);
  const tol = 1e-9 * Math.max(1, p.total);
  if (Math.abs(p.total - byVector) > tol) throw new Error(`PCDD/F total ${p.total} ≠ sum of vectors ${byVector}`);
  if (Math.abs(p.total - bySource) > tol) throw new Error(`PCDD/F total ${p.total} ≠ sum of sources ${bySource}`);
  const routes = r.mass.routesT;
  const routed = routes.fuel + routes.openBurning + routes.dumping + routes.landfill + routes.bricks + routes.cementKiln + routes.sale;
  if (Math.abs(routed - r.mass.rejectsT.plastic) > 1e-9 * Math.max(1, feed))
    throw new Error(`plastic routes ${routed} ≠ plastic rejects ${r.mass.rejectsT.plastic}`);
  if (routes.dumpFire > routes.dumping * (1 + 1e-12)) throw new Error('dump fires burn more than was dumped');
  if (Math.abs(r.mass.burnedPlasticT - (routes.fuel + routes.openBurning + routes.dumpFire)) > 1e-9 * Math.max(1, feed))
    throw new Error('burned plastic ≠ fuel + open + dump fire');
  if (r.mass.processedT > feed * (1 + 1e-12)) throw new Error('processed more than bought');
}
