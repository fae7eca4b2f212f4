// A phone with large text: at 320 px with the page's text at 200 %, every element reflows inside
// itself. The map with a state's details open, the timeline linked to it (its controls and "Map as
// of … Today" line) and the contact element, together on one page as partners build it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import { panelShowing } from '../helpers/map-panel.js';
import { stateOf } from '../helpers/wait.js';
import { horizontalOverflow, settled, watchPageErrors, withinSideways } from './host-page.js';

describe('text at 200 % on a 320 px phone', () => {
  let viewport: { width: number; height: number };
  before(async () => {
    viewport = { width: window.innerWidth, height: window.innerHeight };
    await setViewport({ width: 320, height: 640 });
  });
  after(() => setViewport(viewport));

  /** Chile's name as the map shows it in each language. */
  const CHILE: Record<string, string> = { en: 'Chile', fr: 'Chili' };

  for (const lang of ['en', 'fr']) {
    it(`reflows inside the map, a linked timeline and the contact element (${lang})`, async () => {
      const page = watchPageErrors();
      try {
        const container = await fixture<HTMLDivElement>(html`<div lang=${lang} style="font-size: 200%">
          <opicescr-map id="phone-map" loading="eager" highlight="CL" max-age="100000"></opicescr-map>
          <opicescr-timeline for="phone-map" max-age="100000"></opicescr-timeline>
          <opicescr-contact max-age="100000"></opicescr-contact>
        </div>`);
        const elements = [...container.querySelectorAll<HTMLElement>('opicescr-map, opicescr-timeline, opicescr-contact')];
        for (const element of elements) await stateOf(element, 'ready');
        const [map, timeline] = elements;

        const expectReflowed = async (when: string) => {
          for (const element of elements) await settled(element);
          for (const element of elements) {
            expect(horizontalOverflow(element), `${element.localName} ${when}`).to.deep.equal([]);
            expect(withinSideways(element, container), `${element.localName} within the page ${when}`).to.equal(true);
          }
          expect(document.documentElement.scrollWidth, `the page scrolls sideways ${when}`).to.be.at.most(320);
        };

        await panelShowing(map, CHILE[lang], "Chile's details never opened");
        await expectReflowed("with Chile's details open");

        timeline.shadowRoot!.querySelector<HTMLButtonElement>('.in-force button')!.click();
        await waitUntil(() => timeline.shadowRoot!.querySelector('[part="link"]')!.textContent!.includes('2013'), 'the timeline never followed');
        await expectReflowed('with the map on the entry into force');
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.stop();
      }
    });
  }
});
