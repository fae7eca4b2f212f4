// The resources list's contract (schema "opicescr-resources", major version 1): the one place that
// checks a parsed list, and the way to load it. The list is a companion of the status file, which
// names it in its `resources` field, so only pages with a resources element ever download it.
// Partners may write their own list, so the checks name the first problem precisely
// ("resources[3].url is missing"). Unknown fields are ignored: minor versions only add. An entry
// of a kind this reader does not know (a later minor version may add one) is skipped, not refused.
// Fetching goes through the shared loader (the only module that calls fetch); nothing here renders.

import { parseDay, type IsoDate } from './dates.js';
import { checkHeader, describe, fail, flag, LANGUAGE_CODE, list, object, optional, text, textPerLanguage, textThat, unique } from './file-checks.js';
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
  // An empty reference would resolve to the status file itself.
  return reference?.trim() ? safeHttpUrl(reference, statusUrl) : undefined;
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

/** Absolute http(s), written out in full (not a scheme-relative or schemeless address). */
const isHttpUrl = (value: string) => safeHttpUrl(value) !== undefined && /^https?:\/\//i.test(value);

const perLanguage = textPerLanguage();

/** The list's shape, declared once. */
const resource = object({
  id: textThat((id) => SLUG.test(id), 'a slug'),
  kind: text,
  title: perLanguage,
  note: optional(perLanguage),
  described: optional(flag),
  url: textThat(isHttpUrl, 'an http(s) URL'),
  languages: list(textThat((code) => LANGUAGE_CODE.test(code), 'a language code'), 'a list of language codes', 1),
  publisher: text,
  year: optional((value, path) => (Number.isInteger(value) && (value as number) >= 1000 && (value as number) <= 9999 ? (value as number) : fail(path, `${describe(value)} is not a four-digit year`))),
  checked: optional(textThat((day) => parseDay(day) === day, 'a YYYY-MM-DD date')),
  source: optional(readSourceRef),
});

/** Checks a parsed resources list and returns it in the shape the elements rely on. */
export function readResourcesFile(file: unknown): ResourcesData {
  const { version, ...raw } = checkHeader(file, RESOURCES_SCHEMA, RESOURCES_MAJOR_VERSION);
  const resources = unique(list(resource)(raw.resources, 'resources'), 'id', 'resources')
    // An entry of a kind this reader does not know (a later minor version may add one) is skipped.
    .filter((entry) => KINDS.includes(entry.kind))
    .map((entry) => ({ ...entry, described: entry.described === true }));
  return { schema: RESOURCES_SCHEMA, version, resources: resources as Resource[] };
}
