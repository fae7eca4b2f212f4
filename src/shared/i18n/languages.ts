// Which languages the product speaks, how each is written, and which one an element speaks. English
// is built into the script; every other language is a pack (src/i18n/<code>.json, built to
// dist/i18n/<code>.json) fetched the first time an element asks for it. The list is compiled in from
// the dictionaries' files (scripts/lib/build-constants.mjs), so a page in a language we do not
// speak costs no request: it gets English.

declare const __OPICESCR_LANGUAGES__: Record<string, Direction>;

export type Direction = 'ltr' | 'rtl';
/** A language code of src/i18n/ ("en", "ar"…). */
export type Language = string;

/** Every language with its direction, English first. */
export const LANGUAGES: Readonly<Record<Language, Direction>> =
  typeof __OPICESCR_LANGUAGES__ === 'object' ? __OPICESCR_LANGUAGES__ : { en: 'ltr' };

/** The supported language of a BCP 47 tag ("es-MX" → "es", "zh-Hant" → "zh"); English otherwise. */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(LANGUAGES, base) ? base : 'en';
}

/** The language to speak and the locale to format with (which keeps a variant such as "pt-PT" or "zh-Hant"). */
export interface Voice {
  language: Language;
  locale: string;
  /** What the content declares in its `lang`: the page's tag when we speak its language, else ours. */
  tag: string;
}

/**
 * Plain "en" formats dates the international way ("3 February 2026", as the UN does); a page that
 * says "en-US" gets "February 3, 2026". Other languages keep the region or script the tag names,
 * for dates and the platform's country names (pt-BR and pt-PT, zh-Hant); their words are the pack's.
 */
export function voiceOf(tag: string | null | undefined): Voice {
  const language = languageOf(tag);
  let locale = language === 'en' ? 'en-GB' : language;
  let declared = language;
  try {
    const [canonical] = Intl.getCanonicalLocales((tag ?? '').trim() || []);
    if (canonical?.split('-')[0].toLowerCase() === language && canonical.includes('-')) locale = declared = canonical;
  } catch {
    // Not a valid tag: keep the language's default locale.
  }
  return { language, locale, tag: declared };
}

/** The element's `lang`, else the nearest `lang` of the host page (across shadow roots), else English. */
export function voiceFor(element: Element): Voice {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return voiceOf(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return voiceOf('en');
}
