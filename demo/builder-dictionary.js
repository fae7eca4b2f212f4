// The one place where the embed builder learns a language's texts (the fallback sentences of the
// snippets, the language's name and direction): the language packs the script fetches
// (dist/i18n/<lang>.json), and English from src/i18n/en.json, which the script has built in.

import { LANGUAGES as DIRECTIONS } from './build/builder-facts.js';

/** The product's languages, in the order the builder offers them (English first). */
export const LANGUAGES = Object.keys(DIRECTIONS);

const ENGLISH = { lang: 'en', url: new URL('../src/i18n/en.json', import.meta.url) };
const candidates = (lang) =>
  lang === 'en'
    ? [ENGLISH]
    : [
        { lang, url: new URL(`../dist/i18n/${lang}.json`, import.meta.url) },
        ENGLISH,
      ];

const cache = new Map();

/**
 * The texts for `lang`: `{ lang, dictionary }`, where `lang` is the language the dictionary is
 * really in (English while `lang` has none) and `dictionary` is
 * `{ meta: { name, dir }, fallback: { map, timeline, … }, … }`.
 */
export function dictionaryFor(lang) {
  if (!cache.has(lang)) cache.set(lang, firstFound(candidates(lang)));
  return cache.get(lang);
}

async function firstFound(list) {
  for (const { lang, url } of list) {
    try {
      const response = await fetch(url);
      if (response.ok) return { lang, dictionary: await response.json() };
    } catch {
      // Try the next one: a missing pack is expected until the language ships.
    }
  }
  throw new Error('No dictionary found, not even English');
}
