// <opicescr-map>: "Has your country ratified the OP-ICESCR?" A world choropleth of the four treaty
// categories that every visitor can use: by pointer, touch, keyboard (one tab stop, arrow keys move
// to the nearest state) or screen reader (a live region, and the same data as a sortable table).
// Small states get markers with full-size hit targets. It fetches the world geometry (projected at
// build time) only when near the viewport, builds its paths once, shows a region through the
// viewBox, and redraws shapes only when categories change, never on hover.

import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Category } from '../shared/categories.js';
import { formatDate, platformName } from '../shared/i18n/index.js';
import type { LoadError } from '../shared/loader.js';
import { OpicescrElement } from '../shared/opicescr-element.js';
import { mailtoUrl, safeHttpUrl } from '../shared/safe-url.js';
import { DEFAULT_GEOMETRY_URL, resolveUrl } from '../shared/script-url.js';
import type { StatusData } from '../shared/status-file.js';
import { swatchStyles } from '../shared/swatch-styles.js';
import { renderLegend } from './map-legend.js';
import { alphabetical, buildEntries, parseDay, recordOn, type MapEntry } from './map-model.js';
import { renderPatterns } from './map-patterns.js';
import { mapStyles } from './map-styles.js';
import { layoutMarkers, type MarkerPlacement } from './marker-layout.js';
import { StateLayer } from './state-layer.js';
import { nextInDirection, type Direction } from './spatial-nav.js';
import { statesCsv } from './state-csv.js';
import { describeState, labelOf, renderDetails } from './state-details.js';
import { fold, StateLookup } from './state-lookup.js';
import { renderStateTable, type SortKey, type TableSort } from './state-table.js';
import { loadWorldGeometry, REGIONS, VIEW_ASPECT, worldMap, type Region, type WorldAsset, type WorldMap } from './world-geometry.js';

/** Smallest hit target for a marker, in CSS pixels (WCAG 2.5.8). */
const MARKER_TARGET_PX = 24;
/** A marker's visible dot; smaller on a phone-sized map, where many share little room. */
const MARKER_DOT_PX = 9;
const MARKER_DOT_NARROW_PX = 7;
const NARROW_PX = 480;
/**
 * How long the view waits for the geometry once the status file is in. Both usually arrive
 * together and the view is built once; on a slow network the lookup, legend and table come after
 * this, and the map when it can.
 */
