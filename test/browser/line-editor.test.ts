import { expect } from '@esm-bundle/chai';
import { textIn } from '../../web/shared/model/local-text.ts';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/workbench/plc-line-editor.ts';
import { fieldMessage, type PlcLineEditor } from '../../web/workbench/plc-line-editor.ts';
import type { PlcNumberField } from '../../web/common/fields/plc-number-field.ts';
import type { PlcUnitEditor } from '../../web/workbench/plc-unit-editor.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import type { ScenarioDocument } from '../../web/app/session.ts';
import { validateScenario } from '../../web/shared/model/scenario-schema.ts';
import { until } from './helpers/dom.ts';

type Doc = ScenarioDocument & {
  units: { id: string; name?: string; type: string }[];
  feed: { composition: Record<string, number> };
  provenance: Record<string, { source: string }>;
};

const fixture = () => structuredClone(minhKhai) as unknown as Doc;

async function mount(): Promise<{ editor: PlcLineEditor; sent: Doc[] }> {
  const editor = document.createElement('plc-line-editor');
  editor.scenario = fixture();
  const sent: Doc[] = [];
  editor.addEventListener('plc-scenario-edit', (e) => sent.push((e as CustomEvent<{ scenario: Doc }>).detail.scenario));
  document.body.append(editor);
  await editor.updateComplete;
  return { editor, sent };
}

