// Checks every language pack in src/i18n/ against the English dictionary, so that a missing or
// broken translation fails here, before any browser sees it. A pack must have exactly English's
// keys (its `stateNames` overrides and its `data` texts are its own), the same {placeholders} in
// every message, exactly the plural categories Intl.PluralRules gives its language (ordinal ones
// where English marks `"type": "ordinal"`), a name and a text direction, no empty text, and the
// same data ids as every other pack. Prints one line per language with its size (minified and
// gzip -9, as served) against the 4 KB budget. Usage: node scripts/check-i18n.mjs
// This script only reads; it never rewrites a pack.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIRECTORY = new URL('../src/i18n/', import.meta.url);
const KB = 1024;
/** A pack is fetched when an element asks for its language: UI and data texts together. */
const PACK_BUDGET = 4 * KB;
const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
/** Keys whose contents belong to each pack rather than mirroring English. */
const OWN_KEYS = new Set(['stateNames', 'data']);

const problems = [];
const report = (file, path, message) => problems.push(`src/i18n/${file}: ${path || '(top level)'}: ${message}`);

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A plural message: an object of plural categories (with "other") and perhaps a "type". */
const isPlural = (value) =>
  isObject(value) && 'other' in value && Object.keys(value).every((key) => key === 'type' || PLURAL_CATEGORIES.has(key));
const join = (path, key) => (path ? `${path}.${key}` : key);
const placeholdersOf = (text) => new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]));
const describe = (names) => (names.size ? [...names].map((name) => `{${name}}`).join(' ') : 'none');
const sameSet = (a, b) => a.size === b.size && [...a].every((item) => b.has(item));

function checkText(file, path, text, expected) {
  if (typeof text !== 'string') return report(file, path, `expected a string, found ${JSON.stringify(text)}`);
  if (!text.trim()) return report(file, path, 'empty text');
  const found = placeholdersOf(text);
  if (!sameSet(found, expected)) report(file, path, `placeholders ${describe(found)}, English has ${describe(expected)}`);
  if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) report(file, path, 'a brace that is not part of a {placeholder}');
}

function checkPlural(file, path, english, translated, language) {
  if (!isPlural(translated)) return report(file, path, 'expected a plural message (an object of plural categories)');
  const type = english.type ?? 'cardinal';
  if ((translated.type ?? 'cardinal') !== type) return report(file, path, `"type" must be ${english.type ? `"${type}"` : 'absent'}, as in English`);
  const wanted = new Set(new Intl.PluralRules(language, { type }).resolvedOptions().pluralCategories);
  const given = new Set(Object.keys(translated).filter((key) => key !== 'type'));
  for (const category of wanted) if (!given.has(category)) report(file, join(path, category), `missing ${type} plural category for ${language}`);
  for (const category of given) if (!wanted.has(category)) report(file, join(path, category), `${language} has no ${type} plural category "${category}"`);
  const expected = new Set(
    Object.entries(english)
      .filter(([key]) => key !== 'type')
      .flatMap(([, text]) => [...placeholdersOf(text)]),
  );
  for (const category of given) checkText(file, join(path, category), translated[category], expected);
}

/** Walks English and the pack side by side: same keys, same kinds of value. */
function checkShape(file, path, english, translated, language) {
  if (isPlural(english)) return checkPlural(file, path, english, translated, language);
  if (typeof english === 'string') return checkText(file, path, translated, placeholdersOf(english));
  if (!isObject(translated)) return report(file, path, 'expected an object of messages');
  for (const key of Object.keys(english)) {
    if (path === '' && OWN_KEYS.has(key)) continue;
    if (!(key in translated)) report(file, join(path, key), 'missing');
    else checkShape(file, join(path, key), english[key], translated[key], language);
  }
  for (const key of Object.keys(translated)) {
    if (path === '' && OWN_KEYS.has(key)) continue;
    if (!(key in english)) report(file, join(path, key), 'not in English (a misspelt or stale key)');
  }
}

function checkMeta(file, pack, language) {
  const dir = pack.meta?.dir;
  if (dir !== 'ltr' && dir !== 'rtl') return report(file, 'meta.dir', `must be "ltr" or "rtl", found ${JSON.stringify(dir)}`);
  const locale = new Intl.Locale(language);
  const platform = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  if (platform && platform !== dir) report(file, 'meta.dir', `"${dir}", but ${language} is written ${platform}`);
}

