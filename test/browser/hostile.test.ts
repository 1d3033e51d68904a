// Issue 14 in the browser, with the real core worker: every hostile scenario file imported through
// the Library gets a message (or is imported, if the command line accepts it too) and nothing
// stored is lost; every extreme value typed in the Workbench gets a message beside its field, the
// editor help lists the accepted ranges, and the results never show ∞ or NaN.
import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import expected from '../../fixtures/hostile/EXPECTED.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import type { PlcLibraryDialog } from '../../web/library/plc-library-dialog.ts';
import type { PlcNumberField } from '../../web/common/fields/plc-number-field.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { deepQuery, until } from './helpers/dom.ts';
import { deleteDb, uniqueDbName } from './helpers/storage.ts';

const minh = minhKhai as unknown as ScenarioDocument;
type Expected = { role: string; exit: number; path?: string; words?: string; args?: string[] };
const corpus = expected as Record<string, Expected>;

/** The text under an element, through open shadow roots (what a reader of the page sees: no
 *  style sheets, and not the countdown of an alert without a duration, which reads "Infinity"). */
function deepText(node: Node): string {
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
    if (n instanceof Element) {
      if (n.tagName === 'STYLE' || n.tagName === 'SCRIPT' || n.getAttribute('role') === 'timer') return;
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return text;
}

/** Every <plc-number-field> with this pointer, through shadow roots. */
function numberField(root: Element, pointer: string): PlcNumberField | null {
  const walk = (node: Element | ShadowRoot): PlcNumberField | null => {
    for (const el of node.querySelectorAll('*')) {
      if (el.tagName === 'PLC-NUMBER-FIELD' && (el as PlcNumberField).pointer === pointer) return el as PlcNumberField;
      if (el.shadowRoot) {
        const found = walk(el.shadowRoot);
        if (found) return found;
      }
    }
    return null;
  };
  return root.shadowRoot ? walk(root.shadowRoot) : null;
}

const NOT_A_NUMBER = /∞|NaN|Infinity/;

const valueAt = (doc: unknown, pointer: string): unknown =>
  pointer
    .slice(1)
    .split('/')
    .reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], doc);

