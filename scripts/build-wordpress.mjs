// Builds the WordPress plugin (slug opicescr-widgets) into dist/opicescr-widgets-wordpress.zip:
// the PHP and editor script from wordpress/opicescr-widgets/, the built widgets (the whole dist/
// folder) and their data files beside it, the licences, and what the build generates:
//   - blocks/<kind>/block.json and includes/generated-elements.php, from the widgets' table of
//     elements (src/shared/element-kinds.ts) and how the plugin offers each option
//     (wordpress/element-options.json); an option without an entry there stops the build;
//   - the translations WordPress loads (.mo, the editor's JSON) and the .pot, from the .po files;
//     a message of the plugin missing from a .po stops the build.
// It reads the repository and writes only the zip (and, with --pot, the committed .pot).
// Run `npm run build` first (`npm run build:wordpress` does both).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageKey, parsePo, writeJed, writeMo, writePot } from './wordpress/gettext.mjs';
import { zip } from './wordpress/zip.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SLUG = 'opicescr-widgets';
const DOMAIN = 'opicescr-widgets';
const EDITOR_SCRIPT = 'opicescr-widgets-editor';
const PLUGIN_SOURCE = join(ROOT, 'wordpress', SLUG);
const OPTION_RULES = join(ROOT, 'wordpress', 'element-options.json');
const ZIP_FILE = join(ROOT, 'dist', `${SLUG}-wordpress.zip`);
const VERSION_TOKEN = /__OPICESCR_VERSION__/g;
/** The data file behind each DataFile of the table of elements, as published beside dist/. */
const DATA_FILES = {
  status: 'data/opicescr-status.v1.json',
  geometry: 'data/opicescr-world.v2.json',
  resources: 'data/opicescr-resources.v1.json',
};
/** WordPress locales of the plugin's .po files → the widgets' language codes. */
const languageOfLocale = (locale) => locale.split('_')[0];

const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const fail = (message) => {
  console.error(`build-wordpress: ${message}`);
  process.exit(1);
};

