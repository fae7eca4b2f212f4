// <opicescr-timeline>: the campaign's milestones and the treaty's events (every OP signature and
// consent with its running count, and the entry into force), as one ordered list grouped by year.
// It reads from 280 px up and prints in full: there is no scrolling window. Linked to a map on the
// same page, choosing an entry sets the map's `as-of` to the entry's day; the map says when the day
// it shows changes (`opicescr-as-of-change`), whoever changed it, and every linked timeline follows.
// The timeline never fetches anything but the shared status file.

import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { lastDayOf, parseDay } from '../shared/dates.js';
import { FileController } from '../shared/file-controller.js';
import { loadStatus } from '../shared/loader.js';
import { OpicescrElement, type Phase } from '../shared/opicescr-element.js';
import { PagePresence, peersOf } from '../shared/page-peers.js';
import { dataUrl } from '../shared/script-url.js';
import type { StatusData } from '../shared/status-file.js';
import { swatchStyles } from '../shared/category-styles.js';
import { buildTimeline, KINDS, type Kind, type TimelineEntry } from './timeline-entries.js';
import { timelineStyles } from './timeline-styles.js';

/** What a timeline needs of the map it drives (src/map/opicescr-map.ts). */
type LinkedMap = HTMLElement & { asOf?: string | null };

/**
 * The campaign's story: its milestones, every signature and ratification of the OP-ICESCR with its
 * running count, and the entry into force, as one list grouped by year. Linked to a map, choosing
 * an entry shows the map as it stood on that day.
 *
 * @element opicescr-timeline
 * @summary The campaign's milestones and the treaty's events, year by year.
 *
 * @attr src - Status file URL, resolved against the page. Default: the status file published beside the script.
 * @attr lang - Language of the widget, a BCP 47 tag: `en`, `es`, `fr`, `ar`, `pt`, `ru` or `zh`, with any region (`en-US`, `pt-BR`, `zh-Hant`). Default: the nearest `lang` in the page, else English.
 * @attr theme - `auto` (follows the visitor's system), `light` or `dark`. Default: `auto`.
 * @attr max-age - Days after the file's as-of date before the data is flagged as possibly out of date. Default: `365`.
 * @attr kind - Which entries: any of `milestones`, `signatures`, `ratifications`, separated by spaces or commas. Default: all.
 * @attr order - `ascending` or `descending`. Default: `ascending`.
 * @attr for - Id of the map (or of its `<div data-opicescr="map">`) that choosing an entry drives. Default: the page's only map.
 *
 * @fires {CustomEvent<undefined>} opicescr-ready - The data has rendered (bubbles, composed).
 * @fires {CustomEvent<ErrorDetail>} opicescr-error - The data could not be loaded or read: `detail` is `{ code, message, status? }` (bubbles, composed).
 *
 * @slot - Fallback content: shown before the script runs, while the data loads, and if the timeline cannot render.
 *
 * @csspart root - The element's frame; it carries the theme.
 * @csspart message - The loading notice, or why the data could not be loaded.
 * @csspart error - The same message as `message`, when it reports a failure. Only after a failure.
 * @csspart retry - The "Try again" button. Only after a failure.
 * @csspart as-of - The "Data as of … · Source" line.
 * @csspart controls - The checkboxes for the kinds of entries and the order.
 * @csspart link - "Map as of …" and its "Today" button. Only when the timeline drives a map.
 * @csspart list - The list of years and their entries.
 *
 * @cssprop --opicescr-signed - Swatch of signatures.
 * @cssprop --opicescr-ratified - Swatch of ratifications and accessions.
 * @cssprop --opicescr-background - Background of the widget.
 * @cssprop --opicescr-surface - Background of the entry under the pointer and of the one the linked map shows.
 * @cssprop --opicescr-text - Text colour.
 * @cssprop --opicescr-muted - Colour of dates and counts.
 * @cssprop --opicescr-accent - Colour of links and of the mark beside the entry the linked map shows.
 * @cssprop --opicescr-border - Colour of the line beside each year's entries.
 * @cssprop --opicescr-focus - Colour of the focus ring.
 * @cssprop --opicescr-radius - Corner radius of the widget's frame.
 */
export class OpicescrTimeline extends OpicescrElement {
  static override styles = [...OpicescrElement.styles, swatchStyles, timelineStyles];

  static override properties: PropertyDeclarations = { kind: {}, order: {}, htmlFor: { attribute: 'for' } };
  /** Which entries to show: milestones, signatures, ratifications (space- or comma-separated); all by default. */
  kind: string | null = null;
  /** `ascending` (default) or `descending`. */
  order: string | null = null;
  /** The `for` attribute: the id of the map to drive. */
  htmlFor: string | null = null;

  private readonly status = new FileController(this, { url: () => dataUrl('status', this.src), load: loadStatus });
  /** The map this timeline drives, found again before every render. */
  private map: LinkedMap | undefined;
  /** Finds the map again when maps come or go. */
  private readonly presence = new PagePresence(this, { follows: true });
  private listeningAt: Node | undefined;

  override connectedCallback() {
    super.connectedCallback();
    // The map's day changes announced anywhere in this timeline's document (or shadow root).
    this.listeningAt = this.getRootNode();
    this.listeningAt.addEventListener('opicescr-as-of-change', this.onMapDay);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.listeningAt?.removeEventListener('opicescr-as-of-change', this.onMapDay);
    this.listeningAt = undefined;
  }

