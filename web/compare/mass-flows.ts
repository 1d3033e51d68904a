import type { ResultDocument } from '../shared/model/result-types.ts';
import type { ChartData, ChartOptions, SankeyDataPoint } from '../common/charts/register.ts';
import type { DataTable } from '../common/charts/compare-data.ts';
import { roundToFigure } from '../shared/model/figure-catalogue.ts';
import { STILL_CHART } from '../common/charts/bar-options.ts';

/** Nodes of the mass-flow diagram, left to right (MODEL.md 3 step 12: F = B + Q + Σ R + W + E). */
export type MassNode =
  | 'feed'
  | 'processed'
  | 'backlog'
  | 'product'
  | 'plasticRejects'
  | 'inertRejects'
  | 'wastewaterSolids'
  | 'evaporated'
  | 'unaccounted'
  | 'fuel'
  | 'openBurning'
  | 'dumping'
  | 'landfill'
  | 'bricks'
  | 'cementKiln'
  | 'sale'
  | 'inertDumping'
  | 'inertLandfill'
  | 'sludge'
  | 'discharged'
  | 'dumpFire'
  | 'leftOnDump';

const COLUMN: Record<MassNode, number> = {
  feed: 0,
  processed: 1,
  backlog: 1,
  product: 2,
  plasticRejects: 2,
  inertRejects: 2,
  wastewaterSolids: 2,
  evaporated: 2,
  unaccounted: 2,
  fuel: 3,
  openBurning: 3,
  dumping: 3,
  landfill: 3,
  bricks: 3,
  cementKiln: 3,
  sale: 3,
  inertDumping: 3,
  inertLandfill: 3,
  sludge: 3,
  discharged: 3,
  dumpFire: 4,
  leftOnDump: 4,
};

// Burning red-orange, disposal brown, useful outlets green, water blue, stock and feed grey.
const COLOUR: Record<MassNode, string> = {
  feed: '#4d4d4d',
  processed: '#4d4d4d',
  backlog: '#8c8c8c',
  product: '#009E73',
  plasticRejects: '#8C6D1F',
  inertRejects: '#a08a5a',
  wastewaterSolids: '#0072B2',
  evaporated: '#56B4E9',
  unaccounted: '#bbbbbb',
  fuel: '#D55E00',
  openBurning: '#D55E00',
  dumping: '#8C6D1F',
  landfill: '#6A3D9A',
  bricks: '#009E73',
  cementKiln: '#CC79A7',
  sale: '#009E73',
  inertDumping: '#a08a5a',
  inertLandfill: '#6A3D9A',
  sludge: '#6A3D9A',
  discharged: '#0072B2',
  dumpFire: '#D55E00',
  leftOnDump: '#8C6D1F',
};

export interface MassFlow extends SankeyDataPoint {
  from: MassNode;
  to: MassNode;
}

/**
 * Every tonne of the year's feed as flows: feed → processed and backlog; processed → product,
 * rejects, wastewater solids and evaporation; rejects → their routes (fuel included); dumped
 * plastic → dump fire and what stays on the dump; wastewater solids → sludge and discharged.
 * Whatever a node's outflows leave over is drawn too (as "not accounted for", within the core's
 * closure error), so each node's outflows add up to its inflow and the flows out of the feed add
 * up to the feed. Zero flows are left out.
 */
