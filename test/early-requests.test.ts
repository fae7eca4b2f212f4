// A partner's page with the elements already parsed when the (deferred) script runs: the data
// must be on its way before the elements are even defined, once per URL however many copies of
// the script there are, and a lazy map must still wait for the viewport. Needs `npm run build`.
import { expect, waitUntil } from '@open-wc/testing';

describe('data requested while the script is evaluated', () => {
  let frame: HTMLIFrameElement;
  let view: Window & { definedAt?: Record<string, number> };

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    frame.src = '/test/fixtures/early/page.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    view = frame.contentWindow as typeof view;
    const ready = (selector: string) => view.document.querySelector<HTMLElement>(selector)?.dataset.state === 'ready';
    await waitUntil(() => ready('opicescr-map[loading="eager"]') && ready('opicescr-timeline') && ready('div opicescr-contact'), 'elements ready', { timeout: 8000 });
  });

  after(() => frame.remove());

  const requests = (part: string) =>
    view.performance.getEntriesByType('resource').filter((entry) => entry.name.includes(part)) as PerformanceResourceTiming[];

  it('asks for the status files and the geometry before the elements are defined, each once', () => {
    const defined = view.definedAt!['opicescr-map'];
    expect(defined).to.be.a('number');
    for (const part of ['early=map', 'early=timeline', 'early=contact', 'opicescr-world.v2.json']) {
      const sent = requests(part);
      expect(sent, part).to.have.length(1);
      expect(sent[0].startTime, `${part} requested before customElements.define`).to.be.below(defined);
    }
  });

  it('hands a failed early request to its element: one request, and the error shown', async () => {
    const broken = view.document.querySelector<HTMLElement>('opicescr-contact[src*="early=broken"]')!;
    await waitUntil(() => broken.dataset.state === 'error', `broken contact is ${broken.dataset.state}`, { timeout: 8000 });
    expect(broken.shadowRoot!.textContent).to.contain('404');
    expect(requests('early=broken')).to.have.length(1);
  });

  it('leaves a lazy map to load when it comes near the viewport', async () => {
    expect(requests('early=lazy')).to.have.length(0);
    const lazy = view.document.querySelector<HTMLElement>('opicescr-map:not([loading])')!;
    lazy.scrollIntoView();
    await waitUntil(() => lazy.dataset.state === 'ready', `lazy map is ${lazy.dataset.state}`, { timeout: 8000 });
    expect(requests('early=lazy')).to.have.length(1);
    expect(requests('opicescr-world.v2.json'), 'the geometry is shared').to.have.length(1);
  });
});
