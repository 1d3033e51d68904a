// The measure-portfolio chart (issue 7): every subset of the chosen measures as a point of capex
// against PCDD/F avoided, coloured by whether yearly profit rises or falls, the Pareto front as a
// line, the target as a dashed level and the cheapest portfolio reaching it ringed. With thousands
// of subsets (4,096 for 12 measures) the front is drawn strongly on top and the dominated subsets
// are small faded dots behind it, so the front reads at a glance.
import { Chart, type ChartConfiguration } from '../common/charts/register.ts';

export interface PortfolioChartPoint {
  mask: number;
  capex: number;
  avoided: number;
  profitChange: number;
}

export interface PortfolioChartInput {
  points: readonly PortfolioChartPoint[];
  /** Masks on the front, by rising capex. */
  front: readonly number[];
  /** Release avoided that the target asks for (figure unit), or null. */
  targetAvoided: number | null;
  cheapestMask: number | null;
  words: { profitUp: string; profitDown: string; front: string; target: string; cheapest: string; capex: string; avoided: string };
  formatMoney: (v: number) => string;
  formatAvoided: (v: number) => string;
}

// Okabe–Ito: blue for a profit gain, vermillion for a loss; the front in black.
const GAIN = '#0072B2';
const LOSS = '#D55E00';

export function portfolioScatterConfig(input: PortfolioChartInput): Pick<ChartConfiguration<'scatter'>, 'type' | 'data' | 'options'> {
  const xy = (p: PortfolioChartPoint) => ({ x: p.capex, y: p.avoided });
  const byMask = new Map(input.points.map((p) => [p.mask, p]));
  const front = input.front.map((m) => byMask.get(m)).filter((p): p is PortfolioChartPoint => p !== undefined);
  const maxCapex = Math.max(0, ...input.points.map((p) => p.capex));
  const cheapest = input.cheapestMask === null ? undefined : byMask.get(input.cheapestMask);
  // Fainter the more points there are: 12 measures give 4,096.
  const alpha = input.points.length > 512 ? '40' : input.points.length > 64 ? '66' : '99';
  const radius = input.points.length > 512 ? 2 : 3;
  const onFront = new Set(input.front);
  const dominated = input.points.filter((p) => !onFront.has(p.mask));
  const datasets: ChartConfiguration<'scatter'>['data']['datasets'] = [
    {
      label: input.words.front,
      data: front.map(xy),
      showLine: true,
      borderColor: '#111',
      backgroundColor: '#111',
      pointRadius: 4.5,
      pointHoverRadius: 6,
      borderWidth: 3,
      order: 0,
    },
    {
      label: input.words.profitUp,
      data: dominated.filter((p) => p.profitChange >= 0).map(xy),
      backgroundColor: `${GAIN}${alpha}`,
      borderWidth: 0,
      pointRadius: radius,
      order: 2,
    },
    {
      label: input.words.profitDown,
      data: dominated.filter((p) => p.profitChange < 0).map(xy),
      backgroundColor: `${LOSS}${alpha}`,
      borderWidth: 0,
      pointRadius: radius + 0.5,
      pointStyle: 'triangle',
      order: 2,
    },
  ];
  if (input.targetAvoided !== null) {
    datasets.push({
      label: input.words.target,
      data: [
        { x: 0, y: input.targetAvoided },
        { x: maxCapex, y: input.targetAvoided },
      ],
      showLine: true,
      borderColor: '#777',
      borderDash: [6, 4],
      borderWidth: 1.5,
      pointRadius: 0,
      order: 3,
    });
  }
  if (cheapest) {
    datasets.push({
      label: input.words.cheapest,
      data: [xy(cheapest)],
      pointRadius: 9,
      pointStyle: 'circle',
      borderColor: '#009E73',
      backgroundColor: 'rgba(0,0,0,0)',
      borderWidth: 3,
      order: -1,
    });
  }
  return {
    type: 'scatter',
    data: { datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        // Legend swatches at full strength (the points are faded), with room between entries.
        legend: {
          position: 'bottom',
          labels: {
            usePointStyle: true,
            boxWidth: 10,
            boxHeight: 10,
            padding: 16,
            font: { size: 12 },
            generateLabels: (chart) =>
              Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => ({
                ...item,
                fillStyle: typeof item.fillStyle === 'string' ? item.fillStyle.replace(/^(#[0-9a-fA-F]{6})[0-9a-fA-F]{2}$/, '$1') : item.fillStyle,
              })),
          },
        },
        tooltip: { callbacks: { label: (c) => `${input.formatMoney(c.parsed.x ?? 0)} → ${input.formatAvoided(c.parsed.y ?? 0)}` } },
      },
      scales: {
        x: { type: 'linear', title: { display: true, text: input.words.capex }, ticks: { callback: (v) => input.formatMoney(Number(v)) } },
        y: { type: 'linear', title: { display: true, text: input.words.avoided }, ticks: { callback: (v) => input.formatAvoided(Number(v)) } },
      },
    },
  };
}