describe('issue 14 in the app, with the real core worker', () => {
  let client: CoreClient;
  let app: PlcApp | undefined;
  let session: ScenarioSession;
  let name: string;

  before(() => {
    client = new CoreClient();
  });
  beforeEach(async () => {
    name = uniqueDbName('plc-test-hostile');
    history.replaceState(null, '', '#/workbench');
    session = new ScenarioSession(client, new ScenarioDb(name), minh, { autosaveDelayMs: 60_000 });
    app = document.createElement('plc-app');
    app.session = session;
    document.body.append(app);
    await until(() => session.simulation.status === 'done', 30_000, 'the first run');
  });
  afterEach(async () => {
    app?.remove();
    app = undefined;
    session.dispose();
    await session.db.close();
    await deleteDb(name);
  });
  after(() => client.terminate());

  it('gives every hostile scenario file a message or imports it, and loses nothing stored', async () => {
    await session.store.flush();
    const before = await session.db.getRecord(minh.id);
    (deepQuery(app!, '[data-testid="library-button"]') as HTMLElement).click();
    const dialog = await until(() => deepQuery(app!, 'plc-library-dialog') as PlcLibraryDialog | null, 10_000, 'the dialog');
    const input = await until(() => dialog.shadowRoot?.querySelector('input[type="file"]') as HTMLInputElement | null, 10_000, 'the file input');
    // The files the command line reads as scenarios; a file it refuses only for an option
    // (exit 1: --years 1e6) is a valid scenario and is imported.
    const files = Object.entries(corpus).filter(([, e]) => e.role === 'scenario' || e.role === 'dynamic');
    expect(files.length).to.be.greaterThan(40);
    let imported = 0;
    for (const [file, e] of files) {
      const bytes = await (await fetch(`/fixtures/hostile/${file}`)).arrayBuffer();
      (dialog as unknown as { report: unknown }).report = null;
      await dialog.updateComplete;
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], file));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      const report = await until(
        () => (dialog as unknown as { report: { ok: boolean; issues?: { path: string; message: string; code?: string }[] } | null }).report,
        10_000,
        `the report on ${file}`,
      );
      await dialog.updateComplete;
      const shown = deepText(dialog.shadowRoot!.querySelector('[data-testid="import-report"]')!);
      const refusedByContent = e.exit === 2;
      expect(report.ok, `${file}: ${shown}`).to.equal(!refusedByContent);
      if (!refusedByContent) {
        imported++;
        continue;
      }
      expect(shown, file).to.contain('The file was not imported');
      expect(shown, file).not.to.match(/\bat \w+ \(|\.ts:\d+|TypeError|SECRET-CONTENT/);
      if (e.path) expect(shown, `${file}: ${shown}`).to.contain(e.path);
      if (e.words) expect(shown, `${file}: ${shown}`).to.contain(e.words);
    }
    // Nothing stored was lost or changed; what was imported sits beside it.
    const after = await session.db.getRecord(minh.id);
    expect(after?.revision).to.equal(before?.revision);
    expect(after?.scenario).to.deep.equal(before?.scenario);
    expect((await session.store.library.list()).scenarios.length).to.equal(1 + imported);
    expect(imported).to.be.greaterThan(3);
  });

  it('refuses a file over the size cap before reading it', async () => {
    (deepQuery(app!, '[data-testid="library-button"]') as HTMLElement).click();
    const dialog = await until(() => deepQuery(app!, 'plc-library-dialog') as PlcLibraryDialog | null, 10_000, 'the dialog');
    const input = await until(() => dialog.shadowRoot?.querySelector('input[type="file"]') as HTMLInputElement | null, 10_000, 'the file input');
    // A file whose size says 60 MB: its text is never asked for.
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 });
    Object.defineProperty(huge, 'text', { value: () => Promise.reject(new Error('read')) });
    const transfer = { 0: huge, length: 1, item: () => huge } as unknown as FileList;
    Object.defineProperty(input, 'files', { value: transfer, configurable: true });
    input.dispatchEvent(new Event('change'));
    const report = await until(() => dialog.shadowRoot!.querySelector('[data-testid="import-report"]'), 10_000, 'the report');
    expect(deepText(report)).to.contain('The file is too large (62,914,560 bytes)');
  });

  it('shows a message beside each field for extreme values, and the results never show ∞ or NaN', async function () {
    this.timeout(120_000);
    const workbench = await until(() => deepQuery(app!, 'plc-workbench'), 10_000, 'the workbench');
    const editor = await until(() => deepQuery(app!, 'plc-workbench', 'plc-line-editor'), 10_000, 'the editor');
    const results = () => workbench.shadowRoot!.querySelector('section.results')!;
    // Open the dryer (heat) and the washer (MTBF) so their fields exist.
    const units = [...editor.shadowRoot!.querySelectorAll('plc-unit-editor')];
    for (const i of [1, 3]) units[i].shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="toggle"]')!.click();
    // Values outside each field's range: tiny ones where a divisor must stay away from 0, huge and
    // negative ones everywhere, and text the browser cannot read as a number (1e309).
    const fields: [string, string[]][] = [
      ['/feed/tonnesPerDay', ['5e-324', '1e-300', '1e300', '1e309', '-1e300']],
      ['/calendar/hoursPerDay', ['5e-324', '1e-300', '25', '1e309', '-1']],
      ['/units/3/heat/efficiency', ['5e-324', '1e-300', '1.5', '1e309', '-1e300']],
      ['/units/1/mtbfHours', ['5e-324', '1e-300', '1e300', '1e309', '-1e300']],
      ['/prices/productPerTonne', ['1e13', '1e300', '1e309', '-1e300']],
    ];
    for (const [pointer] of fields) await until(() => numberField(editor, pointer), 5_000, pointer);
    const type = async (pointer: string, text: string) => {
      const f = numberField(editor, pointer)!;
      const input = f.shadowRoot!.querySelector('input')!;
      // What the browser does with 1e309 typed into a number box: an empty value, flagged badInput.
      const unreadable = text === '1e309';
      Object.defineProperty(input, 'validity', { value: { badInput: unreadable }, configurable: true });
      input.value = unreadable ? '' : text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await new Promise((r) => setTimeout(r, 0));
      await f.updateComplete;
      return f;
    };
    for (const [pointer, values] of fields) {
      for (const value of values) {
        const f = await type(pointer, value);
        // hours per day 1e-300 and the like: every one of these is outside its range.
        await until(() => f.error !== '', 5_000, `a message beside ${pointer} for ${value}`);
        const message = f.shadowRoot!.querySelector('.error')?.textContent ?? '';
        expect(message, `${pointer} = ${value}`).to.match(/^Must be/);
        expect(deepText(results()), `${pointer} = ${value}`).not.to.match(NOT_A_NUMBER);
      }
      // Back to the value it had, so the next field is judged on its own.
      const f = await type(pointer, String(valueAt(minh, pointer)));
      await until(() => f.error === '', 5_000, `${pointer} valid again`);
    }
    // The edges of the ranges are accepted: the results follow with finite figures.
    const seq = () => Number(workbench.getAttribute('data-run-seq') ?? 0);
    const edges: [string, string][] = [
      ['/feed/tonnesPerDay', '10000'],
      ['/calendar/hoursPerDay', '24'],
      ['/units/3/heat/efficiency', '0.01'],
      ['/units/1/mtbfHours', '0.1'],
      ['/prices/productPerTonne', '1000000000000'],
    ];
    for (const [pointer, value] of edges) {
      const before = seq();
      const f = await type(pointer, value);
      expect(f.error, `${pointer} = ${value}`).to.equal('');
      await until(() => seq() > before && session.simulation.status === 'done', 30_000, `the results for ${pointer} = ${value}`);
      expect(session.simulation.status === 'done' && session.simulation.result?.value.ok, `${pointer} = ${value}`).to.equal(true);
      expect(deepText(results()), `${pointer} = ${value}`).not.to.match(NOT_A_NUMBER);
    }
  });

  it('lists the accepted ranges in the editor help, in words', async () => {
    const editor = await until(() => deepQuery(app!, 'plc-workbench', 'plc-line-editor'), 10_000, 'the editor');
    const help = await until(() => editor.shadowRoot!.querySelector('plc-bounds-help'), 10_000, 'the help');
    await (help as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const row = help.shadowRoot!.querySelector('tr[data-pattern="/units/*/heat/efficiency"]')!;
    expect(row.textContent).to.contain('furnace efficiency');
    expect(row.textContent).to.contain('0.01 – 1');
    expect(help.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(60);
  });
});
