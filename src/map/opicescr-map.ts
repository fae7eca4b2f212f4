// <opicescr-map>: the element's options, the wiring of its controllers and its template. Each
// behaviour lives in a module of this folder named after it (see docs/architecture.md).

import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Category } from '../shared/categories.js';
import { fillStyles, swatchStyles } from '../shared/category-styles.js';
import { parseDay } from '../shared/dates.js';
import { emit } from '../shared/events.js';
import { OpicescrElement, type Phase } from '../shared/opicescr-element.js';
import { PagePresence } from '../shared/page-peers.js';
import { safeHttpUrl } from '../shared/safe-url.js';
import type { StatusData } from '../shared/status-file.js';
import { announceDayChanges } from './day-change.js';
import { copyLink, HashLinkController } from './hash-link.js';
import { answerFor } from './lookup-answer.js';
import { MapDataController } from './map-data.js';
import { MapDrawing } from './map-drawing.js';
import { MapKeyboard } from './map-keyboard.js';
import { MapPointer } from './map-pointer.js';
import { renderTools } from './map-tools.js';
import { renderLegend } from './map-legend.js';
import { MapModel, type MapEntry } from './map-model.js';
import { renderDrawing, renderPlaceholder, renderUnavailable } from './map-frame.js';
import { MapSelection, type SelectDetail } from './map-selection.js';
import { MapSizeController } from './map-size.js';
import { mapStyles } from './map-styles.js';
import { detailsStyles } from './state-details-styles.js';
import { lookupStyles } from './state-lookup-styles.js';
import { tableStyles } from './state-table-styles.js';
import { contactFor, resourcesOnPage } from './next-steps.js';
import { PrintController } from './print-mode.js';
import { warmUpWhenIdle } from './idle-warm-up.js';
import { downloadCsv } from './state-csv.js';
import { describeState, renderPanel } from './state-details.js';
import { StateLookup } from './state-lookup.js';
import { type TableSort } from './state-table.js';
import { regionOf, viewBoxOf, VIEW_ASPECT, type Region } from './world-geometry.js';