/** A module of the widgets' source (the table of elements, the fallback links), compiled from TypeScript on the fly. */
async function loadSource(path) {
  const result = await build({
    entryPoints: [join(ROOT, path)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Each kind of the widgets' table with the rule of every option it has; throws on an option without a rule. */
function optionTable(elementKinds, commonOptions, rules) {
  const missing = [];
  const kinds = {};
  for (const [kind, { tag, options }] of Object.entries(elementKinds)) {
    const block = rules.kinds[kind];
    if (!block) {
      missing.push(`kind "${kind}" (title, description, icon)`);
      continue;
    }
    const table = {};
    for (const option of [...commonOptions, ...options]) {
      const rule = block.options[option] ?? rules.options[option];
      if (!rule) missing.push(`option "${option}" of ${kind}`);
      else table[option] = { ...rule, siteWide: rules.siteWide.includes(option) };
    }
    kinds[kind] = { tag, title: block.title, options: table };
  }
  if (missing.length) fail(`wordpress/element-options.json has no entry for ${missing.join(', ')}`);
  return kinds;
}

/** "as-of" → "asOf". */
const attributeName = (option) => option.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

function blockJson(kind, rules, table, version) {
  const block = rules.kinds[kind];
  const attributes = {};
  for (const [option, rule] of Object.entries(table.options)) {
    if (!rule.siteWide) attributes[attributeName(option)] = { type: 'string', default: '' };
  }
  // The fallback a block was saved with, read back from its markup (see editor/blocks.js): a later
  // release with other words or addresses must not make saved blocks invalid.
  attributes.fallbackText = { type: 'string', source: 'text', selector: 'p' };
  attributes.fallbackHref = { type: 'string', source: 'attribute', selector: 'p > a', attribute: 'href' };
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: `opicescr/${kind}`,
    version,
    title: block.title,
    category: 'widgets',
    icon: block.icon,
    description: block.description,
    keywords: block.keywords,
    textdomain: DOMAIN,
    attributes,
    // The anchor is the mount's id: a timeline's `for` names the map it drives.
    supports: { html: false, anchor: true, align: ['wide', 'full'] },
    editorScript: EDITOR_SCRIPT,
  };
}

/** The fallback of each kind in English: the widgets' own texts, with links from the bundled data. */
function englishFallbacks(kinds, linksIn) {
  const english = JSON.parse(read('src/i18n/en.json')).fallback;
  const hrefs = linksIn('en');
  const fallbacks = {};
  for (const kind of Object.keys(kinds)) {
    if (!english[kind]) fail(`src/i18n/en.json has no fallback text for ${kind}`);
    fallbacks[kind] = { text: english[kind], href: hrefs[kind] ?? '' };
  }
  return fallbacks;
}

/** Every message of the plugin, with where it comes from (for the .pot). */
function collectMessages(sourceFiles, rules, kinds, fallbacks) {
  const messages = new Map();
  const add = (id, place, context = '', comment = '') => {
    const key = messageKey({ context, id });
    const message = messages.get(key) ?? { context, id, places: [], comment };
    if (!message.places.includes(place)) message.places.push(place);
    messages.set(key, message);
  };
  const unescape = (text) => text.replace(/\\(['\\])/g, '$1');
  const phpCall = /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'opicescr-widgets'\s*\)/g;
  const jsCall = /\b__\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*DOMAIN\s*\)/g;
  const anyCall = /\b(?:__|_e|_x|_n|_nx|esc_html__|esc_html_e|esc_attr__|esc_attr_e|esc_html_x|esc_attr_x)\(/g;
  for (const file of sourceFiles) {
    if (!/\.(php|js)$/.test(file)) continue;
    const text = readFileSync(join(PLUGIN_SOURCE, file), 'utf8');
    const pattern = file.endsWith('.php') ? phpCall : jsCall;
    let found = 0;
    for (const match of text.matchAll(pattern)) {
      add(unescape(match[1]), file);
      found += 1;
    }
    // A translation call this build cannot read (another domain, a variable) would ship
    // untranslated. The editor's calls on a rule's texts are the exception: those messages come
    // from element-options.json and are collected below.
    const fromRules = file.endsWith('.js') ? [...text.matchAll(/\b__\(\s*(?:text|rule\.\w+)\s*,\s*DOMAIN\s*\)/g)].length : 0;
    const calls = [...text.matchAll(anyCall)].length - fromRules;
    if (calls !== found) fail(`${file}: ${calls - found} translation call(s) without a literal message and the '${DOMAIN}' domain`);
  }
  const header = readFileSync(join(PLUGIN_SOURCE, `${SLUG}.php`), 'utf8');
  add(/Plugin Name:\s*(.+)/.exec(header)[1].trim(), `${SLUG}.php`, '', 'Plugin Name of the plugin');
  add(/Description:\s*(.+)/.exec(header)[1].trim(), `${SLUG}.php`, '', 'Description of the plugin');

  const ruleStrings = (rule, place) => {
    for (const field of ['label', 'help', 'unset']) if (rule[field]) add(rule[field], place);
    if (!rule.autonyms) for (const [, label] of rule.values ?? []) add(label, place);
  };
  for (const [kind, { options }] of Object.entries(kinds)) {
    for (const [option, rule] of Object.entries(options)) ruleStrings(rule, `element-options.json (${kind} ${option})`);
    const block = rules.kinds[kind];
    const place = `blocks/${kind}/block.json`;
    add(block.title, place, 'block title');
    add(block.description, place, 'block description');
    for (const keyword of block.keywords) add(keyword, place, 'block keyword');
    add(fallbacks[kind].text, `fallback (src/i18n/en.json, ${kind})`, '', 'What readers see where the widget cannot run: feeds, e-mail, search engines.');
  }
  return [...messages.values()];
}

function listFiles(dir, base = dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path)];
    });
}

/** PHP source for a JSON-like value: the generated table the plugin requires. */
function toPhp(value, indent = '') {
  const inner = `${indent}\t`;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'array()';
    return `array(\n${value.map((item) => `${inner}${toPhp(item, inner)},`).join('\n')}\n${indent})`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return 'array()';
    return `array(\n${entries.map(([key, item]) => `${inner}${toPhp(key)} => ${toPhp(item, inner)},`).join('\n')}\n${indent})`;
  }
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (value == null) return 'null';
  throw new Error(`cannot write ${typeof value} as PHP`);
}

