// Every figure label and unit a view shows comes from the figure catalogue (issue 15). Each view
// is rendered with the real core (the Workbench with a sweep and a portfolio, Compare, Dynamics,
// Uncertainty, Training to its take-away, Evaluation with its report); then, through every
// shadow root:
//   1. a label marked by the catalogue's helper (`data-figure-label`) reads the catalogue's label,
//      a marked unit (`data-unit`) the catalogue's unit;
//   2. no heading, table header, term, caption or unit span carries a unit in words of its own
//      (any of the catalogue's units, written outside a marked span);
//   3. every figure card and figure row names its figure with a marked label;
//   4. every option of a figure picker reads its figure's label.
import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import type { PlcTrainingView } from '../../web/training/plc-training-view.ts';
import type { PlcSweepPanel } from '../../web/workbench/plc-sweep-panel.ts';
import type { PlcPortfolioPanel } from '../../web/workbench/plc-portfolio-panel.ts';
import { figureHeading, figureLabel } from '../../web/app/figures.ts';
import { isFigureKey } from '../../web/shared/model/figure-catalogue.ts';
import { UNITS, type UnitId } from '../../web/shared/model/figure-units.ts';
import { afterAmountText, unitText } from '../../web/app/unit-words.ts';
import { deepQuery, until } from './helpers/dom.ts';

const scenario = minhKhai as unknown as ScenarioDocument;
const CURRENCY = 'VND';

/** Inputs and settings, not figures: their own labels and units are the bounds table's. */
const NOT_FIGURES = new Set([
  'plc-line-editor',
  'plc-mc-controls',
  'plc-dynamics-controls',
  'plc-training-levers',
  'plc-measure-picker',
  'plc-survey-import',
  'plc-method-switch',
  'plc-factor-sources',
  'plc-bounds-help',
  'plc-training-stepper',
  'plc-library-dialog',
]);
const LABEL_LIKE = 'th, dt, caption, figcaption, h3, h4, legend, label, summary, .unit';
/** Tables of inputs (emission factors, constants) whose units are the library's, not figures'. */
const INPUT_TABLES = '[data-testid="provenance-factors"], [data-testid="annex-factors"], [data-testid="annex-constants"]';
/** Elements that show one figure: the first label-like cell inside must name it with a marked label. */
const FIGURE_HOLDERS = '[data-figure], tr[data-row], tr[data-indicator], tr[data-item], figure[data-pair]';
/** Pickers whose options are figures. */
const FIGURE_PICKERS =
  '[data-testid="figure-select"], [data-testid="figure"], select#figure, [data-testid="portfolio-figure"], [data-testid="indicator-select"]';
/** Figure holders that are not one catalogued figure (a unit's name, the balance check, the money sentences). */
const NOT_CATALOGUED = new Set(['bottleneck', 'closure', 'economics']);

/** Every element under `root`, through open shadow roots, leaving out the input components. */
function elementsUnder(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      if (NOT_FIGURES.has(child.localName)) continue;
      out.push(child);
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root.shadowRoot ?? root);
  return out;
}

/** Text of an element without what marked spans (and nested custom elements) say. */
function ownText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[data-figure-label], [data-unit]').forEach((m) => m.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const unitTexts = (unit: UnitId): string[] => [unitText(unit, CURRENCY), unitText(unit, ''), afterAmountText(unit)].filter((t): t is string => t !== undefined);

