// What every element shares, and the one level of inheritance in the code base. An element gives
// one input, its `phase` (loading, partial, ready or error, with its data), and renders its content;
// this class does the rest of the public contract (docs/reference.md):
// - writes `data-state` on the host: loading, ready, stale (older than `max-age`) or error;
// - fires `opicescr-ready` once per data set rendered and `opicescr-error` once per failure;
// - renders the content in its own language and direction (`lang` and `dir` on the root, from the
//   language controller), in the chosen theme, with the calm loading and error views and the host's
//   fallback content (the default slot) while there is nothing better to show;
// - offers the options every element has: `src`, `lang`, `theme`, `max-age`.

import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { baseStyles } from './base-styles.js';
import { emit } from './events.js';
import { LanguageController } from './language-controller.js';
import type { Speech } from './i18n/speech.js';
import type { Strings } from './i18n/dictionary.js';
import type { LoadError } from './loader.js';
import { safeHttpUrl } from './safe-url.js';
import { VERSION } from './script-url.js';
import type { IsoDate, StatusData } from './status-file.js';

export type Theme = 'auto' | 'light' | 'dark';
export type WidgetState = 'loading' | 'ready' | 'stale' | 'error';

/**
 * Where an element stands. `partial`: some data is shown but more is on its way (the host still
 * sees `loading`); `error` may keep data that can still be shown (a map without its geometry).
 */
export type Phase<T> =
  | { state: 'loading' }
  | { state: 'partial'; data: T }
  | { state: 'ready'; data: T }
  | { state: 'error'; error: LoadError; data?: T };

export interface ErrorDetail {
  /** A LoadError's code, or TRUSTED_TYPES when the page refused the script's policy (src/shared/trusted-types.ts). */
  code: LoadError['code'] | 'TRUSTED_TYPES';
  message: string;
  status?: number;
}

const DEFAULT_MAX_AGE_DAYS = 365;
const DAY_MS = 86_400_000;

export abstract class OpicescrElement<T extends { asOf: IsoDate } = StatusData> extends LitElement {
  static override styles = [baseStyles];
  // Reactive properties, declared as data (smaller than a decorator call each): the attribute of
  // each is its name in lower case unless given.
  static override properties: PropertyDeclarations = { src: {}, theme: {}, maxAge: { attribute: 'max-age', type: Number } };
  /** The script's version, also on `window.OpIcescr.version`. */
  static readonly version = VERSION;

  /** Status file URL; by default the one published beside the script. */
  src: string | null = null;
  /** `auto` (follows the visitor's system), `light` or `dark`. */
  theme: Theme = 'auto';
  /** After this many days past the file's as-of date, the data is shown as possibly out of date. */
  maxAge = DEFAULT_MAX_AGE_DAYS;

  protected readonly i18n = new LanguageController(this);
  /** The last outcome announced by an event: a data set or an error. */
  private reported: unknown;

  /** The element's one input: where its data stands. */
  protected abstract get phase(): Phase<T>;
  protected abstract renderContent(data: T): TemplateResult;
  /** Asks again for whatever failed. */
  abstract retry(): void;

  // `lang` is a global attribute (HTMLElement.lang), not a Lit property: it is observed here.
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.i18n.refresh();
  }

  protected get speech(): Speech {
    return this.i18n.speech;
  }

  protected get strings(): Strings {
    return this.i18n.speech.strings;
  }

  /** The phase as shown: nothing is shown in a language whose words are still on their way. */
  private get shownPhase(): Phase<T> {
    return this.i18n.pending ? { state: 'loading' } : this.phase;
  }

  /** The state the host sees in `data-state`. */
  get widgetState(): WidgetState {
    const phase = this.shownPhase;
    if (phase.state === 'ready') return this.isStale(phase.data.asOf) ? 'stale' : 'ready';
    return phase.state === 'partial' ? 'loading' : phase.state;
  }

  protected isStale(asOf: IsoDate): boolean {
    const maxAge = Number.isFinite(this.maxAge) && this.maxAge >= 0 ? this.maxAge : DEFAULT_MAX_AGE_DAYS;
    return Date.now() - Date.parse(`${asOf}T00:00:00Z`) > maxAge * DAY_MS;
  }

  override render() {
    const theme = this.theme === 'light' || this.theme === 'dark' ? this.theme : 'auto';
    const phase = this.shownPhase;
    // The content declares its own language and direction: an English widget on an Arabic page
    // is read with an English voice and laid out left to right.
    // While the language's words are on their way, the loading view holds the element's space but
    // its words (class "words", still English) stay invisible: no English flashes before the visitor's own.
    return html`<div class="root ${theme} ${this.i18n.pending ? 'waiting' : ''}" part="root" lang=${this.speech.tag} dir=${this.speech.dir}>
      ${phase.state === 'loading'
        ? this.renderLoading()
        : phase.state === 'error' && !phase.data
          ? this.renderError(phase.error)
          : this.renderContent(phase.data!)}
    </div>`;
  }

  /** While loading, the host's fallback content (if any) stays visible under a quiet notice. */
  protected renderLoading(): TemplateResult {
    return html`<div class="state-message words" role="status" part="message">${this.strings.loading}</div>
      <slot></slot>`;
  }

  protected renderError(error: LoadError): TemplateResult {
    return html`<div class="state-message error" role="alert" part="message error">
        <span>${this.errorText(error)}</span>
        <button type="button" part="retry" @click=${() => this.retry()}>${this.strings.retry}</button>
      </div>
      <slot></slot>`;
  }

  /** "Data as of 3 February 2026 · Source: UN Treaty Collection", with the stale note when due. */
  protected renderAsOf(data: StatusData): TemplateResult {
    const source = data.sources[0];
    const sourceUrl = safeHttpUrl(source?.url);
    const sourceName = source?.publisher ?? source?.title;
    return html`<p class="as-of" part="as-of">
      ${this.speech.text(this.strings.asOf, { date: this.speech.date(data.asOf) })}${source
        ? html` · ${this.strings.source}:
            ${sourceUrl ? html`<a href=${sourceUrl} rel="noopener" target="_blank">${sourceName}</a>` : sourceName}`
        : nothing}${this.isStale(data.asOf) ? html` · <span class="stale">${this.strings.staleNote}</span>` : nothing}
    </p>`;
  }

  protected errorText(error: LoadError): string {
    const { facts } = error;
    const values = { status: facts.status ?? 0, version: facts.version ?? '?', problem: facts.problem ?? error.message };
    return this.speech.text(this.strings.errors[error.code], values);
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const state = this.widgetState;
    if (this.dataset.state !== state) this.dataset.state = state;
    // Each outcome (a rendered data set, or an error) is announced once.
    const phase = this.shownPhase;
    const outcome = phase.state === 'error' ? phase.error : phase.state === 'ready' ? phase.data : undefined;
    if (outcome === undefined || outcome === this.reported) return;
    this.reported = outcome;
    if (phase.state === 'error') {
      const { code, message, facts } = phase.error;
      const detail: ErrorDetail = { code, message };
      if (facts.status !== undefined) detail.status = facts.status;
      emit(this, 'opicescr-error', detail);
    } else {
      emit(this, 'opicescr-ready');
    }
  }
}
