// The map's states and markers, built with the DOM directly rather than with a template per shape.
// There are about 250 of them: as Lit templates they cost the first render about 15 ms and every
// hover, arrow key or filter a diff of all 250; here each element is created once per world and
// afterwards only the attributes that really change are written. Values go in through
// setAttribute, never through markup, so a name from a partner's file can only ever be text.
//
// Exactly one element per state carries data-iso and data-category (a public hook: docs/elements.md,
// "States and events"): its shape, or its marker when it is too small to see (its tiny shape is
// then drawn, marked data-shape-of).

import type { MapCategory } from '../shared/categories.js';
import type { MarkerPlacement } from './world-geometry.js';
import type { WorldMap } from './world-geometry.js';

const SVG = 'http://www.w3.org/2000/svg';

/** How one state or territory looks and reads at the moment. */
export interface StateLook {
  category: MapCategory;
  /** Outside the chosen region or the legend's filter. */
  dim: boolean;
  /** The accessible name of a state; territories have none and are not focusable. */
  label?: string;
}

export class StateLayer {
  /** `<g class="shapes">`: every shape, in the asset's order. */
  readonly shapes = document.createElementNS(SVG, 'g');
  /** `<g class="markers">`: leader lines, then the markers of small states. */
  readonly markers = document.createElementNS(SVG, 'g');
  /** The element that carries each code's data-iso (a shape or a marker). */
  private readonly interactive = new Map<string, SVGElement>();
  /** Every element painted with a state's category: its shape and, if any, its marker's dot. */
  private readonly painted = new Map<string, SVGElement[]>();
  private tabStop: SVGElement | undefined;

  constructor(world: WorldMap) {
    this.shapes.setAttribute('class', 'shapes');
    this.markers.setAttribute('class', 'markers');
    for (const shape of world.shapes.values()) {
      if (!shape.path) continue;
      const path = element('path', { d: shape.path });
      // A state with a marker is reached through the marker; its shape is only drawn.
      if (shape.marker) path.setAttribute('data-shape-of', shape.iso2);
      else this.interactive.set(shape.iso2, path);
      this.painted.set(shape.iso2, [path]);
      this.shapes.append(path);
    }
  }

  /**
   * Draws the markers where the layout put them. `scale` is CSS pixels per SVG unit: the dot and
   * the 24 px hit target keep their size on screen whatever the map's width.
   */
  placeMarkers(placements: readonly MarkerPlacement[], scale: number, targetPx: number, dotPx: number) {
    const dot = dotPx / 2 / scale;
    const lines = [];
    const groups = [];
    for (const { iso2, anchor, position } of placements) {
      if (Math.hypot(anchor[0] - position[0], anchor[1] - position[1]) > dot) {
        lines.push(element('line', { class: 'leader', x1: anchor[0], y1: anchor[1], x2: position[0], y2: position[1] }));
      }
      const group = element('g', { class: 'marker', transform: `translate(${position[0].toFixed(1)} ${position[1].toFixed(1)})` });
      const fill = element('circle', { r: dot });
      group.append(element('circle', { class: 'hit', r: targetPx / 2 / scale }), fill);
      this.interactive.set(iso2, group);
      this.painted.set(iso2, [...(this.painted.get(iso2) ?? []).filter((each) => each.localName === 'path'), fill]);
      groups.push(group);
    }
    this.markers.replaceChildren(...lines, ...groups);
  }

  /** Gives each state and territory its current look; writes only what changed. */
  paint(look: (iso2: string) => StateLook | undefined) {
    for (const [iso2, elements] of this.painted) {
      const state = look(iso2);
      if (!state) continue;
      const fill = `fill ${state.category}${state.dim ? ' dim' : ''}`;
      for (const each of elements) set(each, 'class', each.localName === 'path' ? `shape ${fill}` : `dot ${fill}`);
      const target = this.interactive.get(iso2);
      if (!target) continue;
      set(target, 'data-iso', iso2);
      set(target, 'data-category', state.category);
      if (state.label) {
        set(target, 'role', 'button');
        set(target, 'aria-label', state.label);
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      }
    }
  }

  /** Makes `iso2` the map's single tab stop (roving tabindex). */
  setTabStop(iso2: string | undefined) {
    const next = iso2 ? this.interactive.get(iso2) : undefined;
    if (next === this.tabStop) return;
    this.tabStop?.setAttribute('tabindex', '-1');
    next?.setAttribute('tabindex', '0');
    this.tabStop = next;
  }

  /** The element that carries `iso2`'s data-iso, to focus it. */
  elementOf(iso2: string): SVGElement | undefined {
    return this.interactive.get(iso2);
  }
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const created = document.createElementNS(SVG, name) as SVGElement;
  for (const [attribute, value] of Object.entries(attributes)) created.setAttribute(attribute, String(value));
  return created;
}

function set(target: Element, attribute: string, value: string) {
  if (target.getAttribute(attribute) !== value) target.setAttribute(attribute, value);
}
