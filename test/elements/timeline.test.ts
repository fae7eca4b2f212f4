// <opicescr-timeline> through its public contract: the entries derived from the real status file
// (one per milestone, OP signature and consent, with running counts and the entry into force),
// order and kind as attributes and controls, languages, the link to a map, hostile data, and the
// 280 px layout.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/register.js';
import type { OpicescrTimeline } from '../../src/timeline/opicescr-timeline.js';
import type { StatusData } from '../../src/shared/status-file.js';
import { json, minimalStatus, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';
import { mountReady, stateOf } from '../helpers/wait.js';

const REAL = '/data/opicescr-status.v1.json';

let real: StatusData;
before(async () => {
  real = await (await fetch(REAL)).json();
});

/** A timeline (and whatever else `markup` holds) in a container, rendered with its data. */
const mount = (markup: string, width = '') => mountReady<OpicescrTimeline>(markup, 'opicescr-timeline', width);

const timelineOn = (attributes = '', src = REAL) => `<opicescr-timeline src="${src}" max-age="100000" ${attributes}></opicescr-timeline>`;

const entries = (timeline: Element) => [...timeline.shadowRoot!.querySelectorAll<HTMLLIElement>('ol ol > li')];
const dateOf = (entry: Element) => entry.querySelector('time')!.getAttribute('datetime')!;
/** Text with white space collapsed (but not the no-break spaces of French typography). */
const textOf = (element: Node | null | undefined) => (element?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const checkbox = (timeline: Element, label: string) =>
  [...timeline.shadowRoot!.querySelectorAll('label')].find((element) => textOf(element) === label)!.querySelector('input')!;

function ordinal(count: number) {
  const suffix = count % 100 >= 11 && count % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][count % 10] ?? 'th');
  return `${count}${suffix}`;
}

/** The states in the order of their consent (deposit date; ties by ISO code), as the running count goes. */
const consentOrder = () =>
  real.states
    .filter((state) => state.op.consent)
    .sort((a, b) => a.op.consent!.localeCompare(b.op.consent!) || a.iso2.localeCompare(b.iso2));