function checkStateNames(file, names) {
  if (!isObject(names)) return report(file, 'stateNames', 'expected an object of ISO 3166 codes to names');
  for (const [code, name] of Object.entries(names)) {
    if (!/^[A-Z]{2}$/.test(code)) report(file, `stateNames.${code}`, 'not an ISO 3166-1 alpha-2 code');
    checkText(file, `stateNames.${code}`, name, new Set());
  }
}

/** The data texts: milestones and notes keyed by the ids the status file uses. Returns "group.id" keys. */
function checkData(file, data) {
  const ids = new Set();
  if (!isObject(data)) {
    report(file, 'data', 'missing (every pack but English translates the data texts)');
    return ids;
  }
  for (const group of ['milestones', 'notes']) {
    if (!isObject(data[group])) {
      report(file, `data.${group}`, 'missing');
      continue;
    }
    for (const [id, text] of Object.entries(data[group])) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) report(file, `data.${group}.${id}`, 'ids are lower-case words joined by hyphens');
      checkText(file, `data.${group}.${id}`, text, new Set());
      ids.add(`${group}.${id}`);
    }
  }
  for (const group of Object.keys(data)) if (group !== 'milestones' && group !== 'notes') report(file, `data.${group}`, 'unknown data group');
  return ids;
}

function read(file) {
  const text = readFileSync(new URL(file, DIRECTORY), 'utf8');
  try {
    return { text, pack: JSON.parse(text) };
  } catch (error) {
    report(file, '', `not valid JSON (${error.message})`);
    return { text };
  }
}

function sizes(pack) {
  const minified = Buffer.from(JSON.stringify(pack));
  return { minified: minified.length, gzip: gzipSync(minified, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const { pack: english } = read('en.json');
if (!english) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if ('data' in english) report('en.json', 'data', 'English data texts come from the status file, not the dictionary');

const files = readdirSync(DIRECTORY).filter((file) => file.endsWith('.json') && file !== 'en.json').sort();
const lines = [];
const dataIds = new Map();
let overBudget = false;
for (const file of files) {
  const language = file.slice(0, -'.json'.length);
  try {
    Intl.getCanonicalLocales(language);
  } catch {
    report(file, '', `"${language}" is not a BCP 47 language tag`);
    continue;
  }
  const { pack } = read(file);
  if (!pack) continue;
  checkShape(file, '', english, pack, language);
  checkMeta(file, pack, language);
  checkStateNames(file, pack.stateNames);
  dataIds.set(file, checkData(file, pack.data));
  const { minified, gzip } = sizes(pack);
  const fits = gzip <= PACK_BUDGET;
  overBudget ||= !fits;
  const overrides = isObject(pack.stateNames) ? Object.keys(pack.stateNames).length : 0;
  lines.push(
    `${fits ? 'ok  ' : 'OVER'} ${language.padEnd(3)} ${pack.meta?.dir}  ${kb(minified)} minified, ${kb(gzip)} gzip (${gzip} B) of ${kb(PACK_BUDGET)}  ` +
      `${overrides} state names, ${dataIds.get(file).size} data texts  ${pack.meta?.name}`,
  );
}

// Every pack translates exactly the texts of the status file: its milestones and the coalition's
// notes, by id. A text the file has and a pack lacks would show in English; one the file no longer
// has is dead weight in every download.
const status = JSON.parse(readFileSync(new URL('../data/opicescr-status.v1.json', import.meta.url), 'utf8'));
const { coordinator, members = [], contacts = [] } = status.coalition ?? {};
const wanted = new Set([
  ...status.milestones.map((milestone) => `milestones.${milestone.id}`),
  ...[coordinator, ...members, ...contacts].filter((entry) => entry?.note).map((entry) => `notes.${entry.id}`),
]);
for (const [file, ids] of dataIds) {
  for (const id of wanted) if (!ids.has(id)) report(file, `data.${id}`, 'missing: the status file has this text');
  for (const id of ids) if (!wanted.has(id)) report(file, `data.${id}`, 'not in the status file');
}

const reference = sizes(english);
console.log(`     en  ${english.meta?.dir}  ${kb(reference.minified)} minified, ${kb(reference.gzip)} gzip (${reference.gzip} B), built into the script  ${english.meta?.name}`);
console.log(lines.join('\n'));
if (problems.length) console.error(`\n${problems.join('\n')}`);
if (overBudget) console.error('A language pack is over its budget (gzip -9).');
if (problems.length || overBudget) process.exit(1);
console.log(`${files.length} language packs match en.json.`);
