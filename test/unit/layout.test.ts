// The orders of the named keys in the schema must match the integer constants of the numeric
// contract (assembly/layout.ts), or the compiler would put numbers in the wrong slots.

import { describe, expect, it } from 'vitest';
import * as L from '../../assembly/layout.ts';
import { COMPONENT_KEYS, FUEL_KEYS, PLASTIC_ROUTE_KEYS, POLYMER_KEYS, SOURCE_KEYS, VECTOR_KEYS } from '../../web/shared/model/scenario-schema.ts';

describe('layout contract', () => {
  it('orders components, sources, vectors, fuels and routes as layout.ts', () => {
    expect(COMPONENT_KEYS.length).toBe(L.N_COMPONENTS);
    expect(POLYMER_KEYS.length).toBe(L.N_POLYMERS);
    expect(COMPONENT_KEYS.indexOf('dirt')).toBe(L.C_DIRT);
    expect(COMPONENT_KEYS.indexOf('moisture')).toBe(L.C_MOISTURE);
    expect(SOURCE_KEYS.length).toBe(L.N_SOURCES);
    expect(SOURCE_KEYS.indexOf('openBurning')).toBe(L.S_OPEN_BURNING);
    expect(SOURCE_KEYS.indexOf('dumpFire')).toBe(L.S_DUMP_FIRE);
    expect(SOURCE_KEYS.indexOf('plasticFuel')).toBe(L.S_PLASTIC_FUEL);
    expect(SOURCE_KEYS.indexOf('coal')).toBe(L.S_COAL);
    expect(SOURCE_KEYS.indexOf('wood')).toBe(L.S_WOOD);
    expect(SOURCE_KEYS.indexOf('lpg')).toBe(L.S_LPG);
    expect(SOURCE_KEYS.indexOf('cementKiln')).toBe(L.S_CEMENT_KILN);
    expect(SOURCE_KEYS.indexOf('brickMelt')).toBe(L.S_BRICK_MELT);
    expect(VECTOR_KEYS.indexOf('air')).toBe(L.V_AIR);
    expect(VECTOR_KEYS.indexOf('land')).toBe(L.V_LAND);
    expect(VECTOR_KEYS.indexOf('residue')).toBe(L.V_RESIDUE);
    expect(FUEL_KEYS.indexOf('plasticRejects')).toBe(L.F_PLASTIC);
    expect(FUEL_KEYS.indexOf('coal')).toBe(L.F_COAL);
    expect(FUEL_KEYS.indexOf('wood')).toBe(L.F_WOOD);
    expect(FUEL_KEYS.indexOf('lpg')).toBe(L.F_LPG);
    expect(FUEL_KEYS.indexOf('electricity')).toBe(L.F_ELECTRICITY);
    expect(PLASTIC_ROUTE_KEYS.indexOf('openBurning')).toBe(L.PR_OPEN_BURNING);
    expect(PLASTIC_ROUTE_KEYS.indexOf('dumping')).toBe(L.PR_DUMPING);
    expect(PLASTIC_ROUTE_KEYS.indexOf('landfill')).toBe(L.PR_LANDFILL);
    expect(PLASTIC_ROUTE_KEYS.indexOf('bricks')).toBe(L.PR_BRICKS);
    expect(PLASTIC_ROUTE_KEYS.indexOf('cementKiln')).toBe(L.PR_CEMENT_KILN);
    expect(PLASTIC_ROUTE_KEYS.indexOf('sale')).toBe(L.PR_SALE);
  });

  it('keeps blocks from overlapping', () => {
    expect(L.P_EF + L.N_SOURCES * L.EF_STRIDE).toBeLessThanOrEqual(L.P_UNITS);
    expect(L.P_UNITS + L.MAX_UNITS * L.U_STRIDE).toBe(L.P_SIZE);
    expect(L.U_WORKERS).toBeLessThan(L.U_STRIDE);
    expect(L.R_SOURCES + L.N_SOURCES * L.RS_STRIDE).toBeLessThanOrEqual(L.R_UNITS);
    expect(L.R_UNITS + L.MAX_UNITS * L.RU_STRIDE).toBe(L.R_SIZE);
    expect(L.RS_CO2_BIOGENIC_T).toBeLessThan(L.RS_STRIDE);
    expect(L.R_BRICK_HEAT_FUEL_MJ).toBeLessThan(L.R_SOURCES);
    expect(L.RS_ADJUSTED_MULTIPLIER).toBeLessThan(L.RS_STRIDE);
    // chlorine and other-cost parameters sit between the emission factors and the units
    expect(L.P_RELEASE_METHOD).toBeGreaterThanOrEqual(L.P_EF + L.N_SOURCES * L.EF_STRIDE);
    expect(L.P_CL_FRACTION + L.N_POLYMERS).toBeLessThanOrEqual(L.P_HCL_RELEASE);
    expect(L.P_HCL_RELEASE + L.N_SOURCES).toBeLessThanOrEqual(L.P_BRICK_HEAT_MJ_PER_T);
    expect(L.P_OTHER_COST_PER_T_PRODUCT).toBeLessThan(L.P_UNITS);
  });
});