describe('<opicescr-timeline>', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('shows every milestone and exactly one entry per OP signature and consent, with running counts', async () => {
    const timeline = await mount(timelineOn());
    const all = entries(timeline);
    const ofType = (type: string) => all.filter((entry) => entry.classList.contains(type));

    expect(ofType('milestone').map(dateOf)).to.have.members(real.milestones.map((milestone) => milestone.date));
    for (const milestone of real.milestones) expect(textOf(timeline.shadowRoot)).to.contain(milestone.text.en);

    const signatures = real.states.filter((state) => state.op.signature);
    expect(ofType('signature').map((entry) => `${dateOf(entry)} ${textOf(entry.querySelector('.text'))}`)).to.have.members(
      signatures.map((state) => `${state.op.signature} ${state.name}: signature`),
    );

    const consents = consentOrder();
    expect(ofType('consent').map((entry) => `${dateOf(entry)} ${textOf(entry.querySelector('.text'))}`)).to.have.members(
      consents.map(
        (state, index) => `${state.op.consent} ${state.name}: ${state.op.consentKind} ${ordinal(index + 1)} ratification or accession`,
      ),
    );
    // The running counts rise with the dates.
    const counts = ofType('consent').map((entry) => parseInt(textOf(entry.querySelector('small')), 10));
    expect(counts).to.deep.equal(consents.map((_, index) => index + 1));

    const uruguay = ofType('consent').find((entry) => textOf(entry).includes('Uruguay'))!;
    expect(textOf(uruguay.querySelector('small'))).to.equal('10th ratification or accession');
    expect(dateOf(uruguay)).to.equal('2013-02-05');

    const inForce = ofType('in-force');
    expect(inForce).to.have.length(1);
    expect(dateOf(inForce[0])).to.equal('2013-05-05');
    expect(textOf(inForce[0])).to.equal(
      '5 May 2013 The OP-ICESCR enters into force, three months after the 10th ratification or accession (Uruguay).',
    );

    expect(all).to.have.length(real.milestones.length + signatures.length + consents.length + 1);
  });

  it('lists the entries oldest first, grouped by year, and newest first with order="descending"', async () => {
    const ascending = await mount(timelineOn());
    const dates = entries(ascending).map(dateOf);
    expect(dates).to.deep.equal([...dates].sort());
    for (const group of ascending.shadowRoot!.querySelectorAll('ol > li')) {
      if (!group.querySelector('h3')) continue;
      const year = textOf(group.querySelector('h3'));
      for (const entry of group.querySelectorAll('time')) expect(entry.getAttribute('datetime')!.slice(0, 4)).to.equal(year);
    }
    const years = [...ascending.shadowRoot!.querySelectorAll('h3')].map(textOf);
    expect(new Set(years).size).to.equal(years.length);

    const descending = await mount(timelineOn('order="descending"'));
    expect(entries(descending).map((entry) => textOf(entry))).to.deep.equal(entries(ascending).map((entry) => textOf(entry)).reverse());
    expect(checkbox(descending, 'Newest first').checked).to.equal(true);

    // The visible control turns the order back.
    checkbox(descending, 'Newest first').click();
    await descending.updateComplete;
    expect(entries(descending).map(dateOf)).to.deep.equal(dates);
  });

  it('filters by kind, from the attribute and from the controls, and never hides everything', async () => {
    const timeline = await mount(timelineOn('kind="ratifications"'));
    const types = () => new Set(entries(timeline).map((entry) => entry.className));
    expect([...types()]).to.have.members(['consent', 'in-force']);
    expect(checkbox(timeline, 'Ratifications').checked).to.equal(true);
    expect(checkbox(timeline, 'Ratifications').disabled, 'the last kind shown cannot be turned off').to.equal(true);
    expect(checkbox(timeline, 'Signatures').checked).to.equal(false);

    checkbox(timeline, 'Signatures').click();
    await timeline.updateComplete;
    expect([...types()]).to.have.members(['consent', 'in-force', 'signature']);
    expect(timeline.kind).to.equal('signatures ratifications');

    timeline.setAttribute('kind', 'milestones, signatures');
    await timeline.updateComplete;
    expect([...types()]).to.have.members(['milestone', 'in-force', 'signature']);

    // A value it does not know falls back to everything.
    timeline.setAttribute('kind', 'nonsense');
    await timeline.updateComplete;
    expect([...types()]).to.have.members(['milestone', 'signature', 'consent', 'in-force']);
  });

  it('speaks French and Spanish, with dates and counts in the language', async () => {
    const french = await mount(timelineOn('lang="fr" kind="ratifications"'));
    const uruguay = entries(french).find((entry) => textOf(entry).includes('Uruguay'))!;
    expect(textOf(uruguay.querySelector('time'))).to.equal('5 février 2013');
    expect(textOf(uruguay.querySelector('.text'))).to.equal('Uruguay\u00a0: ratification 10e ratification ou adhésion');
    expect(textOf(entries(french)[0].querySelector('small'))).to.equal('1re ratification ou adhésion');
    expect(textOf(french.shadowRoot!.querySelector('.in-force'))).to.contain('5 mai 2013 Entrée en vigueur du PF-PIDESC, trois mois après la 10e ratification ou adhésion (Uruguay).');
    expect(textOf(french.shadowRoot!.querySelector('.controls'))).to.contain('Jalons');

    const spanish = await mount(timelineOn('lang="es"'));
    const all = textOf(spanish.shadowRoot);
    expect(all).to.contain('5 de mayo de 2013 El PF-PIDESC entra en vigor, tres meses después de la 10.ª ratificación o adhesión (Uruguay).');
    expect(all).to.contain('Uruguay: ratificación 10.ª ratificación o adhesión');
    expect(all).to.contain('España: ratificación');
    // Milestones come from the Spanish pack, by id.
    const pack = await (await fetch('/src/i18n/es.json')).json();
    expect(all).to.contain(pack.data.milestones[real.milestones[0].id!]);
  });

  it('drives a linked map: the entry into force shows 10 ratified, "Today" resets, nothing is fetched again', async () => {
    stub = stubFetch({});
    const timeline = await mount(`<opicescr-map id="linked-map" src="${REAL}" loading="eager" max-age="100000"></opicescr-map>
      ${timelineOn('for="linked-map"')}`);
    const map = document.getElementById('linked-map')!;
    await stateOf(map, 'ready');
    const ratified = () => map.shadowRoot!.querySelectorAll('[data-iso][data-category="ratified"]').length;
    expect(ratified()).to.equal(consentOrder().length);
    const fetches = stub.calls.length;

    const inForce = timeline.shadowRoot!.querySelector<HTMLButtonElement>('.in-force button')!;
    inForce.click();
    expect(map.getAttribute('as-of')).to.equal('2013-05-05');
    await waitUntil(() => ratified() === 10, `the map shows ${ratified()} ratified`);
    await timeline.updateComplete;
    expect(inForce.getAttribute('aria-current')).to.equal('date');
    expect(textOf(timeline.shadowRoot!.querySelector('[role="status"]'))).to.equal('Map as of 5 May 2013');

    // A year-only milestone shows the map at the end of that year.
    const year = entries(timeline).find((entry) => dateOf(entry) === '2001')!;
    year.querySelector('button')!.click();
    expect(map.getAttribute('as-of')).to.equal('2001-12-31');
    await waitUntil(() => ratified() === 0);
    await timeline.updateComplete;
    expect(inForce.hasAttribute('aria-current')).to.equal(false);

    const today = [...timeline.shadowRoot!.querySelectorAll('button')].find((button) => textOf(button) === 'Today')!;
    today.click();
    expect(map.hasAttribute('as-of')).to.equal(false);
    await waitUntil(() => ratified() === consentOrder().length);
    await timeline.updateComplete;
    expect(textOf(timeline.shadowRoot!.querySelector('[role="status"]'))).to.equal('Map as of 3 February 2026');

    // A date the map cannot read is ignored by both.
    map.setAttribute('as-of', 'soon');
    timeline.requestUpdate();
    await timeline.updateComplete;
    expect(textOf(timeline.shadowRoot!.querySelector('[role="status"]'))).to.equal('Map as of 3 February 2026');
    expect(stub.calls.length, 'no request after the first load').to.equal(fetches);
    await expect(timeline).to.be.accessible();
  });

  it('finds the map inside a <div data-opicescr="map"> mount named by for', async () => {
    const timeline = await mount(`<div id="mounted-map" data-opicescr="map" data-src="${REAL}" data-max-age="100000"></div>
      ${timelineOn('for="mounted-map"')}`);
    await waitUntil(() => timeline.shadowRoot!.querySelector('.in-force button'), 'the entries never became buttons');
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('.in-force button')!.click();
    expect(document.querySelector('#mounted-map opicescr-map')!.getAttribute('as-of')).to.equal('2013-05-05');
  });

  it('links to the only map on the page without for, and to none when two make it ambiguous', async () => {
    const single = await mount(`<opicescr-map src="${REAL}"></opicescr-map>${timelineOn()}`);
    expect(single.shadowRoot!.querySelector('.in-force button')).to.not.equal(null);

    const ambiguous = await mount(`<opicescr-map src="${REAL}"></opicescr-map><opicescr-map src="${REAL}"></opicescr-map>${timelineOn()}`);
    expect(ambiguous.shadowRoot!.querySelector('button')).to.equal(null);
    expect(ambiguous.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    expect(ambiguous.shadowRoot!.querySelector('.in-force div.entry')).to.not.equal(null);
  });

  it('shows markup in milestone texts as text', async () => {
    const hostile = minimalStatus();
    hostile.milestones = [{ date: '2008-12', text: { en: '<img src=x onerror="window.hacked=1">Adopted' } }];
    const url = uniqueUrl();
    stub = stubFetch({ [url]: json(hostile) });
    const timeline = await mount(timelineOn('', url));
    const milestone = timeline.shadowRoot!.querySelector('.milestone')!;
    expect(milestone.querySelector('img')).to.equal(null);
    expect(textOf(milestone)).to.equal('December 2008 <img src=x onerror="window.hacked=1">Adopted');
    expect((window as any).hacked).to.equal(undefined);
    // Fewer than ten consents: no entry into force yet.
    expect(timeline.shadowRoot!.querySelector('.in-force')).to.equal(null);
  });

  for (const lang of ['en', 'fr', 'es']) {
    it(`has no horizontal scroll at 280 px (${lang})`, async () => {
      const timeline = await mount(`<opicescr-map src="${REAL}"></opicescr-map>${timelineOn(`lang="${lang}"`)}`, '280px');
      expect(timeline.getBoundingClientRect().width).to.equal(280);
      for (const element of [timeline, ...timeline.shadowRoot!.querySelectorAll('*')]) {
        expect(element.scrollWidth, `${element.localName}.${element.className}`).to.be.at.most(element.clientWidth || Infinity);
      }
    });
  }

  it('prints in full: nothing scrolls inside it', async () => {
    const timeline = await mount(timelineOn());
    for (const element of timeline.shadowRoot!.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      expect([style.overflowX, style.overflowY, style.maxHeight], element.localName).to.deep.equal(['visible', 'visible', 'none']);
    }
  });

  it('is accessible when not linked', async () => {
    const timeline = await mount(timelineOn());
    await expect(timeline).to.be.accessible();
  });
});
