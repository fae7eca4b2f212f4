// A language whose pack cannot be loaded: the element speaks English and says so (lang="en"), the
// host page hears of no error, and the console gets one warning however many elements asked. A
// page of its own, where no pack was loaded before (packs are shared by the page).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register.js';
import { stubFetch } from '../helpers/fetch-stub.js';
import { stateOf } from '../helpers/wait.js';

const STATUS = '/data/opicescr-status.v1.json';

describe('a language pack that cannot be loaded', () => {
  it('speaks English, says so, and reports no error when a pack cannot be loaded', async () => {
    const stub = stubFetch({ '/dist/i18n/ru.json': new Response('', { status: 404 }) });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const errors: Event[] = [];
    document.addEventListener('opicescr-error', (event) => errors.push(event));
    try {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<opicescr-contact lang="ru" src="${STATUS}" max-age="100000"></opicescr-contact>`.repeat(2);
      const elements = [...container.querySelectorAll<HTMLElement>('opicescr-contact')];
      for (const element of elements) await stateOf(element, 'ready');
      for (const element of elements) {
        expect(element.shadowRoot!.querySelector('[part~="root"]')!.getAttribute('lang')).to.equal('en');
        expect(element.shadowRoot!.textContent).to.contain('Write to the coalition');
      }
      expect(errors).to.have.length(0);
      expect(warnings.filter(([message]) => String(message).includes('"ru"'))).to.have.length(1);
    } finally {
      console.warn = warn;
      stub.restore();
    }
  });
});
