// The bricks section a line gets when bricks are switched on and the scenario has none: the
// catalogue measure bricks-instead-of-burning, the Workbench's "make bricks" switch, the training
// levers and measured-versus-modelled all start from it (fixtures/measures.json: 30 % plastic by
// mass, Al-Sinan & Bubshait 2022, R range 29–39 %; the rest estimates, DATA.md §3).
export const DEFAULT_BRICKS = {
  plasticMassFraction: 0.3,
  brickMassKg: 2,
  electricityKWhPerTonnePlastic: 500,
  sandPricePerTonne: 150000,
  pricePerBrick: 3000,
  workers: 2,
};
