import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Chart.js 4 is tree-shaken: register only what the app draws (TOOLCHAIN point 11).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
export type { ChartConfiguration, ChartData, ChartOptions, ChartType } from 'chart.js';
