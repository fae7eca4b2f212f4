// Everything an element says, in one language: its messages, dates, numbers, the names of states
// and languages, sorting and the matching of typed names. One Speech per locale is shared by every
// element on the page, and each Intl object is built the first time it is needed: an Intl object
// costs tens of microseconds and its locale's data a first use of milliseconds (docs/performance.md).

import type { LocalizedText } from '../status-file.js';
import { formatDate, type DateLength } from './dates.js';
import { english, type DataTexts, type Dictionary, type Strings } from './dictionary.js';
import { LANGUAGES, type Direction, type Language, type Voice } from './languages.js';
import { fillMessage, type Message, type Values } from './messages.js';

export class Speech {
  readonly strings: Strings;
  private readonly dataTexts: DataTexts;
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly language: Language,
    /** The locale for dates and the platform's names: the language with the page's variant ("pt-PT"). */
    readonly locale: string,
    dictionary: Dictionary,
    /** What the content declares in `lang` ("en", "pt-PT"). */
    readonly tag = language,
  ) {
    this.strings = dictionary.strings;
    this.dataTexts = dictionary.data;
  }

  get dir(): Direction {
    return LANGUAGES[this.language] ?? 'ltr';
  }

  /** A message with its `{placeholders}` filled in, in the plural form `count` asks for. */
  text(message: Message, values: Values = {}): string {
    return fillMessage(
      message,
      values,
      (ordinal) => this.memoised(`plural ${ordinal}`, () => new Intl.PluralRules(this.locale, { type: ordinal ? 'ordinal' : 'cardinal' })),
      (value) => this.number(value),
    );
  }

  date(date: string, length: DateLength = 'long'): string {
    return formatDate(date, this.locale, length);
  }

  /** English counts are plain digits (no Intl start-up on the first render); others use the locale's digits. */
  number(value: number): string {
    if (this.language === 'en') return String(value);
    return this.memoised('number', () => new Intl.NumberFormat(this.locale)).format(value);
  }

  /** A text of the status file in this language: the file's own, else the pack's by id, else English. */
  dataText(text: LocalizedText, group: keyof DataTexts, id?: string): string {
    return text[this.language] ?? (id ? this.dataTexts[group]?.[id] : undefined) ?? text.en;
  }

  /** A state's name: a treaty-specific name from the pack, else the platform's, else the file's (English). */
  stateName(iso2: string, fileName: string): string {
    if (this.language === 'en') return fileName;
    return this.strings.stateNames[iso2 as keyof Strings['stateNames']] ?? this.platformName(iso2) ?? fileName;
  }

  /** The platform's name for an ISO 3166 region code (a territory's too), if it knows one. */
  platformName(iso2: string): string | undefined {
    try {
      return this.memoised('regions', () => new Intl.DisplayNames(this.locale, { type: 'region', fallback: 'none' })).of(iso2);
    } catch {
      return undefined;
    }
  }

  /** "English and Spanish" from language codes; a code the platform does not know stays a code. */
  languageList(codes: readonly string[]): string {
    const names = this.memoised('languages', () => new Intl.DisplayNames(this.locale, { type: 'language' }));
    const list = this.memoised('list', () => new Intl.ListFormat(this.locale, { type: 'conjunction' }));
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

  /** Sorts names as the language does (accents and case aside; Chinese by the platform's collation). */
  get collator(): Intl.Collator {
    return this.memoised('collator', () => new Intl.Collator(this.locale, { sensitivity: 'base' }));
  }

  /**
   * Text as typed searches compare it: without accents or other marks (Arabic vowel signs and
   * hamza, Russian Ё as Е), lower case in the language's own way.
   */
  fold(text: string): string {
    return text
      .normalize('NFD')
      .replace(/[\p{M}\u0640]/gu, '') // marks, and the Arabic tatweel that only stretches a word
      .toLocaleLowerCase(this.locale);
  }

  private memoised<T>(key: string, create: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, create());
    return this.memo.get(key) as T;
  }
}

const speeches = new Map<string, Speech>();

/** The page's one Speech for a voice and the dictionary it was given (English until its pack is in). */
export function speechFor({ language, locale, tag }: Voice, dictionary: Dictionary = english): Speech {
  const key = `${language} ${locale} ${tag}`;
  let speech = speeches.get(key);
  if (!speech || speech.strings !== dictionary.strings) speeches.set(key, (speech = new Speech(language, locale, dictionary, tag)));
  return speech;
}
