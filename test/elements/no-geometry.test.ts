// A page with only a timeline and a contact must never download the map geometry (issue 5). This
// file has a page of its own, where no map has ever loaded it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register.js';
import { stubFetch } from '../helpers/fetch-stub.js';
import { stateOf } from '../helpers/wait.js';

describe('a page without a map', () => {
  it('fetches the status file once, the Spanish texts once, and never the geometry', async () => {
    const stub = stubFetch({}); // records every request and lets it through
    try {
      const host = await fixture<HTMLDivElement>(html`<div>
        <opicescr-timeline></opicescr-timeline><opicescr-contact></opicescr-contact><opicescr-contact lang="es"></opicescr-contact>
      </div>`);
      for (const element of host.querySelectorAll<HTMLElement>('opicescr-timeline, opicescr-contact')) await stateOf(element, 'ready');
      const paths = stub.calls.map((call) => new URL(call.url).pathname).sort();
      expect(paths).to.deep.equal(['/data/opicescr-status.v1.json', '/dist/i18n/es.json']);
    } finally {
      stub.restore();
    }
  });
});
