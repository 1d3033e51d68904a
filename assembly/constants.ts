// Physical constants of MODEL.md section 1 and 3 (per component, in the layout's component order).

// Carbon mass fraction of each component (MODEL.md section 1; stoichiometric per polymer).
export const CARBON_FRACTION: StaticArray<f64> = [0.857, 0.857, 0.923, 0.625, 0.384, 0.7, 0.0, 0.0];
// Lower heating value, MJ/kg (MODEL.md section 1).
export const LHV_MJ_PER_KG: StaticArray<f64> = [43.3, 44.0, 40.0, 22.8, 18.0, 30.0, 0.0, 0.0];

// Purchased fuels, MJ/kg (MODEL.md section 3 step 8).
export const LHV_COAL: f64 = 25.0;
export const LHV_WOOD: f64 = 15.0;
export const LHV_LPG: f64 = 46.0;
export const MJ_PER_KWH: f64 = 3.6;

// Oxidation of plastic carbon per source (MODEL.md section 3.1; IPCC 2006 Vol. 5 Ch. 5).
export const OXIDATION_OPEN_BURNING: f64 = 0.58;
export const OXIDATION_DUMP_FIRE: f64 = 0.58;
export const OXIDATION_PLASTIC_FUEL: f64 = 0.8;
export const OXIDATION_CEMENT_KILN: f64 = 1.0;
export const CO2_PER_C: f64 = 44.0 / 12.0;

// Molar masses (IUPAC): HCl 36.46 g/mol, Cl 35.45 g/mol; kg HCl per kg chlorine (MODEL.md 3.1a).
export const HCL_PER_CL: f64 = 36.46 / 35.45;

// Share of wastewater solids captured as sludge, by treatment (MODEL.md section 3 step 11).
export const CAPTURE_NONE: f64 = 0.0;
export const CAPTURE_SETTLING: f64 = 0.6;
export const CAPTURE_FULL: f64 = 0.9;