/** The licence notices of every package the bundled script contains, found from its source map. */
function bundledPackages() {
  const map = JSON.parse(read('dist/opicescr.js.map'));
  const names = new Set();
  for (const source of map.sources) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
    if (match) names.add(match[1]);
  }
  return [...names].sort();
}

function licenceFiles(version) {
  const files = {};
  files['licenses/GPL-2.0.txt'] = readFileSync(join(PLUGIN_SOURCE, 'licenses', 'GPL-2.0.txt'));
  const own = read('LICENSE');
  files['licenses/opicescr-widgets-script.txt'] = Buffer.from(
    `The widgets' script in dist/ (opicescr-widgets ${version}, from npm) is licensed as follows.\n\n${own}`,
  );
  const notices = bundledPackages().map((name) => {
    const dir = join(ROOT, 'node_modules', name);
    const { version: packageVersion, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((entry) => /^licen[cs]e/i.test(entry));
    if (!file) fail(`node_modules/${name} has no licence file to bundle`);
    return `${name} ${packageVersion} (${license})\n\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
  });
  files['licenses/third-party.txt'] = Buffer.from(
    `The widgets' script bundles these packages; each is used under the licence below.\n\n${notices.join('\n' + '-'.repeat(72) + '\n\n')}`,
  );
  return files;
}


/**
 * The date the zip's files carry: SOURCE_DATE_EPOCH when set (the reproducible-builds convention),
 * else the last commit's, so one commit always gives the same bytes. It must change from release
 * to release: a PHP cache that checks file dates would otherwise keep an update's old code.
 */
function buildDate() {
  const fromEnvironment = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isInteger(fromEnvironment) && fromEnvironment > 0) return new Date(fromEnvironment * 1000);
  try {
    return new Date(Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' })) * 1000);
  } catch {
    return new Date();
  }
}

async function main() {
  const { version } = JSON.parse(read('package.json'));
  if (!existsSync(join(ROOT, 'dist/opicescr.js'))) fail('dist/opicescr.js is missing: run `npm run build` first');

  const { ELEMENT_KINDS, COMMON_OPTIONS } = await loadSource('src/shared/element-kinds.ts');
  const { fallbackLinks } = await loadSource('src/shared/fallback-links.ts');
  const status = JSON.parse(read(DATA_FILES.status));
  const linksIn = (language) => fallbackLinks(status, language);
  const rules = JSON.parse(readFileSync(OPTION_RULES, 'utf8'));
  const kinds = optionTable(ELEMENT_KINDS, COMMON_OPTIONS, rules);
  const englishTexts = englishFallbacks(kinds, linksIn);
  const sourceFiles = listFiles(PLUGIN_SOURCE);
  const messages = collectMessages(sourceFiles, rules, kinds, englishTexts);

  const files = {};
  const pot = writePot(messages, { name: SLUG, version, domain: DOMAIN });
  files[`languages/${SLUG}.pot`] = Buffer.from(pot);
  if (process.argv.includes('--pot')) writeFileSync(join(PLUGIN_SOURCE, 'languages', `${SLUG}.pot`), pot);

  // Translations: every message of the plugin must be in every .po.
  const fallbacks = { en: englishTexts };
  const translations = sourceFiles.filter((file) => /^languages\/opicescr-widgets-[a-z]{2,3}(_[A-Z]{2})?\.po$/.test(file));
  if (translations.length === 0) fail('no translations in wordpress/opicescr-widgets/languages/');
  for (const file of translations) {
    const locale = /-([a-z]{2,3}(?:_[A-Z]{2})?)\.po$/.exec(file)[1];
    const po = parsePo(readFileSync(join(PLUGIN_SOURCE, file), 'utf8'), file);
    const byKey = new Map(po.messages.map((message) => [messageKey(message), message]));
    const untranslated = messages.filter((message) => !byKey.get(messageKey(message))?.str);
    if (untranslated.length) fail(`${file} lacks: ${untranslated.map((m) => JSON.stringify(m.id)).join(', ')}`);
    const used = messages.map((message) => ({ ...message, str: byKey.get(messageKey(message)).str }));
    const headerText = `${Object.entries({ ...po.headers, 'Project-Id-Version': `${SLUG} ${version}`, 'X-Domain': DOMAIN })
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n')}\n`;
    files[`languages/${SLUG}-${locale}.mo`] = writeMo(used, headerText);
    files[`languages/${SLUG}-${locale}-${EDITOR_SCRIPT}.json`] = Buffer.from(
      writeJed(used.filter((message) => !message.context), locale, po.headers['Plural-Forms'] ?? 'nplurals=2; plural=(n != 1);'),
    );
    const language = languageOfLocale(locale);
    fallbacks[language] = Object.fromEntries(
      Object.entries(englishTexts).map(([kind, { text }]) => [kind, { text: byKey.get(text).str, href: linksIn(language)[kind] ?? '' }]),
    );
  }

  // Generated code.
  const table = { kinds, fallbacks, statusAsOf: status.asOf };
  files['includes/generated-elements.php'] = Buffer.from(
    `<?php\n// Generated by scripts/build-wordpress.mjs from src/shared/element-kinds.ts and\n// wordpress/element-options.json: do not edit.\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn ${toPhp(table)};\n`,
  );
  for (const kind of Object.keys(kinds)) {
    files[`blocks/${kind}/block.json`] = Buffer.from(`${JSON.stringify(blockJson(kind, rules, kinds[kind], version), null, 2)}\n`);
  }

  // The plugin's own files, stamped with the version.
  for (const file of sourceFiles) {
    if (file.endsWith('.pot')) continue;
    const data = readFileSync(join(PLUGIN_SOURCE, file));
    files[file] = /\.(php|txt|js)$/.test(file) ? Buffer.from(data.toString('utf8').replace(VERSION_TOKEN, version)) : data;
  }
  Object.assign(files, licenceFiles(version));

  // The widgets: the built dist/ folder as it is (language packs and all) and the data files its
  // elements load, with dist/ and data/ siblings as the script expects. Left out: archives (this
  // zip), the ES module twin, which WordPress never loads, and source maps: the readable source
  // ships in the npm package (its maps carry it), which readme.txt names.
  for (const file of listFiles(join(ROOT, 'dist'))) {
    if (!/\.(zip|map|mjs)$/.test(file)) files[`dist/${file}`] = readFileSync(join(ROOT, 'dist', file));
  }
  const loads = new Set(Object.keys(kinds).flatMap((kind) => ELEMENT_KINDS[kind].loads));
  for (const load of loads) {
    const path = DATA_FILES[load];
    if (!path) fail(`no data file known for "${load}"`);
    if (!existsSync(join(ROOT, path))) fail(`${path} is missing: run \`npm run data\``);
    files[path] = readFileSync(join(ROOT, path));
  }

  // Directories first, then files, all under the plugin's folder, in a stable order.
  const names = Object.keys(files).sort();
  const directories = new Set([`${SLUG}/`]);
  for (const name of names) {
    const parts = name.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) directories.add(`${SLUG}/${parts.slice(0, depth).join('/')}/`);
  }
  const archive = zip(
    [...[...directories].sort().map((name) => ({ name })), ...names.map((name) => ({ name: `${SLUG}/${name}`, data: files[name] }))],
    buildDate(),
  );
  writeFileSync(ZIP_FILE, archive);
  const bytes = archive.length;
  console.log(
    `${relative(ROOT, ZIP_FILE)}: ${bytes.toLocaleString('en')} bytes (${(bytes / 1024).toFixed(1)} KiB), ` +
      `${names.length} files; blocks: ${Object.keys(kinds).map((kind) => `opicescr/${kind}`).join(', ')}; ` +
      `languages: en, ${translations.map((file) => /-([a-zA-Z_]+)\.po$/.exec(file)[1]).join(', ')}`,
  );
}

await main();
