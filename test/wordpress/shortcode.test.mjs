// The shortcode, in posts without blocks (as the classic editor and page builders write them):
// an author's options reach the widgets; hostile attribute values never reach the page, whether
// kses saw them first (a contributor), did not (an administrator), or the shortcode runs through
// do_shortcode() with no post at all.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { writeClassicPost } from './editor.mjs';
import {
  assertNoPageErrors,
  attributesOf,
  launchChromium,
  openAs,
  optionsOf,
  php,
  recordPluginRequests,
  site,
  waitForReady,
  waitForText,
  widget,
} from './helpers.mjs';

const OPTIONS_POST = `An introduction, then the widgets.

[opicescr element="map" lang="es" region="africa" as-of="2013-05-05" theme="dark" highlight="za" loading="eager"]

[opicescr element="timeline" KIND="ratifications" Order="descending"]

[opicescr element="contact" lang="fr" asof="2020-01-01" max_age="3650"]

[opicescr element="resources" lang="pt" kind="guide" limit="1"]`;

/**
 * Attribute values that try to break out of the attribute, add event handlers, inject tags or
 * links, next to valid ones (lang="es", max-age="3650") that must still arrive. Each is invalid
 * however the editor or kses rewrites it (entities decoded or not), so the expected markup is the
 * same for every role. None of these texts may reach the page: invalid values are dropped.
 */
const HOSTILE_POST = `[opicescr element="map" lang="es" max-age="3650" region='africa" onmouseover="alert(1)' highlight="<b onclick=alert(2)>UY</b>" as-of="2013-05-05 onfocus=alert(3)" theme="x&quot; autofocus onfocus=&quot;alert(4)" src="javascript:alert(5)" geometry="http://evil.example/w.json&quot;&gt;&lt;script&gt;alert(6)&lt;/script&gt;" loading="eager onload=alert(7)" onload="alert(8)" class="alert(9)" style="background:url(javascript:alert(10))"]

[opicescr element="timeline" kind="milestones,<i>alert(11)</i>" order="descending onclick=alert(12)" for='x" onfocus="alert(13)']

[opicescr element='contact" onclick="alert(14)']

[opicescr element="alert(15)"]`;

/** The mounts the hostile post may produce: only the valid options survive. */
const HOSTILE_MOUNTS = [
  { class: 'opicescr-widget opicescr-widget-map', 'data-opicescr': 'map', 'data-lang': 'es', 'data-max-age': '3650' },
  { class: 'opicescr-widget opicescr-widget-timeline', 'data-opicescr': 'timeline' },
];

/**
 * Checks rendered post content (its container in the page) for anything the hostile values tried:
 * no alert() text, no event handler or style attribute, no element but the mounts and their
 * fallback paragraphs and links; the widgets still work, with their defaults.
 */
