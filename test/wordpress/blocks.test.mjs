// An author (who may not post unfiltered HTML) builds a post from the three blocks: each from the
// inserter, options set in the sidebar, the preview following each change. The published post
// shows every widget ready with those options, from markup that kses kept; the script is there
// once, deferred; reopened in the editor, the blocks are still valid.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  blockSidebar,
  blockValidity,
  canvas,
  insertBlock,
  openAdvancedPanel,
  openNewPost,
  openPost,
  publish,
  setTitle,
} from './editor.mjs';
import {
  assertNoPageErrors,
  launchChromium,
  openAs,
  optionsOf,
  php,
  PLUGIN_URL,
  recordPluginRequests,
  site,
  waitForAttribute,
  waitForReady,
  userId,
  waitForText,
  widget,
} from './helpers.mjs';

const VERSION = php('echo OPICESCR_WIDGETS_VERSION;');
/** The options the author sets, as each widget must receive them on the published page. */
const MAP_OPTIONS = { lang: 'es', region: 'africa', 'as-of': '2013-05-05', theme: 'dark', highlight: 'ZA', loading: 'eager' };
const TIMELINE_OPTIONS = { kind: 'ratifications', order: 'descending', for: 'treaty-map' };
const CONTACT_OPTIONS = { lang: 'fr' };

/** What a reader sees of each widget's options, in the editor's preview and on the page alike. */
const expectations = {
  async map(scope) {
    const map = widget(scope, 'map');
    await waitForReady(map);
    await waitForText(map.locator('[part="lookup"] label'), '¿Ha ratificado su país?');
    await waitForText(map.locator('.legend-title'), 'Situación al 5 de mayo de 2013 · África');
    await waitForText(map.locator('[part="details"] h3'), 'Sudáfrica');
    assert.equal(await map.locator('[part="root"]').evaluate((root) => getComputedStyle(root).backgroundColor), 'rgb(22, 25, 30)');
  },
  async timeline(scope) {
    const timeline = widget(scope, 'timeline');
    await waitForReady(timeline);
    const box = (label) => timeline.locator('[part="controls"] label', { hasText: label }).locator('input');
    assert.equal(await box('Ratifications').isChecked(), true);
    assert.equal(await box('Milestones').isChecked(), false);
    assert.equal(await box('Signatures').isChecked(), false);
    assert.equal(await box('Newest first').isChecked(), true);
    const years = await timeline.locator('[part="list"] > li > h3').allTextContents();
    assert.ok(years.length > 1, `years listed: ${years.join(', ')}`);
    assert.deepEqual(years, [...years].sort().reverse(), 'newest year first');
  },
  async contact(scope) {
    const contact = widget(scope, 'contact');
    await waitForReady(contact);
    await waitForText(contact.locator('[part="root"]'), 'Comité directeur');
  },
};

