// The numeric contract between TypeScript and the Wasm core: offsets (in f64 slots) into the
// parameter block the core reads and the result block it writes. This file is valid both as
// AssemblyScript and as TypeScript (plain integer constants only) so that both sides share one
// definition; web/shared/model/compile.ts and web/shared/model/decode.ts import it directly.

// ---- enumerations (orders are fixed; their names are the key lists of web/shared/model/scenario-schema.ts) ----
// components: PE, PP, PS, PET, PVC, otherPlastic (polymers 0..5), dirt, moisture
export const N_COMPONENTS = 8;
export const N_POLYMERS = 6;
export const C_DIRT = 6;
export const C_MOISTURE = 7;
// release sources (combustion, and the brick melt of MODEL.md 3.1a)
export const N_SOURCES = 8;
export const S_OPEN_BURNING = 0;
export const S_DUMP_FIRE = 1;
export const S_PLASTIC_FUEL = 2;
export const S_COAL = 3;
export const S_WOOD = 4;
export const S_LPG = 5;
export const S_CEMENT_KILN = 6;
export const S_BRICK_MELT = 7;
// release vectors: air, water, land, product, residue
export const N_VECTORS = 5;
export const V_AIR = 0;
export const V_WATER = 1;
export const V_LAND = 2;
export const V_PRODUCT = 3;
export const V_RESIDUE = 4;
// fuels for heat
export const F_PLASTIC = 0;
export const F_COAL = 1;
export const F_WOOD = 2;
export const F_LPG = 3;
export const F_ELECTRICITY = 4;
// removal sinks
export const SINK_NONE = 0;
export const SINK_REJECTS = 1;
export const SINK_WASTEWATER = 2;
export const SINK_EVAPORATION = 3;
// plastic routes
export const N_PLASTIC_ROUTES = 6;
export const PR_OPEN_BURNING = 0;
export const PR_DUMPING = 1;
export const PR_LANDFILL = 2;
export const PR_BRICKS = 3;
export const PR_CEMENT_KILN = 4;
export const PR_SALE = 5;

export const MAX_UNITS = 64;

// ---- parameter block ----
export const P_DAYS = 0;
export const P_HOURS = 1;
export const P_FEED_T_PER_DAY = 2;
export const P_FEED_PRICE = 3;
export const P_COMPOSITION = 4; // 8 slots
export const P_N_UNITS = 12;
export const P_PLASTIC_ROUTES = 13; // 6 slots
export const P_INERT_DUMPING = 19;
export const P_INERT_LANDFILL = 20;
export const P_DUMP_FIRE_FRACTION = 21;
export const P_BRICK_PLASTIC_FRACTION = 22;
export const P_BRICK_MASS_KG = 23;
export const P_BRICK_KWH_PER_T_PLASTIC = 24;
export const P_SAND_PRICE = 25;
export const P_BRICK_PRICE = 26;
export const P_BRICK_WORKERS = 27;
export const P_WASTEWATER_TREATMENT = 28; // WASTEWATER_*
export const P_PRICE_PRODUCT = 29;
export const P_PRICE_ELECTRICITY = 30;
export const P_PRICE_WATER = 31;
export const P_PRICE_COAL = 32; // per tonne
export const P_PRICE_WOOD = 33; // per tonne
export const P_PRICE_LPG = 34; // per kg
export const P_WAGE = 35;
export const P_LANDFILL_FEE = 36;
export const P_CEMENT_KILN_FEE = 37;
export const P_SCRAP_PRICE = 38;
export const P_GRID_CO2_PER_MWH = 39;
// emission factors: N_SOURCES blocks of EF_STRIDE
export const P_EF = 40;
export const EF_STRIDE = 16;
export const EF_PCDDF = 0; // 5 vectors
export const EF_DLPCB = 5; // 5 vectors
export const EF_PM25 = 10;
export const EF_PM10 = 11;
export const EF_BC = 12;
export const EF_CO = 13;
export const EF_CH4 = 14;
export const EF_CO2_PER_TJ = 15;
// chlorine and HCl (MODEL.md 3.1a)
export const P_RELEASE_METHOD = 168; // METHOD_*
export const P_CL_REF_FRACTION = 169;
export const P_CL_EXPONENT = 170;
export const P_CL_MAX_MULTIPLIER = 171;
export const P_CL_FRACTION = 172; // N_POLYMERS slots: chlorine mass fraction per polymer
export const P_HCL_RELEASE = 178; // N_SOURCES slots: share of the chlorine released as HCl
// heat for the brick melt (MODEL.md 3.1a `bricks.heat`)
export const P_BRICK_HEAT_MJ_PER_T = 186; // per tonne of plastic to bricks (useful heat)
export const P_BRICK_HEAT_FUEL = 187; // F_* (never F_PLASTIC)
export const P_BRICK_HEAT_EFFICIENCY = 188;
// other costs (MODEL.md 3.2 `otherCosts`), summed over the list
export const P_OTHER_COST_PER_YEAR = 189;
export const P_OTHER_COST_PER_T_FEED = 190;
export const P_OTHER_COST_PER_T_PRODUCT = 191;
// polymers kept apart from the rejects pool before any is burned (extension `residues.separation`)
export const P_SEPARATION_FRACTION = 192; // N_POLYMERS slots
export const P_SEPARATION_ROUTE = 198; // N_POLYMERS slots, PR_* (landfill, cement kiln or sale)
// units: MAX_UNITS blocks of U_STRIDE
export const P_UNITS = 224;
export const U_STRIDE = 32;
export const U_CAPACITY_KG_PER_H = 0; // +Infinity when the unit has no capacity limit
export const U_MTBF_H = 1; // < 0 when not given
export const U_MTTR_H = 2; // < 0 when not given
export const U_REMOVAL_FRACTION = 3; // 8 slots
export const U_REMOVAL_SINK = 11; // 8 slots (SINK_*)
export const U_PROCESS_LOSS = 19;
export const U_KWH_PER_T = 20;
export const U_WATER_M3_PER_T = 21;
export const U_WATER_RECYCLED = 22;
export const U_HEAT_MJ_PER_T = 23;
export const U_HEAT_FUEL = 24; // F_*
export const U_HEAT_EFFICIENCY = 25;
export const U_BACKUP_FUEL = 26; // F_*
export const U_WORKERS = 27;
export const P_SIZE = 2272; // P_UNITS + MAX_UNITS * U_STRIDE

