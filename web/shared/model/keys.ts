// The closed lists of keys of MODEL.md section 2 and 3.1 (components, routes, sources, vectors…),
// in the order of the core's parameter block (assembly/layout.ts). The schema, the bounds table's
// named wildcards ("{component}", "{source}"…) and the compiler all read them here.

export const COMPONENT_KEYS = ['PE', 'PP', 'PS', 'PET', 'PVC', 'otherPlastic', 'dirt', 'moisture'] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];
export const POLYMER_KEYS = ['PE', 'PP', 'PS', 'PET', 'PVC', 'otherPlastic'] as const;
export type PolymerKey = (typeof POLYMER_KEYS)[number];
export const UNIT_TYPES = ['sorting', 'washing', 'shredding', 'drying', 'agglomeration', 'extrusion', 'pelletizing', 'moulding'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const FUEL_KEYS = ['plasticRejects', 'coal', 'wood', 'lpg', 'electricity'] as const;
export type FuelKey = (typeof FUEL_KEYS)[number];
export const SINK_KEYS = ['rejects', 'wastewater', 'evaporation'] as const;
export type SinkKey = (typeof SINK_KEYS)[number];
export const PLASTIC_ROUTE_KEYS = ['openBurning', 'dumping', 'landfill', 'bricks', 'cementKiln', 'sale'] as const;
export type PlasticRouteKey = (typeof PLASTIC_ROUTE_KEYS)[number];
export const INERT_ROUTE_KEYS = ['dumping', 'landfill'] as const;
export type InertRouteKey = (typeof INERT_ROUTE_KEYS)[number];
/** Where polymers kept apart from the rejects can go (extension `residues.separation`). */
export const SEPARATION_ROUTE_KEYS = ['landfill', 'cementKiln', 'sale'] as const;
export const SOURCE_KEYS = ['openBurning', 'dumpFire', 'plasticFuel', 'coal', 'wood', 'lpg', 'cementKiln', 'brickMelt'] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];
/** Sources that burn or melt plastic of the rejects pool's composition (MODEL.md 3.1a). */
export const PLASTIC_SOURCE_KEYS = ['openBurning', 'dumpFire', 'plasticFuel', 'cementKiln', 'brickMelt'] as const;
export type PlasticSourceKey = (typeof PLASTIC_SOURCE_KEYS)[number];
/** Sources whose PCDD/F and dl-PCB factors the chlorine-adjusted method multiplies (MODEL.md 3.1a). */
export const CHLORINE_ADJUSTED_SOURCE_KEYS = ['openBurning', 'dumpFire', 'plasticFuel'] as const;
export const RELEASE_METHODS = ['toolkit', 'chlorineAdjusted'] as const;
export type ReleaseMethod = (typeof RELEASE_METHODS)[number];
export const CHLORINE_PARAMETER_KEYS = ['refFraction', 'exponent', 'maxMultiplier'] as const;
export type ChlorineParameterKey = (typeof CHLORINE_PARAMETER_KEYS)[number];
/** Fuels that can heat the brick melt: any but the plastic rejects (MODEL.md 3.1a). */
export const BRICK_HEAT_FUEL_KEYS = ['coal', 'wood', 'lpg', 'electricity'] as const;
export const VECTOR_KEYS = ['air', 'water', 'land', 'product', 'residue'] as const;
export type VectorKey = (typeof VECTOR_KEYS)[number];
export const WASTEWATER_TREATMENTS = ['none', 'settling', 'full'] as const;
export const STATUS_KEYS = ['R', 'M', 'D', 'E'] as const;
/** Per-source scalar factors besides the pcddf/dlpcb vector maps. */
export const EF_SCALAR_KEYS = ['pm25', 'pm10', 'bc', 'co', 'ch4', 'co2PerTJ'] as const;
