// How runs and services reach components (issue 15): through a context, consumed with
// ServiceController, which re-renders the element on the service's `change`; and a view's run
// belongs to the session, so a view left and visited again finds its result.
import { expect } from '@esm-bundle/chai';
import { ContextProvider, createContext } from '@lit/context';
import { LitElement, html } from 'lit';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { ServiceController } from '../../web/common/controllers/service-controller.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { deepQuery, until } from './helpers/dom.ts';

/** A service as the app has them: state, and `change` when it changes; counts its listeners. */
class Counter extends EventTarget {
  value = 0;
  listeners = 0;
  bump(): void {
    this.value++;
    this.dispatchEvent(new Event('change'));
  }
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    if (args[0] === 'change') this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    if (args[0] === 'change') this.listeners--;
    super.removeEventListener(...args);
  }
}

const counterContext = createContext<Counter | undefined>(Symbol('test-counter'));

class TestCounterView extends LitElement {
  readonly counter = new ServiceController(this, counterContext);
  renders = 0;
  override render() {
    this.renders++;
    return html`<span>${this.counter.value?.value ?? 'none'}</span>`;
  }
}
customElements.define('test-counter-view', TestCounterView);

const shown = (view: TestCounterView) => view.shadowRoot?.querySelector('span')?.textContent;

describe('ServiceController: a service through its context', () => {
  it('finds the service provided above, re-renders on its change, follows a new one, and lets go when disconnected', async () => {
    const host = document.createElement('div');
    const first = new Counter();
    const provider = new ContextProvider(host, { context: counterContext, initialValue: first });
    const view = document.createElement('test-counter-view') as TestCounterView;
    host.append(view);
    document.body.append(host);
    try {
      await view.updateComplete;
      expect(view.counter.value).to.equal(first);
      expect(shown(view)).to.equal('0');
      first.bump();
      await view.updateComplete;
      expect(shown(view)).to.equal('1');

      const second = new Counter();
      second.value = 10;
      provider.setValue(second);
      await view.updateComplete;
      expect(shown(view)).to.equal('10');
      expect(first.listeners, 'the old service is let go').to.equal(0);
      expect(second.listeners).to.equal(1);

      view.remove();
      expect(second.listeners, 'a disconnected element holds no listener').to.equal(0);
      const renders = view.renders;
      second.bump();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(view.renders).to.equal(renders);
    } finally {
      host.remove();
    }
  });
});

describe("a view's run outlives the view (real core worker)", () => {
  let client: CoreClient;
  let app: PlcApp | undefined;

  before(() => {
    client = new CoreClient();
  });
  after(() => {
    app?.remove();
    client.terminate();
    history.replaceState(null, '', '#/workbench');
  });

  it('Dynamics: leaving for the Workbench and coming back shows the same result at once, without running again', async () => {
    history.replaceState(null, '', '#/dynamics');
    app = document.createElement('plc-app');
    app.session = new ScenarioSession(
      client,
      new ScenarioDb(`plc-test-wiring-${Math.random().toString(36).slice(2)}`),
      minhKhai as unknown as ScenarioDocument,
    );
    document.body.append(app);
    const facts = () => deepQuery(app!, 'plc-dynamics-view', '.run-facts')?.textContent ?? '';
    await until(() => facts().includes('10 replications'), 30_000, "the first visit's run");
    const dynamics = app.runs.dynamics;
    const result = dynamics.result;
    expect(result).to.not.equal(null);

    location.hash = '#/workbench';
    await until(() => deepQuery(app!, 'plc-workbench'), 5_000, 'the workbench');
    expect(deepQuery(app, 'plc-dynamics-view')).to.equal(null);
    location.hash = '#/dynamics';
    await until(() => deepQuery(app!, 'plc-dynamics-view'), 5_000, 'the dynamics view again');
    await (deepQuery(app, 'plc-dynamics-view') as LitElement).updateComplete;
    expect(facts()).to.contain('10 replications');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.runs.dynamics).to.equal(dynamics);
    expect(dynamics.result, 'the same result, not a new run').to.equal(result);
    expect(dynamics.status).to.equal('done');
  });
});
