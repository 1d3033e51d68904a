// Economics of MODEL.md 3.2, from the masses, energy and water the balance (balance.ts) has just
// written into the result block: revenue, costs (with `otherCosts`) and profit.

import {
  P_DAYS, P_FEED_PRICE, P_BRICK_PRICE, P_BRICK_WORKERS, P_PRICE_PRODUCT, P_PRICE_ELECTRICITY,
  P_PRICE_WATER, P_PRICE_COAL, P_PRICE_WOOD, P_PRICE_LPG, P_WAGE, P_LANDFILL_FEE,
  P_CEMENT_KILN_FEE, P_SCRAP_PRICE, P_SAND_PRICE, P_OTHER_COST_PER_YEAR, P_OTHER_COST_PER_T_FEED,
  P_OTHER_COST_PER_T_PRODUCT, R_FEED_T, R_PRODUCT_T, R_BRICK_COUNT, R_ROUTE_SALE_T,
  R_ROUTE_BRICKS_T, R_ROUTE_LANDFILL_T, R_ROUTE_INERT_LANDFILL_T, R_SLUDGE_T, R_ELECTRICITY_KWH,
  R_FRESH_WATER_M3, R_COAL_T, R_WOOD_T, R_LPG_KG, R_ROUTE_CEMENT_KILN_T, R_SAND_T, R_WORKERS,
  R_LANDFILL_T, R_REVENUE_PRODUCT, R_REVENUE_BRICKS, R_REVENUE_SALE, R_COST_FEED,
  R_COST_ELECTRICITY, R_COST_WATER, R_COST_COAL, R_COST_WOOD, R_COST_LPG, R_COST_LABOUR,
  R_COST_LANDFILL, R_COST_CEMENT_KILN, R_COST_SAND, R_COST_OTHER, R_REVENUE, R_COSTS, R_PROFIT,
} from "./layout";
import {
  p, r, set,
} from "./block";

/** MODEL.md 3.2: revenue, costs (including `otherCosts`) and profit. */
export function economics(): void {
  const feedT = r(R_FEED_T);
  const productT = r(R_PRODUCT_T);
  const revenueProduct = productT * p(P_PRICE_PRODUCT);
  const revenueBricks = r(R_BRICK_COUNT) * p(P_BRICK_PRICE);
  const revenueSale = r(R_ROUTE_SALE_T) * p(P_SCRAP_PRICE);
  const revenue = revenueProduct + revenueBricks + revenueSale;
  let workers = r(R_WORKERS); // the units' workers (balance.ts step 7)
  if (r(R_ROUTE_BRICKS_T) > 0) workers += p(P_BRICK_WORKERS);
  const landfilledT = r(R_ROUTE_LANDFILL_T) + r(R_ROUTE_INERT_LANDFILL_T) + r(R_SLUDGE_T);
  const costFeed = feedT * p(P_FEED_PRICE);
  const costElectricity = r(R_ELECTRICITY_KWH) * p(P_PRICE_ELECTRICITY);
  const costWater = r(R_FRESH_WATER_M3) * p(P_PRICE_WATER);
  const costCoal = r(R_COAL_T) * p(P_PRICE_COAL);
  const costWood = r(R_WOOD_T) * p(P_PRICE_WOOD);
  const costLpg = r(R_LPG_KG) * p(P_PRICE_LPG);
  const costLabour = workers * p(P_DAYS) * p(P_WAGE);
  const costLandfill = landfilledT * p(P_LANDFILL_FEE);
  const costCementKiln = r(R_ROUTE_CEMENT_KILN_T) * p(P_CEMENT_KILN_FEE);
  const costSand = r(R_SAND_T) * p(P_SAND_PRICE);
  const costOther = p(P_OTHER_COST_PER_YEAR) + p(P_OTHER_COST_PER_T_FEED) * feedT + p(P_OTHER_COST_PER_T_PRODUCT) * productT;
  const costs = costFeed + costElectricity + costWater + costCoal + costWood + costLpg +
    costLabour + costLandfill + costCementKiln + costSand + costOther;
  set(R_WORKERS, workers);
  set(R_LANDFILL_T, landfilledT);
  set(R_REVENUE_PRODUCT, revenueProduct);
  set(R_REVENUE_BRICKS, revenueBricks);
  set(R_REVENUE_SALE, revenueSale);
  set(R_COST_FEED, costFeed);
  set(R_COST_ELECTRICITY, costElectricity);
  set(R_COST_WATER, costWater);
  set(R_COST_COAL, costCoal);
  set(R_COST_WOOD, costWood);
  set(R_COST_LPG, costLpg);
  set(R_COST_LABOUR, costLabour);
  set(R_COST_LANDFILL, costLandfill);
  set(R_COST_CEMENT_KILN, costCementKiln);
  set(R_COST_SAND, costSand);
  set(R_COST_OTHER, costOther);
  set(R_REVENUE, revenue);
  set(R_COSTS, costs);
  set(R_PROFIT, revenue - costs);
}
