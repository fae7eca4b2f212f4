// What the WordPress tests share: the site started by scripts/wordpress/run-tests.mjs, Chromium,
// signing in as a role, PHP run inside the site, and waiting on what a visitor would notice
// (a widget's data-state, its text). Waits poll the page for a condition; none sleeps.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserPaths } from '../../scripts/lib/browsers.mjs';
import { runSitePhp } from '../../scripts/wordpress/server.mjs';

if (!process.env.OPICESCR_WP_SITE) throw new Error('Run these tests with `npm run test:wordpress`, which starts WordPress.');

/** The running test site (scripts/wordpress/server.mjs). */
export const site = JSON.parse(process.env.OPICESCR_WP_SITE);
/** Every URL the plugin serves starts with this. */
export const PLUGIN_URL = `${site.url}/wp-content/plugins/opicescr-widgets/`;
export const TIMEOUT_MS = 30_000;

export async function launchChromium() {
  const { path, args } = browserPaths().chromium;
  return chromium.launch({ executablePath: path, args, headless: true });
}

/**
 * A browser context signed in as `role` (admin, author, contributor), or anonymous without one.
 * A desktop-sized window, so the editor shows its sidebar; uncaught page errors are collected.
 */
export async function openAs(browser, role) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB', timezoneId: 'UTC' });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  if (role) {
    await page.goto(`${site.url}/wp-login.php`);
    await page.fill('#user_login', site.users[role].login);
    await page.fill('#user_pass', site.password);
    await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  }
  return { context, page };
}

/**
 * Runs PHP inside the site (wp-load.php, with the plugin loaded if active) and returns what it
 * prints. The code runs as no user unless it signs one in itself.
 */
export function php(code) {
  const file = join(site.dir, `test-${randomBytes(6).toString('hex')}.php`);
  writeFileSync(
    file,
    `<?php\n$site = json_decode( getenv( 'OPICESCR_SITE' ), true );\n$_SERVER['HTTP_HOST'] = '127.0.0.1:' . $site['port'];\n` +
      `require '/usr/share/wordpress/wp-load.php';\n${code}\n`,
  );
  try {
    return runSitePhp(site, file);
  } catch (error) {
    // WordPress turns a fatal error into an HTML page; the reason is in its debug log.
    const fatal = readFileSync(site.debugLog, 'utf8').split('\n').filter((line) => line.includes('PHP Fatal')).pop();
    throw new Error(`PHP failed: ${fatal ?? error.stderr}`);
  } finally {
    rmSync(file, { force: true });
  }
}

/** A user's id by login. */
export function userId(role) {
  return Number(php(`echo get_user_by( 'login', '${site.users[role].login}' )->ID;`));
}

/** Every request the page makes to the plugin's folder, as it happens. */
export function recordPluginRequests(page) {
  const requests = [];
  page.on('request', (request) => {
    if (request.url().startsWith(PLUGIN_URL)) requests.push(request.url().slice(PLUGIN_URL.length));
  });
  return requests;
}

/** The widget element inside the n-th mount of a kind (`div[data-opicescr=kind]`), in page or frame. */
export function widget(scope, kind, index = 0) {
  return scope.locator(`div[data-opicescr="${kind}"] > opicescr-${kind}`).nth(index);
}

/** Waits until the element's attribute has the value (null: until it is absent), or fails saying what it has. */
export async function waitForAttribute(locator, name, value) {
  const handle = await locator.elementHandle();
  const outcome = await handle.evaluate(
    (element, [attribute, expected, timeout]) =>
      new Promise((resolve) => {
        const done = () => element.getAttribute(attribute) === expected;
        if (done()) return resolve('ok');
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve('ok');
        });
        observer.observe(element, { attributes: true, attributeFilter: [attribute] });
        setTimeout(() => {
          observer.disconnect();
          resolve(`<${element.localName}> ${attribute}=${JSON.stringify(element.getAttribute(attribute))}`);
        }, timeout);
      }),
    [name, value, TIMEOUT_MS],
  );
  assert.equal(outcome, 'ok', `waiting for ${name}=${JSON.stringify(value)}`);
}

const BUNDLED_AS_OF = JSON.parse(readFileSync(new URL('../../data/opicescr-status.v1.json', import.meta.url), 'utf8')).asOf;
const DAY_MS = 86_400_000;

/**
 * Waits until a widget has rendered the bundled data: `data-state="ready"` (the public hook), or
 * "stale" once that data is older than the widget's max-age (365 days unless set), which is what
 * the widget must then say. The tests check the plugin, not the calendar.
 */
export async function waitForReady(locator) {
  await locator.waitFor({ state: 'attached' });
  const maxAge = Number((await locator.getAttribute('max-age')) ?? 365);
  const age = (Date.now() - Date.parse(`${BUNDLED_AS_OF}T00:00:00Z`)) / DAY_MS;
  await waitForAttribute(locator, 'data-state', age > maxAge ? 'stale' : 'ready');
}

/** Waits until the located text (shadow DOM included) contains `text`. */
export async function waitForText(locator, text) {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible' });
}

/** Element attributes as an object, for exact comparisons. */
export function attributesOf(locator) {
  return locator.evaluate((element) => Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])));
}

const rules = JSON.parse(readFileSync(new URL('../../wordpress/element-options.json', import.meta.url), 'utf8'));
const OPTION_NAMES = new Set([...Object.keys(rules.options), ...Object.values(rules.kinds).flatMap((kind) => Object.keys(kind.options))]);

/** The options a widget received: its attributes that are options (not data-state, tabindex…). */
export async function optionsOf(locator) {
  const attributes = await attributesOf(locator);
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => OPTION_NAMES.has(name)));
}

/** Fails if the page reported an uncaught error. */
export function assertNoPageErrors(page) {
  assert.deepEqual(page.errors, [], 'uncaught errors in the page');
}
