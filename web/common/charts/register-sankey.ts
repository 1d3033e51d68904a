import { Chart } from 'chart.js';
import { Flow, SankeyController } from 'chartjs-chart-sankey';

// Compare view's mass-flow Sankey: loaded only when a Sankey chart is first drawn (load-chart.ts).
Chart.register(SankeyController, Flow);
