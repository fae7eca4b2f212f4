// What the three elements share: the options every one accepts (src, lang, theme, max-age), the
// status file task, the loading and error states, and the public hooks of SPEC.md: `data-state`
// on the host and the `opicescr-ready` / `opicescr-error` events. Elements extend it once and
// only write `renderReady()`; this is the single level of inheritance in the code base.

import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { baseStyles } from './base-styles.js';
import { speechFor, stringsFor, formatDate, type Language, type Strings } from './i18n/index.js';
import { LoadError, loadStatus, onSharedRetry, retryShared } from './loader.js';
import { DEFAULT_STATUS_URL, resolveUrl, VERSION } from './script-url.js';
import type { StatusData } from './status-file.js';
import { safeHttpUrl } from './safe-url.js';

export type Theme = 'auto' | 'light' | 'dark';
export type WidgetState = 'loading' | 'ready' | 'stale' | 'error';

const DEFAULT_MAX_AGE_DAYS = 365;
const DAY_MS = 86_400_000;

export interface ErrorDetail {
  code: LoadError['code'];
  message: string;
  status?: number;
}

export abstract class OpicescrElement extends LitElement {
  static override styles = [baseStyles];
  /** The script's version, also on `window.OpIcescr.version`. */
  static readonly version = VERSION;

  /** Status file URL; by default the one published beside the script. */
  @property() src: string | null = null;

  /** `auto` (follows the visitor's system), `light` or `dark`. */
  @property() theme: Theme = 'auto';

  /** After this many days past the file's as-of date, the data is shown as possibly out of date. */
  @property({ attribute: 'max-age', type: Number }) maxAge = DEFAULT_MAX_AGE_DAYS;

  /** The language in use: the `lang` attribute, else the nearest one in the host page, else English. */
  @state() protected language: Language = 'en';
  /** The locale for dates: the language with the page's regional variant, if any ("en-US"). */
  @state() protected locale = 'en-GB';

  /** False until the element is near the viewport, for elements that load lazily. */
  @state() protected nearViewport = true;

  protected readonly status = new Task(this, {
    task: async ([url, near]: readonly [string, boolean]) => (near ? loadStatus(url) : initialState),
    args: () => [resolveUrl(this.src, DEFAULT_STATUS_URL), this.nearViewport] as const,
  });

