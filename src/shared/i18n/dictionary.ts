// The words of each language. English (src/i18n/en.json) is built into the script and is the
// shape every pack fills in; any other language is a pack fetched once per page through the loader
// (same origin as the script, same size limit, timeout and error codes as the status file), only
// when an element asks for it. A pack is data: it is merged onto English key by key, so a missing
// or malformed entry shows in English rather than breaking a sentence, and only strings get in.

import en from '../../i18n/en.json';
import { isObject } from '../file-checks.js';
import { loadJson } from '../loader.js';
import { packageUrl } from '../script-url.js';
import type { Language } from './languages.js';
import { isPlural } from './messages.js';

export type Strings = typeof en;

/** Translations of the status file's texts, by the id the file gives them (see data/sources). */
export interface DataTexts {
  milestones?: Record<string, string>;
  notes?: Record<string, string>;
}

export interface Dictionary {
  strings: Strings;
  data: DataTexts;
}

export const english: Dictionary = { strings: en, data: {} };

const PACK_MAX_BYTES = 256 * 1024;

/** Where the pack of `language` is published: beside the script, in its i18n/ folder. */
export const packUrl = (language: Language) => packageUrl(`dist/i18n/${language}.json`);

const loaded = new Map<Language, Dictionary>();

/** The pack of `language`, shared by every element that asks for it. */
export function loadDictionary(language: Language): Promise<Dictionary> {
  return loadJson(packUrl(language), readPack, { maxBytes: PACK_MAX_BYTES }).then((dictionary) => {
    loaded.set(language, dictionary);
    return dictionary;
  });
}

/** The pack of `language` if it is already in, so an element added later speaks it from its first render. */
export const loadedDictionary = (language: Language): Dictionary | undefined => loaded.get(language);

function readPack(raw: unknown): Dictionary {
  if (!isObject(raw) || !isObject(raw.meta)) throw new Error('a language pack needs a "meta" object');
  const data = isObject(raw.data) ? raw.data : {};
  return {
    strings: mergeOnto(en, raw) as Strings,
    data: { milestones: stringsOf(data.milestones), notes: stringsOf(data.notes) },
  };
}

/** English's shape with the pack's strings where it has them; state names are open-ended. */
function mergeOnto(base: unknown, pack: unknown): unknown {
  if (typeof base === 'string') return typeof pack === 'string' && pack.trim() ? pack : base;
  if (isPlural(base)) return isPlural(pack) ? { ...stringsOf(pack), type: base.type } : base;
  const merged: Record<string, unknown> = {};
  const from = isObject(pack) ? pack : {};
  for (const [key, value] of Object.entries(base as Record<string, unknown>)) merged[key] = mergeOnto(value, from[key]);
  if (base === en.stateNames) Object.assign(merged, stringsOf(from));
  return merged;
}

function stringsOf(value: unknown): Record<string, string> {
  const strings: Record<string, string> = {};
  if (isObject(value)) for (const [key, text] of Object.entries(value)) if (typeof text === 'string') strings[key] = text;
  return strings;
}

