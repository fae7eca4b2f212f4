// Loading, ready, stale and error as a host page sees them: data-state, events, messages, retry,
// fallback content, languages, and changes made at runtime.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/register.js';
import type { OpicescrElement } from '../../src/shared/opicescr-element.js';
import { heldAnswer, json, minimalStatus, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';
import { oneEvent, shadowText, stateOf } from '../helpers/wait.js';

const TAGS = ['opicescr-map', 'opicescr-timeline', 'opicescr-contact', 'opicescr-resources'] as const;

async function mount(tag: string, attributes: Record<string, string>, children = '') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement(tag) as OpicescrElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = children;
  host.append(element);
  return element;
}

describe('element lifecycle', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  for (const tag of TAGS) {
    describe(tag, () => {
      it('starts loading, then renders, sets data-state="ready" and fires opicescr-ready once', async () => {
        const url = uniqueUrl();
        const { answer, release } = heldAnswer(minimalStatus());
        stub = stubFetch({ [url]: answer });
        const element = await mount(tag, { src: url, loading: 'eager' });
        await element.updateComplete;
        expect(element.dataset.state).to.equal('loading');
        let readyEvents = 0;
        element.addEventListener('opicescr-ready', () => readyEvents++);
        const ready = oneEvent(element, 'opicescr-ready');
        release();
        const event = await ready;
        expect(event.bubbles && event.composed).to.equal(true);
        expect(element.dataset.state).to.equal('ready');
        element.requestUpdate();
        await element.updateComplete;
        expect(readyEvents).to.equal(1);
      });

      it('shows a calm message with a retry on HTTP 404, keeps the fallback, and recovers', async () => {
        const url = uniqueUrl();
        let healthy = false;
        stub = stubFetch({ [url]: () => (healthy ? json(minimalStatus()) : new Response('', { status: 404 })) });
        const errorEvent = new Promise<CustomEvent>((resolve) =>
          document.addEventListener('opicescr-error', (event) => resolve(event as CustomEvent), { once: true }),
        );
        const element = await mount(tag, { src: url, loading: 'eager' }, '<a href="https://treaties.un.org/">UN Treaty Collection</a>');
        const { detail } = await errorEvent;
        expect(detail).to.include({ code: 'HTTP', status: 404 });
        await stateOf(element, 'error');
        const message = element.shadowRoot!.querySelector('[role="alert"]')!;
        expect(message.textContent).to.contain('the server answered 404');
        const slot = element.shadowRoot!.querySelector('slot')!;
        expect(slot.assignedElements()[0].textContent).to.equal('UN Treaty Collection');

        healthy = true;
        element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
        await stateOf(element, 'ready');
        expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      });

      it('names the problem of an invalid file', async () => {
        const broken = minimalStatus();
        delete broken.states[1].name;
        const url = uniqueUrl();
        stub = stubFetch({ [url]: json(broken) });
        const element = await mount(tag, { src: url, loading: 'eager' });
        await stateOf(element, 'error');
        expect(shadowText(element)).to.contain('The treaty status file has a problem: states[1].name is missing.');
      });

      it('speaks the language of the nearest lang attribute, and follows changes to its own', async () => {
        const url = uniqueUrl();
        stub = stubFetch({ [url]: new Response('', { status: 500 }) });
        const section = await fixture<HTMLElement>(html`<section lang="fr-CA"></section>`);
        const element = document.createElement(tag) as OpicescrElement;
        element.setAttribute('src', url);
        element.setAttribute('loading', 'eager');
        section.append(element);
        await stateOf(element, 'error');
        expect(shadowText(element)).to.contain('le serveur a répondu 500');
        expect(element.shadowRoot!.querySelector('button')!.textContent).to.equal('Réessayer');
        // A language first asked for now is fetched, then shown.
        element.setAttribute('lang', 'es');
        await waitUntil(() => shadowText(element).includes('el servidor respondió 500'), shadowText(element));
      });
    });
  }

  it('marks data older than max-age as stale, on the host and in the text', async () => {
    const url = uniqueUrl();
    stub = stubFetch({ [url]: json(minimalStatus()) });
    const element = await mount('opicescr-map', { src: url, 'max-age': '30', loading: 'eager' });
    await stateOf(element, 'stale');
    expect(shadowText(element)).to.contain('This data may be out of date.');
    element.setAttribute('max-age', '100000');
    await stateOf(element, 'ready');
    expect(shadowText(element)).to.not.contain('out of date');
  });

  it('loads the new file when src changes at runtime', async () => {
    const first = uniqueUrl();
    const second = uniqueUrl();
    const other = minimalStatus();
    other.asOf = '2025-01-01';
    stub = stubFetch({ [first]: json(minimalStatus()), [second]: json(other) });
    const element = await mount('opicescr-map', { src: first, loading: 'eager', 'max-age': '100000' });
    await stateOf(element, 'ready');
    expect(shadowText(element)).to.contain('3 February 2026');
    element.setAttribute('src', second);
    await oneEvent(element, 'opicescr-ready');
    expect(shadowText(element)).to.contain('1 January 2025');
  });

  it('keeps its data when removed and re-added, without asking the network again', async () => {
    const url = uniqueUrl();
    stub = stubFetch({ [url]: json(minimalStatus()) });
    const element = await mount('opicescr-contact', { src: url });
    await stateOf(element, 'ready');
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await element.updateComplete;
    expect(element.dataset.state).to.equal('ready');
    expect(stub.calls.filter((call) => call.url === url)).to.have.length(1);
  });

  it('shows markup in the data as text and never links a javascript: URL', async () => {
    const hostile = minimalStatus();
    hostile.sources[0] = { title: '<img src=x onerror="window.hacked=1">Source', url: 'javascript:window.hacked=1' };
    const url = uniqueUrl();
    stub = stubFetch({ [url]: json(hostile) });
    const element = await mount('opicescr-map', { src: url, loading: 'eager', 'max-age': '100000' });
    await stateOf(element, 'ready');
    const asOf = element.shadowRoot!.querySelector('[part="as-of"]')!;
    expect(asOf.querySelector('img, a')).to.equal(null);
    expect(asOf.textContent).to.contain('<img src=x');
    expect((window as any).hacked).to.equal(undefined);
  });
});
