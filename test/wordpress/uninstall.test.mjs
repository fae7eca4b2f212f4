// The last file of the run: deactivating and deleting the plugin from the Plugins screen removes
// its setting and its files; posts keep readable fallback content. And over the whole run, the
// plugin's PHP wrote no warning or notice to the debug log.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, openAs, php, recordPluginRequests, site } from './helpers.mjs';

const PLUGIN_ROW = 'tr[data-plugin="opicescr-widgets/opicescr-widgets.php"]';

describe('deleting the plugin', () => {
  let browser;
  let admin;
  let postId;
  before(async () => {
    browser = await launchChromium();
    ({ page: admin } = await openAs(browser, 'admin'));
    php("update_option( 'opicescr_widgets_status_url', 'https://status.example.org/opicescr-status.v1.json' );");
    postId = php(`echo wp_insert_post( array(
      'post_title' => 'A map, before the plugin goes', 'post_status' => 'publish', 'post_author' => 1,
      'post_content' => '<!-- wp:opicescr/map {"lang":"es"} --><div data-opicescr="map" data-lang="es" class="wp-block-opicescr-map"><p><a href="https://treaties.un.org/">Estado del PF-PIDESC</a></p></div><!-- /wp:opicescr/map -->',
    ) );`);
  });
  after(() => browser?.close());

  it('an administrator deactivates and deletes the plugin; its setting and files are gone', async () => {
    await admin.goto(`${site.url}/wp-admin/plugins.php`);
    await Promise.all([admin.waitForURL(/plugins\.php\?.*deactivate=true/), admin.locator(PLUGIN_ROW).getByRole('link', { name: /^Deactivate/ }).click()]);
    admin.once('dialog', (dialog) => dialog.accept());
    await admin.locator(PLUGIN_ROW).getByRole('link', { name: /^Delete/ }).click();
    await admin.getByText('OP-ICESCR Widgets was successfully deleted.').waitFor();
    assert.equal(php("echo wp_json_encode( get_option( 'opicescr_widgets_status_url', 'absent' ) );"), '"absent"');
    assert.equal(existsSync(join(site.contentDir, 'plugins', 'opicescr-widgets')), false);
  });

  it("a post with a widget keeps its fallback, and asks nothing of the plugin's folder", async () => {
    const { page } = await openAs(browser);
    const requests = recordPluginRequests(page);
    await page.goto(`${site.url}/?p=${postId}`);
    await page.locator('div[data-opicescr="map"]').getByRole('link', { name: 'Estado del PF-PIDESC' }).waitFor();
    assert.deepEqual(requests, []);
  });

  it('over the whole run, the PHP debug log holds no warning or notice from the plugin', () => {
    const lines = readFileSync(site.debugLog, 'utf8').split('\n');
    assert.deepEqual(
      lines.filter((line) => line.includes('plugins/opicescr-widgets/')),
      [],
    );
  });
});
