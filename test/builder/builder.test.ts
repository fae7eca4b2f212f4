// The embed builder (demo/builder.html) as a webmaster uses it, under the demo's strict CSP: it
// offers the elements and options of the product's element table, writes the chosen options on
// the element and in the live preview, pins the script to this version with the SRI hash of the
// built file, gives fallback content in the chosen language, handles div mounts and WordPress
// without scripts, and is usable by keyboard and screen reader, axe-clean, at 360 px.
// Needs `npm run build` first (`npm test` does it).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { COMMON_OPTIONS, ELEMENT_KINDS } from '../../src/shared/element-kinds.js';
import { dictionaryFor, LANGUAGES } from '../../demo/builder-dictionary.js';
import { settled } from '../host/host-page.js';
import { sha384 } from '../release/commands.js';
import { openBuilder, parseSnippet, type Builder } from './open-builder.js';

let version: string;
before(async () => {
  ({ version } = await (await fetch('/package.json')).json());
});

let builder: Builder | undefined;
afterEach(() => {
  builder?.close();
  builder = undefined;
});

const attributesOf = (element: Element) => Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
const visible = (element: Element) => !element.closest('[hidden]');

describe('the embed builder', () => {
  it('offers every element the script registers, taken from the element table', async () => {
    builder = await openBuilder();
    const offered = [...builder.doc.querySelectorAll<HTMLInputElement>('input[name="widget"]')].map((input) => input.value);
    const registered = Object.entries(ELEMENT_KINDS)
      .filter(([, { tag }]) => builder!.win.customElements.get(tag))
      .map(([kind]) => kind);
    expect(offered).to.deep.equal(registered);
    expect(offered).to.include.members(['map', 'timeline', 'contact', 'resources']);
  });

  it('offers only options of the element table, and each only while a chosen widget takes it', async () => {
    builder = await openBuilder();
    const controls = [...builder.doc.querySelectorAll<HTMLElement>('[data-option]')];
    const known = new Set<string>([...COMMON_OPTIONS, ...Object.values(ELEMENT_KINDS).flatMap((kind) => kind.options)]);
    for (const control of controls) expect(known, control.dataset.option).to.include(control.dataset.option!);
    expect(controls.map((control) => control.dataset.option)).to.include.members(['lang', 'theme', 'region', 'highlight', 'as-of']);

    await builder.tick('widget', 'map', false);
    await builder.tick('widget', 'contact');
    const shown = () => controls.filter(visible).map((control) => control.dataset.option);
    expect(shown()).to.deep.equal(['lang', 'theme']);
    await builder.tick('widget', 'map');
    expect(shown()).to.include.members(['region', 'highlight', 'as-of']);
  });

  it('pins the script to this version, with the SRI hash of the built file and CORS', async () => {
    builder = await openBuilder();
    const script = parseSnippet(builder.snippet()).querySelector('script')!;
    expect(script.getAttribute('src')).to.equal(`https://cdn.jsdelivr.net/npm/opicescr-widgets@${version}/dist/opicescr.js`);
    expect(script.getAttribute('integrity')).to.equal(await sha384('dist/opicescr.js'));
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(script.hasAttribute('defer')).to.equal(true);
  });

  it('writes the chosen options on the element and on the live preview', async () => {
    builder = await openBuilder();
    await builder.choose('lang', 'fr');
    await builder.choose('theme', 'dark');
    await builder.choose('region', 'africa');
    await builder.choose('highlight', 'SN');
    await builder.choose('as-of', '2015-01-01');
    const expected = { lang: 'fr', theme: 'dark', region: 'africa', highlight: 'SN', 'as-of': '2015-01-01' };
    const map = parseSnippet(builder.snippet()).querySelector('opicescr-map')!;
    expect(attributesOf(map)).to.deep.equal(expected);
    const preview = builder.doc.querySelector('#preview opicescr-map')!;
    expect(attributesOf(preview)).to.deep.include(expected);

    await builder.choose('theme', 'auto');
    await builder.choose('region', 'world');
    const again = parseSnippet(builder.snippet()).querySelector('opicescr-map')!;
    expect(again.hasAttribute('theme') || again.hasAttribute('region'), 'defaults are left to the element').to.equal(false);
    expect(attributesOf(builder.doc.querySelector('#preview opicescr-map')!)).to.not.have.any.keys('theme', 'region');
  });

  it('puts fallback content in the chosen language inside each widget, saying which language it is in', async function () {
    this.timeout(20000);
    // Some sentences written out, besides those compared with the dictionaries the builder reads.
    const written: Record<string, Record<string, string>> = {
      en: { map: 'Status of the OP-ICESCR at the UN Treaty Collection', contact: 'Write to the NGO Coalition for the OP-ICESCR' },
      es: { map: 'Estado del PF-PIDESC en la Colección de Tratados de la ONU' },
      fr: { map: 'État du PF-PIDESC dans la Collection des traités de l’ONU' },
    };
    let writtenSeen = 0;
    builder = await openBuilder();
    for (const kind of ['timeline', 'contact']) await builder.tick('widget', kind);
    for (const lang of LANGUAGES) {
      await builder.choose('lang', lang);
      const { lang: textLang, dictionary } = await dictionaryFor(lang);
      const snippet = parseSnippet(builder.snippet());
      for (const kind of ['map', 'timeline', 'contact']) {
        const element = snippet.querySelector(ELEMENT_KINDS[kind as 'map'].tag)!;
        expect(element.getAttribute('lang'), `${kind} ${lang}`).to.equal(lang);
        const fallback = element.querySelector('p')!;
        expect(fallback.textContent, `${kind} ${lang}`).to.equal(dictionary.fallback[kind]);
        if (written[lang]?.[kind] !== undefined) {
          expect(fallback.textContent, `${kind} ${lang}, as written here`).to.equal(written[lang][kind]);
          writtenSeen += 1;
        }
        expect(fallback.closest('[lang]')!.getAttribute('lang'), `the language of the ${kind} fallback in ${lang}`).to.equal(textLang);
      }
    }
    expect(writtenSeen, 'every sentence written out here was checked').to.equal(4);
    await builder.choose('lang', 'en');
    const snippet = parseSnippet(builder.snippet());
    expect(snippet.querySelector('opicescr-map a')!.getAttribute('href')).to.match(/^https:\/\/treaties\.un\.org\//);
    expect(snippet.querySelector('opicescr-contact a')!.getAttribute('href')).to.match(/^mailto:/);
  });

  it('mounts from <div> placeholders after the script, and the preview upgrades them', async () => {
    builder = await openBuilder();
    await builder.tick('widget', 'timeline');
    await builder.tick('mount', 'div');
    await builder.choose('lang', 'es');
    const snippet = parseSnippet(builder.snippet());
    expect(snippet.firstElementChild!.localName).to.equal('script');
    const mounts = [...snippet.querySelectorAll('div[data-opicescr]')].map(attributesOf);
    expect(mounts).to.deep.equal([
      { 'data-opicescr': 'map', 'data-lang': 'es' },
      { 'data-opicescr': 'timeline', 'data-lang': 'es' },
    ]);
    expect(snippet.querySelector('opicescr-map, opicescr-timeline')).to.equal(null);
    await waitUntil(() => builder!.doc.querySelector('#preview div[data-opicescr="map"] > opicescr-map'), 'the preview mounts the map');
  });

  it('gives WordPress authors the <div> alone, and the site admin the script to add once', async () => {
    builder = await openBuilder();
    const scriptLine = builder.snippet().split('\n')[0];
    await builder.tick('mount', 'wordpress');
    const snippet = builder.snippet();
    expect(snippet).to.not.contain('<script');
    expect(parseSnippet(snippet).querySelector('div[data-opicescr="map"]')).to.exist;
    const admin = builder.doc.getElementById('admin')!;
    expect(visible(admin)).to.equal(true);
    expect((builder.doc.getElementById('admin-snippet') as HTMLTextAreaElement).value).to.equal(scriptLine);
    expect(admin.textContent).to.contain('site admin').and.contain('once');
    expect(builder.doc.getElementById('code-help')!.textContent).to.contain('Custom HTML');
    await builder.tick('mount', 'tag');
    expect(visible(admin)).to.equal(false);
  });

  it('asks for a widget when none is chosen', async () => {
    builder = await openBuilder();
    await builder.tick('widget', 'map', false);
    expect(builder.snippet()).to.equal('');
    expect(builder.doc.getElementById('code-help')!.textContent).to.contain('Choose at least one widget');
    expect(builder.doc.querySelector('#preview')!.children).to.have.length(0);
  });

  it('copies from the keyboard and says so in a live region', async () => {
    builder = await openBuilder();
    const status = builder.doc.getElementById('copy-status')!;
    expect(status.getAttribute('role'), 'the live region is there before anything is announced').to.equal('status');
    const copy = builder.doc.getElementById('copy') as HTMLButtonElement;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /^(Copied|Selected)/.test(status.textContent ?? ''), `the status says ${status.textContent}`);
  });

  it('reaches every choice and the copy button with the Tab key alone', async () => {
    builder = await openBuilder();
    const doc = builder.doc;
    doc.querySelector<HTMLInputElement>('input[name="widget"]')!.focus();
    const reached = new Set<string>();
    for (let step = 0; step < 40 && !reached.has('copy'); step += 1) {
      const active = doc.activeElement as HTMLInputElement | null;
      if (active) reached.add(active.id || active.name);
      await sendKeys({ press: 'Tab' });
    }
    for (const name of ['widget', 'mount', 'lang', 'theme', 'region', 'highlight', 'as-of', 'snippet', 'copy']) expect([...reached], name).to.include(name);
  });

  for (const mount of ['tag', 'wordpress']) {
    it(`has no accessibility violation axe can find (${mount})`, async function () {
      this.timeout(20000);
      builder = await openBuilder();
      await builder.tick('mount', mount);
      const { win, doc } = builder;
      const axe = doc.createElement('script');
      axe.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((resolve, reject) => {
        axe.onload = resolve;
        axe.onerror = reject;
        doc.head.append(axe);
      });
      type Axe = { run(context: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      const results = await (win as unknown as { axe: Axe }).axe.run(doc);
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).to.deep.equal([]);
    });
  }

  it('fits a 360 px phone without sideways scrolling, every widget and the WordPress help shown', async function () {
    this.timeout(20000);
    builder = await openBuilder(360);
    for (const kind of ['timeline', 'contact']) await builder.tick('widget', kind);
    await builder.tick('mount', 'wordpress');
    // Measured once every widget of the preview has drawn its data (ready, or stale: the bundled
    // data may be older than the default max-age) and laid itself out for the width it has. The
    // map loads when it comes near the viewport: the webmaster scrolls down to the preview.
    const widgets = () => [...builder!.doc.querySelectorAll<HTMLElement>('#preview *')].filter((element) => element.localName.startsWith('opicescr-'));
    await waitUntil(() => widgets().length > 0, 'the preview shows no widget');
    widgets()[0].scrollIntoView();
    await waitUntil(
      () => widgets().length === 3 && widgets().every((widget) => ['ready', 'stale'].includes(widget.dataset.state ?? '')),
      'the preview widgets never drew their data',
      { timeout: 10000 },
    );
    expect(widgets().map((widget) => widget.localName)).to.deep.equal(['opicescr-map', 'opicescr-timeline', 'opicescr-contact']);
    for (const widget of widgets()) await settled(widget);
    builder.win.scrollTo(0, 0);
    const { documentElement } = builder.doc;
    expect(documentElement.scrollWidth).to.be.at.most(documentElement.clientWidth);
    const copy = builder.doc.getElementById('copy')!.getBoundingClientRect();
    expect(copy.right).to.be.at.most(360);
  });
});
