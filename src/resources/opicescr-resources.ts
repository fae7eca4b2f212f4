// <opicescr-resources>: where to learn more and how to act, from the list the coalition keeps
// (data/opicescr-resources.v1.json, which the status file names): the treaty's text and status,
// the Committee's rules and decisions, toolkits, guides, campaign material and commentary. Grouped
// by kind, the visitor's language first, filterable by kind and language; a result with nothing
// in it says so and invites a proposal, never "not found". A partner's list is data: only http(s)
// addresses become links, and every title is text.

import { html, nothing, type PropertyDeclarations } from 'lit';
import { coalitionEmail } from '../shared/fallback-links.js';
import { FileController } from '../shared/file-controller.js';
import { loadStatus } from '../shared/loader.js';
import { OpicescrElement, type Phase } from '../shared/opicescr-element.js';
import { PagePresence } from '../shared/page-peers.js';
import { loadResources, RESOURCE_KINDS, resourcesUrlFor } from '../shared/resources-file.js';
import { mailtoUrl } from '../shared/safe-url.js';
import { dataUrl } from '../shared/script-url.js';
import type { StatusData } from '../shared/status-file.js';
import { arrange, kindOf, languagesIn, type ResourceItem } from './resources-view.js';
import { resourcesStyles } from './resources-styles.js';

/**
 * Where to learn more and how to act: the coalition's resources on the OP-ICESCR (the treaty's
 * status, the Committee's rules and decisions, toolkits, guides, campaign material, commentary),
 * grouped by kind, those in the visitor's language first, with filters by kind and language.
 *
 * @element opicescr-resources
 * @summary The coalition's resources on the OP-ICESCR, by kind and language.
 *
 * @attr src - Status file URL, resolved against the page; the resources list is the one it names. Default: the status file published beside the script.
 * @attr lang - Language of the widget, a BCP 47 tag: `en`, `es`, `fr`, `ar`, `pt`, `ru` or `zh`, with any region (`en-US`, `pt-BR`, `zh-Hant`). Default: the nearest `lang` in the page, else English.
 * @attr theme - `auto` (follows the visitor's system), `light` or `dark`. Default: `auto`.
 * @attr max-age - Days after the status file's as-of date before the data is flagged as possibly out of date. Default: `365`.
 * @attr kind - Show one kind only: `status`, `committee`, `jurisprudence`, `toolkit`, `guide`, `campaign` or `commentary`. Default: every kind.
 * @attr language - Show only resources published in this language, a code such as `es`. Default: every language.
 * @attr limit - How many resources to show before a "Show all" button. Default: all of them.
 *
 * @fires {CustomEvent<undefined>} opicescr-ready - The list has rendered (bubbles, composed).
 * @fires {CustomEvent<ErrorDetail>} opicescr-error - The status file or the list could not be loaded or read: `detail` is `{ code, message, status? }` (bubbles, composed).
 *
 * @slot - Fallback content: shown before the script runs, while the data loads, and if the list cannot render.
 *
 * @csspart root - The element's frame; it carries the theme.
 * @csspart message - The loading notice, or why the data could not be loaded.
 * @csspart error - The same message as `message`, when it reports a failure. Only after a failure.
 * @csspart retry - The "Try again" button. Only after a failure.
 * @csspart controls - The kind and language filters.
 * @csspart list - The resources, grouped by kind. Only when some match.
 * @csspart empty - The sentence saying no resource matches, with the invitation to propose one. Only when none match.
 * @csspart more - The "Show all" / "Show fewer" button. Only with a `limit` smaller than the list.
 * @csspart checked - The line saying when the links were last checked.
 *
 * @cssprop --opicescr-background - Background of the widget.
 * @cssprop --opicescr-text - Text colour.
 * @cssprop --opicescr-muted - Colour of secondary text (publishers, years, languages).
 * @cssprop --opicescr-accent - Colour of links.
 * @cssprop --opicescr-border - Colour of the "Show all" button's border.
 * @cssprop --opicescr-focus - Colour of the focus ring (the element takes focus from a map's "How to campaign").
 * @cssprop --opicescr-radius - Corner radius of the widget's frame.
 */
export class OpicescrResources extends OpicescrElement {
  static override styles = [...OpicescrElement.styles, resourcesStyles];

  static override properties: PropertyDeclarations = { kind: {}, language: {}, limit: { type: Number }, expanded: { state: true } };
  kind: string | null = null;
  language: string | null = null;
  limit: number | null = null;

  private expanded = false;

  private readonly status = new FileController(this, { url: () => dataUrl('status', this.src), load: loadStatus });
  private readonly list = new FileController(this, {
    url: () => this.listUrl ?? '',
    load: loadResources,
    enabled: () => !!this.listUrl,
  });
  /** A map's "How to campaign for ratification" link leads here. */
  private readonly presence = new PagePresence(this, { kind: 'resources' });