describe('the blocks, used by an author', () => {
  let browser;
  let page;
  let post;

  before(async () => {
    assert.equal(php("echo user_can( get_user_by( 'login', 'author' ), 'unfiltered_html' ) ? 'yes' : 'no';"), 'no');
    browser = await launchChromium();
    ({ page } = await openAs(browser, 'author'));
    await openNewPost(page, site.url);
    await setTitle(page, 'Where the OP-ICESCR stands');
  });
  after(() => browser?.close());

  it('inserts the map from the inserter; the preview follows each option set in the sidebar', async () => {
    await insertBlock(page, 'OP-ICESCR map');
    const preview = widget(canvas(page), 'map');
    await waitForReady(preview);
    const sidebar = await blockSidebar(page);
    await sidebar.getByLabel('Language').selectOption('es');
    await waitForText(preview.locator('[part="lookup"] label'), '¿Ha ratificado su país?');
    await sidebar.getByLabel('Region').selectOption('africa');
    await waitForText(preview.locator('.legend-title'), 'África');
    await sidebar.getByLabel('Show the status on').fill('2013-05-05');
    await waitForText(preview.locator('.legend-title'), 'Situación al 5 de mayo de 2013');
    await sidebar.getByLabel('Colours').selectOption('dark');
    await waitForAttribute(preview, 'theme', 'dark');
    await sidebar.getByLabel('State to open (ISO code)').fill('za');
    await waitForAttribute(preview, 'highlight', 'ZA');
    await openAdvancedPanel(sidebar);
    await sidebar.getByLabel('HTML anchor').fill('treaty-map');
    await sidebar.getByLabel('Load the map').selectOption('eager');
    await waitForAttribute(preview, 'loading', 'eager');
    await expectations.map(canvas(page));
    assert.deepEqual(await optionsOf(preview), MAP_OPTIONS);
  });

  it('inserts the timeline; the preview follows its options', async () => {
    await insertBlock(page, 'OP-ICESCR timeline');
    const preview = widget(canvas(page), 'timeline');
    await waitForReady(preview);
    const sidebar = await blockSidebar(page);
    await sidebar.getByLabel('Ratifications').check();
    await waitForAttribute(preview, 'kind', 'ratifications');
    await sidebar.getByLabel('Order').selectOption('descending');
    await waitForAttribute(preview, 'order', 'descending');
    await sidebar.getByLabel('Map to drive (its HTML anchor)').fill('treaty-map');
    await waitForAttribute(preview, 'for', 'treaty-map');
    await expectations.timeline(canvas(page));
    assert.deepEqual(await optionsOf(preview), TIMELINE_OPTIONS);
  });

  it('inserts the contacts; the preview follows its language', async () => {
    await insertBlock(page, 'OP-ICESCR contacts');
    const preview = widget(canvas(page), 'contact');
    await waitForReady(preview);
    const sidebar = await blockSidebar(page);
    await sidebar.getByLabel('Language').selectOption('fr');
    await expectations.contact(canvas(page));
    assert.deepEqual(await optionsOf(preview), CONTACT_OPTIONS);
    assertNoPageErrors(page);
  });

  it('publishes a post whose saved markup is each mount with its fallback, as kses kept it', async () => {
    post = await publish(page);
    const content = php(`echo get_post( ${post.id} )->post_content;`);
    assert.doesNotMatch(content, /<script|<opicescr-/);
    const mounts = [...content.matchAll(/<div [^>]*data-opicescr="(\w+)"[^>]*>(.*?)<\/div>/gs)];
    assert.deepEqual(
      mounts.map(([, kind]) => kind),
      ['map', 'timeline', 'contact'],
    );
    const [map, timeline, contact] = mounts.map(([tag]) => tag);
    for (const [name, value] of Object.entries(MAP_OPTIONS)) assert.match(map, new RegExp(` data-${name}="${value}"`));
    assert.match(map, / id="treaty-map"/);
    assert.match(map, /<p><a href="https:\/\/treaties\.un\.org\/[^"]+">Estado del PF-PIDESC en la Colección de Tratados de la ONU<\/a><\/p>/);
    for (const [name, value] of Object.entries(TIMELINE_OPTIONS)) assert.match(timeline, new RegExp(` data-${name}="${value}"`));
    assert.match(timeline, /<p>The campaign for the OP-ICESCR: /);
    assert.match(contact, / data-lang="fr"/);
    assert.match(contact, /<p><a href="mailto:[^"]+">Écrire à la Coalition des ONG pour le PF-PIDESC<\/a><\/p>/);
  });

  it('the published post shows every widget ready with those options', async () => {
    const { page: reader } = await openAs(browser);
    const requests = recordPluginRequests(reader);
    await reader.goto(post.link);
    await expectations.map(reader);
    await expectations.timeline(reader);
    await expectations.contact(reader);
    assert.deepEqual(await optionsOf(widget(reader, 'map')), MAP_OPTIONS);
    assert.deepEqual(await optionsOf(widget(reader, 'timeline')), TIMELINE_OPTIONS);
    assert.deepEqual(await optionsOf(widget(reader, 'contact')), CONTACT_OPTIONS);
    // The timeline found the map its `for` names: it offers to show the map on an entry's day.
    await widget(reader, 'timeline').locator('[part="link"]').waitFor();
    // Everything came from the plugin's folder: the script once, the status file, the map's geometry,
    // and the packs of the two languages other than English (the map's Spanish, the contact's French).
    assert.deepEqual(requests.sort(), [
      'data/opicescr-status.v1.json',
      'data/opicescr-world.v2.json',
      'dist/i18n/es.json',
      'dist/i18n/fr.json',
      `dist/opicescr.js?ver=${VERSION}`,
    ]);
    assertNoPageErrors(reader);
  });

  it('the page loads the script once, deferred, with the plugin version', async () => {
    const html = await (await fetch(post.link)).text();
    const tags = html.match(/<script\b[^>]*opicescr-widgets\/dist\/opicescr\.js[^>]*>/g) ?? [];
    assert.equal(tags.length, 1, tags.join('\n'));
    assert.match(tags[0], /\sdefer[\s>=]/);
    assert.match(tags[0], new RegExp(`opicescr\\.js\\?ver=${VERSION.replace(/\./g, '\\.')}`));
  });

  it('reopened in the editor, every block is valid and the previews are back', async () => {
    await openPost(page, site.url, post.id);
    assert.deepEqual(await blockValidity(page), [
      { name: 'opicescr/map', isValid: true },
      { name: 'opicescr/timeline', isValid: true },
      { name: 'opicescr/contact', isValid: true },
    ]);
    await expectations.map(canvas(page));
    await expectations.timeline(canvas(page));
    await expectations.contact(canvas(page));
    assertNoPageErrors(page);
  });

  it('a block saved by an earlier release, with other fallback words and address, stays valid and keeps them', async () => {
    // What a release with another coalition address and wording would have saved.
    const older =
      '<!-- wp:opicescr/contact {"lang":"fr"} -->\n' +
      '<div data-opicescr="contact" data-lang="fr" class="wp-block-opicescr-contact"><p><a href="mailto:earlier@example.org">Écrire à l’adresse d’avant &amp; co</a></p></div>\n' +
      '<!-- /wp:opicescr/contact -->';
    const id = php(
      `echo wp_insert_post( wp_slash( array( 'post_title' => 'Saved earlier', 'post_status' => 'publish', 'post_author' => ${userId('author')}, ` +
        `'post_content' => base64_decode( '${Buffer.from(older).toString('base64')}' ) ) ) );`,
    );
    await openPost(page, site.url, id);
    assert.deepEqual(await blockValidity(page), [{ name: 'opicescr/contact', isValid: true }]);
    await expectations.contact(canvas(page));
    // Saved again unchanged, it keeps what it had; given another language, it takes that one's.
    const saved = () => page.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
    assert.match(await saved(), /<p><a href="mailto:earlier@example\.org">Écrire à l’adresse d’avant &amp; co<\/a><\/p>/);
    await page.evaluate(() => {
      const [block] = window.wp.data.select('core/block-editor').getBlocks();
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    });
    const sidebar = await blockSidebar(page);
    await sidebar.getByLabel('Language').selectOption('es');
    assert.match(await saved(), /<p><a href="mailto:[^"]+">Escriba a la Coalición de ONG por el PF-PIDESC<\/a><\/p>/);
    assertNoPageErrors(page);
  });
});
