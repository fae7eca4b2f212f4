// The built script under a strict Content-Security-Policy (script-src 'self', style-src 'self', no
// eval, no inline styles), as hardened partner sites serve their pages: everything renders and the
// browser reports no violation. Needs `npm run build` first (`npm test` does it).
import { expect, waitUntil } from '@open-wc/testing';

type ProbedWindow = Window & { violations: string[] };

describe('dist/opicescr.js under a strict CSP', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '600px';
    frame.src = '/test/fixtures/csp/embed.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  });
  after(() => frame.remove());

  it('is really under the policy: an inline script is blocked', async () => {
    const page = frame.contentWindow as ProbedWindow;
    const script = page.document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    page.document.head.append(script);
    await waitUntil(() => page.violations.length > 0, 'the inline script was not reported');
    expect((page as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
    page.violations.length = 0;
  });

  it('renders every element, the div mount included, without a single violation', async () => {
    const page = frame.contentWindow as ProbedWindow;
    const elements = [...page.document.querySelectorAll<HTMLElement>('opicescr-map, opicescr-timeline, opicescr-contact')];
    expect(elements).to.have.length(4);
    for (const element of elements) {
      await waitUntil(() => element.dataset.state === 'ready', `${element.localName} is ${element.dataset.state}`, { timeout: 8000 });
    }
    const map = elements[0];
    expect(map.shadowRoot!.querySelectorAll('[data-iso][data-category]').length).to.be.greaterThan(195);
    expect(page.violations).to.deep.equal([]);
  });
});
