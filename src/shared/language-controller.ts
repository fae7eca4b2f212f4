// Which language an element speaks, kept current: the element's `lang`, else the nearest one in
// the page, else English (src/shared/i18n/languages.ts). A language other than English waits for
// its pack, shared by every element; while it is on its way the element shows its loading view, so
// a visitor never sees English words flash before their own. A pack that cannot be loaded is not
// the host's error: the element speaks English (and says lang="en"), with one console warning.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDictionary, loadedDictionary } from './i18n/dictionary.js';
import { voiceFor, voiceOf, type Voice } from './i18n/languages.js';
import { speechFor, type Speech } from './i18n/speech.js';

const warned = new Set<string>();
/** What an element speaks when the page asks for nothing it knows, or for a pack that failed. */
const ENGLISH = voiceOf('en');

export class LanguageController implements ReactiveController {
  /** What the element says, and in which language; English until a pack is in. */
  speech: Speech = speechFor(ENGLISH);
  /** True while the wanted language's pack is on its way. */
  pending = false;
  private wanted: Voice | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    this.refresh();
  }

  /** Reads the language again: the element's `lang` changed, or it was moved in the page. */
  refresh() {
    const voice = voiceFor(this.host);
    if (this.wanted?.language === voice.language && this.wanted.locale === voice.locale) return;
    this.wanted = voice;
    if (voice.language === 'en') return this.speak(speechFor(voice));
    const loaded = loadedDictionary(voice.language);
    if (loaded) return this.speak(speechFor(voice, loaded));
    if (warned.has(voice.language)) return this.speak(speechFor(ENGLISH));
    this.pending = true;
    this.host.requestUpdate();
    loadDictionary(voice.language).then(
      (dictionary) => this.wanted === voice && this.speak(speechFor(voice, dictionary)),
      (error: Error) => {
        if (!warned.has(voice.language)) {
          warned.add(voice.language);
          console.warn(`opicescr: the "${voice.language}" texts could not be loaded (${error.message}); showing English.`);
        }
        if (this.wanted === voice) this.speak(speechFor(ENGLISH));
      },
    );
  }

  private speak(speech: Speech) {
    this.speech = speech;
    this.pending = false;
    this.host.requestUpdate();
  }
}