/**
 * "Has your country ratified the OP-ICESCR?": a world map of the four treaty categories with a
 * country lookup, a legend that filters, the same data as a sortable table, and a CSV download.
 * Usable by pointer, touch, keyboard (one tab stop; arrow keys move to the nearest state) and
 * screen reader.
 *
 * @element opicescr-map
 * @summary World map of who has signed and ratified the OP-ICESCR.
 *
 * @attr src - Status file URL, resolved against the page. Default: the status file published beside the script.
 * @attr lang - Language of the widget, a BCP 47 tag: `en`, `es`, `fr`, `ar`, `pt`, `ru` or `zh`, with any region (`en-US`, `pt-BR`, `zh-Hant`). Default: the nearest `lang` in the page, else English.
 * @attr theme - `auto` (follows the visitor's system), `light` or `dark`. Default: `auto`.
 * @attr max-age - Days after the file's as-of date before the data is flagged as possibly out of date. Default: `365`.
 * @attr region - `world`, `africa`, `americas`, `asia`, `europe` or `oceania`: the view zooms to the region and the legend counts its states. Default: `world`.
 * @attr highlight - ISO alpha-2 code of a state whose details open on arrival (`UY`). Default: none.
 * @attr as-of - A day, `YYYY-MM-DD`: colours, counts, table and CSV as they stood on that day. Default: the file's latest data.
 * @attr loading - `lazy` (fetch when near the viewport) or `eager` (fetch at once). Default: `lazy`.
 * @attr geometry - World geometry URL, resolved against the page. Default: the geometry published beside the script.
 *
 * @fires {CustomEvent<undefined>} opicescr-ready - The data has rendered (bubbles, composed).
 * @fires {CustomEvent<ErrorDetail>} opicescr-error - The data could not be loaded or read: `detail` is `{ code, message, status? }` (bubbles, composed).
 * @fires {CustomEvent<SelectDetail>} opicescr-select - A state was chosen on the map or in the lookup: `detail` is `{ iso2, category, name }` (bubbles, composed).
 * @fires {CustomEvent<{ asOf: string | null }>} opicescr-as-of-change - The day the map shows changed, whoever changed it: `detail.asOf` is the day (`YYYY-MM-DD`), or null for the file's latest data (bubbles, composed).
 *
 * @slot - Fallback content: shown before the script runs, while the data loads, and if the map cannot render.
 *
 * @csspart root - The element's frame; it carries the theme.
 * @csspart message - A message in place of the content: why the data could not be loaded. Only after a failure.
 * @csspart error - The same message as `message`, when it reports a failure. Only after a failure.
 * @csspart retry - The "Try again" button. Only after a failure.
 * @csspart as-of - The "Data as of … · Source" line.
 * @csspart lookup - The "Has your country ratified?" combobox and its answer.
 * @csspart map - The map's frame: the states, the markers and the details panel.
 * @csspart details - The panel with a state's details. Shown while a state is hovered, focused or open; otherwise `hidden`.
 * @csspart close - The button that closes an open state's details. Only while a state is open.
 * @csspart legend - The categories with their counts; each one filters the map and the table.
 * @csspart tools - The "Show as table" and "Download CSV" buttons.
 * @csspart table - The sortable table of every state. Only while shown (and in print).
 *
 * @cssprop --opicescr-not-party - Fill of states not party to the ICESCR.
 * @cssprop --opicescr-party - Fill of states party to the ICESCR that have not signed the Optional Protocol.
 * @cssprop --opicescr-signed - Fill of states that signed the OP-ICESCR.
 * @cssprop --opicescr-ratified - Fill of states that ratified or acceded to the OP-ICESCR.
 * @cssprop --opicescr-none - Fill of territories with no treaty status of their own.
 * @cssprop --opicescr-background - Background of the widget.
 * @cssprop --opicescr-surface - Background behind the map (the sea).
 * @cssprop --opicescr-text - Text colour.
 * @cssprop --opicescr-muted - Colour of secondary text.
 * @cssprop --opicescr-accent - Colour of links and of the lookup's selected option.
 * @cssprop --opicescr-border - Colour of borders.
 * @cssprop --opicescr-focus - Colour of the focus ring.
 * @cssprop --opicescr-radius - Corner radius of the widget's frame.
 */
export class OpicescrMap extends OpicescrElement {
  static override styles = [...OpicescrElement.styles, swatchStyles, fillStyles, mapStyles, lookupStyles, detailsStyles, tableStyles];

  static override properties: PropertyDeclarations = {
    region: {}, highlight: {}, asOf: { attribute: 'as-of' }, loading: {}, geometry: {},
    // Internal state: renders, but is no attribute.
    filter: { state: true }, tableOpen: { state: true }, sort: { state: true }, copied: { state: true },
  };
  region = 'world';
  highlight: string | null = null;
  asOf: string | null = null;
  loading: string | null = 'lazy';
  geometry: string | null = null;

  private filter: Category | undefined;
  private tableOpen = false;
  private sort: TableSort = { key: 'name', ascending: true };
  /** What the live region says, and the state the lookup answered for (its answer follows the language and day). */
  private announcement = '';
  private answered: string | undefined;
  private copied: string | undefined;

