import { expect } from '@esm-bundle/chai';
import '../../web/common/plc-issue-list.ts';
import type { PlcIssueList } from '../../web/common/plc-issue-list.ts';
import { switchLocale } from '../../web/app/locale.ts';

/** A <plc-issue-list> of `issues`, rendered; its list items' text (folded details included) and the details elements. */
async function shown(issues: PlcIssueList['issues']) {
  const list = document.createElement('plc-issue-list');
  list.issues = issues;
  document.body.append(list);
  await list.updateComplete;
  const root = list.shadowRoot!;
  const items = [...root.querySelectorAll('li')];
  return { list, items, details: [...root.querySelectorAll('details')] };
}

describe('<plc-issue-list>: a fault whose message is an exception’s English text', () => {
  const fault = { path: '', code: 'measure_error', message: 'measure "pvc-sorting", operation 0 (replace /feed/x): the path does not exist' };

  it('in Vietnamese, says what failed in Vietnamese and folds the English away, marked as English, for a bug report', async () => {
    await switchLocale('vi', false);
    try {
      const { list, items, details } = await shown([fault]);
      expect(items).to.have.length(1);
      expect(details).to.have.length(1);
      expect(details[0].open).to.equal(false);
      expect(details[0].querySelector('summary')!.textContent!.trim()).to.equal('chi tiết kỹ thuật (bằng tiếng Anh)');
      // What shows with the details folded: the Vietnamese sentence alone.
      const folded = items[0].cloneNode(true) as HTMLElement;
      folded.querySelector('details')!.remove();
      expect(folded.textContent!.trim()).to.equal('Không áp dụng được các biện pháp cho kịch bản này.');
      const english = details[0].querySelector('[lang="en"]')!;
      expect(english.textContent).to.equal(fault.message);
      list.remove();
    } finally {
      await switchLocale('en', false);
    }
  });

  it('an issue of a code it does not know is shown by its own message, as its caller worded it', async () => {
    const { list, items, details } = await shown([{ path: 'broken', code: 'corrupt', message: 'It holds no scenario document.' }]);
    expect(details).to.have.length(0);
    expect(items[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('broken: It holds no scenario document.');
    list.remove();
  });
});
