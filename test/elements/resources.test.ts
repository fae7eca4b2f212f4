// <opicescr-resources> through its public contract: the coalition's list grouped by kind, the
// visitor's language first, filters as controls and attributes, a limit with "Show all", an empty
// result that invites a proposal, hostile data, languages, keyboard, axe, 280 px, and the map's
// "How to campaign for ratification" link to it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/register.js';
import type { OpicescrResources } from '../../src/resources/opicescr-resources.js';
import type { ResourcesData } from '../../src/shared/resources-file.js';
import { englishDay } from '../helpers/dates.js';
import { json, minimalStatus, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';
import { panelShowing } from '../helpers/map-panel.js';
import { mountReady, shadowText, stateOf } from '../helpers/wait.js';

const STATUS = '/data/opicescr-status.v1.json';
const LIST = '/data/opicescr-resources.v1.json';

let list: ResourcesData;
before(async () => {
  list = await (await fetch(LIST)).json();
  expect(list.resources.length, 'the bundled list has resources to show').to.be.greaterThan(5);
});

/** How many resources of the bundled list match. */
const countOf = (test: (resource: ResourcesData['resources'][number]) => boolean) => list.resources.filter(test).length;

const mount = (attributes = '', width = '') =>
  mountReady<OpicescrResources>(`<opicescr-resources src="${STATUS}" max-age="100000" ${attributes}></opicescr-resources>`, 'opicescr-resources', width);
const root = (element: Element) => element.shadowRoot!;
const headings = (element: Element) =>
  [...root(element).querySelectorAll<HTMLElement>('section:not([hidden]) h3')].map((heading) => heading.textContent!.trim());
/** The resources a visitor sees (those past a limit are in the page, hidden, for print). */
const items = (element: Element) => [...root(element).querySelectorAll<HTMLElement>('[part="list"] li')].filter((item) => !item.hidden);
const select = (element: Element, index: number) => root(element).querySelectorAll('select')[index];

/** A status file naming a list of our own, for hostile and empty cases. */
function serve(resources: unknown[]): { src: string; stub: FetchStub } {
  const src = uniqueUrl();
  const listUrl = uniqueUrl('resources');
  const status = { ...minimalStatus(), resources: listUrl };
  const stub = stubFetch({ [src]: json(status), [listUrl]: json({ schema: 'opicescr-resources', version: '1.0.0', resources }) });
  return { src, stub };
}

describe('<opicescr-resources>', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('lists every resource of the file, grouped by kind in a reader\'s order, each a link with its publisher', async () => {
    const element = await mount();
    expect(headings(element)).to.deep.equal([
      'Treaty text and status',
      "The Committee's rules and documents",
      'Decisions of the Committee',
      'Toolkits',
      'Guides',
      'Campaign material',
      'Commentary',
    ]);
    expect(items(element)).to.have.length(list.resources.length);
    const links = [...root(element).querySelectorAll<HTMLAnchorElement>('[part="list"] a')];
    expect(links.map((link) => link.getAttribute('href'))).to.have.members(list.resources.map((resource) => resource.url));
    for (const link of links) expect(link.rel).to.equal('noopener');
    expect(shadowText(element)).to.contain('International Commission of Jurists (ICJ) with the Inter-American Institute of Human Rights, 2008');
    // The line names the oldest check of the links shown.
    const oldest = list.resources.map((resource) => resource.checked).filter((day): day is string => !!day).sort()[0];
    expect(oldest, 'the bundled list says when its links were checked').to.be.a('string');
    expect(shadowText(element)).to.contain(`Links checked ${englishDay(oldest)}`);
    expect(shadowText(element)).to.not.match(/not found/i);
    await expect(element).to.be.accessible();
  });

  it('puts resources in the visitor\'s language first and marks the others with their language', async () => {
    const english = await mount();
    const toolkits = () => [...root(english).querySelectorAll('section')].find((section) => section.querySelector('h3')!.textContent!.includes('Toolkits'))!;
    const [first, second] = toolkits().querySelectorAll('li');
    expect(first.textContent).to.contain('NGO Coalition for the OP-ICESCR');
    expect(second.querySelector('a')!.getAttribute('hreflang')).to.equal('es');
    expect(second.querySelector('a')!.getAttribute('lang')).to.equal('es');
    expect(second.querySelector('.language')!.textContent).to.equal('In Spanish');

    const spanish = await mount('lang="es"');
    const campaign = [...root(spanish).querySelectorAll('section')].find((section) => section.querySelector('h3')!.textContent === 'Material de campaña')!;
    const titles = [...campaign.querySelectorAll('a')].map((link) => link.textContent);
    expect(titles[0]).to.equal('Celebramos los logros de la campaña por el Protocolo Facultativo al PIDESC');
    // The ICJ commentary has a Spanish title: a Spanish reader sees it, unmarked.
    const icj = [...root(spanish).querySelectorAll('a')].find((link) => link.href.includes('icj.org'))!;
    expect(icj.textContent).to.equal('Comentario del Protocolo Facultativo del Pacto Internacional de Derechos Económicos, Sociales y Culturales');
    expect(icj.closest('li')!.querySelector('.language')).to.equal(null);
  });

  it('filters by kind and language, from attributes and from its controls', async () => {
    const guides = await mount('kind="guide"');
    expect(headings(guides)).to.deep.equal(['Guides']);
    const guideCount = countOf((resource) => resource.kind === 'guide');
    expect(guideCount, 'the list has guides').to.be.greaterThan(0);
    expect(items(guides)).to.have.length(guideCount);
    expect(select(guides, 0).value).to.equal('guide');

    const french = await mount('language="fr"');
    // The French campaign page, then the ICJ commentary (in English, French and Spanish), in kind order.
    expect(items(french).map((item) => item.querySelector('a')!.getAttribute('hreflang'))).to.deep.equal(['fr', 'en']);

    // The controls, by keyboard: a kind, then every kind again.
    const element = await mount();
    select(element, 0).focus();
    select(element, 0).value = 'jurisprudence';
    select(element, 0).dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(headings(element)).to.deep.equal(['Decisions of the Committee']);
    const decisions = countOf((resource) => resource.kind === 'jurisprudence');
    expect(decisions, 'the list has decisions').to.be.greaterThan(0);
    expect(items(element)).to.have.length(decisions);
    select(element, 1).value = 'es';
    select(element, 1).dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(items(element)).to.have.length(0);
    expect(root(element).querySelector('[part="empty"]')!.textContent).to.contain('No resource matches these choices yet.');
    select(element, 0).value = '';
    select(element, 0).dispatchEvent(new Event('change'));
    await element.updateComplete;
    const inSpanish = countOf((resource) => resource.languages.includes('es'));
    expect(inSpanish, 'the list has resources in Spanish').to.be.greaterThan(0);
    expect(items(element)).to.have.length(inSpanish);
  });

  it('shows a limited number with "Show all", by keyboard', async () => {
    const element = await mount('limit="5"');
    expect(items(element)).to.have.length(5);
    const more = root(element).querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(more.textContent!.trim()).to.equal(`Show all ${list.resources.length} resources`);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(items(element)).to.have.length(list.resources.length);
    expect(more.textContent!.trim()).to.equal('Show fewer');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
  });

  it('says so when nothing matches, and invites the reader to propose a resource to the coalition', async () => {
    const served = serve([]);
    stub = served.stub;
    const element = await mountReady<OpicescrResources>(`<opicescr-resources src="${served.src}"></opicescr-resources>`, 'opicescr-resources');
    const empty = root(element).querySelector('[part="empty"]')!;
    expect(empty.textContent).to.contain('No resource matches these choices yet.');
    expect(empty.querySelector('a')!.getAttribute('href')).to.equal('mailto:a@example.org?subject=OP-ICESCR%20resource');
    expect(shadowText(element)).to.not.match(/not found/i);
    await expect(element).to.be.accessible();
  });

  it('speaks Arabic right to left, and fits 280 px', async () => {
    const element = await mount('lang="ar"', '280px');
    const content = root(element).querySelector('[part="root"]')!;
    expect(content.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(content).direction).to.equal('rtl');
    expect(headings(element)[0]).to.not.equal('Treaty text and status');
    for (const box of [element, ...root(element).querySelectorAll<HTMLElement>('[part]')]) {
      expect(box.scrollWidth, box.getAttribute('part') ?? 'host').to.be.at.most(box.clientWidth + 1);
    }
    expect(element.getBoundingClientRect().width).to.be.at.most(280);
  });

  it('mounts from a <div data-opicescr="resources"> with its options', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<div data-opicescr="resources" data-src="${STATUS}" data-kind="toolkit" data-max-age="100000"><p>Resources</p></div>`;
    const element = await waitUntil(() => container.querySelector<OpicescrResources>('opicescr-resources'), 'not mounted').then(() =>
      container.querySelector<OpicescrResources>('opicescr-resources')!,
    );
    await stateOf(element, 'ready');
    expect(headings(element)).to.deep.equal(['Toolkits']);
  });

  it('is where a map sends a state that has not ratified: "How to campaign for ratification"', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<opicescr-map src="${STATUS}" loading="eager" highlight="CL" max-age="100000"></opicescr-map>`;
    const map = container.querySelector<HTMLElement>('opicescr-map')!;
    await stateOf(map, 'ready');
    await panelShowing(map, 'Chile', "Chile's details never opened");
    const campaignLinks = () => [...map.shadowRoot!.querySelectorAll('.campaign')].map((line) => line.textContent!.trim());
    await waitUntil(() => campaignLinks().length > 0, 'no next steps in the panel');
    expect(campaignLinks()).to.not.include('How to campaign for ratification');

    const resources = document.createElement('opicescr-resources');
    resources.setAttribute('src', STATUS);
    container.append(resources);
    await waitUntil(() => campaignLinks().includes('How to campaign for ratification'), `links: ${campaignLinks()}`);
    const button = [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('.campaign button')].find((each) => each.textContent!.includes('How to campaign'))!;
    // By keyboard: the list shows where focus landed.
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement === resources, 'focus is on the resources').to.equal(true);
    expect(getComputedStyle(resources).outlineStyle).to.equal('solid');
  });

  it('shows markup as text and links only http(s) addresses', async () => {
    const served = serve([
      { id: 'hostile', kind: 'guide', title: { en: '<img src=x onerror="window.hacked=1">Guide' }, url: 'https://example.org/guide', languages: ['en'], publisher: '<b>Publisher</b>' },
      { id: 'script', kind: 'guide', title: { en: 'Script' }, url: 'javascript:window.hacked=1', languages: ['en'], publisher: 'P' },
    ]);
    stub = served.stub;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<opicescr-resources src="${served.src}"></opicescr-resources>`;
    const element = container.querySelector<OpicescrResources>('opicescr-resources')!;
    // A javascript: address makes the whole list invalid: the reader refuses it with a message.
    await stateOf(element, 'error');
    expect(shadowText(element)).to.contain('resources[1].url "javascript:window.hacked=1" is not an http(s) URL');

    stub.restore();
    const safe = serve([
      { id: 'hostile', kind: 'guide', title: { en: '<img src=x onerror="window.hacked=1">Guide' }, url: 'https://example.org/guide', languages: ['en'], publisher: '<b>Publisher</b>' },
    ]);
    stub = safe.stub;
    container.innerHTML = `<opicescr-resources src="${safe.src}"></opicescr-resources>`;
    const shown = container.querySelector<OpicescrResources>('opicescr-resources')!;
    await stateOf(shown, 'ready');
    expect(root(shown).querySelector('img, b')).to.equal(null);
    expect(shadowText(shown)).to.contain('<img src=x onerror="window.hacked=1">Guide');
    expect(shadowText(shown)).to.contain('<b>Publisher</b>');
    expect((window as any).hacked).to.equal(undefined);
  });
});
