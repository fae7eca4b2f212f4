// The widget's content declares its own language and direction. On a right-to-left page an English
// widget is laid out left to right and exposed as English (screen readers pick their voice from the
// nearest lang); on a page in a language the widget does not speak, it speaks English and says so.
import { expect } from '@open-wc/testing';
import '../../src/register.js';
import { mountTag } from '../helpers/wait.js';
import { watchPageErrors } from './host-page.js';

const TAGS = ['opicescr-map', 'opicescr-timeline', 'opicescr-contact'] as const;
/** A sentence each element shows in English once its data is in. */
const ENGLISH: Record<(typeof TAGS)[number], string> = {
  'opicescr-map': 'Has your country ratified?',
  'opicescr-timeline': 'Milestones',
  'opicescr-contact': 'Steering Committee',
};

/** The language a screen reader uses for `node`: its nearest lang, across shadow roots. */
function nearestLang(node: Node): string | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

/** The element's content as a visitor meets it: its root part and every text in it. */
function expectEnglishLeftToRight(element: Element, tag: (typeof TAGS)[number]) {
  const root = element.shadowRoot!.querySelector('[part~="root"]')!;
  expect(root.textContent, 'speaks English').to.contain(ENGLISH[tag]);
  expect(getComputedStyle(root).direction, 'direction of the content').to.equal('ltr');
  const texts = [...root.querySelectorAll('*')].filter((node) => node.childNodes.length && node.textContent!.trim());
  for (const text of [root, ...texts]) expect(nearestLang(text), `lang of <${text.localName}>`).to.equal('en');
}

describe('content that declares its own language and direction', () => {
  const page = document.documentElement;
  let errors: ReturnType<typeof watchPageErrors>;
  beforeEach(() => (errors = watchPageErrors()));
  afterEach(() => {
    page.setAttribute('lang', 'en');
    page.removeAttribute('dir');
    errors.stop();
  });
  /** Called at the end of each test: the page saw no uncaught error meanwhile. */
  const expectNoPageErrors = () => expect(errors.errors, 'uncaught errors').to.deep.equal([]);

  for (const tag of TAGS) {
    it(`${tag} lang="en" on <html lang="ar" dir="rtl"> is English and left to right`, async () => {
      page.setAttribute('lang', 'ar');
      page.setAttribute('dir', 'rtl');
      expectEnglishLeftToRight(await mountTag(tag, { lang: 'en' }), tag);
      expectNoPageErrors();
    });

    it(`${tag} on a right-to-left page in a language it does not speak (he) is English and left to right`, async () => {
      page.setAttribute('lang', 'he');
      page.setAttribute('dir', 'rtl');
      const element = await mountTag(tag);
      expect(nearestLang(element), 'the host element keeps the page language').to.equal('he');
      expectEnglishLeftToRight(element, tag);
      expectNoPageErrors();
    });

    it(`${tag} on a page in a language it does not speak (de) says its content is English`, async () => {
      page.setAttribute('lang', 'de');
      expectEnglishLeftToRight(await mountTag(tag), tag);
      expectNoPageErrors();
    });
  }
});
