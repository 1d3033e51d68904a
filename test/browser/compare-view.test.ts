import { expect } from '@esm-bundle/chai';
import { textIn } from '../../web/shared/model/local-text.ts';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import minhKhaiAfter from '../../fixtures/scenarios/minh-khai-after.json';
// Expected figures come from the golden file (test/golden/make-golden.ts: the same two columns), not from the core under test.
import goldenSet from '../../fixtures/golden/minh-khai.compare-view.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import type { PlcCanvasChart } from '../../web/common/charts/plc-canvas-chart.ts';
import type { DownloadDetail } from '../../web/common/download.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import type { ComparisonSet } from '../../web/shared/contract/api-types.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { HEADLINE_FIGURES, figure } from '../../web/shared/model/result-types.ts';
import { deepQuery, parseShown, until } from './helpers/dom.ts';

const scenario = minhKhai as unknown as ScenarioDocument;
const VIEW = 'plc-compare-view';
// Column A: two measures ticked by hand; column B: the Minh Khai pilot preset (the after variant).
const TICKED = ['no-plastic-fuel-lpg', 'bricks-instead-of-burning']; // as COMPARE_VIEW_TICKED in make-golden.ts
const PILOT = minhKhaiAfter.measures;
// MODEL.md 3 step 1: F = tonnesPerDay × daysPerYear = 2 × 300 = 600 t of feed a year.
const FEED_T = 600;
const VECTORS = ['air', 'land', 'water', 'residue', 'product'] as const;

function mount(session: ScenarioSession): PlcApp {
  const app = document.createElement('plc-app');
  app.session = session;
  document.body.append(app);
  return app;
}

const view = (app: PlcApp) => deepQuery(app, VIEW) as HTMLElement | null;
const allIn = (host: Element | null, selector: string) => [...(host?.shadowRoot?.querySelectorAll(selector) ?? [])] as HTMLElement[];
const canvasChart = (host: Element) => (host.shadowRoot!.querySelector('plc-canvas-chart') as PlcCanvasChart).chartInstance!;

function parseCsv(text: string): string[][] {
  // The releases table has no quoted fields apart from scenario names with commas.
  return text
    .trim()
    .split('\r\n')
    .map((line) => {
      const cells: string[] = [];
      for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
        if (m.index === line.length && m[0] === '') break;
        cells.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
      }
      return cells;
    });
}

