// Settings → OP-ICESCR widgets: an admin may point every widget of the site at another status
// file, over https only; anything else is refused with a message. Empty means the bundled file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { blockSidebar, canvas, insertBlock, openNewPost } from './editor.mjs';
import {
  assertNoPageErrors,
  launchChromium,
  openAs,
  php,
  recordPluginRequests,
  site,
  waitForReady,
  widget,
} from './helpers.mjs';

const OPTION = 'opicescr_widgets_status_url';
const ALTERNATIVE = 'https://status.example.org/op-icescr/opicescr-status.v1.json';
/** A valid setting made before the refused ones, which they must leave as it is. */
const PREVIOUS = 'https://previous.example.org/op-icescr/opicescr-status.v1.json';
const BUNDLED_STATUS = readFileSync(new URL('../../data/opicescr-status.v1.json', import.meta.url));

/** The stored setting as JSON ("" when there is none). */
function storedSetting() {
  return php(`echo wp_json_encode( get_option( '${OPTION}', '' ), JSON_UNESCAPED_SLASHES );`);
}

/** Serves the alternative status file from the test, as a coalition's own host would (with CORS). */
async function serveAlternative(page) {
  const served = [];
  await page.route(ALTERNATIVE, (route) => {
    served.push(route.request().url());
    return route.fulfill({
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: BUNDLED_STATUS,
    });
  });
  return served;
}

describe('the status file setting', () => {
  let browser;
  let admin;
  before(async () => {
    browser = await launchChromium();
    ({ page: admin } = await openAs(browser, 'admin'));
  });
  after(() => browser?.close());

  async function saveSetting(value, { browserChecks = true } = {}) {
    await admin.goto(`${site.url}/wp-admin/options-general.php?page=opicescr-widgets`);
    // The field is type="url", so the browser already refuses some values; the server must refuse
    // them too (an old browser, a forged request), which is what turning that off here shows.
    if (!browserChecks) await admin.locator('form[action="options.php"]').evaluate((form) => (form.noValidate = true));
    await admin.getByLabel('Status file').fill(value);
    await Promise.all([admin.waitForURL(/options-general\.php\?page=opicescr-widgets/), admin.getByRole('button', { name: 'Save Changes' }).click()]);
  }

  it('refuses an address that is not https, says why and keeps the previous setting', async () => {
    // A setting to keep: a valid https address (not ALTERNATIVE, which the next test saves).
    await saveSetting(PREVIOUS);
    await admin.getByText('Settings saved.').waitFor();
    assert.equal(storedSetting(), JSON.stringify(PREVIOUS));
    try {
      for (const refused of ['http://status.example.org/status.json', 'javascript:alert(1)', 'https://exa mple.org/x.json', '/data/status.json']) {
        await saveSetting(refused, { browserChecks: false });
        await admin.getByText('The status file address must be a full https:// URL. The previous setting is kept.').waitFor();
        assert.equal(await admin.getByText('Settings saved.').count(), 0, refused);
        assert.equal(await admin.getByLabel('Status file').inputValue(), PREVIOUS, refused);
        assert.equal(storedSetting(), JSON.stringify(PREVIOUS), refused);
      }
    } finally {
      // As the site was before: no setting, so the next tests start from the bundled file.
      php(`delete_option( '${OPTION}' );`);
    }
    assert.equal(storedSetting(), '""');
  });

  it('keeps an https address; widgets on every page and in the editor then read their status from it', async () => {
    await saveSetting(ALTERNATIVE);
    await admin.getByText('Settings saved.').waitFor();
    assert.equal(await admin.getByLabel('Status file').inputValue(), ALTERNATIVE);
    assert.equal(storedSetting(), JSON.stringify(ALTERNATIVE));

    const id = php(`echo wp_insert_post( array(
      'post_title' => 'Status from elsewhere', 'post_status' => 'publish', 'post_author' => 1,
      'post_content' => '<!-- wp:opicescr/map --><div data-opicescr="map" class="wp-block-opicescr-map"><p>Map</p></div><!-- /wp:opicescr/map --> [opicescr element="timeline"]',
    ) );`);
    const { page: reader } = await openAs(browser);
    const served = await serveAlternative(reader);
    const requests = recordPluginRequests(reader);
    await reader.goto(`${site.url}/?p=${id}`);
    await waitForReady(widget(reader, 'map'));
    await waitForReady(widget(reader, 'timeline'));
    assert.equal(await widget(reader, 'map').getAttribute('src'), ALTERNATIVE);
    assert.equal(await widget(reader, 'timeline').getAttribute('src'), ALTERNATIVE);
    assert.deepEqual(served, [ALTERNATIVE], 'one request for both widgets');
    assert.equal(requests.includes('data/opicescr-status.v1.json'), false, 'the bundled status file was not asked for');
    assertNoPageErrors(reader);

    const { page: author } = await openAs(browser, 'author');
    await serveAlternative(author);
    await openNewPost(author, site.url);
    await insertBlock(author, 'OP-ICESCR map');
    await blockSidebar(author);
    const preview = widget(canvas(author), 'map');
    await waitForReady(preview);
    assert.equal(await preview.getAttribute('src'), ALTERNATIVE);
  });

  it('an empty address goes back to the bundled status file', async () => {
    await saveSetting('');
    await admin.getByText('Settings saved.').waitFor();
    assert.equal(storedSetting(), '""');
    const id = php(`echo wp_insert_post( array( 'post_title' => 'Bundled again', 'post_status' => 'publish', 'post_content' => '[opicescr]' ) );`);
    const { page: reader } = await openAs(browser);
    const requests = recordPluginRequests(reader);
    await reader.goto(`${site.url}/?p=${id}`);
    await waitForReady(widget(reader, 'map'));
    assert.equal(await widget(reader, 'map').getAttribute('src'), null);
    assert.ok(requests.includes('data/opicescr-status.v1.json'));
  });
});
