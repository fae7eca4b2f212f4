// docs/csp.md tells partners which Trusted Types policy the script needs: this page is served with
// exactly those directives on top of the strict policy, and every element renders without a
// violation. The built script creates no policy the docs do not name.
// Needs `npm run build` first (`npm test` does it).
import { POLICY_NAMES } from '../../src/shared/trusted-types.js';
import { expect, waitUntil } from '@open-wc/testing';
import { readFile } from './commands.js';

type ProbedWindow = Window & { violations: string[] };

describe('dist/opicescr.js under Trusted Types', () => {
  it('creates only the policies docs/csp.md names', async function () {
    this.timeout(30000);
    // Lit's one createPolicy call is routed through src/shared/trusted-types.ts by the build.
    const script = await readFile('dist/opicescr.js');
    const created = [...POLICY_NAMES];
    expect(created).to.deep.equal(['lit-html']);
    for (const name of created) expect(script).to.contain(`"${name}"`);
    const docs = await (await fetch('/docs/csp.md')).text();
    for (const name of created) expect(docs).to.contain(`trusted-types ${name}`);
  });

  it('renders every element under require-trusted-types-for with those policies allowed', async function () {
    if (!('trustedTypes' in window)) this.skip(); // This browser does not enforce Trusted Types.
    const frame = document.createElement('iframe');
    frame.src = '/test/release/fixtures/trusted-types.html';
    frame.style.width = '900px';
    frame.style.height = '600px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const page = frame.contentWindow as ProbedWindow;
    // Really enforced: a string where a TrustedHTML is required is refused.
    expect(() => (page.document.createElement('div').innerHTML = '<b>x</b>')).to.throw();
    await waitUntil(() => page.violations.length > 0, 'the refusal was not reported');
    page.violations.length = 0;
    for (const element of page.document.querySelectorAll<HTMLElement>('opicescr-map, opicescr-timeline, opicescr-contact')) {
      await waitUntil(() => ['ready', 'stale'].includes(element.dataset.state ?? ''), `${element.localName} is ${element.dataset.state}`, { timeout: 8000 });
    }
    expect(page.violations).to.deep.equal([]);
    frame.remove();
  });
});
