// The plugin's own words follow the user's language: an author who works in Spanish finds the
// blocks and their sidebar in Spanish (block.json and PHP through the .mo file, the editor script
// through its JSON file); an admin who works in French gets the settings page in French.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { blockSidebar, insertBlock, openNewPost } from './editor.mjs';
import { launchChromium, openAs, php, site, userId } from './helpers.mjs';

function setLocale(role, locale) {
  php(`update_user_meta( ${userId(role)}, 'locale', '${locale}' );`);
}

describe("the plugin's own strings, translated", () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    setLocale('author', '');
    setLocale('admin', '');
    await browser?.close();
  });

  it('an author working in Spanish inserts "Mapa del PF-PIDESC" and sets its options in Spanish', async () => {
    setLocale('author', 'es_ES');
    const { page } = await openAs(browser, 'author');
    await openNewPost(page, site.url);
    await insertBlock(page, 'Mapa del PF-PIDESC');
    const sidebar = await blockSidebar(page);
    await sidebar.getByLabel('Idioma').selectOption('fr');
    await sidebar.getByLabel('Región').selectOption({ label: 'Oceanía' });
    assert.deepEqual(await sidebar.getByLabel('Colores').locator('option').allTextContents(), [
      'Según el sistema del visitante',
      'Claros',
      'Oscuros',
    ]);
  });

  it('an administrator working in French finds the settings page in French', async () => {
    setLocale('admin', 'fr_FR');
    const { page } = await openAs(browser, 'admin');
    await page.goto(`${site.url}/wp-admin/options-general.php?page=opicescr-widgets`);
    await page.getByRole('heading', { name: 'Widgets du PF-PIDESC' }).waitFor();
    assert.equal(await page.getByLabel('Fichier d’état').inputValue(), '');
    await page.getByText(/Laissez vide pour utiliser le fichier d’état fourni avec l’extension \(données au \d{4}-\d{2}-\d{2}\)/).waitFor();
  });
});
