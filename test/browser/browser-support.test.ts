// A browser without WebAssembly SIMD cannot load the simulation core (asconfig.json): the page says
// so at the top, in the page's language, and says it again when the language changes; a browser
// that has it (this Chromium) gets no notice.
import { expect } from '@esm-bundle/chai';
import { checkBrowserSupport } from '../../web/app/browser-support.ts';
import { setLocale } from '../../web/app/locale.ts';
import { until } from './helpers/dom.ts';

describe('browser support (WebAssembly SIMD)', () => {
  afterEach(async () => {
    document.querySelectorAll('.plc-unsupported').forEach((n) => n.remove());
    await setLocale('en');
  });

  it('adds no notice where the browser runs the core', async () => {
    expect(await checkBrowserSupport()).to.equal(null);
    expect(document.querySelector('.plc-unsupported')).to.equal(null);
  });

  it('says at the top of the page, as an alert, that the browser is too old, in English and then in Vietnamese', async () => {
    await setLocale('en');
    const note = await checkBrowserSupport(async () => false);
    expect(note).to.not.equal(null);
    expect(document.body.firstElementChild).to.equal(note);
    expect(note!.getAttribute('role')).to.equal('alert');
    expect(note!.textContent).to.contain('This browser is too old to run the simulation');
    expect(note!.textContent).to.contain('Safari 16.4');
    await setLocale('vi');
    await until(() => !note!.textContent!.includes('This browser'), 5_000, 'the notice in Vietnamese');
    expect(note!.textContent).to.contain('Safari 16.4');
    expect(note!.textContent).to.contain('trình duyệt');
  });
});
