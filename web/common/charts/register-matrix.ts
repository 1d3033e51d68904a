import { Chart } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';

// Workbench's two-parameter heatmap: loaded only when a matrix chart is first drawn (load-chart.ts).
Chart.register(MatrixController, MatrixElement);