  private readonly data = new MapDataController(this);
  private readonly size = new MapSizeController(this, () => this.renderRoot.querySelector('.frame'));
  private readonly print = new PrintController(this);
  private readonly selection = new MapSelection(this);
  private readonly lookup = new StateLookup(this, 'lookup', (iso2) => this.choose(iso2, { fromLookup: true }));
  private readonly model = new MapModel();
  private readonly drawing = new MapDrawing();
  private readonly pointer = new MapPointer(this.selection, (iso2) => this.choose(iso2));
  private readonly keyboard = new MapKeyboard({
    selection: this.selection,
    speech: () => this.speech,
    reachable: (byName) => this.model.reachable(this.filter, byName),
    tabStop: () => this.tabStop(),
    anchorOf: (entry) => this.drawing.markerPosition(entry.iso2) ?? entry.shape!.anchor,
    worldWidth: () => this.data.world!.views.world[2],
    open: (iso2) => this.choose(iso2),
    moveFocus: (iso2) => {
      this.announcement = describeState(this.model.byIso.get(iso2)!, this.speech, this.day);
      void this.focusState(iso2);
    },
  });
  /** A state to open once the data is in: from `highlight` or the page's address. */
  private pending: string | undefined;
  private readonly hashLink = new HashLinkController(this, (iso2) => (this.model.byIso.has(iso2) ? this.choose(iso2) : (this.pending = iso2)));
  /** Timelines look for maps; the panel's next steps depend on the contact and resources elements. */
  private readonly presence = new PagePresence(this, { kind: 'map', follows: true });

  constructor() {
    super();
    announceDayChanges(this, () => this.day);
    // Once the map is drawn, in an idle moment: the order by name, and a panel, hidden.
    warmUpWhenIdle(this, () => !!this.data.world && !!this.model.entries.length && !this.i18n.pending, () => {
      void this.model.alphabetical;
      this.selection.resting ??= this.model.entries.find((entry) => entry.shape && entry.category !== 'ratified')?.iso2;
      this.requestUpdate();
    });
  }

  protected get phase(): Phase<StatusData> {
    return this.data.phase;
  }

  retry() {
    this.data.retry();
  }

  /** The day shown: `as-of` if it is a real day, else the file's data. */
  private get day() {
    return parseDay(this.asOf);
  }

  private get viewRegion(): Region {
    return regionOf(this.region);
  }

  /** The state holding the map's one tab stop: the active or chosen one if reachable, else the first. */
  private tabStop() {
    return this.model.tabStop([this.selection.active, this.selection.selected], this.filter);
  }

  private get viewBox() {
    return viewBoxOf(this.data.world, this.viewRegion);
  }

  private get scale() {
    return this.size.scale(this.viewBox[2]);
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (changed.has('highlight')) this.pending = this.highlight?.trim().toUpperCase() || this.pending;
    const phase = this.phase;
    const data = phase.state === 'loading' ? undefined : phase.data;
    // Nothing is named before the language's words are in.
    if (!data || this.i18n.pending) return;
    const world = this.data.world;
    this.model.update({ data, world, region: this.viewRegion, speech: this.speech, day: this.day });
    if (world) {
      const { model, viewRegion: region, scale, filter, speech } = this;
      this.drawing.update({ world, data, model, region, scale, filter, width: this.size.widthPx, dotPx: this.size.dotPx, speech });
      this.drawing.layer!.setTabStop(this.tabStop());
    }
    if (this.pending && this.model.byIso.has(this.pending) && (world || phase.state === 'error')) {
      const iso2 = this.pending;
      this.pending = undefined;
      this.choose(iso2, { quiet: true });
    }
  }

  // Loading and ready are one template: the lookup, frame and legend are kept, then filled in.
  protected override renderLoading() {
    return this.renderView(undefined);
  }

  protected renderContent(data: StatusData) {
    return this.renderView(data);
  }

  private renderView(data: StatusData | undefined) {
    const inView = data && this.model.inView;
    return html`${this.renderLookup(!data)}
      <figure class="frame" part="map" @focusin=${this.pointer.onFocusIn} @focusout=${this.pointer.onFocusOut}>
        ${data ? html`${this.renderMap()} ${this.renderPanel(data)}` : renderPlaceholder({ speech: this.speech, aspect: VIEW_ASPECT[this.viewRegion] })}
      </figure>
      ${this.renderLegend(inView)} ${data ? this.renderTools(data, inView!) : nothing}`;
  }

