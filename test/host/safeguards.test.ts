// Safeguards a host page relies on without seeing them, each tested so that removing it fails:
// the CSV download never hands a spreadsheet a formula, the entry into force is three months after
// the tenth instrument even when that day does not exist, and a map taken out of the page lets go
// of every listener and observer it held, however often it comes and goes.
import { pageHolds } from './page-holds.js'; // first: it must see every listener and observer
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register.js';
import type { OpicescrMap } from '../../src/map/opicescr-map.js';
import { json, minimalStatus, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';
import { mountTag, stateOf } from '../helpers/wait.js';
import { parseCsv } from '../../scripts/lib/csv.mjs';
import { nextFrames, settled } from './host-page.js';

describe('safeguards', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  describe('the CSV download', () => {
    it('turns cells that a spreadsheet would run as formulas into text', async () => {
      const hostile = minimalStatus();
      const names = ['=HYPERLINK("https://evil.example/","Click")', '+1+1', '-2+3', '@SUM(A1:A9)'];
      names.forEach((name, index) => (hostile.states[index].name = name));
      hostile.states[0].icescr.consentKind = 'ratification';
      const url = uniqueUrl();
      stub = stubFetch({ [url]: json(hostile) });
      const map = await mountTag('opicescr-map', { src: url });

      let blob: Blob | undefined;
      const { createObjectURL } = URL;
      const { click } = HTMLAnchorElement.prototype;
      URL.createObjectURL = (object: Blob) => ((blob = object), 'blob:test');
      HTMLAnchorElement.prototype.click = () => {};
      try {
        [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')].find((button) => button.textContent!.includes('CSV'))!.click();
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      const { header, rows } = parseCsv(await blob!.text());
      expect(header, 'English headers: the page is in English').to.include('State');
      expect(rows.map((row) => row.values.State)).to.have.members(names.map((name) => `'${name}`));
      for (const row of rows) {
        for (const cell of Object.values(row.values)) expect(cell, 'no cell starts like a formula').to.not.match(/^[=+\-@\t\r]/);
      }
    });
  });

  describe('the entry into force', () => {
    /** Ten consents, the tenth on `tenth`; the timeline's entry into force for them. */
    async function entryIntoForce(tenth: string) {
      const file = minimalStatus();
      file.states = Array.from({ length: 10 }, (_, index) => ({
        iso2: `Q${String.fromCharCode(65 + index)}`,
        name: `State ${index + 1}`,
        icescr: { consent: '1980-01-01', consentKind: 'ratification' },
        op: { signature: '2009-09-24', consent: index === 9 ? tenth : `2010-0${index + 1}-15`, consentKind: 'ratification' },
      }));
      const url = uniqueUrl();
      stub = stubFetch({ [url]: json(file) });
      const timeline = await mountTag('opicescr-timeline', { src: url, kind: 'ratifications' });
      const entry = timeline.shadowRoot!.querySelector('.in-force')!;
      stub.restore();
      return { day: entry.querySelector('time')!.getAttribute('datetime'), text: entry.querySelector('time')!.textContent!.trim() };
    }

    for (const [tenth, inForce, words] of [
      ['2012-11-30', '2013-02-28', '28 February 2013'],
      ['2011-11-30', '2012-02-29', '29 February 2012'],
      ['2012-08-31', '2012-11-30', '30 November 2012'],
      ['2012-11-28', '2013-02-28', '28 February 2013'],
    ]) {
      it(`is on ${words} when the tenth instrument is deposited on ${tenth} (the month's last day when the day does not exist)`, async () => {
        expect(await entryIntoForce(tenth)).to.deep.equal({ day: inForce, text: words });
      });
    }
  });

  describe("the map's clean-up", () => {
    const documentNodes = () => document.getElementsByTagName('*').length;
    const shadowNodes = (map: Element) => map.shadowRoot!.querySelectorAll('*').length;

    it('lets go of every listener and observer when removed, and holds no more after 100 removals and re-additions', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const before = { ...pageHolds(), nodes: documentNodes() };
      const map = document.createElement('opicescr-map') as OpicescrMap;
      map.setAttribute('loading', 'eager');
      map.setAttribute('max-age', '100000');
      container.append(map);
      await stateOf(map, 'ready');
      await settled(map);
      const connected = { ...pageHolds(), nodes: documentNodes(), shadow: shadowNodes(map) };
      expect(connected.listeners.length + connected.observations, 'the map listens to something while in the page').to.be.greaterThan(0);

      for (let round = 0; round < 100; round += 1) {
        map.remove();
        await map.updateComplete;
        container.append(map);
        await map.updateComplete;
      }
      await settled(map);
      expect({ ...pageHolds(), nodes: documentNodes(), shadow: shadowNodes(map) }, 'in the page after 100 rounds').to.deep.equal(connected);
      expect(map.dataset.state).to.equal('ready');

      map.remove();
      await nextFrames();
      expect({ ...pageHolds(), nodes: documentNodes() }, 'out of the page').to.deep.equal({ ...before, nodes: before.nodes });
    });

    it('lets go of its viewport observer when removed before it came near, and still loads when it does', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 600px"><div style="height: 5000px"></div></div>`);
      const before = pageHolds();
      const map = document.createElement('opicescr-map');
      map.setAttribute('max-age', '100000');
      container.append(map); // far below the fold: it waits
      await nextFrames();
      expect(map.dataset.state).to.equal('loading');
      map.remove();
      await nextFrames();
      expect(pageHolds(), 'out of the page').to.deep.equal(before);

      container.prepend(map); // now at the top of the page
      await stateOf(map, 'ready');
    });
  });
});