  protected get phase(): Phase<StatusData> {
    return this.status.phase;
  }

  retry() {
    this.status.retry();
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.map = this.findMap();
  }

  /** The kinds to show; unknown tokens are ignored, and none known means all. */
  private get kinds(): Set<Kind> {
    const tokens = (this.kind ?? '').toLowerCase().split(/[\s,]+/);
    const kinds = KINDS.filter((kind) => tokens.includes(kind));
    return new Set(kinds.length ? kinds : KINDS);
  }

  /** The map named by `for` (or the one inside the named CMS mount), else the page's only map. */
  private findMap(): LinkedMap | undefined {
    if (this.htmlFor) {
      const root = this.getRootNode();
      const target = root instanceof Document || root instanceof ShadowRoot ? root.getElementById(this.htmlFor) : null;
      return (target?.localName === 'opicescr-map' ? target : target?.querySelector('opicescr-map')) ?? undefined;
    }
    const maps = peersOf<LinkedMap>('map', this);
    return maps.length === 1 ? maps[0] : undefined;
  }

  /** The day the linked map shows, read as the map reads it: an `as-of` that is no day means the file's data. */
  private get mapDay(): string | undefined {
    const map = this.map;
    return map ? parseDay(map.asOf !== undefined ? map.asOf : map.getAttribute('as-of')) : undefined;
  }

  protected renderContent(data: StatusData) {
    const text = this.strings.timeline;
    const kinds = this.kinds;
    const descending = this.order === 'descending';
    const shown = buildTimeline(data, this.speech).filter((entry) => entry.kinds.some((kind) => kinds.has(kind)));
    if (descending) shown.reverse();
    const years = new Map<string, TimelineEntry[]>();
    for (const entry of shown) {
      const year = entry.date.slice(0, 4);
      years.set(year, [...(years.get(year) ?? []), entry]);
    }
    const mapDay = this.mapDay;
    return html`<div class="controls" part="controls">
        ${KINDS.map((kind) =>
          this.renderCheckbox(text.kinds[kind], kinds.has(kind), kinds.has(kind) && kinds.size === 1, () => this.toggleKind(kind)),
        )}
        ${this.renderCheckbox(text.descending, descending, false, this.toggleOrder)}
      </div>
      ${this.map
        ? html`<p class="state-message" part="link">
            <span role="status">${this.speech.text(text.mapOn, { date: this.speech.date(mapDay ?? data.asOf) })}</span>
            <button type="button" @click=${() => this.choose()}>${text.today}</button>
          </p>`
        : nothing}
      <ol part="list">
        ${[...years].map(
          ([year, entries]) => html`<li>
            <h3>${this.speech.date(year)}</h3>
            <ol>
              ${entries.map((entry) => this.renderEntry(entry, lastDayOf(entry.date) === mapDay))}
            </ol>
          </li>`,
        )}
      </ol>
      ${this.renderAsOf(data)}`;
  }

  private renderCheckbox(label: string, checked: boolean, disabled: boolean, onChange: () => void) {
    return html`<label><input type="checkbox" .checked=${checked} ?disabled=${disabled} @change=${onChange} /> ${label}</label>`;
  }

  private renderEntry(entry: TimelineEntry, current: boolean) {
    const body = html`<time datetime=${entry.date}>${this.speech.date(entry.date)}</time>
      <span class="text"
        >${this.describe(entry)}
        ${entry.count ? html`<small>${this.speech.text(this.strings.timeline.count, { count: entry.count })}</small>` : nothing}</span
      >`;
    return html`<li class=${entry.type}>
      ${this.map
        ? html`<button type="button" class="entry" aria-current=${current ? 'date' : nothing} @click=${() => this.choose(entry)}>
            ${body}
          </button>`
        : html`<div class="entry">${body}</div>`}
    </li>`;
  }

  private describe({ type, text, id, name, consentKind }: TimelineEntry) {
    const strings = this.strings.timeline;
    if (text) return this.speech.dataText(text, 'milestones', id);
    if (type === 'in-force') return this.speech.text(strings.inForce, { name: name! });
    return html`<span class="swatch ${consentKind ? 'ratified' : 'signed'}" aria-hidden="true"></span>${this.speech.text(
        strings.act[consentKind ?? 'signature'],
        { name: name! },
      )}`;
  }

  // ——— Handlers (Lit calls them with the element as `this`) ———

  /** Shows the map on the entry's day (or, given no entry, today); the map tells every timeline. */
  private choose(entry?: TimelineEntry) {
    const map = this.map;
    if (!map) return;
    if (entry) map.setAttribute('as-of', lastDayOf(entry.date));
    else map.removeAttribute('as-of');
    // Host code may have set the property without the attribute.
    if (!entry && 'asOf' in map) map.asOf = null;
  }

  private toggleKind(kind: Kind) {
    const kinds = this.kinds;
    this.kind = KINDS.filter((each) => kinds.has(each) !== (each === kind)).join(' ');
  }

  private toggleOrder() {
    this.order = this.order === 'descending' ? 'ascending' : 'descending';
  }

  private onMapDay = (event: Event) => {
    if (event.target === this.map || !this.map) this.requestUpdate();
  };
}
