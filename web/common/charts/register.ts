import { BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { LogarithmicScale, ScatterController, Title } from 'chart.js';
import { colourBar } from './colour-bar.ts';
import { intervalWhiskers, valueMarkers } from './mc-plugins.ts';
import { barValues } from './bar-values.ts';
import { barNotes } from './bar-notes.ts';

// Chart.js 4 is tree-shaken: register only what the app draws (TOOLCHAIN point 11). This module
// is loaded on a chart's first draw (load-chart.ts), never with the first screen's code.
// Bars: PCDD/F by source, utilisation per unit. Lines: the dynamics timelines (day on a linear x axis).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip, LineController, LineElement, PointElement);
// Dynamics: the stockpile of a long run as a band between its lowest and highest level per bin.
Chart.register(Filler);

// Compare view: a log axis for releases that fall by orders of magnitude, and a title drawn only
// into exported PNGs (the mass-flow Sankey registers itself: register-sankey.ts).
Chart.register(LogarithmicScale, Title);

// Uncertainty view: P5/P50/P95 markers on histograms and bootstrap whiskers on Sobol bars; both
// draw only for charts whose options name them (plugins.plcMarkers, plugins.plcWhiskers).
Chart.register(valueMarkers, intervalWhiskers);

// Workbench: measure portfolios as a scatter of capex against PCDD/F avoided, the Pareto front drawn as a line;
// two-parameter sweeps as a heatmap (chartjs-chart-matrix: register-matrix.ts) with its colour bar (plugins.plcColourBar).
Chart.register(ScatterController, colourBar);

// Training view: before/after bar pairs with their values written above the bars (plugins.plcBarValues).
Chart.register(barValues);

// Compare's waterfall and Evaluation's per-household chart: notes beside thin or undrawable bars (plugins.plcBarNotes).
Chart.register(barNotes);

export { Chart };
export type { ChartConfiguration, ChartData, ChartOptions, ChartType, Point } from 'chart.js';
export type { SankeyDataPoint } from 'chartjs-chart-sankey';
