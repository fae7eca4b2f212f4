// Every language the product speaks, as a visitor sees it: each element rendered in each language
// shows none of the English interface texts the language translates; Arabic reads right to left
// on a left-to-right page and on a right-to-left one, without overflowing from 280 to 1600 px,
// while the map stays geographic (ArrowRight goes east). A pack that cannot be loaded:
// language-fallback.test.ts (a page of its own, where no pack was loaded before).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/register.js';
import { json, minimalStatus, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';
import { stateOf } from '../helpers/wait.js';
import { settled } from '../host/host-page.js';

const REAL = '/data/opicescr-status.v1.json';
const LANGUAGES = ['es', 'fr', 'ar', 'pt', 'ru', 'zh'];
const TAGS = ['opicescr-map', 'opicescr-timeline', 'opicescr-contact', 'opicescr-resources'];

type Dictionary = Record<string, unknown>;
const dictionaries = new Map<string, Dictionary>();
before(async () => {
  for (const language of ['en', ...LANGUAGES]) dictionaries.set(language, await (await fetch(`/src/i18n/${language}.json`)).json());
});

/** Every interface message of English with the language's own at the same place ("map.table.state"). */
function pairs(english: unknown, other: unknown, path = ''): Array<[string, string, string | undefined]> {
  if (typeof english === 'string') return [[path, english, typeof other === 'string' ? other : undefined]];
  if (!english || typeof english !== 'object') return [];
  return Object.entries(english).flatMap(([key, value]) =>
    ['meta', 'fallback', 'stateNames', 'type'].includes(key) ? [] : pairs(value, (other as Dictionary | undefined)?.[key], path ? `${path}.${key}` : key),
  );
}

/** Literal runs of an English message (between its placeholders) long enough to be telling. */
const telling = (message: string) => message.split(/\{\w+\}/).map((part) => part.trim()).filter((part) => part.length >= 8);

/** What a visitor can read or hear in an element: its text, and its accessible names and hints. */
function readable(element: Element): string {
  const root = element.shadowRoot!;
  const attributes = [...root.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((node) =>
    ['aria-label', 'placeholder', 'title'].map((name) => node.getAttribute(name) ?? ''),
  );
  return [root.textContent ?? '', ...attributes].join(' ').replace(/\s+/g, ' ');
}

async function page(markup: string, width = '1000px') {
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}"></div>`);
  container.innerHTML = markup;
  const elements = [...container.querySelectorAll<HTMLElement>(TAGS.join(','))];
  for (const element of elements) await stateOf(element, 'ready');
  return { container, elements };
}

const allFour = (lang: string, src = REAL) =>
  `<opicescr-map id="m-${lang}" lang="${lang}" src="${src}" loading="eager" highlight="CL" max-age="100000"></opicescr-map>
   <opicescr-timeline for="m-${lang}" lang="${lang}" src="${src}" max-age="100000"></opicescr-timeline>
   <opicescr-contact lang="${lang}" src="${src}" max-age="100000"></opicescr-contact>
   <opicescr-resources lang="${lang}" src="${src}" max-age="100000"></opicescr-resources>`;

/**
 * A status file and resources list with no English in their texts (names, titles), so that any
 * English a rendered element shows is an interface text. Its one milestone is translated by id.
 */
function neutralData(): { src: string; stub: FetchStub } {
  const src = uniqueUrl();
  const list = uniqueUrl('resources');
  const status = minimalStatus();
  status.resources = list;
  status.milestones = [{ id: 'adopted', date: '2008-12-10', text: { en: 'Adopted.' } }];
  status.coalition = {
    coordinator: { id: 'coordinator', organisation: 'ESCR-Net', email: 'op-coalition@escr-net.org', note: { en: 'Note.' } },
    members: [{ organisation: 'FIAN', representative: 'A. M. Suárez', confirmed: '2017-04', source: { title: 'escr-net.org', url: 'https://www.escr-net.org/' } }],
    contacts: [{ id: 'steering-committee', email: 'opcoalition@gmail.com', languages: ['en', 'es'], note: { en: 'Note.' } }],
  };
  const resource = (id: string, kind: string, language: string, title: string) => ({ id, kind, title: { [language]: title }, url: `https://example.org/${id}`, languages: [language], publisher: 'ICJ', year: 2008, checked: '2026-02-03' });
  const resources = [resource('a', 'guide', 'es', 'Manual'), resource('b', 'campaign', 'fr', 'Campagne'), resource('c', 'status', 'en', 'UNTC')];
  return { src, stub: stubFetch({ [src]: json(status), [list]: json({ schema: 'opicescr-resources', version: '1.0.0', resources }) }) };
}

describe('every language', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  for (const language of LANGUAGES) {
    it(`${language}: no element shows an English interface text the language translates`, async function () {
      this.timeout(30000);
      const neutral = neutralData();
      stub = neutral.stub;
      const { elements } = await page(allFour(language, neutral.src));
      const map = elements[0];
      // The table too, and the lookup's answer.
      const showTable = map.shadowRoot!.querySelector<HTMLButtonElement>('[part~="tools"] button[aria-controls="state-table"]')!;
      expect(showTable.textContent!.trim(), 'the table button, in the language').to.equal((dictionaries.get(language)!.map as Dictionary).showTable);
      showTable.click();
      await waitUntil(() => map.shadowRoot!.getElementById('state-table'), 'no table');
      expect(showTable.getAttribute('aria-expanded')).to.equal('true');
      const shown = elements.map(readable).join(' ');
      const english = pairs(dictionaries.get('en'), dictionaries.get(language));
      // The check is only as good as its list: every English message, nearly all of them translated.
      expect(english.length, 'English interface messages').to.be.above(100);
      expect(english.map(([path]) => path)).to.include.members(['map.lookupLabel', 'map.showTable', 'timeline.today', 'resources.checkedOn']);
      const translated = english.filter(([, source, translation]) => translation !== undefined && translation !== source);
      expect(translated.flatMap(([, source]) => telling(source)).length, `telling English runs that ${language} translates`).to.be.above(80);
      const leaks = translated
        .flatMap(([path, source, translated]) =>
          telling(source)
            // A word the language shares with English ("Ratification" in French) is its own.
            .filter((part) => shown.includes(part) && !translated!.includes(part))
            .map((part) => `${path}: "${part}" in "…${shown.slice(Math.max(0, shown.indexOf(part) - 40), shown.indexOf(part) + part.length + 20)}…"`),
        );
      expect(leaks).to.deep.equal([]);
      // The content says which language it is in.
      for (const element of elements) expect(element.shadowRoot!.querySelector('[part~="root"]')!.getAttribute('lang')).to.equal(language);
    });
  }

  for (const pageDir of ['ltr', 'rtl']) {
    it(`Arabic is right to left on a ${pageDir} page, and fits from 280 to 1600 px`, async function () {
      this.timeout(40000);
      for (const width of ['280px', '600px', '1600px']) {
        const { container, elements } = await page(`<div dir="${pageDir}" lang="${pageDir === 'rtl' ? 'ar' : 'en'}">${allFour('ar')}</div>`, width);
        for (const element of elements) await settled(element);
        for (const element of elements) {
          const root = element.shadowRoot!.querySelector<HTMLElement>('[part~="root"]')!;
          expect(getComputedStyle(root).direction, element.localName).to.equal('rtl');
          expect(root.scrollWidth, `${element.localName} at ${width}`).to.be.at.most(root.clientWidth + 1);
          expect(element.getBoundingClientRect().width, `${element.localName} at ${width}`).to.be.at.most(container.getBoundingClientRect().width + 1);
        }
        // The legend reads from the right: its first category starts at the right edge.
        const list = elements[0].shadowRoot!.querySelector('.legend ul')!.getBoundingClientRect();
        const first = elements[0].shadowRoot!.querySelector('.legend-entry')!.getBoundingClientRect();
        expect(list.right - first.right, `legend at ${width}`).to.be.below(2);
        expect(first.left - list.left, `legend at ${width}`).to.be.above(2);
      }
    });
  }

  it('never breaks a legend count between its digits, in any language, on a phone', async function () {
    this.timeout(60000);
    for (const [language, width] of LANGUAGES.flatMap((language) => ['280px', '310px', '340px'].map((width) => [language, width]))) {
      const { elements } = await page(`<opicescr-map lang="${language}" src="${REAL}" loading="eager" max-age="100000"></opicescr-map>`, width);
      await settled(elements[0]);
      const counts = [...elements[0].shadowRoot!.querySelectorAll('.legend-entry .count')];
      expect(counts, `${language} at ${width}: legend counts`).to.not.be.empty;
      for (const count of counts) {
        const range = document.createRange();
        range.selectNodeContents(count);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        expect(lines.size, `${language} at ${width}: "${count.textContent}" on ${lines.size} lines`).to.equal(1);
      }
    }
  });

  it('Arabic keeps the map geographic: ArrowRight goes east', async () => {
    const { elements } = await page(allFour('ar'));
    const map = elements[0];
    const state = (iso: string) => map.shadowRoot!.querySelector<SVGGraphicsElement>(`[data-iso="${iso}"]`)!;
    state('PT').focus();
    await sendKeys({ press: 'ArrowRight' });
    const focused = map.shadowRoot!.activeElement as SVGGraphicsElement;
    const centre = (element: Element) => element.getBoundingClientRect().left + element.getBoundingClientRect().width / 2;
    expect(focused.getAttribute('data-iso')).to.not.equal('PT');
    expect(centre(focused)).to.be.greaterThan(centre(state('PT')));
  });
});
