// `npm run screenshots`: photographs the demo page (after `npm run build`) at phone and desktop
// widths, light and dark, and the CMS column, into screenshots/ for a person to look at. Fails on
// any page error or failed request, so a broken demo cannot be photographed as if it worked.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserPaths } from './lib/browsers.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = new URL('../screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });

const SHOTS = [
  { name: 'demo-1280-light', width: 1280, scheme: 'light' },
  { name: 'demo-1280-dark', width: 1280, scheme: 'dark' },
  { name: 'demo-360-light', width: 360, scheme: 'light' },
  { name: 'demo-360-dark', width: 360, scheme: 'dark' },
  { name: 'map-1280-light', width: 1280, scheme: 'light', selector: '#map' },
  { name: 'map-1280-dark', width: 1280, scheme: 'dark', selector: '#map' },
  { name: 'map-360-light', width: 360, scheme: 'light', selector: '#map' },
  { name: 'map-360-dark', width: 360, scheme: 'dark', selector: '#map' },
  { name: 'cms-column-650', width: 1280, scheme: 'light', selector: '.cms-column' },
  { name: 'timeline-1280-light', width: 1280, scheme: 'light', selector: 'opicescr-timeline' },
  { name: 'contact-1280-dark', width: 1280, scheme: 'dark', selector: 'opicescr-contact' },
  { name: 'timeline-360-light', width: 360, scheme: 'light', selector: 'opicescr-timeline' },
  { name: 'resources-1280-light', width: 1280, scheme: 'light', selector: 'opicescr-resources' },
  { name: 'resources-360-dark', width: 360, scheme: 'dark', selector: 'opicescr-resources' },
  // Every language, phone and desktop (Arabic also turns the page right to left).
  ...['es', 'fr', 'ar', 'pt', 'ru', 'zh'].flatMap((lang) => [
    { name: `demo-${lang}-1280`, width: 1280, scheme: 'light', query: `?lang=${lang}` },
    { name: `demo-${lang}-360`, width: 360, scheme: 'dark', query: `?lang=${lang}&theme=dark` },
  ]),
];

const server = await startStaticServer({ root });
const { chromium: chromiumBinary } = browserPaths();
const browser = await chromium.launch({ executablePath: chromiumBinary.path, args: chromiumBinary.args });
const problems = [];
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 }, colorScheme: shot.scheme });
    page.on('pageerror', (error) => problems.push(`${shot.name}: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`${shot.name}: ${message.text()}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${shot.name}: ${response.status()} ${response.url()}`));
    await page.goto(`${server.url}/demo/${shot.query ?? ''}`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('opicescr-map, opicescr-timeline, opicescr-contact, opicescr-resources')].every((element) =>
        ['ready', 'stale', 'error'].includes(element.dataset.state),
      ), undefined, { timeout: 15000 }).catch(() => {});
    // Lazy maps below the fold load once scrolled to.
    for (const map of await page.locator('opicescr-map').all()) await map.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('opicescr-map')].every((map) => map.dataset.state === 'ready'), undefined, { timeout: 15000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const path = fileURLToPath(new URL(`${shot.name}.png`, out));
    if (shot.selector) await page.locator(shot.selector).screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${shot.name}: the page scrolls sideways by ${overflow}px`);
    console.log(`screenshots/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