async function assertEscaped(page, container) {
  const content = page.locator(container).first();
  const html = await content.evaluate((element) => element.innerHTML);
  assert.doesNotMatch(html, /alert\(/, 'a hostile value reached the page');
  const found = await content.evaluate((root) =>
    [...root.querySelectorAll('*')].map((element) => ({
      tag: element.localName,
      handlers: [...element.attributes].map((attribute) => attribute.name).filter((name) => /^on|^style$|^autofocus$/.test(name)),
    })),
  );
  assert.deepEqual(found.flatMap((element) => element.handlers), []);
  assert.deepEqual([...new Set(found.map((element) => element.tag))].sort(), ['a', 'div', 'opicescr-map', 'opicescr-timeline', 'p']);
  const mounts = content.locator('div[data-opicescr]');
  assert.equal(await mounts.count(), HOSTILE_MOUNTS.length);
  for (const [index, expected] of HOSTILE_MOUNTS.entries()) assert.deepEqual(await attributesOf(mounts.nth(index)), expected);
  await waitForReady(widget(page, 'map'));
  await waitForReady(widget(page, 'timeline'));
  assertNoPageErrors(page);
}

/** Collects every alert(), confirm() or prompt() a page opens (there must be none). */
function recordDialogs(page) {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Gives any injected handler its event: mouseover, focus, click and load on every element. */
async function provoke(page, container) {
  await page.locator(container).first().evaluate((root) => {
    for (const element of root.querySelectorAll('*')) {
      for (const type of ['mouseover', 'focus', 'load', 'error']) element.dispatchEvent(new Event(type));
      // A click on a link would leave the page; a click anywhere else is what a reader does.
      if (!element.closest('a')) element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
  });
}

describe('the shortcode', { timeout: 120_000 }, () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  it("an author's post without blocks shows each widget ready with the shortcode's options", async () => {
    const { page } = await openAs(browser, 'author');
    const post = await writeClassicPost(page, site.url, 'The shortcode', OPTIONS_POST);
    assert.doesNotMatch(php(`echo get_post( ${post.id} )->post_content;`), /wp:/, 'the post has no blocks');

    const { page: reader } = await openAs(browser);
    const requests = recordPluginRequests(reader);
    await reader.goto(post.link);
    const map = widget(reader, 'map');
    await waitForReady(map);
    assert.deepEqual(await optionsOf(map), { lang: 'es', region: 'africa', 'as-of': '2013-05-05', theme: 'dark', highlight: 'ZA', loading: 'eager' });
    await waitForText(map.locator('.legend-title'), 'Situación al 5 de mayo de 2013 · África');
    await waitForText(map.locator('[part="details"] h3'), 'Sudáfrica');

    const timeline = widget(reader, 'timeline');
    await waitForReady(timeline);
    assert.deepEqual(await optionsOf(timeline), { kind: 'ratifications', order: 'descending' });
    assert.equal(await timeline.locator('[part="controls"] label', { hasText: 'Milestones' }).locator('input').isChecked(), false);
    assert.equal(await timeline.locator('[part="controls"] label', { hasText: 'Newest first' }).locator('input').isChecked(), true);

    const contact = widget(reader, 'contact');
    await waitForReady(contact);
    assert.deepEqual(await optionsOf(contact), { lang: 'fr', 'max-age': '3650' });
    await waitForText(contact.locator('[part="root"]'), 'Comité directeur');

    // The resources list: in Portuguese, the guides only, one shown and a button for the other.
    const resources = widget(reader, 'resources');
    await waitForReady(resources);
    assert.deepEqual(await optionsOf(resources), { lang: 'pt', kind: 'guide', limit: '1' });
    await waitForText(resources.locator('[part="list"] h3'), 'Guias');
    await waitForText(resources.locator('[part="more"]'), 'Mostrar todos os 2 recursos');

    assert.equal(requests.filter((url) => url.startsWith('dist/opicescr.js')).length, 1);
    assertNoPageErrors(reader);
  });

  it("a contributor's hostile attribute values render escaped (after kses)", async () => {
    const { page } = await openAs(browser, 'contributor');
    const post = await writeClassicPost(page, site.url, 'Hostile, from a contributor', HOSTILE_POST);
    assert.equal(php(`echo get_post_status( ${post.id} );`), 'pending');
    // kses ran: it took the handler out of the tag inside a value (the shortcode must do the rest).
    assert.match(php(`echo get_post( ${post.id} )->post_content;`), /highlight="<b>UY<\/b>"/);
    const dialogs = recordDialogs(page);
    await page.goto(post.link);
    await assertEscaped(page, '.wp-block-post-content');
    await provoke(page, '.wp-block-post-content');
    assert.deepEqual(dialogs, []);
  });

  it("an administrator's hostile attribute values render escaped (no kses)", async () => {
    const { page } = await openAs(browser, 'admin');
    const post = await writeClassicPost(page, site.url, 'Hostile, from an administrator', HOSTILE_POST);
    // kses did not run: the handler inside a value is saved; only the shortcode stands in the way.
    assert.match(php(`echo get_post( ${post.id} )->post_content;`), /<b onclick=/);
    const { page: reader } = await openAs(browser);
    const dialogs = recordDialogs(reader);
    await reader.goto(post.link);
    await assertEscaped(reader, '.wp-block-post-content');
    await provoke(reader, '.wp-block-post-content');
    assert.deepEqual(dialogs, []);
  });

  it('do_shortcode() on hostile attribute values returns escaped markup', async () => {
    // An address that is a valid URL only while its entities stay encoded: read as the page
    // would read it, it breaks out of the attribute, so it must be refused.
    const encoded = php(`echo do_shortcode( ${phpString('[opicescr element="contact" src="https://evil.example/x.json&quot;&gt;&lt;svg/onload=alert(16)&gt;"]')} );`);
    assert.doesNotMatch(encoded, /alert\(|data-src/);

    const html = php(`echo do_shortcode( ${phpString(HOSTILE_POST)} );`);
    const { page } = await openAs(browser);
    const dialogs = recordDialogs(page);
    // Served from the site, so the widgets' script finds its data as on a real page.
    const script = `${site.url}/wp-content/plugins/opicescr-widgets/dist/opicescr.js`;
    await page.route(`${site.url}/do-shortcode-test`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><main>${html}</main><script src="${script}" defer></script>` }),
    );
    await page.goto(`${site.url}/do-shortcode-test`);
    await assertEscaped(page, 'main');
    await provoke(page, 'main');
    assert.deepEqual(dialogs, []);
  });
});

/** A PHP single-quoted string literal. */
function phpString(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
