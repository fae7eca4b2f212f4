// Builds the resources list (data/opicescr-resources.v1.json) from data/sources/resources.csv: the
// publications and pages an advocate needs next (the treaty's status, the Committee's rules and
// decisions, the coalition's toolkit, guides, campaign material, commentaries). It is a companion of
// the status file, not part of it, so that a page with only a map never downloads it.
// Pure and environment-agnostic, like status-build.mjs: it refuses a bad row with
// `resources.csv:line: field: problem` and never writes a URL it has not checked.
// The output is deterministic: the same table always gives the same bytes.

import { SourceRowError, dropEmpty, fieldReader, languageCodeProblem, layout, table } from './source-table.mjs';

export const RESOURCES_SCHEMA = 'opicescr-resources';
/** The version of the file format this generator writes (not the package's version). */
export const RESOURCES_FORMAT_VERSION = '1.0.0';
/** The file's name, beside the status file, which names it in its `resources` field. */
export const RESOURCES_FILE = 'opicescr-resources.v1.json';

/** What a resource is for, in the order a reader meets them. */
export const RESOURCE_KINDS = ['status', 'committee', 'jurisprudence', 'toolkit', 'guide', 'campaign', 'commentary'];

const FILE = 'resources.csv';
const COLUMNS = ['id', 'kind', 'title', 'url', 'languages', 'publisher', 'year', 'checked', 'source'];
/** Per-language titles: `title_es`, `title_fr`, … */
const TITLE_COLUMN = /^title_(.+)$/;
/** A description in square brackets at the end of a title: "[E/C.12/5]", or the whole title. */
const BRACKETED = /^(.*?)\s*\[([^[\]]+)\]$/s;

/**
 * Builds the resources file's text from resources.csv.
 * @param {string} csv
 * @param {{ today?: string }} [options] today's date (YYYY-MM-DD); no date may be later.
 * @returns {string}
 */
export function buildResourcesFile(csv, { today = new Date().toISOString().slice(0, 10) } = {}) {
  const { header, rows } = table(FILE, csv, COLUMNS, TITLE_COLUMN);
  const titleColumns = header.flatMap((column) => {
    const [, code] = TITLE_COLUMN.exec(column) ?? [];
    if (code === undefined) return [];
    const problem = languageCodeProblem(code);
    if (problem) throw new SourceRowError(FILE, 1, column, `${JSON.stringify(code)} ${problem}`);
    return [{ column, code }];
  });
  const ids = new Map();
  const urls = new Map();
  const resources = rows.map(({ line, values }) => {
    const field = fieldReader(FILE, line, values);
    const id = field.slug('id');
    if (ids.has(id)) field.fail('id', `${id} is already on line ${ids.get(id)}`);
    ids.set(id, line);

    const kind = field.text('kind');
    if (!RESOURCE_KINDS.includes(kind)) field.fail('kind', `${JSON.stringify(kind)} is not one of ${RESOURCE_KINDS.join(', ')}`);

    const languages = field.languages('languages');
    const titles = readTitles(field, languages, titleColumns);

    const url = field.httpUrl('url');
    const key = sameAddress(url);
    if (urls.has(key)) field.fail('url', `the same address as line ${urls.get(key)}`);
    urls.set(key, line);

    const year = readYear(field, today);
    const checked = field.date('checked', today);
    if (year !== undefined && checked.slice(0, 4) < String(year)) {
      field.fail('checked', `${checked} is before the resource was published (${year})`);
    }
    return dropEmpty({
      id,
      kind,
      ...titles,
      url,
      languages,
      publisher: field.text('publisher'),
      year,
      checked,
      source: { url: field.httpUrl('source') },
    });
  });
  const file = { schema: RESOURCES_SCHEMA, version: RESOURCES_FORMAT_VERSION, resources };
  return `${layout(file)}\n`;
}

/**
 * The title column is in the resource's first language; `title_<code>` columns give the title the
 * publication itself has in another of its languages. A trailing "[…]" is our description (a
 * document symbol, a case name), published as `note`; a title that is all brackets is a description
 * of a resource whose published title we do not have, published with `described: true`.
 */
function readTitles(field, languages, titleColumns) {
  const title = {};
  const note = {};
  const main = splitTitle(field, 'title', field.text('title'));
  title[languages[0]] = main.title;
  if (main.note) note[languages[0]] = main.note;
  for (const { column, code } of titleColumns) {
    const value = field.optionalText(column);
    if (value === undefined) continue;
    if (main.described) field.fail(column, 'must be empty: the title column describes the resource, so there is no published title to translate');
    if (!languages.includes(code)) field.fail(column, `the resource is not published in ${code} (languages: ${languages.join(' ')})`);
    if (code === languages[0]) field.fail(column, `repeats the title column, which is already in ${code} (the first of the languages)`);
    const translated = splitTitle(field, column, value);
    if (translated.described) field.fail(column, 'is all in [brackets]: a per-language title must be a published title');
    title[code] = translated.title;
    if (translated.note) note[code] = translated.note;
  }
  return {
    title,
    note: Object.keys(note).length ? note : undefined,
    described: main.described || undefined,
  };
}

function splitTitle(field, column, value) {
  const [, published = value, bracketed] = BRACKETED.exec(value) ?? [];
  if (/[[\]]/.test(published)) field.fail(column, 'square brackets hold a description and may only close the title');
  if (bracketed === undefined) return { title: published, described: false };
  if (!published) return { title: bracketed.trim(), described: true };
  return { title: published, note: bracketed.trim(), described: false };
}

function readYear(field, today) {
  const value = field.optionalText('year');
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) field.fail('year', `${JSON.stringify(value)} is not a four-digit year`);
  if (value > today.slice(0, 4)) field.fail('year', `${value} is in the future (after ${today.slice(0, 4)})`);
  return Number(value);
}

/**
 * Two rows name the same resource when their URLs differ only in scheme (http/https), the case of
 * the host, a trailing slash or a fragment.
 */
function sameAddress(url) {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
}
