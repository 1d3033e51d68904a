// The numeric contract of the line-dynamics core (MODEL.md section 7): offsets (in f64 slots)
// into the DES parameter block and the DES result block. Like layout.ts, this file is valid
// both as AssemblyScript and as TypeScript (plain integer constants only). The DES also reads
// the steady-state parameter block (calendar, feed, units, heat, routes, separation, emission
// factors, chlorine and HCl parameters), so dynamics and the steady state share every number.

// ---- enumerations ----
export const ARRIVALS_DAILY = 0; // the day's tonnes arrive at the start of each working day
export const ARRIVALS_POISSON = 1; // full lots arrive as a Poisson stream during working time
export const FAILURES_EXPONENTIAL = 0;
export const FAILURES_LOGNORMAL = 1; // mean mtbf/mttr, coefficient of variation DP_FAILURE_CV
export const BURN_NEVER = 0;
export const BURN_EVERY_DAYS = 1; // at the end of every k-th working day
export const BURN_THRESHOLD_KG = 2; // at the end of a working day when the plastic part ≥ threshold
// A burn event clears the plastic stockpile along residues.plasticRoutes (MODEL.md 7), as step 9 does.

// ---- DES parameter block ----
export const DP_LOT_KG = 0; // feed mass of one lot (default 25)
export const DP_ARRIVALS = 1; // ARRIVALS_*
export const DP_FAILURES = 2; // FAILURES_*
export const DP_FAILURE_CV = 3; // coefficient of variation for lognormal (default 1)
export const DP_BURN_POLICY = 4; // BURN_*
export const DP_BURN_EVERY_DAYS = 5;
export const DP_BURN_THRESHOLD_KG = 6;
export const DP_EVENT_LIMIT = 7; // the run stops (DR_TRUNCATED = 1) after this many events; ≤ 0: no limit
export const DP_YEARS = 8; // horizon in years of daysPerYear working days
export const DP_SEED = 9; // integer seed, 0 ≤ seed < 2^53
export const DP_SERIES_POINTS = 10; // decimation target per series (≤ DR_MAX_POINTS)
export const DP_BUFFER_KG = 16; // MAX_UNITS slots: capacity of the buffer in front of unit u (u ≥ 1)
export const DP_SIZE = 80; // DP_BUFFER_KG + MAX_UNITS

