// Elements linked on one page: two timelines driving one map, and the host page's own code
// changing the map's `as-of`. The map announces the day it shows (opicescr-as-of-change) and every
// timeline linked to it follows, whoever changed the day; map and timelines read a day the same way.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/register.js';
import type { OpicescrMap } from '../../src/map/opicescr-map.js';
import type { OpicescrTimeline } from '../../src/timeline/opicescr-timeline.js';
import { englishDay } from '../helpers/dates.js';
import { shadowText, stateOf } from '../helpers/wait.js';
import { watchPageErrors } from './host-page.js';

type AsOfChange = CustomEvent<{ asOf: string | null }>;

/** "Map as of 5 May 2013", as a timeline shows it. */
const mapLine = (timeline: Element) => (timeline.shadowRoot!.querySelector('[part="link"] [role="status"]')?.textContent ?? '').trim();
/** The days of the entries a timeline marks as the map's. */
const currentDays = (timeline: Element) =>
  [...timeline.shadowRoot!.querySelectorAll('[aria-current="date"] time')].map((time) => time.getAttribute('datetime'));
/** The map's legend title: "Status", or "Status on 5 May 2013" when it shows another day. */
const legendTitle = (map: Element) => (map.shadowRoot!.querySelector('.legend-title')?.textContent ?? '').trim();

describe('a map linked to two timelines and to the host page', () => {
  /** The data's own day, as the timelines write it: what they show when the map shows no other. */
  let dataDay: string;
  before(async () => {
    const { asOf } = await (await fetch('/data/opicescr-status.v1.json')).json();
    dataDay = englishDay(asOf);
  });

  let map: OpicescrMap;
  let timelines: OpicescrTimeline[];
  let events: Array<AsOfChange['detail']>;
  let page: ReturnType<typeof watchPageErrors>;

  beforeEach(async () => {
    page = watchPageErrors();
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <opicescr-map id="linked-map" loading="eager" max-age="100000"></opicescr-map>
      <opicescr-timeline for="linked-map" max-age="100000" kind="ratifications"></opicescr-timeline>
      <opicescr-timeline for="linked-map" max-age="100000" order="descending"></opicescr-timeline>
    </div>`);
    map = container.querySelector('opicescr-map')!;
    timelines = [...container.querySelectorAll<OpicescrTimeline>('opicescr-timeline')];
    for (const element of [map, ...timelines]) await stateOf(element, 'ready');
    events = [];
    map.addEventListener('opicescr-as-of-change', (event) => events.push((event as AsOfChange).detail));
  });

  afterEach(() => page.stop());

  /** Called at the end of each test: the page saw no uncaught error meanwhile. */
  const expectNoPageErrors = () => expect(page.errors, 'uncaught errors').to.deep.equal([]);

  /**
   * Waits until every timeline says "Map as of `day`" (in words) and marks `marked` as current. The
   * first timeline lists ratifications only: it marks the day's entry into force, but not a
   * milestone, so what it marks is given apart (`ratifications`) where that differs.
   */
  async function timelinesShow(words: string, marked: string[], { ratifications = marked }: { ratifications?: string[] } = {}) {
    for (const timeline of timelines) {
      await waitUntil(() => mapLine(timeline) === `Map as of ${words}`, `a timeline shows "${mapLine(timeline)}"`);
      await timeline.updateComplete;
    }
    expect(currentDays(timelines[0]), 'marked in the ratifications timeline').to.deep.equal(ratifications);
    expect(currentDays(timelines[1]), 'marked in the full timeline').to.deep.equal(marked);
  }

  it('follows host code that sets the as-of attribute, in every timeline', async () => {
    map.setAttribute('as-of', '2013-05-05');
    await timelinesShow('5 May 2013', ['2013-05-05']);
    expect(legendTitle(map)).to.equal('Status on 5 May 2013');

    map.removeAttribute('as-of');
    await timelinesShow(dataDay, []);
    expect(legendTitle(map)).to.equal('Status');
    expectNoPageErrors();
  });

  it('follows host code that sets the asOf property, and "Today" undoes it', async () => {
    map.asOf = '2013-05-05';
    await timelinesShow('5 May 2013', ['2013-05-05']);

    const today = [...timelines[1].shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Today')!;
    today.click();
    await timelinesShow(dataDay, []);
    expect(map.asOf).to.equal(null);
    expect(legendTitle(map)).to.equal('Status');
    expectNoPageErrors();
  });

  it('moves every timeline when one of them chooses an entry', async () => {
    timelines[0].shadowRoot!.querySelector<HTMLButtonElement>('.in-force button')!.click();
    await timelinesShow('5 May 2013', ['2013-05-05']);
    expect(map.getAttribute('as-of')).to.equal('2013-05-05');

    // A year-only milestone in the second timeline: the map shows the end of that year.
    const year = [...timelines[1].shadowRoot!.querySelectorAll('.milestone')].find((entry) => entry.querySelector('time')!.getAttribute('datetime') === '2001')!;
    year.querySelector('button')!.click();
    await timelinesShow('31 December 2001', ['2001'], { ratifications: [] });
    expect(legendTitle(map)).to.equal('Status on 31 December 2001');
    expectNoPageErrors();
  });

  it('announces opicescr-as-of-change with the day it shows, each time that day changes and only then', async () => {
    const settle = async () => {
      await map.updateComplete;
      await Promise.all(timelines.map((timeline) => timeline.updateComplete));
    };
    map.setAttribute('as-of', '2013-05-05');
    await settle();
    map.setAttribute('as-of', ' 2013-05-05 '); // the same day
    await settle();
    map.setAttribute('as-of', 'soon'); // not a day: the data's own day
    await settle();
    map.setAttribute('as-of', '2023-02-31'); // a day that does not exist: still the data's own
    await settle();
    map.asOf = '2010-01-01';
    await settle();
    map.removeAttribute('as-of');
    await settle();
    expect(events).to.deep.equal([{ asOf: '2013-05-05' }, { asOf: null }, { asOf: '2010-01-01' }, { asOf: null }]);
    expectNoPageErrors();
  });

  it('ignores a day that does not exist (2023-02-31) in the map and in the timelines alike', async () => {
    map.setAttribute('as-of', '2013-05-05');
    await timelinesShow('5 May 2013', ['2013-05-05']);
    map.setAttribute('as-of', '2023-02-31');
    await timelinesShow(dataDay, []);
    expect(legendTitle(map)).to.equal('Status');
    expect(shadowText(map)).to.not.contain('2023');
    expectNoPageErrors();
  });
});
