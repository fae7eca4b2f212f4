// The embed builder's output, as text: the script tag pinned to a version with its SRI hash, and
// the elements (or `<div data-opicescr>` mounts) with their options and fallback content in the
// chosen language. Pure functions of the choices, so the preview, the copy button and the tests
// all use the very markup a partner pastes. Never reads the page.

/** Where the npm CDN serves a published version of the package. */
export const CDN = 'https://cdn.jsdelivr.net/npm';

/**
 * The choices:
 * @typedef {{
 *   kinds: string[],                      // element kinds, in the element table's order
 *   mount: 'tag' | 'div' | 'wordpress',   // element tags; div mounts with the script; div mounts only
 *   options: Record<string, string>,      // option name → value; empty values are left out
 * }} Choices
 * What the builder knows:
 * @typedef {{
 *   elementKinds: Record<string, { tag: string, options: readonly string[] }>,
 *   commonOptions: readonly string[],
 *   facts: { package: string, version: string, script: string, integrity: string },
 *   texts: { lang: string, dir?: string, fallback: Record<string, string> },   // in texts.lang
 *   links: Record<string, string | undefined>,   // kind → the fallback's link, if it has one
 * }} Context
 */

/** The `<script>` line: a version-pinned CDN URL, its SRI hash, and CORS so the hash can be checked. */
export function scriptTag({ facts }) {
  const src = `${CDN}/${facts.package}@${facts.version}/${facts.script}`;
  return `<script src="${escapeAttribute(src)}" integrity="${escapeAttribute(facts.integrity)}" crossorigin="anonymous" defer></script>`;
}

/** The options an element of `kind` takes from the choices, as [name, value], in the table's order. */
export function optionsFor(kind, choices, { elementKinds, commonOptions }) {
  const names = [...commonOptions, ...elementKinds[kind].options];
  return names
    .filter((name) => (choices.options[name] ?? '') !== '')
    .map((name) => [name, choices.options[name]]);
}

/** One element, or its div mount, with its fallback content. */
export function mountMarkup(kind, choices, context) {
  const options = optionsFor(kind, choices, context);
  const asDiv = choices.mount !== 'tag';
  const attributes = asDiv
    ? [['data-opicescr', kind], ...options.map(([name, value]) => [`data-${name}`, value])]
    : options;
  const tag = asDiv ? 'div' : context.elementKinds[kind].tag;
  const open = [tag, ...attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`)].join(' ');
  return `<${open}>\n  ${fallbackMarkup(kind, choices, context)}\n</${tag}>`;
}

/**
 * What readers see before the script runs or if it cannot: a sentence in the widget's language,
 * as a link where there is somewhere to go. It declares its own language and direction, since a
 * div mount does not, and a host page may be in another language.
 */
export function fallbackMarkup(kind, choices, { texts, links }) {
  const text = escapeText(texts.fallback[kind] ?? '');
  // An element's `lang` covers its children; a div's data-lang does not. And a language without
  // its texts yet has English ones.
  const declared = choices.mount === 'tag' ? choices.options.lang : undefined;
  const attributes = [
    texts.lang !== declared ? ` lang="${escapeAttribute(texts.lang)}"` : '',
    texts.dir === 'rtl' ? ' dir="rtl"' : '',
  ].join('');
  const link = links[kind];
  return `<p${attributes}>${link ? `<a href="${escapeAttribute(link)}">${text}</a>` : text}</p>`;
}

/**
 * The builder's output. `snippet` is what the partner pastes; for WordPress without scripts it
 * holds the div mounts only, and `adminSnippet` the script line a site admin adds once.
 * `previewMarkup` is the snippet without the script (the builder page has its own copy).
 */
export function embedCode(choices, context) {
  const mounts = choices.kinds.map((kind) => mountMarkup(kind, choices, context)).join('\n');
  const script = scriptTag(context);
  if (choices.mount === 'wordpress') return { snippet: mounts, adminSnippet: script, previewMarkup: mounts };
  return { snippet: `${script}\n${mounts}`, adminSnippet: '', previewMarkup: mounts };
}

function escapeAttribute(value) {
  return String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

function escapeText(value) {
  return String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
