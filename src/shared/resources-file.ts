// The resources list's contract (schema "opicescr-resources", major version 1): the one place that
// checks a parsed list, and the way to load it. The list is a companion of the status file, which
// names it in its `resources` field, so only pages with a resources element ever download it.
// Partners may write their own list, so the checks name the first problem precisely
// ("resources[3].url is missing"). Unknown fields are ignored: minor versions only add. An entry
// of a kind this reader does not know (a later minor version may add one) is skipped, not refused.
// Fetching goes through the shared loader (the only module that calls fetch); nothing here renders.

import { readDay, type IsoDate } from './dates.js';
import {
  checkHeader,
  describe,
  FileProblem as StatusFileProblem,
  isAbsent,
  isObject,
  optionalString,
  requireString,
} from './file-checks.js';
import { loadJson, type LoadOptions } from './loader.js';
import { safeHttpUrl } from './safe-url.js';
import { readSourceRef, type SourceRef } from './status-file.js';

export const RESOURCES_SCHEMA = 'opicescr-resources';
export const RESOURCES_MAJOR_VERSION = 1;

/** What a resource is for, in the order a reader meets them. */
export const RESOURCE_KINDS = ['status', 'committee', 'jurisprudence', 'toolkit', 'guide', 'campaign', 'commentary'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Text keyed by language code; unlike the status file's texts, English is not required. */
export type TextPerLanguage = Record<string, string>;

export interface Resource {
  /** A stable key, unique in the list. */
  id: string;
  kind: ResourceKind;
  /** The published title per language, at least one (the generator always writes the one in `languages[0]`). */
  title: TextPerLanguage;
  /** The editors' description after the title (a document symbol, a case name), per language. */
  note?: TextPerLanguage;
  /** The title is the editors' description: the published title is not known. */
  described: boolean;
  /** An absolute http(s) URL. */
  url: string;
  /** The languages the resource is published in, the original first; never empty. */
  languages: string[];
  publisher: string;
  year?: number;
  /** The day the URL was last seen working. */
  checked?: IsoDate;
  /** Where the URL was seen. */
  source?: SourceRef;
}

export interface ResourcesData {
  schema: typeof RESOURCES_SCHEMA;
  version: string;
  resources: Resource[];
}

/** The list is small (21 entries are 12 KB); anything near this limit is not a resources list. */
const RESOURCES_MAX_BYTES = 512 * 1024;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** What `lang` and `hreflang` attributes take (BCP 47, loosely): the codes end up in the page. */
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const KINDS: readonly string[] = RESOURCE_KINDS;


/** Loads and checks the resources list at `url` (absolute), sharing the request with every other caller. */
export function loadResources(url: string, options: LoadOptions = {}): Promise<ResourcesData> {
  return loadJson(url, readResourcesFile, { maxBytes: RESOURCES_MAX_BYTES, ...options });
}

/**
 * The resources list a status file names, resolved against the status file's own URL (as a link in
 * it would be); undefined when the file names none (files before 1.1) or names something that is
 * not an http(s) address.
 */
export function resourcesUrlFor(statusUrl: string, reference: string | undefined): string | undefined {
  if (!reference?.trim()) return undefined;
  try {
    const url = new URL(reference.trim(), statusUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The title to show a visitor who reads `language`: theirs when the publication has one, else the
 * original's (the first of its languages), with the language it is in (for a `lang` attribute)
 * and the editors' note in that language when there is one.
 */
export function titleFor(resource: Resource, language: string): { text: string; lang: string; note?: string } {
  const wanted = language.toLowerCase();
  const base = wanted.split('-')[0];
  const lang =
    [wanted, base, resource.languages[0], 'en'].find((code) => resource.title[code] !== undefined) ??
    Object.keys(resource.title)[0];
  return { text: resource.title[lang], lang, note: resource.note?.[lang] };
}

/** Checks a parsed resources list and returns it in the shape the elements rely on. */
export function readResourcesFile(file: unknown): ResourcesData {
  const { version, ...raw } = checkHeader(file, RESOURCES_SCHEMA, RESOURCES_MAJOR_VERSION);
  if (!Array.isArray(raw.resources)) throw new StatusFileProblem('"resources" is missing or not a list');

  const ids = new Set<string>();
  const resources: Resource[] = [];
  raw.resources.forEach((entry, index) => {
    const resource = readResource(entry, `resources[${index}]`);
    if (!resource) return;
    if (ids.has(resource.id)) throw new StatusFileProblem(`resources[${index}].id "${resource.id}" appears twice`);
    ids.add(resource.id);
    resources.push(resource);
  });
  return { schema: RESOURCES_SCHEMA, version, resources };
}

/** One entry, or undefined for a kind this reader does not know. */
function readResource(entry: unknown, path: string): Resource | undefined {
  if (!isObject(entry)) throw new StatusFileProblem(`${path} is not an object`);
  const kind = requireString(entry, 'kind', path);
  if (!KINDS.includes(kind)) return undefined;
  const id = requireString(entry, 'id', path);
  if (!SLUG.test(id)) throw new StatusFileProblem(`${path}.id ${describe(id)} is not a slug`);

  const url = requireString(entry, 'url', path);
  if (!isHttpUrl(url)) throw new StatusFileProblem(`${path}.url ${describe(url)} is not an http(s) URL`);

  const languages = entry.languages;
  if (!Array.isArray(languages) || languages.length === 0) {
    throw new StatusFileProblem(`${path}.languages is missing or not a list of language codes`);
  }
  languages.forEach((code, index) => {
    if (typeof code !== 'string' || !LANGUAGE.test(code)) {
      throw new StatusFileProblem(`${path}.languages[${index}] ${describe(code)} is not a language code`);
    }
  });

  const year = entry.year;
  if (!isAbsent(year) && !(Number.isInteger(year) && (year as number) >= 1000 && (year as number) <= 9999)) {
    throw new StatusFileProblem(`${path}.year ${describe(year)} is not a four-digit year`);
  }
  const checked = optionalString(entry, 'checked', path);
  if (checked !== undefined && readDay(checked) !== checked) {
    throw new StatusFileProblem(`${path}.checked ${describe(checked)} is not a YYYY-MM-DD date`);
  }
  const described = entry.described;
  if (!isAbsent(described) && typeof described !== 'boolean') {
    throw new StatusFileProblem(`${path}.described ${describe(described)} is not true or false`);
  }
  return {
    id,
    kind: kind as ResourceKind,
    title: requireTextPerLanguage(entry.title, `${path}.title`),
    note: isAbsent(entry.note) ? undefined : requireTextPerLanguage(entry.note, `${path}.note`),
    described: described === true,
    url,
    languages: languages as string[],
    publisher: requireString(entry, 'publisher', path),
    year: isAbsent(year) ? undefined : (year as number),
    checked,
    source: isAbsent(entry.source) ? undefined : readSourceRef(entry.source, `${path}.source`),
  };
}

/** Absolute http(s), written out in full (not a scheme-relative or schemeless address). */
const isHttpUrl = (value: string) => safeHttpUrl(value) !== undefined && /^https?:\/\//i.test(value);

function requireTextPerLanguage(value: unknown, path: string): TextPerLanguage {
  if (!isObject(value)) throw new StatusFileProblem(`${path} is missing or not an object of texts per language`);
  const text: TextPerLanguage = {};
  for (const [language, translation] of Object.entries(value)) {
    if (!LANGUAGE.test(language)) throw new StatusFileProblem(`${path} has ${describe(language)}, which is not a language code`);
    if (typeof translation === 'string' && translation.trim()) text[language] = translation;
  }
  if (Object.keys(text).length === 0) throw new StatusFileProblem(`${path} has no text`);
  return text;
}