// wastewater treatments (MODEL.md 3 step 11); their captured shares are in constants.ts
export const WASTEWATER_NONE = 0;
export const WASTEWATER_SETTLING = 1;
export const WASTEWATER_FULL = 2;

// release methods (MODEL.md 3.1a `releases.method`)
export const METHOD_TOOLKIT = 0;
export const METHOD_CHLORINE_ADJUSTED = 1;

// ---- result block ----
export const R_FEED_T = 0;
export const R_PROCESSED_T = 1;
export const R_BACKLOG_T = 2;
export const R_PRODUCT_T = 3;
export const R_EVAPORATED_T = 4;
export const R_WASTEWATER_SOLIDS_T = 5;
export const R_SLUDGE_T = 6;
export const R_DISCHARGED_SOLIDS_T = 7;
export const R_REJECTS_PLASTIC_T = 8;
export const R_REJECTS_INERT_T = 9;
export const R_ROUTE_FUEL_T = 10;
export const R_ROUTE_OPEN_BURNING_T = 11;
export const R_ROUTE_DUMPING_T = 12;
export const R_ROUTE_DUMP_FIRE_T = 13;
export const R_ROUTE_LANDFILL_T = 14;
export const R_ROUTE_BRICKS_T = 15;
export const R_ROUTE_CEMENT_KILN_T = 16;
export const R_ROUTE_SALE_T = 17;
export const R_ROUTE_INERT_DUMPING_T = 18;
export const R_ROUTE_INERT_LANDFILL_T = 19;
export const R_BURNED_PLASTIC_T = 20;
export const R_CLOSURE_ERROR_T = 21;
export const R_BOTTLENECK = 22; // unit index, -1 when no unit carries any flow
export const R_THROUGHPUT_RATIO = 23;
export const R_BRICK_COUNT = 24;
export const R_BRICK_T = 25;
export const R_SAND_T = 26;
export const R_ELECTRICITY_KWH = 27;
export const R_FUEL_MJ = 28; // 4 slots: plasticRejects, coal, wood, lpg (fuel energy)
export const R_FUEL_SHORTFALL_MJ = 32;
export const R_FRESH_WATER_M3 = 33;
export const R_WASTEWATER_M3 = 34;
export const R_PCDDF = 35; // 5 vectors
export const R_PCDDF_TOTAL = 40;
export const R_DLPCB = 41; // 5 vectors
export const R_DLPCB_TOTAL = 46;
export const R_PM25_KG = 47;
export const R_PM10_KG = 48;
export const R_BC_KG = 49;
export const R_CO_KG = 50;
export const R_CH4_KG = 51;
export const R_CO2_FOSSIL_T = 52;
export const R_CO2_BIOGENIC_T = 53;
export const R_CO2_ELECTRICITY_T = 54;
export const R_REVENUE = 55;
export const R_COSTS = 56;
export const R_PROFIT = 57;
export const R_COST_FEED = 58;
export const R_COST_ELECTRICITY = 59;
export const R_COST_WATER = 60;
export const R_COST_COAL = 61;
export const R_COST_WOOD = 62;
export const R_COST_LPG = 63;
export const R_COST_LABOUR = 64;
export const R_COST_LANDFILL = 65;
export const R_COST_CEMENT_KILN = 66;
export const R_COST_SAND = 67;
export const R_REVENUE_PRODUCT = 68;
export const R_REVENUE_BRICKS = 69;
export const R_REVENUE_SALE = 70;
export const R_PRODUCT_COMPOSITION = 71; // 8 slots, mass fractions of the product
export const R_POOL_COMPOSITION = 79; // 6 slots, polymer mass fractions of the plastic rejects pool
export const R_LANDFILL_T = 85; // plastic + inert + sludge
export const R_HEAT_ELECTRICITY_KWH = 86; // part of R_ELECTRICITY_KWH used for heat
export const R_COAL_T = 87; // purchased fuel masses (incl. backup)
export const R_WOOD_T = 88;
export const R_LPG_KG = 89;
export const R_WORKERS = 90; // workers paid per working day
export const R_WATER_RECYCLED_M3 = 91;
export const R_HCL_KG = 92; // MODEL.md 3.1a: all sources
export const R_COST_OTHER = 93; // MODEL.md 3.2 otherCosts
// PCDD/F and dl-PCB under both methods (the result's own method is one of them)
export const R_PCDDF_AIR_TOOLKIT = 94;
export const R_PCDDF_TOTAL_TOOLKIT = 95;
export const R_PCDDF_AIR_ADJUSTED = 96;
export const R_PCDDF_TOTAL_ADJUSTED = 97;
export const R_DLPCB_TOTAL_TOOLKIT = 98;
export const R_DLPCB_TOTAL_ADJUSTED = 99;
export const R_POOL_CL_FRACTION = 100; // chlorine mass fraction of the plastic rejects pool
export const R_BRICK_HEAT_FUEL_MJ = 101; // fuel energy (or electricity as MJ) of the brick melt
export const R_SEPARATED_T = 102; // N_POLYMERS slots: plastic rejects kept apart, by polymer
// per source: N_SOURCES blocks of RS_STRIDE
export const R_SOURCES = 112;
export const RS_STRIDE = 24;
export const RS_MASS_T = 0; // tonnes burned (plastic or fuel)
export const RS_ENERGY_TJ = 1; // fuel energy (coal, wood, lpg)
export const RS_PCDDF = 2; // 5 vectors
export const RS_DLPCB = 7; // 5 vectors
export const RS_PM25_KG = 12;
export const RS_PM10_KG = 13;
export const RS_BC_KG = 14;
export const RS_CO_KG = 15;
export const RS_CH4_KG = 16;
export const RS_CO2_FOSSIL_T = 17;
export const RS_CO2_BIOGENIC_T = 18;
export const RS_HCL_KG = 19;
export const RS_CL_FRACTION = 20; // chlorine mass fraction of what burns (0 when nothing burns)
export const RS_MULTIPLIER = 21; // PCDD/F and dl-PCB multiplier applied (1 under the Toolkit method)
export const RS_ADJUSTED_MULTIPLIER = 22; // the multiplier the chlorine-adjusted method would apply
// per unit: MAX_UNITS blocks of RU_STRIDE
export const R_UNITS = 304;
export const RU_STRIDE = 8;
export const RU_IN_T = 0;
export const RU_OUT_T = 1;
export const RU_REMOVED_T = 2;
export const RU_CAPACITY_T = 3; // +Infinity when unlimited
export const RU_UTILIZATION = 4;
export const RU_SHARE = 5; // s_u: tonnes entering per tonne of feed
export const RU_HEAT_MJ = 6; // useful heat
export const RU_ELECTRICITY_KWH = 7; // process electricity (not heat)
export const R_SIZE = 816; // R_UNITS + MAX_UNITS * RU_STRIDE
