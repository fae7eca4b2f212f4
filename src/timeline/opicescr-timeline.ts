// <opicescr-timeline>: the campaign's milestones and the treaty's events (every OP signature and
// consent with its running count, and the entry into force), as one ordered list grouped by year.
// It reads from 280 px up and prints in full: there is no scrolling window. Linked to a map on the
// same page, choosing an entry sets the map's `as-of` to the entry's day; the map redraws from the
// data it already has. The timeline never fetches anything but the shared status file.
//
// Size matters (the whole script is budgeted at 30 KB gzip): reactive properties are declared in
// `static get properties()` rather than with decorators, and there are no class field
// initialisers, because esbuild emits its decorator and class-field helpers again in every module
// that uses them (about 0.3 KB gzip here).

import { css, html, nothing, type PropertyValues } from 'lit';
import { formatDate } from '../shared/i18n/index.js';
import { OpicescrElement } from '../shared/opicescr-element.js';
import type { StatusData } from '../shared/status-file.js';
import { swatchStyles } from '../shared/swatch-styles.js';
import { buildTimeline, dayOf, KINDS, type Kind, type TimelineEntry } from './timeline-entries.js';

/**
 * The campaign's story: its milestones, every signature and ratification of the OP-ICESCR with its
 * running count, and the entry into force, as one list grouped by year. Linked to a map, choosing
 * an entry shows the map as it stood on that day.
 *
 * @element opicescr-timeline
 * @summary The campaign's milestones and the treaty's events, year by year.
 *
 * @attr src - Status file URL, resolved against the page. Default: the status file published beside the script.
 * @attr lang - Language of the widget, a BCP 47 tag (`es`, `fr`, `en-US`…). Default: the nearest `lang` in the page, else English.
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
  static override get styles() {
    return [
      ...super.styles,
      swatchStyles,
      css`
        .root {
          display: grid;
          gap: 0.5em;
          padding: 0.75em;
        }
        .controls {
          display: flex;
          flex-wrap: wrap;
          gap: 0.3em 1.2em;
        }
        .state-message {
          padding: 0;
        }
        ol {
          margin: 0;
          padding: 0;
          list-style: none;
        }
        /* A year off screen is not laid out or painted until it comes near: a page may hold
           several timelines of 150 entries each. Its last size is kept so nothing jumps. */
        ol[part='list'] > li {
          content-visibility: auto;
          contain-intrinsic-size: auto 12em;
        }
        h3 {
          margin: 0.5em 0 0.2em;
        }
        ol ol {
          border-inline-start: 2px solid var(--_border);
        }
        /* Date and text side by side when there is room for both, else the text below its date. */
        .entry {
          display: flex;
          flex-wrap: wrap;
          gap: 0 1em;
          width: 100%;
          padding: 0.3em 0.6em;
          border: 0;
          border-radius: 4px;
          background: none;
          text-align: start;
        }
        time {
          flex: 0 0 10em;
          color: var(--_muted);
        }
        .text {
          flex: 1 1 14em;
        }
        small {
          display: block;
          padding-inline-start: 1.3em;
          color: var(--_muted);
        }
        .in-force {
          font-weight: 600;
        }
        button:hover,
        [aria-current] {
          background: var(--_surface);
        }
        /* A border, not a shadow: it survives forced colours and follows right-to-left. */
        [aria-current] {
          border-inline-start: 3px solid var(--_accent);
        }
        @media print {
          .controls,
          .state-message {
            display: none;
          }
          ol[part='list'] > li {
            content-visibility: visible;
          }
        }
      `,
    ];
  }

  static override get properties() {
    return { kind: {}, order: {}, htmlFor: { attribute: 'for' } };
  }

  /** Which entries to show: milestones, signatures, ratifications (space- or comma-separated); all by default. */
  declare kind: string | undefined;
  /** `ascending` (default) or `descending`. */
  declare order: string | undefined;
  /** The `for` attribute: the id of the map to drive. */
  declare htmlFor: string | undefined;
  /** The map this timeline drives, looked up before every render. */
  declare private map: Element | undefined;

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

  /**
   * The map named by `for` (or the one inside the named CMS mount), else the page's only map. Found
   * at every render, so a map added later is linked from the timeline's next render on.
   */
  private findMap(): Element | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = this.htmlFor ? root.getElementById(this.htmlFor) : root;
    if (target instanceof Element && target.localName === 'opicescr-map') return target;
    const maps = target?.querySelectorAll('opicescr-map') ?? [];
    return maps.length === 1 ? maps[0] : undefined;
  }

  protected renderReady(data: StatusData) {
    const text = this.strings.timeline;
    const kinds = this.kinds;
    const descending = this.order === 'descending';
    const shown = buildTimeline(data, this.language).filter((entry) => entry.kinds.some((kind) => kinds.has(kind)));
    if (descending) shown.reverse();
    const years = new Map<string, TimelineEntry[]>();
    for (const entry of shown) {
      const year = entry.date.slice(0, 4);
      years.set(year, [...(years.get(year) ?? []), entry]);
    }
    // The map ignores an `as-of` that is not a day (and shows the data as of its file); so does this.
    const mapDay = /^\d{4}-\d\d-\d\d$/.exec(this.map?.getAttribute('as-of') ?? '')?.[0];
    return html`<div class="controls" part="controls">
        ${KINDS.map((kind) =>
          this.renderCheckbox(text.kinds[kind], kinds.has(kind), kinds.has(kind) && kinds.size === 1, () => this.toggleKind(kind)),
        )}
        ${this.renderCheckbox(text.descending, descending, false, this.toggleOrder)}
      </div>
      ${this.map
        ? html`<p class="state-message" part="link">
            <span role="status">${text.mapOn(formatDate(mapDay ?? data.asOf, this.locale))}</span>
            <button type="button" @click=${() => this.choose()}>${text.today}</button>
          </p>`
        : nothing}
      <ol part="list">
        ${[...years].map(
          ([year, entries]) => html`<li>
            <h3>${year}</h3>
            <ol>
              ${entries.map((entry) => this.renderEntry(entry, dayOf(entry.date) === mapDay))}
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
    const text = this.strings.timeline;
    const body = html`<time datetime=${entry.date}>${formatDate(entry.date, this.locale)}</time>
      <span class="text"
        >${this.describe(entry)} ${entry.count ? html`<small>${text.count(entry.count)}</small>` : nothing}</span
      >`;
    return html`<li class=${entry.type}>
      ${this.map
        ? html`<button type="button" class="entry" aria-current=${current ? 'date' : nothing} @click=${() => this.choose(entry)}>
            ${body}
          </button>`
        : html`<div class="entry">${body}</div>`}
    </li>`;
  }

  private describe({ type, text, name, consentKind }: TimelineEntry) {
    const strings = this.strings.timeline;
    if (text) return text[this.language] ?? text.en;
    if (type === 'in-force') return strings.inForce(name!);
    return html`<span class="swatch ${consentKind ? 'ratified' : 'signed'}" aria-hidden="true"></span>${strings.act(
        name!,
        consentKind ? this.strings.consentKinds[consentKind] : strings.signature,
      )}`;
  }

  // ——— Handlers (Lit calls them with the element as `this`) ———

  /** Shows the map on the entry's day (or, given no entry, today); every entry of that day is marked. */
  private choose(entry?: TimelineEntry) {
    if (entry) this.map?.setAttribute('as-of', dayOf(entry.date));
    else this.map?.removeAttribute('as-of');
    this.requestUpdate();
  }

  private toggleKind(kind: Kind) {
    const kinds = this.kinds;
    this.kind = KINDS.filter((each) => kinds.has(each) !== (each === kind)).join(' ');
  }

  private toggleOrder() {
    this.order = this.order === 'descending' ? 'ascending' : 'descending';
  }
}