  #reported: unknown = undefined;
  #stopHearingRetries?: () => void;

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.updateSpeech();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.updateSpeech();
    // A retry in any element sharing this element's file heals this one too.
    this.#stopHearingRetries = onSharedRetry((url) => {
      if (url === this.statusUrl && this.status.status === TaskStatus.ERROR) void this.status.run();
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopHearingRetries?.();
  }

  private get statusUrl() {
    return resolveUrl(this.src, DEFAULT_STATUS_URL);
  }

  private updateSpeech() {
    ({ language: this.language, locale: this.locale } = speechFor(this));
  }

  protected get strings(): Strings {
    return stringsFor(this.language);
  }

  /** The state the host sees in `data-state`. */
  get widgetState(): WidgetState {
    switch (this.status.status) {
      case TaskStatus.ERROR:
        return 'error';
      case TaskStatus.COMPLETE:
        if (this.contentPending) return this.contentError ? 'error' : 'loading';
        return this.isStale(this.status.value!) ? 'stale' : 'ready';
      default:
        return 'loading';
    }
  }

  /** Asks the network again after a failure, for every element that shares the file (see loader). */
  retry(): void {
    retryShared(this.statusUrl);
  }

  /** Elements loading more than the status file say here whether that is still on its way… */
  protected get contentPending(): boolean {
    return false;
  }

  /** …and whether it failed, as a LoadError. */
  protected get contentError(): LoadError | undefined {
    return undefined;
  }

  /** Whether the loading view stays up although the status file is in: while more is on its way. */
  protected get holdingLoadingView(): boolean {
    return this.contentPending && !this.contentError;
  }

  protected isStale(data: StatusData): boolean {
    const maxAge = Number.isFinite(this.maxAge) && this.maxAge >= 0 ? this.maxAge : DEFAULT_MAX_AGE_DAYS;
    return Date.now() - Date.parse(`${data.asOf}T00:00:00Z`) > maxAge * DAY_MS;
  }

  protected abstract renderReady(data: StatusData): TemplateResult;

  override render() {
    const theme = this.theme === 'light' || this.theme === 'dark' ? this.theme : 'auto';
    return html`<div class="root ${theme}" part="root">${this.renderState()}</div>`;
  }

  private renderState() {
    switch (this.status.status) {
      case TaskStatus.ERROR:
        return this.renderError(this.currentError());
      case TaskStatus.COMPLETE:
        // Elements that load more (the map's geometry) stay loading until it is there, so that
        // the first view drawn is usually the whole one; they show its failure inside their ready view.
        return this.holdingLoadingView ? this.renderLoading() : this.renderReady(this.status.value!);
      default:
        return this.renderLoading();
    }
  }

  /** While loading, the host's fallback content (if any) stays visible under a quiet notice. */
  protected renderLoading(): TemplateResult {
    return html`<div class="state-message" role="status" part="message">${this.strings.loading}</div>
      <slot></slot>`;
  }

  protected renderError(error: LoadError): TemplateResult {
    return html`<div class="state-message error" role="alert" part="message error">
        <span>${this.errorText(error)}</span>
        <button type="button" part="retry" @click=${this.retry}>${this.strings.retry}</button>
      </div>
      <slot></slot>`;
  }

  /** "Data as of 3 February 2026 · Source: UN Treaty Collection", with the stale note when due. */
  protected renderAsOf(data: StatusData): TemplateResult {
    const source = data.sources[0];
    const sourceUrl = safeHttpUrl(source?.url);
    const sourceName = source?.publisher ?? source?.title;
    const stale = this.isStale(data);
    return html`<p class="as-of" part="as-of">
      ${this.strings.asOf(formatDate(data.asOf, this.locale))}${source
        ? html` · ${this.strings.source}:
            ${sourceUrl ? html`<a href=${sourceUrl} rel="noopener" target="_blank">${sourceName}</a>` : sourceName}`
        : nothing}${stale ? html` · <span class="stale">${this.strings.staleNote}</span>` : nothing}
    </p>`;
  }

  private currentError(): LoadError {
    const error = this.status.status === TaskStatus.ERROR ? this.status.error : this.contentError;
    return error instanceof LoadError ? error : new LoadError('NETWORK', String(error), '');
  }

  protected errorText(error: LoadError): string {
    const messages = this.strings.errors;
    switch (error.code) {
      case 'HTTP':
        return messages.HTTP(error.facts.status ?? 0);
      case 'SCHEMA_UNSUPPORTED':
        return messages.SCHEMA_UNSUPPORTED(error.facts.version ?? '?');
      case 'INVALID':
        return messages.INVALID(error.facts.problem ?? error.message);
      default:
        return messages[error.code];
    }
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const state = this.widgetState;
    if (this.dataset.state !== state) this.dataset.state = state;
    // Each outcome (a rendered data set, or an error) is announced once.
    const outcome = state === 'error' ? this.currentError() : state === 'loading' ? undefined : this.status.value;
    if (outcome === undefined || outcome === this.#reported) return;
    this.#reported = outcome;
    if (outcome instanceof LoadError) {
      const detail: ErrorDetail = { code: outcome.code, message: outcome.message };
      if (outcome.facts.status !== undefined) detail.status = outcome.facts.status;
      this.dispatchEvent(new CustomEvent('opicescr-error', { detail, bubbles: true, composed: true }));
    } else {
      this.dispatchEvent(new CustomEvent('opicescr-ready', { bubbles: true, composed: true }));
    }
  }
}
