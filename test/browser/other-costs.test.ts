import { expect } from '@esm-bundle/chai';
import type { LitElement } from 'lit';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/common/figures/plc-cost-breakdown.ts';
import '../../web/workbench/plc-line-editor.ts';
import type { PlcLineEditor } from '../../web/workbench/plc-line-editor.ts';
import type { PlcNumberField } from '../../web/common/fields/plc-number-field.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { withReleaseMethod } from '../../web/app/release-method.ts';
import type { ScenarioDocument } from '../../web/app/session.ts';
import { deepQuery, until } from './helpers/dom.ts';

type Line = { id: string; name: string; perYear?: number; perTonneFeed?: number; perTonneProduct?: number; source?: string; status?: string };
type Doc = ScenarioDocument & { otherCosts?: Line[] };

const costs = (editor: PlcLineEditor) => deepQuery(editor, 'plc-other-costs-editor') as LitElement;
const inCosts = (editor: PlcLineEditor, selector: string) => costs(editor).shadowRoot!.querySelector(selector) as HTMLElement | null;

async function typeNumber(editor: PlcLineEditor, pointer: string, text: string): Promise<PlcNumberField> {
  const field = await until(() => [...costs(editor).shadowRoot!.querySelectorAll('plc-number-field')].find((f) => f.pointer === pointer), 5_000, pointer);
  await field.updateComplete;
  const input = field.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await editor.updateComplete;
  await costs(editor).updateComplete;
  await field.updateComplete;
  return field;
}

function typeText(editor: PlcLineEditor, pointer: string, text: string): void {
  const input = inCosts(editor, `input[data-pointer="${pointer}"]`) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<plc-other-costs-editor> in the line editor', () => {
  let editor: PlcLineEditor;
  const sent: Doc[] = [];
  const last = () => sent[sent.length - 1];

  before(async () => {
    editor = document.createElement('plc-line-editor');
    // The fixture's own cost lines are left out, so the line added here is the only one.
    const start = structuredClone(minhKhai) as unknown as Doc;
    delete start.otherCosts;
    editor.scenario = start;
    editor.addEventListener('plc-scenario-edit', (e) => sent.push((e as CustomEvent<{ scenario: Doc }>).detail.scenario));
    document.body.append(editor);
    await editor.updateComplete;
  });
  after(() => editor.remove());

  it('adds a line, an estimate until a source is given', async () => {
    inCosts(editor, '[data-testid="add-cost"]')!.click();
    await until(() => last()?.otherCosts?.length === 1, 5_000, 'the new line');
    expect(last().otherCosts).to.deep.equal([{ id: 'cost-1', name: 'New cost', perYear: 0, status: 'E' }]);
  });

  it('edits amounts, name, source and status; a bad amount stays with its message beside the field', async () => {
    await typeNumber(editor, '/otherCosts/0/perYear', '24000000');
    await typeNumber(editor, '/otherCosts/0/perTonneFeed', '50000');
    typeText(editor, '/otherCosts/0/name', 'Workshop rent');
    typeText(editor, '/otherCosts/0/source', 'household interview, 2026');
    const status = inCosts(editor, 'select[data-pointer="/otherCosts/0/status"]') as HTMLSelectElement;
    status.value = 'M';
    status.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await until(() => last().otherCosts?.[0].status === 'M', 5_000, 'the status');
    expect(last().otherCosts![0]).to.deep.equal({
      id: 'cost-1',
      name: 'Workshop rent',
      perYear: 24_000_000,
      perTonneFeed: 50_000,
      status: 'M',
      source: 'household interview, 2026',
    });

    const count = sent.length;
    const field = await typeNumber(editor, '/otherCosts/0/perTonneProduct', '-5');
    await until(() => field.error !== '', 5_000, 'the message beside the field');
    expect(field.shadowRoot!.querySelector('.error')!.textContent).to.match(/0|negative|least/i);
    expect(sent.length).to.equal(count); // an invalid draft is not sent
    // The release method switched elsewhere (the session sends the scenario back with it): the
    // draft keeps what is being typed and takes the method.
    editor.scenario = withReleaseMethod(last(), 'chlorineAdjusted');
    await editor.updateComplete;
    await costs(editor).updateComplete;
    expect(field.error).to.not.equal('');
    expect(field.shadowRoot!.querySelector('input')!.value).to.equal('-5');
    expect((editor.currentDraft as { releases?: { method?: string } }).releases?.method).to.equal('chlorineAdjusted');
    await typeNumber(editor, '/otherCosts/0/perTonneProduct', '');
    await until(() => field.error === '', 5_000, 'the message to go');
  });

  it('costs what MODEL.md 3.2 says, and the cost table shows the line by name and status', async () => {
    const client = new CoreClient();
    try {
      const outcome = await client.simulate(last());
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      // perYear + perTonneFeed × F = 24,000,000 + 50,000 × (2 t/day × 300 days = 600 t) = 54,000,000.
      expect(outcome.result.economics.costBreakdown.other).to.equal(54_000_000);
      expect(outcome.result.economics.costBreakdown.otherById).to.deep.equal({ 'cost-1': 54_000_000 });
      const table = document.createElement('plc-cost-breakdown');
      table.scenarios = [{ ref: { key: 'before', name: 'Before', colour: '#4d4d4d' }, result: outcome.result }];
      table.otherCosts = last().otherCosts!;
      document.body.append(table);
      await table.updateComplete;
      const row = table.shadowRoot!.querySelector('[data-other-cost="cost-1"]')!.textContent!;
      expect(row).to.contain('Workshop rent').and.to.contain('M: unverified').and.to.contain('₫54,000,000');
      table.remove();
    } finally {
      client.terminate();
    }
  });

  it('removes the line, and the list with it', async () => {
    inCosts(editor, '[data-testid="remove-cost"]')!.click();
    await until(() => last().otherCosts === undefined, 5_000, 'the line to go');
    await editor.updateComplete;
    await costs(editor).updateComplete;
    // (Booleans, not elements: chai would try to print a Shoelace button in its message.)
    expect(inCosts(editor, '[data-testid="remove-cost"]') === null).to.equal(true);
    expect(inCosts(editor, '.hint:last-of-type')!.textContent).to.equal('No other costs yet.');
  });
});
