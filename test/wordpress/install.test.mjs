// The partner's first steps on a fresh WordPress: upload the built zip in Plugins → Add New,
// install it, activate it. Then a page without any widget must not load anything of the plugin.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNoPageErrors, launchChromium, openAs, php, recordPluginRequests, site } from './helpers.mjs';

const ZIP = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'opicescr-widgets-wordpress.zip');

describe('installing the plugin from its zip', () => {
  let browser;
  let admin;
  before(async () => {
    browser = await launchChromium();
    admin = (await openAs(browser, 'admin')).page;
  });
  after(() => browser?.close());

  it('an administrator uploads the zip and activates the plugin', async () => {
    await admin.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
    await admin.setInputFiles('#pluginzip', ZIP);
    await Promise.all([admin.waitForLoadState('load'), admin.click('#install-plugin-submit')]);
    await admin.getByText('Plugin installed successfully.').waitFor();
    await Promise.all([admin.waitForURL(/plugins\.php/), admin.getByRole('link', { name: 'Activate Plugin' }).click()]);
    await admin.getByText('Plugin activated.').waitFor();
    const row = admin.locator('tr[data-plugin="opicescr-widgets/opicescr-widgets.php"]');
    assert.match(await row.getAttribute('class'), /\bactive\b/);
    assert.equal(await row.locator('.plugin-title strong').textContent(), 'OP-ICESCR Widgets');
    assert.equal(php("echo in_array( 'opicescr-widgets/opicescr-widgets.php', get_option( 'active_plugins' ), true ) ? 'active' : 'inactive';"), 'active');
  });

  it('the plugin row links to its settings page', async () => {
    await admin.locator('tr[data-plugin="opicescr-widgets/opicescr-widgets.php"]').getByRole('link', { name: 'Settings' }).click();
    await admin.getByRole('heading', { name: 'OP-ICESCR widgets' }).waitFor();
    assert.equal(await admin.getByLabel('Status file').inputValue(), '');
    assertNoPageErrors(admin);
  });

  it('a page without widgets requests nothing of the plugin and names none of it', async () => {
    const { page } = await openAs(browser);
    const requests = recordPluginRequests(page);
    for (const path of ['/', '/?p=1']) {
      const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      assert.equal(response.status(), 200);
      assert.doesNotMatch(await response.text(), /opicescr/i, `${path} mentions the plugin`);
    }
    assert.deepEqual(requests, []);
    assertNoPageErrors(page);
  });
});
