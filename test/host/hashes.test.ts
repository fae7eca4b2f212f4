// Page addresses the widget does not own: a hash router's `#/q=50%off`, a stray `#100%`, a broken
// escape `#x%zz`. The map reads the page's hash for `#opicescr=UY` and must never throw on anything
// else, neither when it connects nor on `hashchange`; and a lazy map still waits for the viewport,
// with its markers sized for the width it really has.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register.js';
import { json, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';
import { panelShowing } from '../helpers/map-panel.js';
import { mountTag, stateOf } from '../helpers/wait.js';
import { nextFrames, settled, watchPageErrors } from './host-page.js';

const FOREIGN_HASHES = ['#100%', '#x%zz', '#/q=50%off'];

/** Sets the page's hash the way a host page's router does, with or without a hashchange event. */
async function goTo(hash: string, { announce }: { announce: boolean }) {
  if (!announce) return history.replaceState(null, '', hash);
  const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await changed;
}

describe('page addresses the map does not own', () => {
  let stub: FetchStub | undefined;
  let page: ReturnType<typeof watchPageErrors>;
  let published: unknown;
  before(async () => {
    published = await (await fetch('/data/opicescr-status.v1.json')).json();
  });
  beforeEach(() => (page = watchPageErrors()));
  afterEach(() => {
    page.stop(); // first: nothing after it can leave the watcher on for the next test
    stub?.restore();
    history.replaceState(null, '', location.pathname + location.search);
    window.scrollTo(0, 0);
  });

  for (const hash of FOREIGN_HASHES) {
    it(`connects without an error on ${hash}, and a lazy map still waits for the viewport`, async () => {
      await goTo(hash, { announce: false });
      expect(location.hash, 'the page really has that address').to.equal(hash);
      const url = uniqueUrl();
      stub = stubFetch({ [url]: json(published) }); // the published data, under a URL of its own
      const container = await fixture<HTMLDivElement>(html`<div style="width: 400px"><div style="height: 5000px"></div></div>`);
      const map = document.createElement('opicescr-map');
      map.setAttribute('src', url);
      map.setAttribute('max-age', '100000');
      container.append(map);
      await nextFrames();
      expect(page.errors, 'uncaught errors').to.deep.equal([]);
      expect(stub.calls.filter((call) => call.url === url), 'requests before the map is near the viewport').to.have.length(0);

      map.scrollIntoView();
      await stateOf(map, 'ready');
      await settled(map);
      const hits = [...map.shadowRoot!.querySelectorAll('.marker .hit')].map((hit) => hit.getBoundingClientRect().width);
      expect(hits.length).to.be.greaterThan(0);
      for (const width of hits) expect(width, 'markers are sized for the map as it is').to.be.closeTo(24, 0.6);
      expect(page.errors, 'uncaught errors').to.deep.equal([]);
    });
  }

  it('ignores foreign hashes on hashchange, and still opens the state of a later #opicescr=UY', async () => {
    const map = await mountTag('opicescr-map');
    for (const hash of FOREIGN_HASHES) {
      await goTo(hash, { announce: true });
      await settled(map);
      expect(page.errors, `uncaught errors after ${hash}`).to.deep.equal([]);
      expect(map.dataset.state).to.equal('ready');
    }
    const selected = new Promise<CustomEvent>((resolve) => map.addEventListener('opicescr-select', (event) => resolve(event as CustomEvent), { once: true }));
    await goTo('#opicescr=UY', { announce: true });
    expect((await selected).detail.iso2).to.equal('UY');
    await panelShowing(map, 'Uruguay', "Uruguay's details never opened");
    expect(page.errors).to.deep.equal([]);
  });
});