describe('<plc-compare-view> with the real core worker', () => {
  let client: CoreClient;
  const expected = goldenSet as unknown as ComparisonSet;
  let app: PlcApp;

  before(async () => {
    client = new CoreClient();

    history.replaceState(null, '', '#/compare');
    app = mount(new ScenarioSession(client, new ScenarioDb(`plc-test-compare-${Math.random().toString(36).slice(2)}`), scenario));
    // Pick measures as a user would: tick two in the first column, add a column, take the preset.
    const firstPicker = await until(
      () => allIn(view(app), 'plc-measure-picker')[0]?.shadowRoot?.querySelector('sl-checkbox') && allIn(view(app), 'plc-measure-picker')[0],
      20_000,
      'the measure picker with the catalogue',
    );
    for (const id of TICKED) (firstPicker.shadowRoot!.querySelector(`sl-checkbox[value="${id}"]`) as HTMLElement).click();
    (view(app)!.shadowRoot!.querySelector('[data-testid="add-column"]') as HTMLElement).click();
    const second = await until(() => allIn(view(app), 'plc-measure-picker')[1], 5_000, 'the second column');
    await until(() => second.shadowRoot?.querySelector('[data-preset="minh-khai-pilot"]'), 5_000, 'the preset button');
    (second.shadowRoot!.querySelector('[data-preset="minh-khai-pilot"]') as HTMLElement).click();
    // Both columns compared: two rows on each headline card, and the sankeys drawn.
    await until(
      () => {
        const cards = deepQuery(app, VIEW, 'plc-headline-cards');
        return (
          allIn(cards, '[data-figure="pcddf.air"] .row').length === 2 &&
          allIn(view(app), 'plc-sankey-chart').length === 3 &&
          allIn(view(app), 'plc-sankey-chart').every((s) => s.shadowRoot?.querySelector('plc-canvas-chart'))
        );
      },
      30_000,
      'the comparison of both columns',
    );
  });

  after(() => {
    app?.remove();
    client.terminate();
  });

  it('ticks what was picked: two measures in column A, the pilot preset in column B', () => {
    const [a, b] = allIn(view(app), 'plc-measure-picker') as (HTMLElement & { selected: string[] })[];
    expect([...a.selected].sort()).to.deep.equal([...TICKED].sort());
    expect([...b.selected].sort()).to.deep.equal([...PILOT].sort());
  });

  it('shows each headline figure before → after as the worker computed it', () => {
    const cards = deepQuery(app, VIEW, 'plc-headline-cards')!;
    for (const key of HEADLINE_FIGURES) {
      if (key === 'economics.profit') continue; // money, printed in VND notation
      expected.comparisons.forEach((doc, i) => {
        const shown = cards.shadowRoot!.querySelector(`[data-figure="${key}"] [data-column="${i}"] .after`)!.textContent!;
        const value = figure(doc.after, key);
        const tolerance = Math.max(0.5, Math.abs(value) * 0.005); // 3 significant digits, whole numbers from 100 up
        expect(Math.abs(parseShown(shown) - value), `${key}, column ${i}: ${shown}`).to.be.at.most(tolerance);
      });
    }
    // The Minh Khai pilot takes PCDD/F to air down by more than 90 % (it reports −99.99 %) of the
    // quantified releases: its brick line melts plastic, whose PCDD/F nobody has measured.
    const pilot = cards.shadowRoot!.querySelector('[data-figure="pcddf.air"] [data-column="1"] .change')!.textContent!;
    expect(pilot).to.match(/PCDD\/F to air falls by 99\.99 % of the quantified releases: better/);
    expect(cards.shadowRoot!.querySelector('[data-figure="pcddf.air"] [data-column="1"] [data-testid="not-quantified"]')!.textContent).to.equal(
      'Melting plastic for bricks is not quantified.',
    );
    const summary = deepQuery(app, VIEW, '[data-testid="pcddf-summary"]')!.textContent!;
    expect(summary).to.contain('Plastic-sand bricks and tiles instead of burning and dumping');
  });

  it('puts a scenario chip on every chart', () => {
    const names = (host: Element) => allIn(host, 'plc-scenario-chip').map((c) => c.getAttribute('name'));
    const charts = ['plc-releases-chart', 'plc-waterfall-chart', 'plc-sankey-chart'].flatMap((tag) => allIn(view(app), tag));
    expect(charts.length).to.equal(2 + 2 + 3);
    for (const chart of charts) expect(names(chart).length, chart.tagName).to.be.at.least(1);
    const baselineName = textIn(scenario.name, 'en');
    const releases = allIn(view(app), 'plc-releases-chart');
    for (const r of releases) {
      expect(names(r)).to.have.length(3);
      expect(names(r)[0]).to.equal(baselineName);
      expect(names(r)[2]).to.contain('Minh Khai pilot (UNIDO/GEF)');
    }
    expect(names(allIn(view(app), 'plc-sankey-chart')[0])).to.deep.equal([baselineName]);
  });

  it('says "log scale" on the releases axis whenever it is logarithmic (issue 16)', async () => {
    for (const chart of allIn(view(app), 'plc-releases-chart')) {
      const canvas = chart.shadowRoot!.querySelector('plc-canvas-chart') as HTMLElement & { chartInstance: import('chart.js').Chart | null };
      const instance = await until(() => canvas.chartInstance, 10_000, 'the releases chart');
      const x = instance.options.scales!.x as { type?: string; title?: { text?: string } };
      if (x.type === 'logarithmic') expect(x.title?.text).to.match(/, log scale$/);
      else expect(x.title?.text).to.not.match(/log scale/);
    }
  });

  it('exports the releases-by-vector chart as CSV with a row per scenario and vector, its unit in the header, rounded as shown', async () => {
    const chart = allIn(view(app), 'plc-releases-chart').find((c) => c.getAttribute('mode') === 'vector')!;
    const csvButton = chart.shadowRoot!.querySelector('plc-chart-export')!.shadowRoot!.querySelector('[data-format="csv"]') as HTMLElement;
    const file = await new Promise<DownloadDetail>((resolve) => {
      view(app)!.addEventListener(
        'plc-download',
        (e) => {
          e.preventDefault(); // keep the test from saving a file
          resolve((e as CustomEvent<DownloadDetail>).detail);
        },
        { once: true },
      );
      csvButton.click();
    });
    expect(file.mimeType).to.equal('text/csv');
    expect(file.fileName).to.match(/\.csv$/);
    const [header, ...rows] = parseCsv(file.content);
    expect(header).to.deep.equal(['scenario', 'vector', 'pcddf (µg TEQ/yr)']);
    const results = [expected.comparisons[0].before, ...expected.comparisons.map((c) => c.after)];
    expect(rows).to.have.length(results.length * VECTORS.length);
    results.forEach((result, i) => {
      VECTORS.forEach((v, j) => {
        const row = rows[i * VECTORS.length + j];
        expect(row[1]).to.equal(v);
        // Rounded as the page shows PCDD/F: three significant digits, whole numbers from 100 up.
        const x = result.pcddf[v];
        expect(Number(row[2]), `${row[0]} ${v}`).to.equal(Math.abs(x) >= 100 ? Math.round(x) : Number(x.toPrecision(3)));
      });
    });
    expect(rows[0][0]).to.equal(textIn(scenario.name, 'en'));
  });

  it('exports the flows of a Sankey as JSON and the chart as a PNG, without the network', async () => {
    const sankey = allIn(view(app), 'plc-sankey-chart')[0];
    const exporter = sankey.shadowRoot!.querySelector('plc-chart-export')!;
    const download = (format: string) =>
      new Promise<DownloadDetail>((resolve) => {
        view(app)!.addEventListener(
          'plc-download',
          (e) => {
            e.preventDefault();
            resolve((e as CustomEvent<DownloadDetail>).detail);
          },
          { once: true },
        );
        (exporter.shadowRoot!.querySelector(`[data-format="${format}"]`) as HTMLElement).click();
      });
    const json = await download('json');
    const doc = JSON.parse(json.content) as { rows: { from: string; flow: number }[]; units: { flow: string }; scenarios: { name: string }[] };
    expect(doc.scenarios.map((s) => s.name)).to.deep.equal([textIn(scenario.name, 'en')]);
    expect(doc.units.flow).to.equal('t/yr');
    // Full precision in JSON: the bands out of the feed add up to the feed.
    const fromFeed = doc.rows.filter((r) => r.from === 'feed').reduce((sum, r) => sum + r.flow, 0);
    expect(fromFeed).to.be.closeTo(FEED_T, 1e-6);
    const csv = await download('csv');
    expect(parseCsv(csv.content)[0]).to.deep.equal(['from', 'from_label', 'to', 'to_label', 'flow (t/yr)']);
    const png = await download('png');
    expect(png.mimeType).to.equal('image/png');
    expect(png.content.startsWith('data:image/png;base64,')).to.equal(true);
    // The picture is the chart with a white margin of 24 CSS pixels all round.
    const canvas = canvasChart(sankey).canvas;
    const image = new Image();
    image.src = png.content;
    await image.decode();
    const margin = 24 * (canvas.width / canvas.clientWidth);
    expect(image.width).to.be.closeTo(canvas.width + 2 * margin, 2);
    expect(image.height).to.be.closeTo(canvas.height + 2 * margin, 2);
    const probe = document.createElement('canvas');
    probe.width = image.width;
    probe.height = image.height;
    const ctx = probe.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const white = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data].join(',') === '255,255,255,255';
    expect([white(1, 1), white(image.width - 2, image.height - 2), white(Math.round(margin / 2), image.height >> 1)]).to.deep.equal([true, true, true]);
  });

  it('draws every tonne in each Sankey: the flows out of the feed add up to the feed', () => {
    const sankeys = allIn(view(app), 'plc-sankey-chart');
    for (const sankey of sankeys) {
      const flows = canvasChart(sankey).data.datasets[0].data as unknown as { from: string; to: string; flow: number }[];
      const outOfFeed = flows.filter((f) => f.from === 'feed').reduce((sum, f) => sum + f.flow, 0);
      expect(Math.abs(outOfFeed - FEED_T)).to.be.at.most(1e-6);
      // Every node that passes material on passes on all of it (remainders are drawn too).
      const into = new Map<string, number>();
      const outOf = new Map<string, number>();
      for (const f of flows) {
        into.set(f.to, (into.get(f.to) ?? 0) + f.flow);
        outOf.set(f.from, (outOf.get(f.from) ?? 0) + f.flow);
      }
      for (const [node, out] of outOf) if (node !== 'feed') expect(Math.abs(out - into.get(node)!), node).to.be.at.most(1e-6);
    }
  });

  it('draws a waterfall whose measure steps add up to after − before', async () => {
    for (const [i, waterfall] of allIn(view(app), 'plc-waterfall-chart').entries()) {
      const doc = expected.comparisons[i];
      const bars = canvasChart(waterfall).data.datasets[0].data as unknown as [number, number][];
      expect(bars).to.have.length(doc.measures.length + 2); // before, one per measure, after
      const steps = bars.slice(1, -1).reduce((sum, [start, end]) => sum + (end - start), 0);
      const change = doc.after.pcddf.total - doc.before.pcddf.total;
      expect(Math.abs(steps - change), `column ${i}`).to.be.at.most(1e-6 * Math.max(1, Math.abs(change)));
      expect(bars[0]).to.deep.equal([0, doc.before.pcddf.total]);
      expect(bars.at(-1)).to.deep.equal([0, doc.after.pcddf.total]);
    }
    // Another figure: the waterfall follows the select.
    const select = deepQuery(app, VIEW, '[data-testid="figure-select"]') as HTMLSelectElement;
    select.value = 'water.freshM3';
    select.dispatchEvent(new Event('change'));
    const waterfall = allIn(view(app), 'plc-waterfall-chart')[1];
    await until(() => waterfall.getAttribute('figure') === 'water.freshM3', 5_000, 'the water waterfall');
    await (waterfall as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const bars = canvasChart(waterfall).data.datasets[0].data as unknown as [number, number][];
    const doc = expected.comparisons[1];
    expect(bars.at(-1)![1]).to.equal(doc.after.water.freshM3);
    const steps = bars.slice(1, -1).reduce((sum, [start, end]) => sum + (end - start), 0);
    expect(steps).to.be.closeTo(doc.difference['water.freshM3'], 1e-6 * Math.abs(doc.difference['water.freshM3']));
  });
});
