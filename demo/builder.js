// The embed builder (demo/builder.html): a webmaster chooses widgets, language, region, colours, a
// state to open, a past day and how their site accepts code; the preview shows the real widgets
// and the code box holds the exact snippet to paste, copied with one button. The elements and
// their options come from the product's element table (built to build/builder-facts.js), the
// version and SRI hash from the build (build/embed-facts.json), the texts from the dictionaries.
// It runs under the demo's strict Content-Security-Policy: no inline script or style.
import { COMMON_OPTIONS, ELEMENT_KINDS, fallbackLinks, REGIONS } from './build/builder-facts.js';
import { LANGUAGES, dictionaryFor } from './builder-dictionary.js';
import { embedCode } from './builder-snippet.js';

/** How the builder names each kind; a kind added to the table without a name here shows its tag. */
const KIND_NAMES = {
  map: 'Map: has your country ratified?',
  timeline: 'Timeline of the campaign',
  contact: 'Whom to contact',
  resources: 'Resources',
};

const HELP = {
  tag: 'Paste this where the widgets should appear (in WordPress: a "Custom HTML" block). The first line loads the script: once per page is enough, however many widgets it has.',
  div: 'Paste this where the widgets should appear. The first line loads the script: once per page is enough. Each <div> becomes a widget.',
  wordpress:
    'Paste this into a "Custom HTML" block where the widgets should appear. Until a site admin has added the script below, visitors see the link or sentence inside each <div>.',
};

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const snippetBox = document.getElementById('snippet');
const adminBox = document.getElementById('admin-snippet');
const admin = document.getElementById('admin');
const help = document.getElementById('code-help');
const codeSection = document.querySelector('.code');
/** The number of the latest update, so that a slow one never overwrites a later one. */
let latest = 0;
/** The markup in the preview now. */
let shown = '';

const kinds = Object.keys(ELEMENT_KINDS);

const [facts, status, english] = await Promise.all([
  fetch(new URL('build/embed-facts.json', import.meta.url)).then((response) => response.json()),
  fetch(new URL('../data/opicescr-status.v1.json', import.meta.url)).then((response) => response.json()),
  dictionaryFor('en'),
]);

fillChoices();
form.addEventListener('change', update);
form.addEventListener('input', update);
document.getElementById('copy').addEventListener('click', () => copy(snippetBox, document.getElementById('copy-status')));
document.getElementById('copy-admin').addEventListener('click', () => copy(adminBox, document.getElementById('copy-admin-status')));
await update();

function fillChoices() {
  const kindList = document.getElementById('kinds');
  for (const kind of kinds) {
    const label = document.createElement('label');
    label.className = 'choice';
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'widget', value: kind, checked: kind === 'map' });
    const name = document.createElement('span');
    name.append(KIND_NAMES[kind] ?? ELEMENT_KINDS[kind].tag, ' ');
    const tag = document.createElement('small');
    tag.textContent = `<${ELEMENT_KINDS[kind].tag}>`;
    name.append(tag);
    label.append(box, name);
    kindList.append(label);
  }

  const inEnglish = new Intl.DisplayNames(['en'], { type: 'language' });
  fillSelect(
    'lang',
    LANGUAGES.map((lang) => [lang, `${inEnglish.of(lang)} (${new Intl.DisplayNames([lang], { type: 'language' }).of(lang)})`]),
  );
  fillSelect('region', REGIONS.map((region) => [region, english.dictionary.map.inRegion[region] ?? region]));
  const states = [...status.states].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  fillSelect('highlight', states.map((state) => [state.iso2, `${state.name} (${state.iso2})`]));

  const day = document.getElementById('as-of');
  // From the adoption of the Optional Protocol to the data's own date.
  day.min = '2008-12-10';
  day.max = status.asOf;
}

function fillSelect(id, entries) {
  const select = document.getElementById(id);
  for (const [value, text] of entries) select.append(new Option(text, value));
}

/** The current choices, as builder-snippet.js takes them. */
function readChoices() {
  const data = new FormData(form);
  const chosen = new Set(data.getAll('widget'));
  const options = {};
  for (const name of [...COMMON_OPTIONS, ...new Set(Object.values(ELEMENT_KINDS).flatMap((kind) => kind.options))]) {
    const value = data.get(name);
    if (typeof value === 'string') options[name] = value.trim();
  }
  // Defaults are left out of the snippet: the element applies them itself.
  if (options.theme === 'auto') options.theme = '';
  if (options.region === 'world') options.region = '';
  return { kinds: kinds.filter((kind) => chosen.has(kind)), mount: data.get('mount'), options };
}

async function update() {
  const run = ++latest;
  // Busy until the code matches the latest choice (the chosen language's texts may be on their way).
  codeSection.setAttribute('aria-busy', 'true');
  const choices = readChoices();
  showApplicableOptions(choices.kinds);
  const { lang, dictionary } = await dictionaryFor(choices.options.lang);
  if (run !== latest) return; // a later change is being shown
  try {
    showCode(choices, lang, dictionary);
  } finally {
    codeSection.removeAttribute('aria-busy');
  }
}

function showCode(choices, lang, dictionary) {
  admin.hidden = choices.mount !== 'wordpress';
  if (!choices.kinds.length) {
    help.textContent = 'Choose at least one widget.';
    snippetBox.value = '';
    adminBox.value = '';
    shown = '';
    preview.replaceChildren();
    return;
  }
  const code = embedCode(choices, {
    elementKinds: ELEMENT_KINDS,
    commonOptions: COMMON_OPTIONS,
    facts,
    texts: { lang, dir: dictionary.meta?.dir, fallback: dictionary.fallback ?? {} },
    links: fallbackLinks(status, lang),
  });
  help.textContent = HELP[choices.mount];
  snippetBox.value = code.snippet;
  snippetBox.rows = Math.min(16, code.snippet.split('\n').length + 1);
  adminBox.value = code.adminSnippet;
  showPreview(code.previewMarkup);
}

/** Shows the options that at least one chosen widget takes; the others are hidden, not disabled. */
function showApplicableOptions(chosen) {
  const applicable = new Set([...COMMON_OPTIONS, ...chosen.flatMap((kind) => ELEMENT_KINDS[kind].options)]);
  for (const control of form.querySelectorAll('[data-option]')) control.hidden = !applicable.has(control.dataset.option);
}

/** The widgets exactly as the snippet has them (less the script, which this page already runs). */
function showPreview(markup) {
  if (markup === shown) return;
  shown = markup;
  const template = document.createElement('template');
  template.innerHTML = markup;
  preview.replaceChildren(template.content);
}

async function copy(box, status) {
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(box.value);
    announce(status, 'Copied. Paste it into your page.');
  } catch {
    // No clipboard (an old browser, or a page not served over https): select it for the keyboard.
    box.focus();
    box.select();
    announce(status, 'Selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  }
}

/** Sets a live region's text on the next frame, so that the same words twice are announced twice. */
function announce(region, text) {
  requestAnimationFrame(() => {
    region.textContent = text;
  });
}
