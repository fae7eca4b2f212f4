// The block editor as an author uses it: open a new post, insert a block from the inserter, set
// options in the block's sidebar, publish. Written against WordPress 6.1 (Debian's), whose editor
// is not iframed; canvas() also finds the iframe of later releases.

/** Opens a new post in the block editor and waits until it can take blocks. */
export async function openNewPost(page, url, mode = 'visual') {
  await page.goto(`${url}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId?.() > 0);
  // The editor remembers, per user, whether it was last in its visual or its code view.
  await page.evaluate((wanted) => {
    const editPost = window.wp.data;
    if (editPost.select('core/edit-post').getEditorMode() !== wanted) editPost.dispatch('core/edit-post').switchEditorMode(wanted);
  }, mode);
  await page.locator(mode === 'visual' ? '.block-editor-block-list__layout' : 'textarea.editor-post-text-editor').first().waitFor();
}

/** Opens an existing post in the block editor. */
export async function openPost(page, url, id) {
  await page.goto(`${url}/wp-admin/post.php?post=${id}&action=edit`);
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks?.().length > 0);
}

/** Where blocks are drawn: the editor page on 6.1, the "editor-canvas" iframe on later releases. */
export function canvas(page) {
  return page.frame({ name: 'editor-canvas' }) ?? page;
}

/** Inserts a block the way an author does: the inserter (+), a search, a click on the result. */
export async function insertBlock(page, title) {
  const toggle = page.getByRole('button', { name: /^(Toggle block inserter|Block Inserter)$/ });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const search = page.getByRole('searchbox', { name: /Search for blocks and patterns|Search/ }).first();
  await search.fill(title);
  await page.getByRole('option', { name: title }).click();
  // The new block is selected; close the inserter if it stayed open.
  if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
}

/** The block's settings sidebar, opened if needed. */
export async function blockSidebar(page) {
  const settings = page.getByRole('button', { name: 'Settings', exact: true }).first();
  if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
  const sidebar = page.locator('.interface-complementary-area');
  const blockTab = sidebar.getByRole('tab', { name: 'Block' });
  if ((await blockTab.count()) > 0 && (await blockTab.getAttribute('aria-selected')) !== 'true') await blockTab.click();
  return sidebar;
}

/** Opens WordPress's "Advanced" panel of the selected block (HTML anchor and the plugin's rarer options). */
export async function openAdvancedPanel(sidebar) {
  const toggle = sidebar.getByRole('button', { name: 'Advanced', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Types the post's title. */
export async function setTitle(page, title) {
  await canvas(page).getByRole('textbox', { name: 'Add title' }).fill(title);
}

/**
 * Publishes the post (or, for a contributor, submits it for review) through the pre-publish
 * panel; returns its id and the address that shows it to the signed-in user.
 */
export async function publish(page) {
  await page.getByRole('button', { name: /^(Publish|Submit for Review)$/ }).first().click();
  await page.locator('.editor-post-publish-panel__header-publish-button').getByRole('button').click();
  await page.waitForFunction(() => {
    const editor = window.wp.data.select('core/editor');
    const status = editor.getCurrentPostAttribute('status');
    return (status === 'publish' || status === 'pending') && !editor.isSavingPost();
  });
  return page.evaluate(() => {
    const editor = window.wp.data.select('core/editor');
    const published = editor.isCurrentPostPublished();
    return { id: editor.getCurrentPostId(), link: published ? editor.getPermalink() : editor.getEditedPostPreviewLink() };
  });
}

/**
 * Writes a post with no blocks, as in the classic editor: the editor's code view, where an author
 * types text and shortcodes.
 */
export async function writeClassicPost(page, url, title, content) {
  await openNewPost(page, url, 'text');
  await page.getByRole('textbox', { name: 'Add title' }).fill(title);
  await page.locator('textarea.editor-post-text-editor').fill(content);
  return publish(page);
}

/** Whether every block of the post in the editor is valid (its saved markup matches save()). */
export function blockValidity(page) {
  return page.evaluate(() =>
    window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .map((block) => ({ name: block.name, isValid: block.isValid })),
  );
}