/** Every <plc-number-field> in the editor's shadow trees, by pointer. */
function field(root: Element, pointer: string): PlcNumberField | null {
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

async function type(f: PlcNumberField, text: string): Promise<void> {
  await f.updateComplete;
  const input = f.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await new Promise((r) => setTimeout(r, 0));
  await f.updateComplete;
}

function unitEditors(editor: PlcLineEditor): PlcUnitEditor[] {
  return [...editor.shadowRoot!.querySelectorAll('plc-unit-editor')];
}

async function settle(editor: PlcLineEditor): Promise<void> {
  await editor.updateComplete;
  for (const u of unitEditors(editor)) await u.updateComplete;
}

describe('<plc-line-editor>', () => {
  let editor: PlcLineEditor | undefined;
  afterEach(() => {
    editor?.remove();
    editor = undefined;
  });

  it('shows the schema message next to the field and keeps the invalid value as typed', async () => {
    const mounted = await mount();
    editor = mounted.editor;
    const extruder = unitEditors(editor)[4];
    extruder.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="toggle"]')!.click();
    await extruder.updateComplete;
    const f = await until(() => field(editor!, '/units/4/capacityKgPerHour'), 2_000, 'the capacity field');
    await type(f, '-5');
    await settle(editor);
    await f.updateComplete;
    // The schema's own message for this path (capacity must be ≥ 0), without the path prefix.
    const draft = editor.currentDraft as Doc;
    expect(draft.units[4]).to.have.property('capacityKgPerHour', -5);
    const checked = validateScenario(draft);
    expect(checked.ok).to.equal(false);
    const issue = !checked.ok ? checked.errors.find((e) => e.path === '/units/4/capacityKgPerHour') : undefined;
    expect(issue, 'the schema reports the capacity').to.exist;
    const shown = f.shadowRoot!.querySelector('.error')?.textContent?.trim();
    expect(shown).to.equal(fieldMessage(issue!));
    expect(f.shadowRoot!.querySelector('input')!.value).to.equal('-5');
    expect(f.shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(mounted.sent, 'an invalid draft is not sent').to.have.length(0);
    // Fixing it sends the valid draft, and the message goes.
    await type(f, '180');
    await settle(editor);
    expect(mounted.sent.at(-1)!.units[4]).to.have.property('capacityKgPerHour', 180);
    expect(f.shadowRoot!.querySelector('.error')).to.equal(null);
  });

  it('tells the page when its draft cannot run and when it can again, once each (plc-draft-validity)', async () => {
    const mounted = await mount();
    editor = mounted.editor;
    const told: boolean[] = [];
    editor.addEventListener('plc-draft-validity', (e) => told.push((e as CustomEvent<{ valid: boolean }>).detail.valid));
    const f = await until(() => field(editor!, '/feed/tonnesPerDay'), 2_000, 'the feed field');
    await type(f, 'abc');
    await settle(editor);
    await type(f, 'abcd'); // still invalid: nothing new to tell
    await settle(editor);
    expect(told).to.deep.equal([false]);
    await type(f, '2');
    await settle(editor);
    expect(told).to.deep.equal([false, true]);
    expect(mounted.sent.at(-1)!.feed).to.have.property('tonnesPerDay', 2);
  });

  it('keeps the composition summing to 1 and the edited share as typed, and normalises on demand', async () => {
    const mounted = await mount();
    editor = mounted.editor;
    const pe = await until(() => field(editor!, '/feed/composition/PE'), 2_000, 'the PE share');
    await type(pe, '0.6');
    await settle(editor);
    const composition = mounted.sent.at(-1)!.feed.composition;
    // PE 0.5 → 0.6: the other 0.5 shrinks to 0.4, each by 0.4/0.5 = 0.8 (PP 0.2 → 0.16, dirt 0.1 → 0.08).
    expect(composition.PE).to.equal(0.6);
    expect(composition.PP).to.be.closeTo(0.16, 1e-12);
    expect(composition.dirt).to.be.closeTo(0.08, 1e-12);
    expect(Object.values(composition).reduce((a, b) => a + b, 0)).to.be.closeTo(1, 1e-12);
    // The shares the app rescaled say so; the one typed says "edited by you".
    await settle(editor);
    const mark = (p: string) => field(editor!, p)!.shadowRoot!.querySelector('.prov')!.getAttribute('data-status');
    await field(editor, '/feed/composition/PP')!.updateComplete;
    expect(mark('/feed/composition/PE')).to.equal('edited');
    expect(mark('/feed/composition/PP')).to.equal('rescaled');
    expect(mark('/feed/composition/dirt')).to.equal('rescaled');
    // Out of range: kept as typed, nothing rescaled, the sum shown is off and "Normalise" appears.
    const pp = field(editor, '/feed/composition/PP')!;
    await type(pp, '1.4');
    await settle(editor);
    const group = editor.shadowRoot!.querySelector('plc-feed-editor')!.shadowRoot!.querySelector('plc-composition-editor')!;
    await group.updateComplete;
    expect(group.shadowRoot!.querySelector('[data-testid="sum"]')!.textContent).to.contain('must be 1');
    expect(pp.shadowRoot!.querySelector('input')!.value).to.equal('1.4');
    (group.shadowRoot!.querySelector('[data-testid="normalise"]') as HTMLElement).click();
    await settle(editor);
    await group.updateComplete;
    const normalised = (editor.currentDraft as Doc).feed.composition;
    // Sum was 0.6 + 1.4 + 0.24 (the others after the first edit) = 2.24.
    expect(normalised.PP).to.be.closeTo(1.4 / 2.24, 1e-12);
    expect(Object.values(normalised).reduce((a, b) => a + b, 0)).to.be.closeTo(1, 1e-12);
    expect(mounted.sent.at(-1)!.feed.composition).to.equal(normalised);
  });

  it('reorders units with the buttons and the keyboard, and the result follows the new order', async () => {
    const mounted = await mount();
    editor = mounted.editor;
    const capacitySource = fixture().provenance['/units/0/capacityKgPerHour'].source;
    unitEditors(editor)[0].shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="down"]')!.click();
    await settle(editor);
    const moved = mounted.sent.at(-1)!;
    expect(moved.units.map((u) => u.id)).to.deep.equal(['wash', 'sort', 'shred', 'dry', 'extrude', 'pelletize']);
    // Provenance follows the unit: sorting's capacity source is now under /units/1.
    expect(moved.provenance['/units/1/capacityKgPerHour'].source).to.equal(capacitySource);
    const client = new CoreClient();
    try {
      const outcome = await client.simulate(moved);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      expect(outcome.result.mass.units.map((u) => u.id)).to.deep.equal(['wash', 'sort', 'shred', 'dry', 'extrude', 'pelletize']);
    } finally {
      client.terminate();
    }
    // Alt+↑ on the moved card (now second) puts it back first, and focus stays on its controls.
    const second = unitEditors(editor).find((u) => u.unit.id === 'sort')!;
    second.shadowRoot!.querySelector('.head')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true, composed: true }));
    await settle(editor);
    expect(mounted.sent.at(-1)!.units.map((u) => u.id)).to.deep.equal(['sort', 'wash', 'shred', 'dry', 'extrude', 'pelletize']);
  });

  it('adds, duplicates and removes units', async () => {
    const mounted = await mount();
    editor = mounted.editor;
    const select = editor.shadowRoot!.querySelector<HTMLSelectElement>('#new-type')!;
    select.value = 'agglomeration';
    (editor.shadowRoot!.querySelector('[data-testid="add-unit"]') as HTMLElement).click();
    await settle(editor);
    let units = mounted.sent.at(-1)!.units;
    expect(units).to.have.length(7);
    expect(units[6]).to.include({ id: 'agglomeration', type: 'agglomeration' });
    unitEditors(editor)[4].shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="duplicate"]')!.click();
    await settle(editor);
    units = mounted.sent.at(-1)!.units;
    expect(units.map((u) => u.id)).to.deep.equal(['sort', 'wash', 'shred', 'dry', 'extrude', 'extrude-2', 'pelletize', 'agglomeration']);
    expect(textIn(units[5].name, 'en')).to.equal('Extruder with melt filter (copy)');
    unitEditors(editor)[0].shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="remove"]')!.click();
    await settle(editor);
    units = mounted.sent.at(-1)!.units;
    expect(units.map((u) => u.id)).to.deep.equal(['wash', 'shred', 'dry', 'extrude', 'extrude-2', 'pelletize', 'agglomeration']);
    expect(unitEditors(editor)).to.have.length(7);
  });
});
