// What a newcomer does: open the embed builder, pick options, copy the code, paste it into a blank
// page of their own site (another origin), and see the chosen widgets become ready with the chosen
// options, the script loaded from the npm CDN (routed here to the packed files, in the package's
// layout) and accepted by the browser against its SRI hash. Chromium only: the copy, the other
// origin and the CDN go through Playwright. Needs `npm run build` first (`npm test` does it).
import { expect, waitUntil } from '@open-wc/testing';
import { inFirefox, partnerPage, sha384, useBuilder, type PartnerPage } from '../release/commands.js';
import { openBuilder, type Builder } from './open-builder.js';

const FRAME = 'newcomer-builder';
const PARTNER = 'http://campaign.partner.test/';

let version: string;
let englishLookup: string;
before(async () => {
  ({ version } = await (await fetch('/package.json')).json());
  englishLookup = (await (await fetch('/src/i18n/en.json')).json()).map.lookupLabel;
});

let builder: Builder | undefined;
afterEach(() => {
  builder?.close();
  builder = undefined;
});

const cdnBase = () => `https://cdn.jsdelivr.net/npm/opicescr-widgets@${version}/`;
const blankPage = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our campaign</title>${head}</head><body><h1>Our campaign</h1>${body}</body></html>`;

/** Waits for the builder to confirm the copy, then reads the clipboard as the paste would. */
async function copied(statusId: string): Promise<string> {
  const status = builder!.doc.getElementById(statusId)!;
  await waitUntil(() => status.textContent?.startsWith('Copied'), `the builder says "${status.textContent}"`, { timeout: 5000 });
  return builder!.win.navigator.clipboard.readText();
}

const rendered = (state: string | null) => state === 'ready' || state === 'stale';
const byTag = (page: PartnerPage, tag: string) => page.elements.find((element) => element.tag === tag)!;

describe('a newcomer with the embed builder', function () {
  this.timeout(90000);
  beforeEach(function () {
    if (inFirefox()) this.skip(); // Copying, another origin and a routed CDN need Playwright, which drives Chromium here.
  });

  it('pastes the copied code into a page of their own site and sees the map and timeline ready, in Spanish, on the Americas', async () => {
    builder = await openBuilder(1000, FRAME);
    await useBuilder({
      frame: `#${FRAME}`,
      checks: ['Timeline of the campaign'],
      selects: { Language: 'es', 'Map region': 'americas', 'State opened on arrival': 'UY' },
    });
    const snippet = await copied('copy-status');
    expect(snippet).to.equal(builder.snippet());
    expect(snippet).to.contain(`src="${cdnBase()}dist/opicescr.js"`);
    const integrity = /integrity="([^"]+)"/.exec(snippet)?.[1];
    expect(integrity, 'the SRI hash is that of the built file, byte for byte').to.equal(await sha384('dist/opicescr.js'));

    const page = await partnerPage({ pageUrl: `${PARTNER}ratification.html`, cdnBase: cdnBase(), html: blankPage('', snippet) });
    expect(page.origin).to.equal(new URL(PARTNER).origin);
    expect(page.origin).to.not.equal(location.origin);
    expect(page.problems, 'console errors on the partner page (an SRI mismatch is one)').to.deep.equal([]);
    expect(page.requests.filter((request) => request.status !== 200)).to.deep.equal([]);
    expect(page.requests.map((request) => request.path)).to.include.members(['dist/opicescr.js', 'data/opicescr-status.v1.json', 'data/opicescr-world.v2.json']);

    const map = byTag(page, 'opicescr-map');
    expect(rendered(map.state), `the map is ${map.state}`).to.equal(true);
    expect(map.attributes).to.deep.equal({ lang: 'es', region: 'americas', highlight: 'UY', 'data-state': map.state! });
    expect(map.text, 'the map speaks Spanish').to.not.contain(englishLookup);
    expect(map.text, 'Uruguay is open on arrival').to.contain('Uruguay');
    const timeline = byTag(page, 'opicescr-timeline');
    expect(rendered(timeline.state), `the timeline is ${timeline.state}`).to.equal(true);
    expect(timeline.attributes.lang).to.equal('es');
  });

  it('on WordPress without scripts, pastes the <div> and has the admin add the script once: the map is ready', async () => {
    builder = await openBuilder(1000, FRAME);
    await useBuilder({ frame: `#${FRAME}`, checks: ['WordPress (no scripts allowed)'], selects: { Language: 'fr' } });
    const placeholder = await copied('copy-status');
    expect(placeholder).to.not.contain('<script');
    await useBuilder({ frame: `#${FRAME}`, copy: 'Copy the script' });
    const siteWideScript = await copied('copy-admin-status');
    expect(siteWideScript).to.match(/^<script /);

    const page = await partnerPage({ pageUrl: `${PARTNER}fr/ratification.html`, cdnBase: cdnBase(), html: blankPage(siteWideScript, placeholder) });
    expect(page.problems).to.deep.equal([]);
    const map = byTag(page, 'opicescr-map');
    expect(map.insideDiv).to.equal('map');
    expect(rendered(map.state), `the map is ${map.state}`).to.equal(true);
    expect(map.attributes.lang).to.equal('fr');
  });

  it('would see nothing but the fallback if the script were not the file the hash names', async () => {
    builder = await openBuilder(1000, FRAME);
    await useBuilder({ frame: `#${FRAME}` });
    const snippet = await copied('copy-status');
    // One character of the hash changed, as if the CDN served other bytes than the release's.
    const tampered = snippet.replace(/integrity="sha384-(.)/, (_, first: string) => `integrity="sha384-${first === 'A' ? 'B' : 'A'}`);
    const page = await partnerPage({ pageUrl: `${PARTNER}tampered.html`, cdnBase: cdnBase(), html: blankPage('', tampered) });
    expect(page.elements.map((element) => element.state)).to.deep.equal([null]);
    expect(page.problems.join('\n')).to.contain('integrity');
  });
});