  private renderLookup(disabled: boolean) {
    return html`<div class="words">
      ${this.lookup.render(() => (disabled ? [] : this.model.alphabetical), this.speech)}
      <p class="answer" aria-live="polite">${this.answered && answerFor(this.model.byIso.get(this.answered)!, this.day, this.speech)}</p>
    </div>`;
  }

  private renderLegend(inView: MapEntry[] | undefined) {
    const onToggle = (category: Category) => (this.filter = this.filter === category ? undefined : category);
    return renderLegend({ inView, day: this.day, region: this.viewRegion, filter: this.filter, speech: this.speech, onToggle });
  }

  private renderTools(data: StatusData, inView: MapEntry[]) {
    const entries = this.filter ? inView.filter((entry) => entry.category === this.filter) : inView;
    // Without its geometry the map is the table; while the geometry is only late, it is a choice.
    const failed = this.phase.state === 'error';
    return renderTools({
      entries,
      speech: this.speech,
      day: this.day,
      tableVisible: this.tableOpen || this.print.printing || failed,
      sort: this.sort,
      asOfLine: this.renderAsOf(data),
      announcement: this.announcement,
      onToggleTable: () => (this.tableOpen = !(this.tableOpen || failed)),
      onDownload: () => downloadCsv(entries, this.day, data.asOf, this.speech),
      onSort: (key) => (this.sort = { key, ascending: this.sort.key === key ? !this.sort.ascending : true }),
    });
  }

  private renderMap() {
    const world = this.data.world;
    const frame = { speech: this.speech, aspect: VIEW_ASPECT[this.viewRegion] };
    if (!world) return this.phase.state === 'error' ? renderUnavailable(frame, () => this.retry()) : renderPlaceholder(frame);
    const { drawing, selection, pointer, keyboard, viewBox, scale } = this;
    return renderDrawing({ ...frame, world, drawing, selection, pointer, keyboard, viewBox, scale, dotPx: this.size.dotPx });
  }

  private renderPanel(data: StatusData) {
    const { shown: iso2, resting } = this.selection;
    // Looked up on each render, so a resting panel follows a new language or day like the rest.
    const entry = this.model.byIso.get(iso2 ?? (resting as string));
    return renderPanel({
      entry,
      resting: !iso2,
      territory: iso2 && !entry ? this.data.world?.shapes.get(iso2) : undefined,
      pinned: !!iso2 && iso2 === this.selection.selected,
      speech: this.speech,
      asOf: this.day,
      sourceUrl: safeHttpUrl(data.sources[0]?.url),
      contact: entry && contactFor(this, data),
      resources: entry && resourcesOnPage(this),
      sideOf: (code, point) => this.drawing.sideAwayFrom(code, point, this.viewBox),
      copied: this.copied === iso2,
      onCopy: async () => (this.copied = (await copyLink(iso2!, this.strings.map.copyLink)) ? iso2 : undefined),
      onClose: () => {
        const was = this.selection.close();
        if (was) void this.focusState(was);
      },
    });
  }

  /** Opens a state's details for good (until closed) and tells the page. */
  private choose(iso2: string, { fromLookup = false, quiet = false } = {}) {
    const entry = this.model.byIso.get(iso2);
    if (!entry) return;
    this.selection.select(iso2);
    if (quiet) return; // Opened on arrival (highlight, a link): nothing to announce or tell.
    if (fromLookup) this.answered = iso2;
    else this.announcement = describeState(entry, this.speech, this.day);
    emit(this, 'opicescr-select', { iso2, category: entry.category, name: entry.name } satisfies SelectDetail);
  }

  private async focusState(iso2: string) {
    this.selection.moveTo(iso2);
    await this.updateComplete;
    this.drawing.layer?.elementOf(iso2)?.focus();
  }
}
