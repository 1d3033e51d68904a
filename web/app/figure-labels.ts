// The figure catalogue's words, translated: one msg() per label of
// web/shared/model/figure-catalogue.ts (whose English labels these source texts repeat; a unit
// test checks they agree). Static calls only, so that lit-localize can extract them. Pages read
// them through web/app/figures.ts.
import { msg } from '@lit/localize';
import type { FigureKey } from '../shared/model/figure-catalogue.ts';

export function labelText(key: FigureKey): string {
  switch (key) {
    case 'pcddf.air':
      return msg('PCDD/F to air');
    case 'pcddf.total':
      return msg('PCDD/F, all releases');
    case 'dlpcb.total':
      return msg('Dioxin-like PCBs, all releases');
    case 'air.pm25Kg':
      return msg('PM2.5');
    case 'air.bcKg':
      return msg('Black carbon');
    case 'air.co2FossilT':
      return msg('Fossil CO₂ from burning');
    case 'air.co2ElectricityT':
      return msg('CO₂ from grid electricity');
    case 'air.hclKg':
      return msg('Hydrogen chloride (HCl)');
    case 'energy.electricityKWh':
      return msg('Electricity');
    case 'energy.fuelMJ':
      return msg('Fuel energy');
    case 'water.freshM3':
      return msg('Fresh water');
    case 'water.wastewaterM3':
      return msg('Wastewater');
    case 'mass.feedT':
      return msg('Feed bought');
    case 'mass.processedT':
      return msg('Processed');
    case 'mass.backlogT':
      return msg('Backlog (not processed)');
    case 'mass.rejectsT.plastic':
      return msg('Plastic rejects');
    case 'mass.routesT.fuel':
      return msg('Rejects burned as fuel');
    case 'mass.routesT.openBurning':
      return msg('Rejects burned in the open');
    case 'mass.routesT.dumping':
      return msg('Rejects dumped');
    case 'mass.routesT.dumpFire':
      return msg('Rejects burned in dump fires');
    case 'mass.routesT.sale':
      return msg('Rejects sold');
    case 'mass.routesT.bricks':
      return msg('Rejects to bricks');
    case 'mass.burnedPlasticT':
      return msg('Plastic burned');
    case 'mass.productT':
      return msg('Product');
    case 'mass.closureErrorT':
      return msg('Mass balance closure error');
    case 'bricks.count':
      return msg('Bricks made');
    case 'economics.revenueBreakdown.product':
      return msg('Pellets sold', { id: 'revenue-product' });
    case 'economics.revenueBreakdown.bricks':
      return msg('Bricks sold');
    case 'economics.revenueBreakdown.scrapSale':
      return msg('Rejects sold as scrap', { id: 'revenue-scrap-sale' });
    case 'economics.revenue':
      return msg('All revenue');
    case 'economics.costBreakdown.feed':
      return msg('Scrap bought');
    case 'economics.costBreakdown.electricity':
      return msg('Electricity', { id: 'cost-electricity' });
    case 'economics.costBreakdown.water':
      return msg('Water', { id: 'cost-water' });
    case 'economics.costBreakdown.coal':
      return msg('Coal', { id: 'cost-coal' });
    case 'economics.costBreakdown.wood':
      return msg('Wood', { id: 'cost-wood' });
    case 'economics.costBreakdown.lpg':
      return msg('LPG', { id: 'cost-lpg' });
    case 'economics.costBreakdown.labour':
      return msg('Wages');
    case 'economics.costBreakdown.landfill':
      return msg('Landfill fees');
    case 'economics.costBreakdown.cementKiln':
      return msg('Cement kiln fees');
    case 'economics.costBreakdown.sand':
      return msg('Sand for bricks');
    case 'economics.costBreakdown.other':
      return msg('Other costs');
    case 'economics.costs':
      return msg('All costs');
    case 'economics.profit':
      return msg('Profit');
    case 'economics.workersPaid':
      return msg('Jobs');
    case 'chlorine.poolClFraction':
      return msg('Chlorine in the plastic rejects');
    case 'comparison.percentChange':
      return msg('Change');
    case 'comparison.capex':
      return msg('Capex');
    case 'comparison.profitChange':
      return msg('Profit change');
    case 'comparison.paybackYears':
      return msg('Payback time');
    case 'comparison.npv':
      return msg('Net present value');
    case 'dynamics.throughputRatio':
      return msg('Dynamic ÷ steady state');
    case 'dynamics.burnEventsPerYear':
      return msg('Burn events with fire');
    case 'dynamics.stockpilePlasticKg':
      return msg('Plastic in the stockpile');
    case 'dynamics.burnClearedKg':
      return msg('Plastic cleared');
    case 'dynamics.burnBurnedKg':
      return msg('Plastic burned');
    case 'dynamics.burnPcddfAirUg':
      return msg('PCDD/F to air');
    case 'dynamics.cumulativeProcessedT':
      return msg('Processed');
    case 'dynamics.cumulativeProductT':
      return msg('Product');
    case 'training.feedKgPerDay':
      return msg('Plastic scrap bought each working day');
    case 'training.feedKgPerWeek':
      return msg('Plastic scrap bought each week');
    case 'training.feedBagsPerWeek':
      return msg('Bags of scrap each week');
    case 'training.pelletsKgPerWeek':
      return msg('Pellets made and sold each week');
    case 'training.pelletSalesPerMonth':
      return msg('Money from pellets each month');
    case 'training.profitPerMonth':
      return msg('Money left each month');
    case 'training.burnedKgPerWeek':
      return msg('Plastic burned each week');
    case 'training.pm25KgPerWeek':
      return msg('Fine smoke (PM2.5) each week');
    case 'training.blackCarbonGPerWeek':
      return msg('Soot (black carbon) each week');
    case 'training.hclKgPerWeek':
      return msg('Acid smoke (HCl) each week', { desc: 'Training: hydrogen chloride from burning PVC, per week' });
    case 'training.bricksPossiblePerWeek':
      return msg('Bricks the plastic rejects could make');
    case 'training.bricksMadePerWeek':
      return msg('Bricks made');
    case 'training.pcddfAirPersonYears':
      return msg('Dioxins to air');
    case 'training.waterFreshM3PerWeek':
      return msg('Fresh water drawn');
    case 'training.pvcInPelletsKgPerWeek':
      return msg('PVC left in the pellets');
    case 'survey.plasticBoughtTPerYr':
      return msg('Plastic bought');
    case 'survey.productSoldTPerYr':
      return msg('Product sold');
    case 'survey.rejectsOpenBurnedKgPerYr':
      return msg('Rejects burned in the open');
    case 'survey.rejectsBurnedAsFuelKgPerYr':
      return msg('Rejects burned as fuel');
    case 'survey.rejectsDumpedKgPerYr':
      return msg('Rejects dumped');
    case 'survey.rejectsDumpFireKgPerYr':
      return msg('of which burned in dump fires');
    case 'survey.rejectsSoldKgPerYr':
      return msg('Rejects sold');
    case 'survey.rejectsToBricksKgPerYr':
      return msg('Rejects to bricks');
    case 'survey.electricityKWhPerYr':
      return msg('Electricity');
    case 'survey.coalTPerYr':
      return msg('Coal');
    case 'survey.woodTPerYr':
      return msg('Wood');
    case 'survey.lpgKgPerYr':
      return msg('LPG');
    case 'survey.waterM3PerYr':
      return msg('Fresh water');
    case 'survey.workers':
      return msg('Workers');
    case 'survey.workingDaysPerYr':
      return msg('Working days');
    case 'survey.priceProductVndPerT':
      return msg('Product price');
    case 'survey.pricePlasticVndPerT':
      return msg('Plastic price');
    case 'survey.priceElectricityVndPerKWh':
      return msg('Electricity price');
    case 'survey.priceCoalVndPerT':
      return msg('Coal price');
    case 'survey.priceWoodVndPerT':
      return msg('Wood price');
    case 'survey.priceLpgVndPerKg':
      return msg('LPG price');
    case 'survey.wageVndPerWorkerDay':
      return msg('Wage');
    case 'survey.otherRevenueVndPerYr':
      return msg('Other revenue');
    case 'survey.plasticFuelLhvMJPerKg':
      return msg('LHV of plastic fuel');
    case 'indicator.materialYield':
      return msg('Material yield (product per tonne of plastic bought)');
    case 'indicator.electricityKWhPerTProduct':
      return msg('Electricity per tonne of product');
    case 'indicator.fuelMJPerTProduct':
      return msg('Fuel energy per tonne of product');
    case 'indicator.waterM3PerTProduct':
      return msg('Fresh water per tonne of product');
    case 'indicator.rejectsBurnedKgPerTBought':
      return msg('Plastic rejects burned per tonne bought');
    case 'indicator.pcddfUgTeqPerTProduct':
      return msg('PCDD/F, all releases, per tonne of product');
    case 'indicator.pcddfAirUgTeqPerTProduct':
      return msg('PCDD/F to air per tonne of product');
    case 'indicator.co2TPerTProduct':
      return msg('Fossil CO2 (incl. grid electricity) per tonne of product');
    case 'indicator.profitVndPerTProduct':
      return msg('Profit per tonne of product');
  }
}