export function massFlows(result: ResultDocument): MassFlow[] {
  const m = result.mass;
  const r = m.routesT;
  const flows: MassFlow[] = [];
  // The core's balance closes within 1e-9 of the feed (MODEL.md 3 step 12); a remainder above that
  // would be a fault worth seeing, below it is rounding and drawing it would only add clutter.
  const tolerance = 1e-9 * Math.max(m.feedT, 1e-300);
  const add = (from: MassNode, to: MassNode, flow: number) => {
    if (flow > 0) flows.push({ from, to, flow });
  };
  const split = (from: MassNode, total: number, parts: [MassNode, number][]) => {
    for (const [to, t] of parts) add(from, to, t);
    const rest = total - parts.reduce((sum, [, t]) => sum + t, 0);
    if (rest > tolerance) add(from, 'unaccounted', rest);
  };
  split('feed', m.feedT, [
    ['processed', m.processedT],
    ['backlog', m.backlogT],
  ]);
  split('processed', m.processedT, [
    ['product', m.productT],
    ['plasticRejects', m.rejectsT.plastic],
    ['inertRejects', m.rejectsT.inert],
    ['wastewaterSolids', m.wastewaterSolidsT],
    ['evaporated', m.evaporatedT],
  ]);
  split('plasticRejects', m.rejectsT.plastic, [
    ['fuel', r.fuel],
    ['openBurning', r.openBurning],
    ['dumping', r.dumping],
    ['landfill', r.landfill],
    ['bricks', r.bricks],
    ['cementKiln', r.cementKiln],
    ['sale', r.sale],
  ]);
  split('dumping', r.dumping, [
    ['dumpFire', r.dumpFire],
    ['leftOnDump', r.dumping - r.dumpFire],
  ]);
  split('inertRejects', m.rejectsT.inert, [
    ['inertDumping', r.inertDumping],
    ['inertLandfill', r.inertLandfill],
  ]);
  split('wastewaterSolids', m.wastewaterSolidsT, [
    ['sludge', m.sludgeT],
    ['discharged', m.dischargedSolidsT],
  ]);
  return flows;
}

/** Size of each node: the larger of what flows in and what flows out. */
export function nodeTonnes(flows: MassFlow[]): Map<MassNode, number> {
  const inflow = new Map<MassNode, number>();
  const outflow = new Map<MassNode, number>();
  for (const f of flows) {
    outflow.set(f.from, (outflow.get(f.from) ?? 0) + f.flow);
    inflow.set(f.to, (inflow.get(f.to) ?? 0) + f.flow);
  }
  const sizes = new Map<MassNode, number>();
  for (const key of new Set([...inflow.keys(), ...outflow.keys()])) sizes.set(key, Math.max(inflow.get(key) ?? 0, outflow.get(key) ?? 0));
  return sizes;
}

/** One row per band: from, to, and the tonnes a year it carries in `unit`, written in the CSV at
 *  the precision of the feed. */
export function massFlowTable(flows: MassFlow[], labelOf: (key: MassNode) => string, unit: string): DataTable {
  return {
    columns: ['from', 'from_label', 'to', 'to_label', 'flow'],
    units: [null, null, null, null, unit],
    round: [null, null, null, null, (n) => roundToFigure('mass.feedT', n)],
    rows: flows.map((f) => [f.from, labelOf(f.from), f.to, labelOf(f.to), f.flow]),
  };
}

/** The nodes in reading order (column by column, in the order the flows name them), numbered from
 *  1: on a narrow screen the diagram carries these numbers and a key beside it gives the words. */
export function nodeNumbers(flows: MassFlow[]): Map<MassNode, number> {
  const keys = [...nodeTonnes(flows).keys()];
  const order = keys.map((k, i) => ({ k, i })).sort((a, b) => COLUMN[a.k] - COLUMN[b.k] || a.i - b.i);
  return new Map(order.map(({ k }, n) => [k, n + 1]));
}

export function massFlowChartData(flows: MassFlow[], nodeLabel: (key: MassNode, tonnes: number) => string, title: string): ChartData<'sankey'> {
  const sizes = nodeTonnes(flows);
  const labels = Object.fromEntries([...sizes].map(([key, t]) => [key, nodeLabel(key, t)]));
  const used = new Set(sizes.keys());
  const column = Object.fromEntries(Object.entries(COLUMN).filter(([k]) => used.has(k as MassNode)));
  return {
    datasets: [
      {
        label: title,
        data: flows,
        labels,
        column,
        colorFrom: (c) => COLOUR[(c.raw as MassFlow).from],
        colorTo: (c) => COLOUR[(c.raw as MassFlow).to],
        colorMode: 'gradient',
        alpha: 0.55,
        nodeWidth: 8,
        nodePadding: 18,
        font: { size: 11 },
        // Every tonne is drawn: a node as tall as its largest side, however small.
        size: 'max',
        parsing: { from: 'from', to: 'to', flow: 'flow' },
      },
    ],
  };
}

export function massFlowChartOptions(format: (t: number) => string, unit: string, labelOf: (key: MassNode) => string): ChartOptions<'sankey'> {
  return {
    ...STILL_CHART,
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: (c) => {
            const f = c.raw as MassFlow;
            return `${labelOf(f.from)} → ${labelOf(f.to)}: ${format(f.flow)} ${unit}`;
          },
        },
      },
    },
  };
}
