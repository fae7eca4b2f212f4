// Language handling for every element: which language to speak, its strings, and the platform's
// Intl formatters for dates and state names. Formatters are costly to build (tens of microseconds
// each, and a map formats hundreds of dates), so each is built once per language and reused.

import type { IsoDate } from '../status-file.js';
import { en, type Strings } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { Strings } from './en.js';
export const LANGUAGES = { en, es, fr } as const;
export type Language = keyof typeof LANGUAGES;

/** The supported language closest to a BCP 47 tag ("es-MX" → "es"); English otherwise. */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base in LANGUAGES ? (base as Language) : 'en';
}

/** The language to speak and the locale to format with (which keeps a regional variant such as "es-MX"). */
export interface Speech {
  language: Language;
  locale: string;
}

/** The element's `lang`, else the nearest `lang` of the host page (across shadow roots), else English. */
export function speechFor(element: Element): Speech {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return speechOf(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return speechOf('en');
}

/**
 * Plain "en" formats dates the international way ("3 February 2026", as the UN does); a page that
 * says "en-US" gets "February 3, 2026".
 */
export function speechOf(tag: string | null | undefined): Speech {
  const language = languageOf(tag);
  let locale: string = language === 'en' ? 'en-GB' : language;
  try {
    const [canonical] = Intl.getCanonicalLocales((tag ?? '').trim() || []);
    if (canonical?.split('-')[0].toLowerCase() === language && canonical.includes('-')) locale = canonical;
  } catch {
    // Not a valid tag: keep the language's default locale.
  }
  return { language, locale };
}

export function stringsFor(language: Language): Strings {
  return LANGUAGES[language];
}

const memo = new Map<string, unknown>();
function memoised<T>(key: string, create: () => T): T {
  if (!memo.has(key)) memo.set(key, create());
  return memo.get(key) as T;
}

/**
 * Formats a calendar date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) at its own precision, from the
 * dictionaries' month names. Intl.DateTimeFormat would do this, but its first use in a page starts
 * ICU's date services, 15-30 ms measured here: a fifth of the map's whole scripting time, for three
 * languages whose date formats fit in a line each (see README, Performance). Dates are calendar
 * days, not instants, so no time zone can move them to the day before.
 */
export function formatDate(date: IsoDate, locale: string, length: 'long' | 'short' = 'long'): string {
  const [year, month, day] = date.split('-').map(Number);
  const strings = LANGUAGES[languageOf(locale)];
  if (!month) return String(year);
  const short = length === 'short';
  const name = (short ? strings.monthsShort : strings.months)[month - 1];
  return day ? strings.day(day, name, year, short, locale.split('-')[1]?.toUpperCase()) : strings.month(name, year);
}

/** A state's name in `language`: a treaty-specific override, then the platform's, then the file's. */
export function stateName(iso2: string, fileName: string, language: Language): string {
  if (language === 'en') return fileName;
  return LANGUAGES[language].stateNames[iso2] ?? platformName(iso2, language) ?? fileName;
}

/** The platform's name for an ISO 3166 region code (a territory's too), if it knows one. */
export function platformName(iso2: string, language: Language): string | undefined {
  try {
    const names = memoised(`names ${language}`, () => new Intl.DisplayNames(language, { type: 'region', fallback: 'none' }));
    return names.of(iso2);
  } catch {
    return undefined;
  }
}

/** "English and Spanish" from language codes, in `language`; a code the platform does not know stays a code. */
export function languageList(codes: readonly string[], language: Language): string {
  const names = memoised(`languages ${language}`, () => new Intl.DisplayNames(language, { type: 'language' }));
  const list = memoised(`list ${language}`, () => new Intl.ListFormat(language, { type: 'conjunction' }));
  return list.format(
    codes.map((code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code; // Not a language code at all (a partner's typo): shown as written.
      }
    }),
  );
}

/** Compares names the way the language sorts them ("Émirats" next to "Égypte", not after "Zimbabwe"). */
export function collatorFor(language: Language): Intl.Collator {
  return memoised(`collator ${language}`, () => new Intl.Collator(language, { sensitivity: 'base' }));
}

export { en };