const GEOMETRY_GRACE_MS = 300;
/** The width assumed until the ResizeObserver reports one. */
const DEFAULT_WIDTH_PX = 800;
const HASH_PREFIX = '#opicescr=';
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export interface SelectDetail {
  iso2: string;
  category: Category;
  name: string;
}

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
 * @attr lang - Language of the widget, a BCP 47 tag (`es`, `fr`, `en-US`…). Default: the nearest `lang` in the page, else English.
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
 * @fires {CustomEvent<SelectDetail>} opicescr-select - A state was chosen on the map, in the lookup or in the table: `detail` is `{ iso2, category, name }` (bubbles, composed).
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
 * @csspart details - The panel with a state's details. Only while a state is hovered, focused or open.
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
  static override styles = [...OpicescrElement.styles, swatchStyles, mapStyles];

  @property() region = 'world';
  @property() highlight: string | null = null;
  @property({ attribute: 'as-of' }) asOf: string | null = null;
  @property() loading = 'lazy';
  @property() geometry: string | null = null;

  /** The state under the pointer. */
  @state() private hovered: string | undefined;
  /** The state that holds the map's single tab stop. */
  @state() private active: string | undefined;
  /** The state the visitor chose: its panel stays open. */
  @state() private selected: string | undefined;
  @state() private keyboardInMap = false;
  /** Escape hides the focused state's panel until focus moves on. */
  @state() private panelDismissed = false;
  @state() private filter: Category | undefined;
  @state() private tableOpen = false;
  @state() private printing = false;
  @state() private sort: TableSort = { key: 'name', ascending: true };
  /** The map's width in CSS pixels, from the ResizeObserver (0 until it has reported). */
  @state() private frameWidth = 0;
  @state() private announcement = '';
  @state() private answer = '';
  @state() private copied: string | undefined;
  /** The view may show without the map: the geometry lags behind the status file, or failed. */
  @state() private viewWithoutMap = false;
  private geometryGrace?: ReturnType<typeof setTimeout>;

  private readonly geometryTask = new Task(this, {
    task: async ([url, near]: readonly [string, boolean]) =>
      near ? loadWorldGeometry(url) : initialState,
    args: () => [resolveUrl(this.geometry, DEFAULT_GEOMETRY_URL), this.nearViewport] as const,
  });

  private readonly lookup = new StateLookup(this, 'lookup', (iso2) => this.choose(iso2, { fromLookup: true }));

  /** Every state, in the file's order. */
  private entries: MapEntry[] = [];
  private sorted: { from: MapEntry[]; entries: MapEntry[] } | undefined;
  /** The status data the entries were built from. */
  private dataOfEntries: StatusData | undefined;
  private byIso = new Map<string, MapEntry>();
  private world: WorldMap | undefined;
  /** The states and markers as DOM, built once per world and repainted in place. */
  private layer: StateLayer | undefined;
  private markers: readonly MarkerPlacement[] = [];
  /** A state to open once the data is there: from `highlight` or the page's #opicescr= fragment. */
  private pending: string | undefined;
  private typed = '';
  private typedAt = 0;
  private resizeObserver?: ResizeObserver;
  private intersectionObserver?: IntersectionObserver;
  private printQuery?: MediaQueryList;

  override connectedCallback() {
    super.connectedCallback();
    this.pending = this.stateFromHash() ?? this.pending;
    window.addEventListener('hashchange', this.onHashChange);
    this.printQuery = window.matchMedia?.('print');
    this.printQuery?.addEventListener('change', this.onPrintChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    // Observed from the start, so the width is known when the data arrives (the loading state has
    // the same frame) and the first map painted has its markers sized right, with no forced layout.
    this.resizeObserver ??= new ResizeObserver(this.onResize);
    this.resizeObserver.observe(this);
    if (this.loading !== 'eager' && 'IntersectionObserver' in window && !this.hasUpdated) {
      this.nearViewport = false;
      this.intersectionObserver = new IntersectionObserver(
        (records) => {
          if (!records.some((record) => record.isIntersecting)) return;
          this.nearViewport = true;
          this.intersectionObserver?.disconnect();
        },
        { rootMargin: '400px' },
      );
      this.intersectionObserver.observe(this);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.printQuery?.removeEventListener('change', this.onPrintChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.resizeObserver?.disconnect();
    clearTimeout(this.geometryGrace);
    this.geometryGrace = undefined;
  }

  override retry() {
    if (this.geometryTask.status === TaskStatus.ERROR) void this.geometryTask.run();
    super.retry();
  }

  protected override get contentPending() {
    return this.geometryTask.status !== TaskStatus.COMPLETE;
  }

  protected override get contentError() {
    return this.geometryTask.status === TaskStatus.ERROR ? (this.geometryTask.error as LoadError) : undefined;
  }

  protected override get holdingLoadingView() {
    return super.holdingLoadingView && !this.viewWithoutMap;
  }

  private get viewRegion(): Region {
    const region = (this.region ?? '').trim().toLowerCase();
    return (REGIONS as readonly string[]).includes(region) ? (region as Region) : 'world';
  }

  private get day() {
    return parseDay(this.asOf);
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (changed.has('loading') && this.loading === 'eager') this.nearViewport = true;
    if (changed.has('highlight')) this.pending = this.highlight?.trim().toUpperCase() || this.pending;
    // Nothing is built while the loading view holds: the first view is usually the whole one.
    // Once the geometry is in or has failed, the view stays up even while a new one loads.
    if (!this.contentPending || this.contentError) {
      this.viewWithoutMap = true;
      clearTimeout(this.geometryGrace);
    } else if (this.status.status === TaskStatus.COMPLETE) {
      this.geometryGrace ??= setTimeout(() => (this.viewWithoutMap = true), GEOMETRY_GRACE_MS);
    }
    const data = this.holdingLoadingView ? undefined : this.status.value;
    const asset = this.geometryTask.value as WorldAsset | undefined;
    const world = asset ? worldMap(asset) : undefined;
    // Markers move only with the geometry, the view, the data's set of states or the width; a new
    // date, language or filter only repaints.
    const placesChanged = world !== this.world || data !== this.dataOfEntries || changed.has('region');
    if (data && (placesChanged || changed.has('asOf') || changed.has('language'))) {
      if (world !== this.world) this.layer = world && new StateLayer(world);
      this.world = world;
      this.dataOfEntries = data;
      this.entries = buildEntries(data.states, world, this.viewRegion, this.language, this.day);
      this.byIso = new Map(this.entries.map((entry) => [entry.iso2, entry]));
      if (placesChanged) this.layoutMarkerPositions();
      else this.paintStates();
    } else if (changed.has('frameWidth')) {
      this.layoutMarkerPositions();
    } else if (changed.has('filter')) {
      this.paintStates();
    }
    this.layer?.setTabStop(this.focusTarget());
    if (data && this.pending && this.byIso.has(this.pending) && (world || this.contentError)) {
      const iso2 = this.pending;
      this.pending = undefined;
      this.choose(iso2, { quiet: true });
    }
  }

  /** CSS pixels per SVG unit: what keeps markers, hit targets and patterns the same size on screen. */
  private get scale(): number {
    return (this.frameWidth || DEFAULT_WIDTH_PX) / this.viewBox[2];
  }

  private get dotPx(): number {
    return this.frameWidth && this.frameWidth < NARROW_PX ? MARKER_DOT_NARROW_PX : MARKER_DOT_PX;
  }

  /** The part of the world map this view shows, [x, y, width, height] in SVG units. */
  private get viewBox(): [number, number, number, number] {
    return this.world?.views[this.viewRegion] ?? [0, 0, Math.round(1000 * VIEW_ASPECT[this.viewRegion]), 1000];
  }

  private layoutMarkerPositions() {
    if (!this.world || !this.layer) return;
    const visible = this.entries.filter((entry) => entry.inView && entry.shape?.marker);
    this.markers = layoutMarkers(
      visible.map((entry) => ({ iso2: entry.iso2, anchor: entry.shape!.marker! })),
      MARKER_TARGET_PX / this.scale,
      this.viewBox,
    );
    this.layer.placeMarkers(this.markers, this.scale, MARKER_TARGET_PX, this.dotPx);
    this.paintStates();
  }

  /** Colours, dims and names every state and territory for the current date, region, filter and language. */
  private paintStates() {
    this.layer?.paint((iso2) => {
      const entry = this.byIso.get(iso2);
      if (!entry) return { category: 'none', dim: false };
      const dim = !entry.inView || (!!this.filter && entry.category !== this.filter);
      return { category: entry.category, dim, label: labelOf(entry, this.strings) };
    });
  }

  // ——— Rendering ———

  // Loading and ready are one template, so that the lookup, frame and legend made for the loading
  // view are kept and filled in when the data arrives, not built a second time.
  protected override renderLoading() {
    return this.renderView(undefined);
  }

  protected renderReady(data: StatusData) {
    return this.renderView(data);
  }

  private renderView(data: StatusData | undefined) {
    const inView = data && this.entries.filter((entry) => entry.inView);
    return html`${this.renderLookup(!data)}
      <figure class="frame" part="map">${data ? html`${this.renderMap()} ${this.renderPanel(data)}` : this.renderPlaceholder()}</figure>
      ${this.renderLegendFor(inView)} ${data ? this.renderTools(data, inView!) : nothing}`;
  }

  private renderTools(data: StatusData, inView: MapEntry[]) {
    const shown = this.filter ? inView.filter((entry) => entry.category === this.filter) : inView;
    const tableVisible = this.tableOpen || this.printing || !!this.contentError;
    return html`<div class="tools" part="tools">
        <button type="button" aria-expanded=${tableVisible ? 'true' : 'false'} aria-controls="state-table" @click=${this.toggleTable}>
          ${tableVisible ? this.strings.map.hideTable : this.strings.map.showTable}
        </button>
        <button type="button" @click=${() => this.download(shown, data)}>${this.strings.map.download}</button>
      </div>
      ${this.renderAsOf(data)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${tableVisible
        ? renderStateTable({
            entries: shown,
            sort: this.sort,
            strings: this.strings,
            language: this.language,
            locale: this.locale,
            asOf: this.day,
            id: 'state-table',
            onSort: this.onSort,
          })
        : nothing}`;
  }

  private renderLookup(disabled: boolean) {
    return html`<div class="lookup-area">
      ${this.lookup.render(() => (disabled ? [] : this.alphabetical()), this.strings)}
      <p class="answer" aria-live="polite">${this.answer}</p>
    </div>`;
  }

  private renderLegendFor(inView: MapEntry[] | undefined) {
    const day = this.day;
    const region = this.viewRegion;
    let title = day ? this.strings.map.legendOn(formatDate(day, this.locale)) : this.strings.map.legendTitle;
    if (region !== 'world') title = `${title} · ${this.strings.map.inRegion[region]}`;
    let counts: Record<Category, number> | undefined;
    if (inView) {
      counts = { 'not-party': 0, party: 0, signed: 0, ratified: 0 };
      for (const entry of inView) counts[entry.category] += 1;
    }
    return renderLegend({ title, counts, filter: this.filter, strings: this.strings, onToggle: this.onLegendToggle });
  }

  /** An empty SVG of the view's shape: the map's space, reserved before anything arrives. */
  private renderSpaceHolder() {
    return html`<svg viewBox="0 0 ${Math.round(1000 * VIEW_ASPECT[this.viewRegion])} 1000" aria-hidden="true"></svg>`;
  }

  /** The map's space, reserved before anything arrives, with the host's fallback content under a notice. */
  private renderPlaceholder() {
    return html`${this.renderSpaceHolder()}
      <div class="placeholder" role="status">${this.strings.loading}<slot></slot></div>`;
  }

  private renderMap() {
    const world = this.world;
    if (!world && !this.contentError) return this.renderPlaceholder();
    if (!world) {
      return html`${this.renderSpaceHolder()}
        <div class="placeholder state-message error" role="alert">
          <span>${this.strings.map.mapUnavailable}</span>
          <button type="button" part="retry" @click=${this.retry}>${this.strings.retry}</button>
        </div>`;
    }
    // tabindex -1: Chromium otherwise puts the SVG itself (a scroll container, overflow: hidden)
    // in the tab order before its states, which would make the map two tab stops.
    return html`<svg
      viewBox=${this.viewBox.join(' ')}
      tabindex="-1"
      role="group"
      aria-label=${this.strings.map.label}
      @pointermove=${this.onPointerMove}
      @pointerleave=${this.onPointerLeave}
      @click=${this.onMapClick}
      @keydown=${this.onMapKeydown}
      @focusin=${this.onMapFocusIn}
      @focusout=${this.onMapFocusOut}
    >
      ${renderPatterns(this.scale)} ${this.layer!.shapes}
      <path class="borders" d=${world.borders}></path>
      ${this.layer!.markers} ${this.renderRings()}
    </svg>`;
  }

  /** Outlines for the hovered, focused and chosen states, drawn above every shape. */
  private renderRings() {
    const rings: Array<[string | undefined, string]> = [
      [this.selected, 'selected'],
      [this.hovered !== this.selected ? this.hovered : undefined, 'hover'],
      [this.keyboardInMap ? this.active : undefined, 'focus'],
    ];
    return svg`<g aria-hidden="true">
      ${rings.map(([iso2, kind]) => {
        if (!iso2) return nothing;
        const marker = this.markers.find((placement) => placement.iso2 === iso2);
        const shape = this.world?.shapes.get(iso2);
        const outline = marker
          ? svg`<circle cx=${marker.position[0]} cy=${marker.position[1]} r=${(this.dotPx / 2 + 3) / this.scale}></circle>`
          : shape?.path
            ? svg`<path d=${shape.path}></path>`
            : nothing;
        if (outline === nothing) return nothing;
        return svg`<g class="ring halo">${outline}</g><g class="ring ${kind}">${outline}</g>`;
      })}
    </g>`;
  }

  private renderPanel(data: StatusData) {
    const iso2 = this.panelState();
    const entry = iso2 ? this.byIso.get(iso2) : undefined;
    const territory = iso2 && !entry ? this.world?.shapes.get(iso2) : undefined;
    if (territory) {
      return html`<section class="details ${this.sideFor(territory.anchor)}" part="details">
        <h3>${platformName(territory.iso2, this.language) ?? territory.name ?? territory.iso2}</h3>
        <p><span class="swatch none" aria-hidden="true"></span>${this.strings.map.territory}</p>
      </section>`;
    }
    if (!entry) return nothing;
    const pinned = iso2 === this.selected;
    const contact = this.contactFor(data);
    return renderDetails({
      entry,
      strings: this.strings,
      locale: this.locale,
      asOf: this.day,
      pinned,
      sourceUrl: safeHttpUrl(data.sources[0]?.url),
      contact,
      side: this.sideFor(entry.shape?.marker ? this.markerPosition(entry.iso2) : entry.shape?.anchor),
      onClose: this.closePanel,
      actions: pinned ? this.renderCopyLink(entry.iso2) : undefined,
    });
  }

  private renderCopyLink(iso2: string) {
    return html`<p>
      <button type="button" class="link" @click=${() => this.copyLink(iso2)}>
        ${this.copied === iso2 ? this.strings.map.linkCopied : this.strings.map.copyLink}
      </button>
    </p>`;
  }

  // ——— State ———

  /** Which state's details show: the hovered one, else the chosen one, else the focused one. */
  private panelState(): string | undefined {
    if (this.hovered) return this.hovered;
    if (this.selected) return this.selected;
    return this.keyboardInMap && !this.panelDismissed ? this.active : undefined;
  }

  /** The entries by name in the visitor's language, sorted once per set of entries. */
  private alphabetical(): MapEntry[] {
    if (this.sorted?.from !== this.entries) this.sorted = { from: this.entries, entries: alphabetical(this.entries, this.language) };
    return this.sorted.entries;
  }

  /** The states arrow keys can reach: drawn, in the region, and in the legend's filter. */
  private navigable(entries = this.entries): MapEntry[] {
    return entries.filter(
      (entry) => entry.shape && entry.inView && (!this.filter || entry.category === this.filter),
    );
  }

  private focusTarget(): string | undefined {
    const navigable = this.navigable();
    for (const candidate of [this.active, this.selected]) {
      if (candidate && navigable.some((entry) => entry.iso2 === candidate)) return candidate;
    }
    return navigable[0]?.iso2;
  }

  private markerPosition(iso2: string): [number, number] | undefined {
    return this.markers.find((placement) => placement.iso2 === iso2)?.position;
  }

  private sideFor(point: [number, number] | undefined): 'left' | 'right' {
    const [x, , width] = this.viewBox;
    return point && point[0] < x + width / 2 ? 'right' : 'left';
  }

  private contactFor(data: StatusData) {
    // A contact element on the same page is better than a mail client: it says whom to write to.
    const element = document.querySelector('opicescr-contact');
    if (element) {
      return {
        onClick: () => {
          element.scrollIntoView({ behavior: 'smooth', block: 'start' });
          (element as HTMLElement).focus({ preventScroll: true });
        },
      };
    }
    const email = data.coalition.contacts[0]?.email ?? data.coalition.coordinator?.email;
    const href = mailtoUrl(email, 'OP-ICESCR');
    return href ? { href } : undefined;
  }

  /** Opens a state's details for good (until closed) and tells the page. */
  private choose(iso2: string, { fromLookup = false, quiet = false } = {}) {
    const entry = this.byIso.get(iso2);
    if (!entry) return;
    this.selected = iso2;
    this.active = iso2;
    this.panelDismissed = false;
    const day = this.day;
    const { op } = recordOn(entry.record, day);
    const strings = this.strings;
    const answers = strings.map.answer;
    const date = (value?: string) => (value ? formatDate(value, this.locale) : '');
    this.answer = fromLookup
      ? entry.category === 'ratified'
        ? answers.ratified(entry.name, date(op.consent), strings.consentKinds[op.consentKind ?? 'ratification'])
        : entry.category === 'signed'
          ? answers.signed(entry.name, date(op.signature))
          : answers[entry.category](entry.name)
      : this.answer;
    if (!fromLookup) this.announcement = describeState(entry, strings, this.locale, day);
    if (!quiet) {
      const detail: SelectDetail = { iso2, category: entry.category, name: entry.name };
      this.dispatchEvent(new CustomEvent('opicescr-select', { detail, bubbles: true, composed: true }));
    }
  }

  private closePanel = () => {
    const wasSelected = this.selected;
    this.selected = undefined;
    this.panelDismissed = true;
    if (wasSelected) void this.focusState(wasSelected);
  };

  private async focusState(iso2: string) {
    this.active = iso2;
    await this.updateComplete;
    this.layer?.elementOf(iso2)?.focus();
  }

  private stateFromHash(): string | undefined {
    const hash = decodeURIComponent(location.hash);
    return hash.startsWith(HASH_PREFIX) ? hash.slice(HASH_PREFIX.length).trim().toUpperCase() : undefined;
  }

  // ——— Handlers ———

  private onResize = () => {
    // Called after layout, so reading the size forces nothing.
    const width = this.renderRoot.querySelector<HTMLElement>('.frame')?.clientWidth ?? 0;
    if (width > 0 && Math.abs(width - this.frameWidth) >= 1) this.frameWidth = width;
  };

  private onHashChange = () => {
    const iso2 = this.stateFromHash();
    if (!iso2) return;
    if (this.byIso.has(iso2)) this.choose(iso2);
    else this.pending = iso2;
  };

  private onPrintChange = (event: MediaQueryListEvent) => (this.printing = event.matches);
  private onBeforePrint = () => (this.printing = true);
  private onAfterPrint = () => (this.printing = false);

  private stateAt(target: EventTarget | null): string | undefined {
    const element = (target as Element | null)?.closest?.('[data-iso], [data-shape-of]');
    return element?.getAttribute('data-iso') ?? element?.getAttribute('data-shape-of') ?? undefined;
  }

  private onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const iso2 = this.stateAt(event.target);
    if (iso2 !== this.hovered) this.hovered = iso2;
  };

  private onPointerLeave = () => {
    this.hovered = undefined;
  };

  private onMapClick = (event: MouseEvent) => {
    const iso2 = this.stateAt(event.target);
    if (iso2 && this.byIso.has(iso2)) this.choose(iso2);
    else if (!iso2) this.selected = undefined;
  };

  private onMapFocusIn = (event: FocusEvent) => {
    const iso2 = this.stateAt(event.target);
    // Only keyboard focus on a state shows its ring and panel; a click has its own ring.
    this.keyboardInMap = !!iso2 && (event.target as Element).matches(':focus-visible');
    if (iso2 && iso2 !== this.active) {
      this.active = iso2;
      this.panelDismissed = false;
    }
  };

  private onMapFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Node).contains(next)) this.keyboardInMap = false;
  };

  private onMapKeydown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = this.focusTarget();
    const navigable = this.navigable(this.alphabetical());
    let next: string | undefined;
    const direction = ARROWS[event.key];
    if (direction) {
      const from = navigable.find((entry) => entry.iso2 === current);
      const points = navigable.map((entry) => ({ iso2: entry.iso2, anchor: this.anchorOf(entry) }));
      const worldWidth = this.world!.views.world[2];
      next = from ? nextInDirection({ iso2: from.iso2, anchor: this.anchorOf(from) }, points, direction, worldWidth) : current;
    } else if (event.key === 'Home' || event.key === 'End') {
      next = (event.key === 'Home' ? navigable[0] : navigable[navigable.length - 1])?.iso2;
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (current) this.choose(current);
    } else if (event.key === 'Escape') {
      if (!this.selected && (this.panelDismissed || !this.keyboardInMap)) return;
      this.selected = undefined;
      this.panelDismissed = true;
    } else if (event.key.length === 1 && /\p{L}/u.test(event.key)) {
      next = this.typeAhead(event.key, navigable, current);
    } else {
      return;
    }
    event.preventDefault();
    if (next && next !== current) {
      const entry = this.byIso.get(next)!;
      this.announcement = describeState(entry, this.strings, this.locale, this.day);
      void this.focusState(next);
    }
  };

  /** Letters jump to the next state whose name starts with what was typed (within a second). */
  private typeAhead(letter: string, navigable: MapEntry[], current: string | undefined) {
    const now = performance.now();
    this.typed = now - this.typedAt < 1000 ? this.typed + letter : letter;
    this.typedAt = now;
    const wanted = fold(this.typed);
    // A first letter moves on from the current state; more letters refine from where we are.
    const position = navigable.findIndex((entry) => entry.iso2 === current);
    const start = this.typed.length > 1 ? Math.max(position, 0) : position + 1;
    const rotated = [...navigable.slice(start), ...navigable.slice(0, start)];
    return rotated.find((entry) => fold(entry.name).startsWith(wanted))?.iso2;
  }

  private anchorOf(entry: MapEntry): [number, number] {
    return this.markerPosition(entry.iso2) ?? entry.shape!.anchor;
  }

  private onLegendToggle = (category: Category) => {
    this.filter = this.filter === category ? undefined : category;
  };

  private onSort = (key: SortKey) => {
    this.sort = { key, ascending: this.sort.key === key ? !this.sort.ascending : true };
  };

  private toggleTable = () => {
    this.tableOpen = !(this.tableOpen || !!this.contentError);
  };

  private download(entries: MapEntry[], data: StatusData) {
    const blob = new Blob([statesCsv(entries, this.day)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `opicescr-status-${this.day ?? data.asOf}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  private async copyLink(iso2: string) {
    const url = `${location.href.split('#')[0]}${HASH_PREFIX}${iso2}`;
    try {
      await navigator.clipboard.writeText(url);
      this.copied = iso2;
    } catch {
      // No clipboard (an insecure page, or permission refused): put the link where it can be copied.
      window.prompt(this.strings.map.copyLink, url);
    }
  }
}
