// The numeric contract of the Monte Carlo core (MODEL.md section 5): offsets (in f64 slots) into
// the uncertain-input blocks and the output buffer of assembly/mc.ts. Like layout.ts, this file
// is valid both as AssemblyScript and as TypeScript (plain integer constants only);
// web/shared/analysis/uncertainty.ts imports it directly.

// ---- distributions (MI_DIST) ----
export const DIST_FIXED = 0; // the base block's value is kept (an input listed but not sampled)
export const DIST_LOGNORMAL = 1; // MI_P1 median, MI_P2 geometric standard deviation (≥ 1)
export const DIST_TRIANGULAR = 2; // MI_P1 min, MI_P2 mode, MI_P3 max
export const DIST_UNIFORM = 3; // MI_P1 min, MI_P2 max
export const DIST_NORMAL = 4; // MI_P1 mean, MI_P2 sd, MI_P3 lower bound, MI_P4 upper bound (±Infinity: none)

// ---- renormalisation groups (MI_GROUP): shares that must keep summing to 1 ----
// The sampled members keep their values; the unsampled members scale to fill the rest.
export const GROUP_NONE = 0;
export const GROUP_COMPOSITION = 1; // P_COMPOSITION, 8 slots
export const GROUP_PLASTIC_ROUTES = 2; // P_PLASTIC_ROUTES, 6 slots
export const GROUP_INERT_ROUTES = 3; // P_INERT_DUMPING, P_INERT_LANDFILL
export const N_GROUPS = 4;

// ---- one uncertain input: MI_STRIDE slots ----
export const MI_KEY = 0; // integer 0 ≤ key < 2^53 (a stable hash of the input's JSON Pointer)
export const MI_TARGET = 1; // index into the parameter block (layout.ts P_*)
export const MI_DIST = 2; // DIST_*
export const MI_P1 = 3;
export const MI_P2 = 4;
export const MI_P3 = 5;
export const MI_P4 = 6;
export const MI_GROUP = 7; // GROUP_*
export const MI_LO = 8; // the sampled value is clamped to [MI_LO, MI_HI] (the parameter's valid range)
export const MI_HI = 9;
export const MI_STREAM = 10; // 0: matrix A / plain Monte Carlo; 1: matrix B (Saltelli designs)
// 1: the input's uniforms are coordinates of scrambled Sobol′ points, from its generator at
// mcSobolPtr(b) + k × QMC_STRIDE (assembly/sobol.ts); 0: counter-based pseudo-random (MI_STREAM).
export const MI_QMC = 15;
export const MI_STRIDE = 16; // slots 11..14 are the core's own scratch (derived constants)

// ---- scrambled Sobol′ generators (assembly/sobol.ts, web/shared/analysis/sobol.ts): u32 words ----
export const QMC_BITS = 32; // columns of a generator; points 0 ≤ i < 2^32
export const QMC_STRIDE = 33; // the 32 columns, then the digital shift

// ---- an input block (one per scenario: 0 = before, 1 = after) ----
export const MB_N_INPUTS = 0;
export const MB_INPUTS = 8; // MC_MAX_INPUTS blocks of MI_STRIDE
export const MC_MAX_INPUTS = 1024;
export const MB_SIZE = 16392; // MB_INPUTS + MC_MAX_INPUTS * MI_STRIDE
export const MC_MAX_BLOCKS = 2;

// ---- headline figures (MODEL.md section 6, in web/shared/model/result-types.ts HEADLINE_FIGURES order) ----
export const N_HEADLINE = 15;
export const H_PCDDF_AIR = 0;
export const H_PCDDF_TOTAL = 1;
export const H_DLPCB_TOTAL = 2;
export const H_PM25_KG = 3;
export const H_BC_KG = 4;
export const H_CO2_FOSSIL_T = 5;
export const H_CO2_ELECTRICITY_T = 6;
export const H_HCL_KG = 7;
export const H_ELECTRICITY_KWH = 8;
export const H_FRESH_WATER_M3 = 9;
export const H_WASTEWATER_M3 = 10;
export const H_BURNED_PLASTIC_T = 11;
export const H_PRODUCT_T = 12;
export const H_BRICK_COUNT = 13;
export const H_PROFIT = 14;

// ---- output buffer (mcOutPtr) ----
// mcRun writes figure-major per block: out[(b * N_HEADLINE + f) * n + d] for draw i0 + d.
// mcSample writes input-major: out[k * n + d]. mcEvalAt writes out[b * N_HEADLINE + f].
export const MC_OUT_CAPACITY = 262144; // f64 slots (2 MiB); a call needs width × n ≤ this
export const MC_MAX_CHUNK = 8738; // floor(MC_OUT_CAPACITY / (MC_MAX_BLOCKS * N_HEADLINE))

// ---- return codes of the entry points ----
export const MC_OK = 0;
export const MC_ERR_TOO_MANY_DRAWS = -1; // width × n exceeds MC_OUT_CAPACITY
export const MC_ERR_BAD_BLOCKS = -2; // nBlocks not 1 or 2, or block index out of range
export const MC_ERR_TOO_MANY_INPUTS = -3;
export const MC_ERR_BAD_INPUT = -4; // target outside the parameter block, or an unknown DIST_*/GROUP_*
