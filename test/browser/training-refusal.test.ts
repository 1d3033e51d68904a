// A line the model refuses, in the Training view in Vietnamese: the refusal is worded in
// Vietnamese from each issue's code (plc-issue-list), never shown as the issue's stored English
// message (which it was before: "The model could not run this line: /feed/tonnesPerDay must …").
import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import type { PlcTrainingView } from '../../web/training/plc-training-view.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { getLocale } from '../../web/app/locale.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { deepQuery, until } from './helpers/dom.ts';

const LOCALE_KEY = 'plc-locale';
const view = (app: PlcApp) => deepQuery(app, 'plc-training-view') as PlcTrainingView | null;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('a refused line in the Training view, in Vietnamese', () => {
  let client: CoreClient;
  let app: PlcApp;

  before(() => {
    localStorage.removeItem(LOCALE_KEY); // the Minh Khai scenario (site.country "VN") opens in Vietnamese
    client = new CoreClient();
    history.replaceState(null, '', '#/training');
    const refused = structuredClone(minhKhai) as unknown as { feed: { tonnesPerDay: number } };
    refused.feed.tonnesPerDay = -1;
    const session = new ScenarioSession(
      client,
      new ScenarioDb(`plc-test-refusal-${Math.random().toString(36).slice(2)}`),
      refused as unknown as ScenarioDocument,
    );
    app = document.createElement('plc-app');
    app.session = session;
    document.body.append(app);
  });
  after(() => {
    app.remove();
    client.terminate();
    localStorage.setItem(LOCALE_KEY, 'en'); // as the other test pages expect
  });

  it('words the refusal in Vietnamese, not with the English message', async () => {
    await until(() => view(app)?.training?.issues, 20_000, 'the refusal');
    const issues = view(app)!.training!.issues!;
    expect(issues.map((i) => i.path)).to.include('/feed/tonnesPerDay');
    const alert = () => deepQuery(app, 'plc-training-view', '.error[role="alert"]');
    await until(() => deepQuery(app, 'plc-training-view', '.error plc-issue-list', 'li'), 10_000, 'the issue list');
    expect(getLocale()).to.equal('vi');
    const shown = text(alert()) + text(deepQuery(app, 'plc-training-view', '.error plc-issue-list', 'ul'));
    for (const issue of issues) expect(shown).not.to.contain(issue.message);
    expect(shown).to.contain('Mô hình không chạy được dây chuyền này');
    // The field in words and the rule, as the Vietnamese message table words them.
    expect(shown).to.contain('lượng phế liệu mua mỗi ngày: phải lớn hơn hoặc bằng 0 tấn/ngày');
  });
});
