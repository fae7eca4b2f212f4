// <opicescr-map> as visitors and host pages use it: every state reachable, the counts of the file,
// the as-of rule, keyboard, lookup, table, legend, languages, accessibility, and bad input.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/register.js';
import type { OpicescrMap } from '../../src/map/opicescr-map.js';
import { heldAnswer, json, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';
import { shownPanel } from '../helpers/map-panel.js';
import { shadowText, stateOf } from '../helpers/wait.js';

const STATUS = '/data/opicescr-status.v1.json';
let status: any;

async function mapOf(attributes: Record<string, string> = {}, width = 900): Promise<OpicescrMap> {
  const frame = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const map = document.createElement('opicescr-map') as OpicescrMap;
  map.setAttribute('loading', 'eager');
  map.setAttribute('max-age', '100000');
  for (const [name, value] of Object.entries(attributes)) map.setAttribute(name, value);
  frame.append(map);
  await stateOf(map, attributes['max-age'] ? 'stale' : 'ready');
  await map.updateComplete;
  return map;
}

const shadow = (map: OpicescrMap) => map.shadowRoot!;
const states = (map: OpicescrMap) => [...shadow(map).querySelectorAll<SVGElement>('[data-iso]')];
const counts = (map: OpicescrMap) =>
  Object.fromEntries(
    [...shadow(map).querySelectorAll('.legend-entry')].map((button) => [
      button.getAttribute('data-category'),
      Number(button.querySelector('.count')!.textContent),
    ]),
  );
const focused = (map: OpicescrMap) => shadow(map).activeElement?.getAttribute('data-iso');

async function press(map: OpicescrMap, key: string) {
  await sendKeys({ press: key });
  await map.updateComplete;
}

describe('<opicescr-map>', () => {
  before(async () => {
    status = await (await fetch(STATUS)).json();
  });

  it('gives every state of the file exactly one element with data-iso and its category', async () => {
    const map = await mapOf();
    const byIso = new Map<string, SVGElement[]>();
    for (const element of states(map)) byIso.set(element.dataset.iso!, [...(byIso.get(element.dataset.iso!) ?? []), element]);
    for (const state of status.states) {
      expect(byIso.get(state.iso2)?.length, state.iso2).to.equal(1);
      expect(['not-party', 'party', 'signed', 'ratified']).to.include(byIso.get(state.iso2)![0].dataset.category);
    }
    const stateCodes = new Set(status.states.map((state: any) => state.iso2));
    const territories = [...byIso.keys()].filter((iso) => !stateCodes.has(iso));
    expect(territories).to.include.members(['GL', 'EH', 'TW']);
    for (const iso of territories) expect(byIso.get(iso)![0].dataset.category, iso).to.equal('none');
  });

  it('counts the categories of 3 February 2026 in the legend', async () => {
    const map = await mapOf();
    expect(counts(map)).to.deep.equal({ 'not-party': 22, party: 118, signed: 24, ratified: 31 });
    expect(states(map).filter((element) => element.dataset.category === 'ratified')).to.have.length(31);
  });

  it('shows exactly the 10 ratifications that brought the protocol into force as of 5 May 2013', async () => {
    const map = await mapOf({ 'as-of': '2013-05-05' });
    expect(counts(map).ratified).to.equal(10);
    const ratified = states(map)
      .filter((element) => element.dataset.category === 'ratified')
      .map((element) => element.dataset.iso)
      .sort();
    expect(ratified).to.deep.equal(['AR', 'BA', 'BO', 'EC', 'ES', 'MN', 'PT', 'SK', 'SV', 'UY']);
    expect(shadowText(map)).to.contain('Status on 5 May 2013');
    map.removeAttribute('as-of');
    await map.updateComplete;
    expect(counts(map).ratified).to.equal(31);
  });

  it('ignores an as-of value that is not a date', async () => {
    const map = await mapOf({ 'as-of': '2013-13-45' });
    expect(counts(map).ratified).to.equal(31);
  });

  it('is one tab stop; arrow keys move between states and reach a microstate', async () => {
    const map = await mapOf();
    const stops = states(map).filter((element) => element.getAttribute('tabindex') === '0');
    expect(stops).to.have.length(1);
    stops[0].focus();
    // Type-ahead to Italy; within two arrow presses of it are San Marino, the Holy See or Malta
    // (where their markers sit depends on the map's width).
    await sendKeys({ type: 'Ital' });
    await map.updateComplete;
    expect(focused(map)).to.equal('IT');
    const arrows = ['ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowRight'];
    const reached = new Set<string>();
    for (const first of arrows) {
      for (const second of [undefined, ...arrows]) {
        (shadow(map).querySelector('[data-iso="IT"]') as SVGElement).focus();
        await press(map, first);
        if (second) await press(map, second);
        reached.add(focused(map)!);
      }
    }
    expect([...reached].some((iso) => ['SM', 'VA', 'MT'].includes(iso)), [...reached].join()).to.equal(true);
    expect(states(map).filter((element) => element.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('stays one tab stop when the view changes under a chosen state', async () => {
    const map = await mapOf({ highlight: 'BR' });
    await waitUntil(() => shadow(map).querySelector('[data-iso="BR"]')!.getAttribute('tabindex') === '0', 'Brazil never held the tab stop');
    map.setAttribute('region', 'europe');
    await map.updateComplete;
    const stops = () => states(map).filter((element) => element.getAttribute('tabindex') === '0');
    expect(stops().map((element) => element.dataset.iso)).to.have.length(1);
    map.setAttribute('region', 'world');
    await map.updateComplete;
    expect(stops().map((element) => element.dataset.iso)).to.deep.equal(['BR']);
  });

  it("keeps a focused state's panel open while the keyboard moves into it", async () => {
    const map = await mapOf();
    (shadow(map).querySelector('[data-iso][tabindex="0"]') as SVGElement).focus();
    await sendKeys({ type: 'Chil' });
    await map.updateComplete;
    expect(focused(map)).to.equal('CL');
    expect(shownPanel(map)?.querySelector('h3')!.textContent).to.equal('Chile');
    // The next tab stop after the state is the panel's first link (moved to directly: Firefox's
    // remote protocol loses the browser on a Tab key here).
    const link = shownPanel(map)!.querySelector('a')!;
    link.focus();
    await map.updateComplete;
    expect(shadow(map).activeElement === link, 'focus is on the link').to.equal(true);
    expect(shownPanel(map)?.querySelector('h3')!.textContent).to.equal('Chile');
    // Out of the map altogether (to the page's next control), the panel closes.
    const after = document.createElement('button');
    map.after(after);
    after.focus();
    await map.updateComplete;
    expect(shownPanel(map) === null, 'the panel closed').to.equal(true);
  });

  it('opens a state with Enter, announces it, fires opicescr-select, and closes with Escape', async () => {
    const map = await mapOf();
    (shadow(map).querySelector('[data-iso][tabindex="0"]') as SVGElement).focus();
    await sendKeys({ type: 'Uru' });
    await map.updateComplete;
    const selected = oneEvent(map, 'opicescr-select');
    await press(map, 'Enter');
    const { detail } = await selected;
    expect(detail).to.deep.equal({ iso2: 'UY', category: 'ratified', name: 'Uruguay' });
    const details = shadow(map).querySelector('.details')!;
    expect(details.querySelector('h3')!.textContent).to.equal('Uruguay');
    expect(details.textContent).to.contain('Ratification 5 February 2013');
    expect(details.querySelector('button.close')).to.exist;
    expect(shadow(map).querySelector('[role="status"].visually-hidden')!.textContent).to.contain('Uruguay');
    await press(map, 'Escape');
    expect(shownPanel(map) === null, 'panel still visible').to.equal(true);
    expect(focused(map)).to.equal('UY');
  });

  it('keeps keys it does not use for the page', async () => {
    const map = await mapOf();
    (shadow(map).querySelector('[data-iso][tabindex="0"]') as SVGElement).focus();
    const seen: string[] = [];
    document.addEventListener('keydown', (event) => !event.defaultPrevented && seen.push(event.key));
    await sendKeys({ press: 'Tab' });
    expect(seen).to.include('Tab');
  });

  it('shows details on hover, with name, category, dates, declarations and the treaty link', async () => {
    const map = await mapOf();
    const belgium = shadow(map).querySelector('[data-iso="BE"]')!;
    belgium.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await map.updateComplete;
    const details = shadow(map).querySelector('.details')!;
    expect(details.querySelector('h3')!.textContent).to.equal('Belgium');
    expect(details.textContent).to.contain('Ratified the OP-ICESCR');
    expect(details.textContent).to.contain('Article 10 declaration');
    expect(details.querySelector('a[href^="https://treaties.un.org/"]')).to.exist;
    shadow(map).querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    await map.updateComplete;
    expect(shownPanel(map) === null, 'panel still visible').to.equal(true);
    // Invisible is also out of reach: nothing in the resting panel takes focus or is announced.
    const resting = shadow(map).querySelector<HTMLElement>('.details')!;
    resting.querySelector('a')!.focus();
    expect(shadow(map).activeElement).to.equal(null);
  });

  it('follows a real pointer: hover shows a state and its outline, a click keeps it, leaving hides the rest', async () => {
    const map = await mapOf({}, 760); // within the test page's 800 px viewport
    /** A point where the pointer really lands on the state (not on a neighbour, the sea or the panel). */
    const pointOn = (iso2: string): [number, number] => {
      const box = shadow(map).querySelector(`[data-iso="${iso2}"]`)!.getBoundingClientRect();
      for (let step = 0; step < 400; step += 1) {
        const x = Math.round(box.x + box.width * (0.1 + 0.8 * ((step % 20) / 19)));
        const y = Math.round(box.y + box.height * (0.1 + 0.8 * (Math.floor(step / 20) / 19)));
        const hit = shadow(map).elementFromPoint(x, y)?.closest('[data-iso], [data-shape-of]');
        if ((hit?.getAttribute('data-iso') ?? hit?.getAttribute('data-shape-of')) === iso2) return [x, y];
      }
      throw new Error(`no point on ${iso2}`);
    };
    const heading = () => shownPanel(map)?.querySelector('h3')!.textContent;
    const shows = (name: string, why: string) =>
      waitUntil(() => heading() === name).catch(() => expect(heading(), `${why}: the panel shows`).to.equal(name));
    try {
      await sendMouse({ type: 'move', position: pointOn('BR') });
      await shows('Brazil', 'hover');
      expect(shadow(map).querySelector('.ring.hover')).to.exist;
      // The outlines' layer lies over the map; the pointer must still reach the states under it.
      await sendMouse({ type: 'move', position: pointOn('CA') });
      await shows('Canada', 'hover over the outline layer');
      await sendMouse({ type: 'click', position: pointOn('CA') });
      await waitUntil(() => !!shownPanel(map)?.querySelector('button.close'), 'a click did not keep the panel open');
      await sendMouse({ type: 'move', position: pointOn('BR') });
      await shows('Brazil', 'hover over another state while one is chosen');
      await sendMouse({ type: 'move', position: [2, 2] });
      await shows('Canada', 'the pointer left the map');
      expect(shadow(map).querySelector('.ring.hover')).to.equal(null);
    } finally {
      await resetMouse();
    }
  });

  it('names a territory as having no treaty status of its own', async () => {
    const map = await mapOf();
    shadow(map)
      .querySelector('[data-iso="GL"]')!
      .dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await map.updateComplete;
    expect(shadow(map).querySelector('.details h3')!.textContent).to.equal('Greenland');
    expect(shadow(map).querySelector('.details')!.textContent).to.contain('A territory with no treaty status of its own.');
  });

  it('finds "Urug" in the lookup and answers for Uruguay in one sentence', async () => {
    const map = await mapOf();
    const input = shadow(map).querySelector('input[role="combobox"]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'urug' });
    await map.updateComplete;
    const options = [...shadow(map).querySelectorAll('[role="option"]')];
    expect(options.map((option) => option.textContent!.trim())).to.deep.equal(['Uruguay']);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await press(map, 'Enter');
    expect(shadow(map).querySelector('.answer')!.textContent).to.equal(
      'Yes. Uruguay became a party to the OP-ICESCR by ratification on 5 February 2013.',
    );
    expect(shadow(map).querySelector('.details h3')!.textContent).to.equal('Uruguay');
    expect(input.value).to.equal('Uruguay');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    // The answer follows the map's day and language.
    map.setAttribute('as-of', '2012-01-01');
    map.setAttribute('lang', 'fr');
    const answer = () => shadow(map).querySelector('.answer')!.textContent;
    await waitUntil(() => answer()!.startsWith('Pas encore.'), `the answer did not follow: ${answer()}`, { timeout: 5000 });
    expect(answer()).to.equal('Pas encore. Uruguay\u00a0: a signé le PF-PIDESC le 24 septembre 2009, sans l’avoir ratifié.');
  });

  it('answers for states that have not ratified, and finds names without their accents', async () => {
    const map = await mapOf({ lang: 'fr' });
    const input = shadow(map).querySelector('input[role="combobox"]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'etats-unis' });
    await press(map, 'Enter');
    expect(shadow(map).querySelector('.answer')!.textContent).to.equal('Non. États-Unis\u00a0: n’est pas partie au PIDESC.');
  });

  it('shows the same data as a sortable table, one row per state', async () => {
    const map = await mapOf();
    const toggle = [...shadow(map).querySelectorAll('.tools button')].find((button) => button.textContent!.includes('table')) as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await map.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = () => [...shadow(map).querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-iso'));
    expect(rows()).to.have.length(195);
    expect(new Set(rows()).size).to.equal(195);
    const consentHeader = shadow(map).querySelectorAll('thead th')[3];
    consentHeader.querySelector('button')!.click();
    await map.updateComplete;
    expect(consentHeader.getAttribute('aria-sort')).to.equal('ascending');
    expect(rows()[0]).to.equal('EC'); // Ecuador, the first OP party (11 June 2010)
    consentHeader.querySelector('button')!.click();
    await map.updateComplete;
    expect(consentHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(rows()[0]).to.equal('AL'); // Albania, the latest (19 February 2025)
  });

  it('filters the map and table to a legend entry', async () => {
    const map = await mapOf();
    const signed = shadow(map).querySelector('.legend-entry[data-category="signed"]') as HTMLButtonElement;
    signed.click();
    await map.updateComplete;
    expect(signed.getAttribute('aria-pressed')).to.equal('true');
    const dimmed = states(map).filter((element) => element.classList.contains('dim') || element.querySelector('.dim'));
    expect(dimmed.length).to.equal(195 - 24);
    (shadow(map).querySelector('.tools button') as HTMLButtonElement).click();
    await map.updateComplete;
    expect(shadow(map).querySelectorAll('tbody tr')).to.have.length(24);
    signed.click();
    await map.updateComplete;
    expect(shadow(map).querySelectorAll('tbody tr')).to.have.length(195);
  });

  it('downloads the data as CSV, one line per state', async () => {
    const map = await mapOf({ 'as-of': '2013-05-05' });
    let blob: Blob | undefined;
    const create = URL.createObjectURL;
    URL.createObjectURL = (object: Blob) => ((blob = object), 'blob:test');
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {};
    try {
      ([...shadow(map).querySelectorAll('.tools button')].find((button) => button.textContent!.includes('CSV')) as HTMLButtonElement).click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    // A byte order mark first, so that spreadsheet programs read names in any script as UTF-8.
    expect([...new Uint8Array(await blob!.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = (await blob!.text()).trim().split('\r\n');
    expect(lines[0]).to.equal(
      'ISO code,State,Status,ICESCR signature,"ICESCR ratification, accession or succession",ICESCR kind,' +
        'OP signature,OP ratification or accession,OP kind,OP article 10 declaration,OP article 11 declaration',
    );
    expect(lines).to.have.length(196);
    // As of 5 May 2013 Albania (2025) had not acceded; Uruguay had ratified.
    expect(lines.find((line) => line.startsWith('AL,'))).to.equal('AL,Albania,party,,1991-10-04,accession,,,,,');
    expect(lines.find((line) => line.startsWith('UY,'))).to.contain(',ratified,');
  });

  it('speaks Spanish and French, with names from the platform', async () => {
    const spanish = await mapOf({ lang: 'es' });
    expect(shadow(spanish).querySelector('.lookup label')!.textContent).to.equal('¿Ha ratificado su país?');
    expect(shadowText(spanish)).to.contain('Ratificó el PF-PIDESC');
    expect(shadowText(spanish)).to.contain('Datos al 3 de febrero de 2026');
    const french = await mapOf({ lang: 'fr' });
    expect(shadow(french).querySelector('.lookup label')!.textContent).to.equal('Votre pays l’a-t-il ratifié\u00a0?');
    expect(shadowText(french)).to.contain('A ratifié le PF-PIDESC');
    expect(shadow(french).querySelector('[data-iso="DE"]')!.getAttribute('aria-label')).to.match(/^Allemagne/);
  });

  it('keeps the closed panel in step with the language and the day', async () => {
    const map = await mapOf();
    const germany = shadow(map).querySelector('[data-iso="DE"]')!;
    germany.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await map.updateComplete;
    shadow(map).querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    await map.updateComplete;
    const resting = () => shadow(map).querySelector<HTMLElement>('.details[hidden]');
    expect(resting()!.querySelector('h3')!.textContent).to.equal('Germany');
    map.setAttribute('lang', 'fr');
    await waitUntil(() => resting()?.querySelector('h3')!.textContent === 'Allemagne', 'the closed panel kept its English');
    expect(resting()!.textContent).not.to.contain('Ratified');
  });

  it('zooms to a region and counts only its states', async () => {
    const geometry = await (await fetch('/data/opicescr-world.v2.json')).json();
    const map = await mapOf({ region: 'europe' });
    expect(shadow(map).querySelector('svg[role="group"]')!.getAttribute('viewBox')).to.equal(geometry.views.europe.join(' '));
    const european = geometry.shapes.filter((entry: any) => entry.region === 'europe' && !entry.territory);
    const total = Object.values(counts(map)).reduce((sum: number, count) => sum + (count as number), 0);
    expect(total).to.equal(european.length);
    expect(shadowText(map)).to.contain('Status · Europe');
  });

  it('opens the state named by highlight, and the one in the page address', async () => {
    const map = await mapOf({ highlight: 'uy' });
    expect(shadow(map).querySelector('.details h3')!.textContent).to.equal('Uruguay');
    history.replaceState(null, '', '#opicescr=CL');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await map.updateComplete;
    expect(shadow(map).querySelector('.details h3')!.textContent).to.equal('Chile');
    history.replaceState(null, '', location.pathname);
  });

  it('copies a link to the partner page that opens the chosen state', async () => {
    const map = await mapOf({ highlight: 'UY' });
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      const button = [...shadow(map).querySelectorAll('.details button')].find((element) => element.textContent!.includes('Copy link')) as HTMLButtonElement;
      button.click();
      await waitUntil(() => copied.length === 1);
      expect(copied[0]).to.equal(`${location.origin}${location.pathname}${location.search}#opicescr=UY`);
      await map.updateComplete;
      expect(button.textContent!.trim()).to.equal('Link copied');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('gives markers hit targets of at least 24 × 24 px that never overlap, at 280 px and 1280 px', async () => {
    for (const width of [280, 1280]) {
      const map = await mapOf({}, width);
      const targets = [...shadow(map).querySelectorAll('.marker .hit')].map((hit) => hit.getBoundingClientRect());
      expect(targets.length).to.be.greaterThan(30);
      for (const box of targets) {
        expect(box.width, `width at ${width}px`).to.be.at.least(23.9);
        expect(box.height).to.be.at.least(23.9);
      }
      const centres = targets.map((box) => [box.x + box.width / 2, box.y + box.height / 2]);
      for (let a = 0; a < centres.length; a += 1) {
        for (let b = a + 1; b < centres.length; b += 1) {
          const distance = Math.hypot(centres[a][0] - centres[b][0], centres[a][1] - centres[b][1]);
          expect(distance, `markers ${a} and ${b} at ${width}px`).to.be.at.least(23.5);
        }
      }
    }
  });

  it('has no horizontal scroll at 280 px, even in a right-to-left page', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const frame = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: 280px"></div>`);
      const map = document.createElement('opicescr-map') as OpicescrMap;
      map.setAttribute('loading', 'eager');
      frame.append(map);
      await stateOf(map, 'ready');
      (shadow(map).querySelector('.tools button') as HTMLButtonElement).click();
      await map.updateComplete;
      expect(map.scrollWidth, dir).to.be.at.most(280);
      expect(shadow(map).querySelector('.root')!.scrollWidth, dir).to.be.at.most(280);
      const svg = shadow(map).querySelector('svg[role="group"]')!.getBoundingClientRect();
      expect(svg.width).to.be.at.most(280);
    }
  });

  it('reserves its space before the data arrives (no layout shift)', async () => {
    const url = uniqueUrl();
    const { answer, release } = heldAnswer(await (await fetch(STATUS)).text());
    const stub: FetchStub = stubFetch({ [url]: answer });
    try {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      const map = document.createElement('opicescr-map') as OpicescrMap;
      map.setAttribute('src', url);
      map.setAttribute('loading', 'eager');
      frame.append(map);
      await map.updateComplete;
      const frameBefore = shadow(map).querySelector('.frame')!.getBoundingClientRect();
      // While loading, the legend is there but claims no counts (a zero would read as a fact).
      const loadingCounts = [...shadow(map).querySelectorAll('.legend .count')].map((count) => count.textContent!.trim());
      expect(loadingCounts).to.deep.equal(['–', '–', '–', '–']);
      release();
      await stateOf(map, 'ready');
      expect(counts(map).ratified).to.equal(31);
      const frameAfter = shadow(map).querySelector('.frame')!.getBoundingClientRect();
      expect(Math.abs(frameAfter.height - frameBefore.height)).to.be.below(1);
      expect(Math.abs(frameAfter.top - frameBefore.top)).to.be.below(1);
    } finally {
      stub.restore();
    }
  });

  it('shows its lookup, legend and table while a slow geometry is still on its way', async () => {
    const geometry = uniqueUrl();
    const { answer, release } = heldAnswer(await (await fetch('/data/opicescr-world.v2.json')).text());
    const stub: FetchStub = stubFetch({ [geometry]: answer });
    try {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      const map = document.createElement('opicescr-map') as OpicescrMap;
      map.setAttribute('geometry', geometry);
      map.setAttribute('loading', 'eager');
      frame.append(map);
      // The status file is in at once; the view waits a moment for the geometry, then shows.
      await waitUntil(() => shadow(map).querySelector('.tools'), 'tools shown', { timeout: 3000 });
      expect(counts(map).ratified).to.equal(31);
      expect(map.dataset.state).to.equal('loading');
      expect(shadow(map).querySelector('.frame .placeholder')!.textContent).to.contain('Loading');
      // The table is offered, not forced on the page while the drawing is only late.
      expect(shadow(map).querySelectorAll('tbody tr')).to.have.length(0);
      (shadow(map).querySelector('.tools button') as HTMLButtonElement).click();
      await map.updateComplete;
      expect(shadow(map).querySelectorAll('tbody tr')).to.have.length(195);
      release();
      await stateOf(map, 'ready');
      expect(shadow(map).querySelectorAll('[data-iso]').length).to.be.greaterThan(190);
      expect(shadow(map).querySelector('.frame .placeholder')).to.equal(null);
    } finally {
      stub.restore();
    }
  });

  it('keeps a state the geometry does not know in the table, lookup and counts', async () => {
    const custom = structuredClone(status);
    custom.states.push({ iso2: 'XY', name: 'Testland', icescr: { signature: '1970-01-01', consent: '1971-01-01', consentKind: 'ratification' }, op: { signature: '2010-01-01', consent: '2011-01-01', consentKind: 'ratification' } });
    const url = uniqueUrl();
    const stub = stubFetch({ [url]: json(custom) });
    try {
      const map = await mapOf({ src: url });
      expect(counts(map).ratified).to.equal(32);
      expect(shadow(map).querySelector('[data-iso="XY"]')).to.equal(null);
      const input = shadow(map).querySelector('input[role="combobox"]') as HTMLInputElement;
      input.focus();
      await sendKeys({ type: 'Testl' });
      await press(map, 'Enter');
      expect(shadow(map).querySelector('.answer')!.textContent).to.contain('Testland');
    } finally {
      stub.restore();
    }
  });

  it('still lists every state when the map geometry cannot be loaded', async () => {
    const errors: CustomEvent[] = [];
    document.addEventListener('opicescr-error', (event) => errors.push(event as CustomEvent));
    const frame = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const map = document.createElement('opicescr-map') as OpicescrMap;
    map.setAttribute('loading', 'eager');
    map.setAttribute('geometry', '/data/no-such-geometry.json');
    frame.append(map);
    await stateOf(map, 'error');
    await map.updateComplete;
    expect(errors.at(-1)!.detail).to.include({ code: 'HTTP', status: 404 });
    expect(shadowText(map)).to.contain('The map could not be drawn. The table lists every state.');
    expect(shadow(map).querySelectorAll('tbody tr')).to.have.length(195);
    expect(counts(map).ratified).to.equal(31);
  });

  it('refuses a geometry file of another format, and draws only path data from a good one', async () => {
    const asset = await (await fetch('/data/opicescr-world.v2.json')).json();
    const oldFormat = uniqueUrl();
    const tampered = uniqueUrl();
    const hostile = structuredClone(asset);
    hostile.shapes.find((shape: { id: string }) => shape.id === 'FR').path = 'M0 0" onmouseover="alert(1)';
    hostile.markerLayouts.world = { widths: 'wide', offsets: 7 };
    hostile.shapes.push(null, 'XX', { id: 'ZZ', path: 'M0 0l1 1z' });
    const stub = stubFetch({ [oldFormat]: json({ type: 'Topology', schema: 'opicescr-world', version: '1.0.0' }), [tampered]: json(hostile) });
    const errors: CustomEvent[] = [];
    const onError = (event: Event) => errors.push(event as CustomEvent);
    document.addEventListener('opicescr-error', onError);
    try {
      const map = document.createElement('opicescr-map') as OpicescrMap;
      map.setAttribute('loading', 'eager');
      map.setAttribute('geometry', oldFormat);
      (await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`)).append(map);
      await stateOf(map, 'error');
      expect(errors.at(-1)!.detail.code).to.equal('INVALID');
      expect(errors.at(-1)!.detail.message).to.contain('version 1.0.0, not 2.x');
      expect(shadowText(map)).to.contain('The map could not be drawn.');

      const good = document.createElement('opicescr-map') as OpicescrMap;
      good.setAttribute('loading', 'eager');
      good.setAttribute('geometry', tampered);
      (await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`)).append(good);
      await stateOf(good, 'ready');
      expect(shadow(good).querySelector('[data-iso="DE"]')!.getAttribute('d')).to.match(/^M\d/);
      // France's tampered path is not drawn; France is still in the table, lookup and counts.
      expect(shadow(good).querySelector('[data-iso="FR"]')).to.equal(null);
      expect(counts(good).ratified).to.equal(31);
      // Its unreadable marker layouts are ignored: the small states still get their markers.
      expect(shadow(good).querySelectorAll('.marker').length).to.be.greaterThan(20);
    } finally {
      document.removeEventListener('opicescr-error', onError);
      stub.restore();
    }
  });

  it('waits until it is near the viewport before fetching anything', async () => {
    const url = uniqueUrl();
    const stub = stubFetch({ [url]: json(status) });
    try {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 600px"><div style="height: 5000px"></div></div>`);
      const map = document.createElement('opicescr-map') as OpicescrMap;
      map.setAttribute('src', url);
      frame.append(map);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(stub.calls.filter((call) => call.url === url)).to.have.length(0);
      map.scrollIntoView();
      await stateOf(map, 'ready');
      expect(stub.calls.filter((call) => call.url === url)).to.have.length(1);
      window.scrollTo(0, 0);
    } finally {
      stub.restore();
    }
  });

  it('is not disturbed by hostile host CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `
      * { line-height: 7 !important; letter-spacing: 0.5em; text-transform: uppercase; }
      svg, path, button, table, input { display: none !important; fill: red !important; }
      opicescr-map { color: red; font-size: 14px; }`;
    document.head.append(style);
    try {
      const map = await mapOf();
      const uruguay = shadow(map).querySelector('[data-iso="UY"]')!;
      expect(getComputedStyle(uruguay).fill).to.not.equal('rgb(255, 0, 0)');
      expect(shadow(map).querySelector('svg[role="group"]')!.getBoundingClientRect().height).to.be.greaterThan(100);
      const label = shadow(map).querySelector('.lookup label')!;
      expect(getComputedStyle(label).textTransform).to.equal('none');
      expect(getComputedStyle(label).lineHeight).to.not.equal('98px');
    } finally {
      style.remove();
    }
  });

  it('renders the table for printing and removes it afterwards', async () => {
    const map = await mapOf();
    expect(shadow(map).querySelector('table')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await map.updateComplete;
    expect(shadow(map).querySelectorAll('tbody tr')).to.have.length(195);
    window.dispatchEvent(new Event('afterprint'));
    await map.updateComplete;
    expect(shadow(map).querySelector('table')).to.equal(null);
  });

  it('prints the table and the as-of line, not the interactive controls', async function () {
    const map = await mapOf();
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip(); // Print emulation needs the DevTools protocol, which Firefox does not offer.
    }
    try {
      await waitUntil(() => shadow(map).querySelectorAll('tbody tr').length === 195, 'the table is printed');
      for (const selector of ['.lookup', '.tools']) {
        expect(getComputedStyle(shadow(map).querySelector(selector)!).display, selector).to.equal('none');
      }
      expect(getComputedStyle(shadow(map).querySelector('.as-of')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, with the panel and the table open`, async () => {
      const map = await mapOf({ theme, highlight: 'BE' });
      (shadow(map).querySelector('.tools button') as HTMLButtonElement).click();
      await map.updateComplete;
      await expect(map).to.be.accessible();
    });
  }
});