// ---- DES result block (totals over the whole horizon, not per year) ----
export const DR_EVENTS = 0; // events taken from the future-event list
export const DR_WORKING_HOURS = 1; // simulated working time (nights take no time)
export const DR_DAYS = 2; // simulated working days
export const DR_FEED_ARRIVED_T = 3;
export const DR_PROCESSED_T = 4; // feed mass of the lots that left the last unit
export const DR_PRODUCT_T = 5;
export const DR_REMOVED_T = 6; // all sinks, including removals from lots still in the line
export const DR_REJECTS_PLASTIC_T = 7; // all plastic rejects (to the stockpile, or kept apart)
export const DR_REJECTS_INERT_T = 8; // to the stockpile
export const DR_WASTEWATER_T = 9;
export const DR_EVAPORATED_T = 10;
export const DR_BURNED_PLASTIC_T = 11; // drawn as fuel + burned in the open + in dump fires
export const DR_SEPARATED_T = 12; // plastic rejects kept apart (residues.separation)
export const DR_STOCKPILE_PLASTIC_END_KG = 13;
export const DR_STOCKPILE_INERT_END_KG = 14;
export const DR_STOCKPILE_PLASTIC_MAX_KG = 15;
export const DR_FEED_STORE_END_T = 16; // bought feed not yet started (backlog)
export const DR_WIP_T = 17; // mass of the lots inside the line (units and buffers) at the end
export const DR_WIP_FEED_T = 18; // the same lots counted as feed mass
export const DR_BURN_COUNT = 19; // stockpile clearings (only the first DR_MAX_BURNS are listed)
export const DR_SERIES_COUNT = 20; // points written per series
export const DR_N_UNITS = 21;
export const DR_OPEN_BURN_COUNT = 22; // clearings at which plastic burned in the open or in dump fires
export const DR_TRUNCATED = 23; // 1 when DP_EVENT_LIMIT stopped the run early
// releases of everything that burned (MODEL.md 3.1 and 3.1a, with the steady-state block's factors)
export const DR_PCDDF = 24; // 5 vectors (V_*), µg TEQ; open-burning and dump-fire residue counted in land
export const DR_DLPCB = 29; // 5 vectors, µg TEQ
export const DR_PM25_KG = 34;
export const DR_PM10_KG = 35;
export const DR_BC_KG = 36;
export const DR_CO_KG = 37;
export const DR_CH4_KG = 38;
export const DR_CO2_FOSSIL_T = 39;
export const DR_HCL_KG = 40;
export const DR_FUEL_SHORTFALL_MJ = 41; // heat the stockpile could not supply (met by the backup fuel)
export const DR_HEAT_ELECTRICITY_KWH = 42;
// plastic by route (MODEL.md 3 step 9, `routesT`): N_DES_ROUTES slots
export const DR_ROUTES = 48;
export const N_DES_ROUTES = 8;
export const DRR_FUEL = 0;
export const DRR_OPEN_BURNING = 1;
export const DRR_DUMPING = 2;
export const DRR_DUMP_FIRE = 3;
export const DRR_LANDFILL = 4;
export const DRR_BRICKS = 5;
export const DRR_CEMENT_KILN = 6;
export const DRR_SALE = 7;
// per source (layout.ts S_*): N_SOURCES blocks of DRS_STRIDE
export const DR_SOURCES = 56;
export const DRS_STRIDE = 4;
export const DRS_MASS_T = 0; // tonnes burned or melted (fuel mass for coal, wood and LPG)
export const DRS_PCDDF_AIR = 1;
export const DRS_PCDDF_TOTAL = 2;
export const DRS_HCL_KG = 3;
// per unit: MAX_UNITS blocks of DRU_STRIDE
export const DR_UNITS = 96; // DR_SOURCES + 8 sources * DRS_STRIDE, rounded up
export const DRU_STRIDE = 8;
export const DRU_BUSY = 0; // fractions of working time; the four sum to 1
export const DRU_BLOCKED = 1;
export const DRU_STARVED = 2;
export const DRU_DOWN = 3;
export const DRU_FAILURES = 4; // count
export const DRU_LOTS = 5; // lots completed
export const DRU_BUFFER_MEAN_KG = 6; // time-mean content of the buffer in front (u = 0: feed store)
export const DRU_BUFFER_CAP_LOTS = 7; // lots that fit in the buffer in front (-1 = unlimited)
// stockpile clearings: DR_MAX_BURNS blocks of DRB_STRIDE
export const DR_BURNS = 608; // DR_UNITS + MAX_UNITS * DRU_STRIDE
export const DR_MAX_BURNS = 4096;
export const DRB_STRIDE = 4;
export const DRB_DAY = 0; // working days elapsed at the clearing (end of that day)
export const DRB_CLEARED_KG = 1; // plastic cleared from the stockpile, all routes
export const DRB_BURNED_KG = 2; // of which burned in the open or in dump fires
export const DRB_PCDDF_AIR_UG = 3; // PCDD/F to air of what burned
// series over time, series-major: series s, point i at DR_SERIES + s * DR_MAX_POINTS + i
export const DR_SERIES = 16992; // DR_BURNS + DR_MAX_BURNS * DRB_STRIDE
export const DR_MAX_POINTS = 2048;
export const DS_DAY = 0; // working days elapsed
export const DS_PROCESSED_T = 1; // cumulative
export const DS_PRODUCT_T = 2; // cumulative
export const DS_STOCKPILE_PLASTIC_KG = 3;
export const DS_BUFFER_KG = 4; // + u: buffer in front of unit u (u = 0: feed store), MAX_UNITS series
export const DS_COUNT = 68; // DS_BUFFER_KG + MAX_UNITS
export const DR_SIZE = 156256; // DR_SERIES + DS_COUNT * DR_MAX_POINTS