/** The catalogue's `short` labels; undefined where a figure has none. */
export function shortText(key: FigureKey): string | undefined {
  switch (key) {
    case 'training.profitPerMonth':
      return msg('Money left');
    case 'training.burnedKgPerWeek':
      return msg('Plastic burned');
    case 'training.pm25KgPerWeek':
      return msg('Fine smoke (PM2.5)');
    case 'training.hclKgPerWeek':
      return msg('Acid smoke (HCl)', { desc: 'Training: hydrogen chloride, the sharp smell of burning PVC' });
    case 'indicator.materialYield':
      return msg('Material yield');
    case 'indicator.electricityKWhPerTProduct':
      return msg('Electricity / t');
    case 'indicator.fuelMJPerTProduct':
      return msg('Fuel energy / t');
    case 'indicator.waterM3PerTProduct':
      return msg('Fresh water / t');
    case 'indicator.rejectsBurnedKgPerTBought':
      return msg('Rejects burned / t bought');
    case 'indicator.pcddfUgTeqPerTProduct':
      return msg('PCDD/F all / t');
    case 'indicator.pcddfAirUgTeqPerTProduct':
      return msg('PCDD/F air / t');
    case 'indicator.co2TPerTProduct':
      return msg('Fossil CO2 / t');
    case 'indicator.profitVndPerTProduct':
      return msg('Profit / t');
    default:
      return undefined;
  }
}

/** The catalogue's `inSentence` nouns; undefined where a figure has none. */
export function inSentenceText(key: FigureKey): string | undefined {
  switch (key) {
    case 'pcddf.total':
      return msg('PCDD/F', { id: 'portfolio-pcddf' });
    case 'dlpcb.total':
      return msg('dioxin-like PCBs', { id: 'portfolio-dlpcb' });
    case 'air.pm25Kg':
      return msg('PM2.5', { id: 'portfolio-pm25' });
    case 'air.bcKg':
      return msg('black carbon', { id: 'portfolio-bc' });
    case 'air.co2FossilT':
      return msg('fossil CO₂', { id: 'portfolio-co2' });
    case 'air.hclKg':
      return msg('HCl', { id: 'portfolio-hcl' });
    case 'mass.burnedPlasticT':
      return msg('plastic burned', { id: 'portfolio-burned' });
    default:
      return undefined;
  }
}
