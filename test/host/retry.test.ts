// One retry heals all: a map, a timeline and a contact share one status file. It fails, then comes
// back; "Try again" in any one of them asks the network once, and all three render the answer.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register.js';
import { json, minimalStatus, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';
import { stateOf } from '../helpers/wait.js';
import { watchPageErrors } from './host-page.js';

const TAGS = ['opicescr-map', 'opicescr-timeline', 'opicescr-contact'] as const;

describe('one retry heals every element sharing the file', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  for (const clicked of TAGS) {
    it(`"Try again" in ${clicked} retries the shared request once, and all three become ready`, async () => {
      const page = watchPageErrors();
      try {
        const url = uniqueUrl();
        let healthy = false;
        stub = stubFetch({ [url]: () => (healthy ? json(minimalStatus()) : new Response('', { status: 503 })) });
        const container = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
        const elements = TAGS.map((tag) => {
          const element = document.createElement(tag);
          element.setAttribute('src', url);
          element.setAttribute('loading', 'eager');
          element.setAttribute('max-age', '100000');
          return element;
        });
        container.append(...elements);
        for (const element of elements) await stateOf(element, 'error');
        const requests = () => stub!.calls.filter((call) => call.url === url).length;
        expect(requests(), 'the three shared the first request').to.equal(1);

        healthy = true;
        const retry = elements[TAGS.indexOf(clicked)].shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
        retry.click();
        for (const element of elements) await stateOf(element, 'ready');
        expect(requests(), 'one more request for all three').to.equal(2);
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.stop();
      }
    });
  }

  it('leaves elements of another file alone, and an element taken out of the page', async () => {
    const url = uniqueUrl();
    const other = uniqueUrl();
    let healthy = false;
    const answer = () => (healthy ? json(minimalStatus()) : new Response('', { status: 503 }));
    stub = stubFetch({ [url]: answer, [other]: answer });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const [mine, removed, theirs] = [url, url, other].map((src) => {
      const element = document.createElement('opicescr-contact');
      element.setAttribute('src', src);
      return element;
    });
    container.append(mine, removed, theirs);
    for (const element of [mine, removed, theirs]) await stateOf(element, 'error');
    removed.remove();

    healthy = true;
    mine.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await stateOf(mine, 'ready');
    expect(theirs.dataset.state).to.equal('error');
    expect(removed.dataset.state).to.equal('error');
    expect(stub.calls.filter((call) => call.url === other)).to.have.length(1);
  });
});
