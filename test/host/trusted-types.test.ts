// The built script on pages that enforce Trusted Types (require-trusted-types-for 'script'),
// served by web-test-runner.config.js. Where the page's trusted-types list names the widgets'
// policy, everything renders with no violation; where it does not, nothing throws in the host
// page, every element keeps its fallback and reports opicescr-error (TRUSTED_TYPES), and one
// console message names the policy to allow. Both pages include the script twice. Needs
// `npm run build` first (`npm test` does it).
import { expect, waitUntil } from '@open-wc/testing';

interface Seen {
  errors: string[];
  violations: string[];
  console: string[];
  widgetErrors: Array<{ target: string; code: string; state: string }>;
}
type ProbedWindow = Window & typeof globalThis & { seen: Seen };

const ELEMENTS = 'opicescr-map, opicescr-timeline, opicescr-contact';

async function open(page: string): Promise<ProbedWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 600px';
  frame.src = `/test/fixtures/trusted-types/${page}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as ProbedWindow;
}

describe('dist/opicescr.js on a page that enforces Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders every element when the trusted-types list names "lit-html"', async () => {
    const page = await open('allowed.html');
    expect('trustedTypes' in page, 'the browser enforces Trusted Types').to.equal(true);
    const elements = [...page.document.querySelectorAll<HTMLElement>(ELEMENTS)];
    expect(elements).to.have.length(4); // the div mount's map included
    for (const element of elements) {
      await waitUntil(() => element.dataset.state === 'ready', `${element.localName} is ${element.dataset.state}`, { timeout: 8000 });
    }
    expect(elements[0].shadowRoot!.querySelectorAll('[data-iso][data-category]').length).to.be.greaterThan(195);
    expect(page.seen.errors, 'uncaught errors').to.deep.equal([]);
    expect(page.seen.violations, 'violations').to.deep.equal([]);
    expect(page.seen.console, 'console errors and warnings').to.deep.equal([]);
  });

  it('keeps the fallback, reports opicescr-error on every element and throws nothing when it does not', async () => {
    const page = await open('refused.html');
    await waitUntil(() => page.seen.widgetErrors.length >= 4, `${page.seen.widgetErrors.length} elements reported`);
    expect(page.seen.errors, 'uncaught errors').to.deep.equal([]);

    // Not defined, so each element's children show as the host page wrote them.
    for (const tag of ['opicescr-map', 'opicescr-timeline', 'opicescr-contact']) expect(page.customElements.get(tag), tag).to.equal(undefined);
    for (const element of page.document.querySelectorAll<HTMLElement>(`${ELEMENTS}, div[data-opicescr]`)) {
      expect(element.shadowRoot, element.localName).to.equal(null);
      const fallback = element.firstElementChild!;
      expect(fallback.getBoundingClientRect().height, `${element.localName}'s fallback is visible`).to.be.greaterThan(0);
    }
    expect(page.document.querySelector('div[data-opicescr] > p'), 'the mount keeps its own children').to.exist;

    expect(page.seen.widgetErrors).to.deep.equal([
      { target: 'opicescr-map', code: 'TRUSTED_TYPES', state: 'error' },
      { target: 'opicescr-timeline', code: 'TRUSTED_TYPES', state: 'error' },
      { target: 'opicescr-contact', code: 'TRUSTED_TYPES', state: 'error' },
      { target: 'div', code: 'TRUSTED_TYPES', state: 'error' },
    ]);
    const messages = page.seen.console.filter((message) => message.includes('opicescr'));
    expect(messages, 'one message, though the script is included twice').to.have.length(1);
    expect(messages[0]).to.contain('"lit-html"').and.to.contain('trusted-types lit-html');
  });
});