/** A unit in words: every catalogue unit with a slash, a superscript, "TEQ" or "a week"… (not "t", "%"). */
function unitTokens(): string[] {
  const all = (Object.keys(UNITS) as UnitId[]).flatMap(unitTexts);
  return [...new Set(all)].filter((t) => /[/³]|TEQ| a |people/.test(t));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What breaks the four rules in `view`; `least` labels of the catalogue show that it was drawn. */
function offences(view: Element, least = 3): string[] {
  const out: string[] = [];
  const where = (el: Element) =>
    `<${el.localName}${el.getAttribute('data-figure') ? ` data-figure=${el.getAttribute('data-figure')}` : ''}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80)}"`;
  const elements = elementsUnder(view);
  const tokens = unitTokens().map((t) => ({ t, re: new RegExp(`(^|[\\s(])${escape(t)}($|[\\s),.:;])`) }));
  let labels = 0;
  for (const el of elements) {
    const key = el.getAttribute('data-figure-label');
    if (key !== null) {
      labels++;
      const form = (el.getAttribute('data-form') ?? 'label') as 'label' | 'short' | 'inSentence';
      if (!isFigureKey(key)) out.push(`unknown figure ${key}: ${where(el)}`);
      else if (el.textContent !== figureLabel(key, form)) out.push(`label of ${key} reads "${el.textContent}", the catalogue "${figureLabel(key, form)}"`);
    }
    const unit = el.getAttribute('data-unit');
    if (unit !== null && !(unit in UNITS && unitTexts(unit as UnitId).includes(el.textContent ?? ''))) out.push(`unit ${unit} reads "${el.textContent}"`);
    if (el.matches(LABEL_LIKE) && !el.closest(INPUT_TABLES)) {
      const text = ownText(el);
      for (const { t, re } of tokens) if (re.test(text)) out.push(`unit "${t}" written outside the catalogue: ${where(el)}`);
    }
    if (el.matches(FIGURE_HOLDERS) && !NOT_CATALOGUED.has(el.getAttribute('data-figure') ?? '') && !el.closest('plc-training-why')) {
      const cell = el.matches('figure') ? el.querySelector('figcaption') : el.querySelector('th, dt, h4');
      if (cell && !cell.querySelector('[data-figure-label]')) out.push(`figure without the catalogue's label: ${where(el)}`);
    }
    if (el.matches('option, sl-option') && el.closest(FIGURE_PICKERS)) {
      const value = el.getAttribute('value') ?? '';
      const figure = isFigureKey(value) ? value : `indicator.${value}`;
      const text = (el.textContent ?? '').trim();
      const allowed = isFigureKey(figure)
        ? (['label', 'short', 'inSentence'] as const).flatMap((f) => [figureLabel(figure, f), figureHeading(figure, CURRENCY, f)])
        : [];
      if (!allowed.includes(text)) out.push(`option ${value} reads "${text}"`);
    }
  }
  if (labels < least) out.push(`only ${labels} labels of the catalogue`);
  return out;
}

function mount(session: ScenarioSession, route: string): PlcApp {
  history.replaceState(null, '', `#/${route}`);
  const app = document.createElement('plc-app');
  app.session = session;
  document.body.append(app);
  return app;
}

describe('figure labels and units on every view come from the catalogue', () => {
  let client: CoreClient;
  let session: ScenarioSession;
  let app: PlcApp | undefined;

  before(() => {
    client = new CoreClient();
    session = new ScenarioSession(client, new ScenarioDb(`plc-test-figures-${Math.random().toString(36).slice(2)}`), scenario);
  });
  afterEach(() => {
    app?.remove();
    app = undefined;
  });
  after(() => {
    session.pool.terminate();
    client.terminate();
    history.replaceState(null, '', '#/workbench');
  });

  it('can fail: a card with a label and a unit of its own is reported', () => {
    const host = document.createElement('div');
    host.innerHTML = `<dl><div class="figure" data-figure="productT"><dt>Product</dt><dd>462 <span class="unit">t/yr</span></dd></div>
      <div class="figure" data-figure="x"><dt><span data-figure-label="mass.productT" data-form="label">Pellets</span></dt></div></dl>`;
    document.body.append(host);
    const found = offences(host, 1);
    host.remove();
    expect(found).to.deep.equal([
      'figure without the catalogue\'s label: <div data-figure=productT> "Product462 t/yr"',
      'unit "t/yr" written outside the catalogue: <span> "t/yr"',
      'label of mass.productT reads "Pellets", the catalogue "Product"',
    ]);
  });

  it('in the Workbench: the result figures, PCDD/F by source, a sweep and a measure portfolio', async () => {
    app = mount(session, 'workbench');
    const view = await until(() => deepQuery(app!, 'plc-workbench'), 10_000, 'the workbench');
    await until(() => deepQuery(view, 'plc-result-figures', '[data-figure="pcddfAir"]'), 30_000, 'the result figures');
    const sweep = await until(() => deepQuery(view, 'plc-sweep-panel') as PlcSweepPanel | null, 10_000, 'the sweep panel');
    await sweep.updateComplete;
    await sweep.run([{ pointer: '/residues/dumpFireFraction', from: 0, to: 1, steps: 3 }]);
    await until(() => deepQuery(sweep, 'plc-sweep-result', '[data-testid="sweep-table"]'), 10_000, 'the sweep table');
    const portfolio = deepQuery(view, 'plc-portfolio-panel') as PlcPortfolioPanel;
    portfolio.scrollIntoView(); // the panel loads the catalogue once it is seen
    await until(() => portfolio.shadowRoot!.querySelectorAll('input[type="checkbox"]').length > 0, 10_000, 'the catalogue');
    await portfolio.run();
    await until(() => portfolio.shadowRoot!.querySelector('[data-testid="front-table"]'), 60_000, 'the Pareto front');
    expect(offences(view, 10)).to.deep.equal([]);
  });

  it('in Compare: headline cards, both methods, costs, releases, the waterfall and the mass flows', async () => {
    app = mount(session, 'compare');
    const view = await until(() => deepQuery(app!, 'plc-compare-view'), 10_000, 'the compare view');
    const picker = (await until(
      () => view.shadowRoot?.querySelector('plc-measure-picker')?.shadowRoot?.querySelector('[data-preset="minh-khai-pilot"]'),
      20_000,
      'the preset button',
    )) as HTMLElement;
    picker.click();
    await until(
      () => deepQuery(view, 'plc-headline-cards', '[data-figure="pcddf.air"] .after') && view.shadowRoot!.querySelectorAll('plc-sankey-chart').length === 2,
      60_000,
      'the comparison',
    );
    expect(offences(view, 30)).to.deep.equal([]);
  });

  it('in Dynamics: the steady state beside the dynamics, the stockpile and the throughput', async () => {
    app = mount(session, 'dynamics');
    const view = await until(() => deepQuery(app!, 'plc-dynamics-view'), 10_000, 'the dynamics view');
    await until(() => deepQuery(view, 'plc-dynamics-comparison', '[data-figure="dynamicProcessedT"]'), 60_000, 'the first run');
    expect(offences(view, 20)).to.deep.equal([]);
  });

  it('in Uncertainty: the figure picker, the table of every headline figure and the histograms', async () => {
    app = mount(session, 'uncertainty');
    const view = await until(() => deepQuery(app!, 'plc-uncertainty-view'), 10_000, 'the uncertainty view');
    const controls = await until(() => deepQuery(view, 'plc-mc-controls'), 10_000, 'the controls');
    const draws = controls.shadowRoot!.querySelector('[name="draws"]') as HTMLElement & { value: string; updateComplete: Promise<unknown> };
    draws.value = '1000';
    await draws.updateComplete;
    (controls.shadowRoot!.querySelector('[data-testid="run"]') as HTMLElement).click();
    await until(() => deepQuery(view, 'plc-mc-table', 'tbody[data-figure="pcddf.air"]'), 60_000, 'the table');
    expect(offences(view, 15)).to.deep.equal([]);
  });

  it('in Training: every step to the before-and-after pictures and the take-away', async () => {
    app = mount(session, 'training');
    const view = await until(() => deepQuery(app!, 'plc-training-view') as PlcTrainingView | null, 10_000, 'the training view');
    await until(() => view.training?.before, 30_000, 'the household’s own result');
    for (const step of [0, 1, 2, 3]) {
      view.goTo(step);
      await until(() => view.shadowRoot!.querySelector(`section.step[data-step="${step}"] plc-everyday-figures`), 30_000, `step ${step + 1}`);
      expect(offences(view), `step ${step + 1}`).to.deep.equal([]);
    }
    view.goTo(4);
    await until(() => deepQuery(view, 'plc-takeaway', 'tr[data-row]') && deepQuery(view, 'plc-before-after', 'figure[data-pair]'), 30_000, 'the take-away');
    expect(offences(view, 11)).to.deep.equal([]);
  });

  it('in Evaluation: the survey, the indicators, measured versus modelled, a provenance and the report', async () => {
    app = mount(session, 'evaluation');
    const view = await until(() => deepQuery(app!, 'plc-evaluation-view'), 10_000, 'the evaluation view');
    (
      await until(() => deepQuery(view, 'plc-survey-import', '[data-testid="load-illustrative"]') as HTMLElement | null, 10_000, 'the illustrative button')
    ).click();
    await until(() => deepQuery(view, 'plc-indicator-table', '[data-testid="group-table"]'), 30_000, 'the group table');
    (
      await until(
        () => deepQuery(view, 'plc-measured-modelled', '[data-testid="mvm-run"]') as HTMLElement | null,
        10_000,
        'the measured-versus-modelled button',
      )
    ).click();
    await until(() => deepQuery(view, 'plc-measured-modelled', '[data-testid="mvm-table"]'), 30_000, 'measured versus modelled');
    (deepQuery(view, 'plc-indicator-table', 'tr[data-indicator="pcddfAirUgTeqPerTProduct"] [data-cell="change"] button') as HTMLElement).click();
    await until(() => deepQuery(view, 'plc-provenance-panel', '[data-testid="provenance-formula"]'), 10_000, 'the provenance');
    expect(offences(view, 40), 'the data').to.deep.equal([]);
    (view.shadowRoot!.querySelector('button[data-sub="report"]') as HTMLElement).click();
    await until(
      () => deepQuery(view, 'plc-report', 'plc-report-measures')?.shadowRoot?.querySelector('[data-testid="report-attribution"]'),
      60_000,
      'the report',
    );
    expect(offences(view, 80), 'the report').to.deep.equal([]);
    (view.shadowRoot!.querySelector('button[data-sub="data"]') as HTMLElement).click();
    await until(() => !document.querySelector('.plc-print-root'), 10_000, 'the print copy to go');
  });
});