  override connectedCallback() {
    super.connectedCallback();
    // Focusable by script (the map's "How to campaign" link), not a tab stop of its own.
    if (!this.hasAttribute('tabindex')) this.tabIndex = -1;
  }

  /** The list the status file names, resolved against the status file's own address. */
  private get listUrl(): string | undefined {
    const status = this.status.value;
    return status && resourcesUrlFor(dataUrl('status', this.src), status.resources);
  }

  // Ready with the status file once the list it names is in (a file that names none has no
  // resources: the element says so and invites some). The same data is one ready event.
  protected get phase(): Phase<StatusData> {
    const status = this.status.file;
    if (status.state !== 'done') return status.state === 'failed' ? { state: 'error', error: status.error } : { state: 'loading' };
    const list = this.listUrl ? this.list.file : undefined;
    if (list?.state === 'failed') return { state: 'error', error: list.error };
    return !list || list.state === 'done' ? { state: 'ready', data: status.value } : { state: 'loading' };
  }

  retry() {
    this.status.retry();
    this.list.retry();
  }

  protected renderContent(status: StatusData) {
    const resources = (this.listUrl && this.list.value?.resources) || [];
    const text = this.strings.resources;
    const visitor = this.speech.language;
    const kind = kindOf(this.kind);
    const language = this.language?.trim().toLowerCase() || undefined;
    const groups = arrange(resources, { kind, language, visitor });
    const total = groups.reduce((sum, [, items]) => sum + items.length, 0);
    const limit = this.limit !== null && this.limit >= 0 && Number.isFinite(this.limit) ? Math.floor(this.limit) : Infinity;
    // Past the limit, resources are in the page but hidden: print shows them all (see the styles).
    let left = this.expanded ? Infinity : limit;
    const checked = resources.map((resource) => resource.checked).filter(Boolean).sort()[0];
    return html`<div class="controls" part="controls">
        ${this.renderSelect(text.kindFilter, text.allKinds, kind ?? '', RESOURCE_KINDS.map((each) => [each, text.kinds[each]]), (value) => (this.kind = value))}
        ${this.renderSelect(
          text.languageFilter,
          text.allLanguages,
          language ?? '',
          languagesIn(resources, visitor).map((code) => [code, this.speech.languageList([code])]),
          (value) => (this.language = value),
        )}
      </div>
      ${total
        ? html`<div part="list">
            ${groups.map(
              ([group, items]) => html`<section ?hidden=${left <= 0}>
                <h3>${text.kinds[group]}</h3>
                <ul>
                  ${items.map((item) => this.renderItem(item, left-- <= 0))}
                </ul>
              </section>`,
            )}
          </div>`
        : this.renderEmpty(status)}
      ${total > limit
        ? html`<button type="button" class="more action" part="more" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${() => (this.expanded = !this.expanded)}>
            ${this.expanded ? text.showFewer : this.speech.text(text.showAll, { count: total })}
          </button>`
        : nothing}
      ${checked ? html`<p class="as-of" part="checked">${this.speech.text(text.checkedOn, { date: this.speech.date(checked) })}</p>` : nothing}`;
  }

  private renderSelect(label: string, all: string, value: string, options: Array<[string, string]>, onChange: (value: string) => void) {
    return html`<label
      >${label}
      <select @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${all}</option>
        ${options.map(([code, name]) => html`<option value=${code} ?selected=${code === value}>${name}</option>`)}
      </select></label
    >`;
  }

  /** A resource as a link (its reader admits only http(s) addresses), with its publisher, year and language. */
  private renderItem({ resource, title, inVisitorsLanguage }: ResourceItem, hidden: boolean) {
    const name = title.note ? `${title.text} (${title.note})` : title.text;
    const details = resource.year ? `${resource.publisher}, ${this.speech.date(String(resource.year))}` : resource.publisher;
    return html`<li ?hidden=${hidden}>
      <a href=${resource.url} hreflang=${resource.languages[0]} lang=${title.lang} rel="noopener" target="_blank">${name}</a>
      <span class="meta"
        >${details}${inVisitorsLanguage
          ? nothing
          : html` · <span class="language">${this.speech.text(this.strings.resources.inLanguages, { languages: this.speech.languageList(resource.languages) })}</span>`}</span
      >
    </li>`;
  }

  /** No resource matches: say so, and invite the reader to propose one to the coalition. */
  private renderEmpty({ coalition }: StatusData) {
    const text = this.strings.resources;
    const href = mailtoUrl(coalitionEmail(coalition), 'OP-ICESCR resource');
    return html`<p class="empty" part="empty">${text.empty} ${href ? html`<a href=${href}>${text.propose}</a>` : nothing}</p>`;
  }
}
