// The map's frame: before anything arrives, the view's space (so nothing moves when the map comes)
// with the host's fallback content under a notice; if the geometry failed, the same space with a
// calm message and "Try again" (the table then lists every state); otherwise the drawing itself:
// the category patterns, the states' layer, the borders (each drawn once) and the markers, with
// one set of listeners for all of them; and above it, in a layer of its own (so that drawing one
// repaints that layer, not the map), the outlines of the chosen, hovered and focused states.

import { html } from 'lit';
import type { Speech } from '../shared/i18n/speech.js';
import type { MapDrawing } from './map-drawing.js';
import type { MapKeyboard } from './map-keyboard.js';
import { renderPatterns } from './map-patterns.js';
import type { MapPointer } from './map-pointer.js';
import { renderRings } from './map-rings.js';
import type { MapSelection } from './map-selection.js';
import type { WorldMap } from './world-geometry.js';

export interface FrameOptions {
  speech: Speech;
  /** The view's width / height, known before the geometry. */
  aspect: number;
}

/** The view's space, reserved before anything arrives, with the host's fallback content under a notice. */
export function renderPlaceholder({ speech, aspect }: FrameOptions) {
  return html`${renderSpace(aspect)}
    <div class="placeholder" role="status"><span class="words">${speech.strings.loading}</span><slot></slot></div>`;
}

export function renderUnavailable({ speech, aspect }: FrameOptions, retry: () => void) {
  return html`${renderSpace(aspect)}
    <div class="placeholder state-message error" role="alert">
      <span>${speech.strings.map.mapUnavailable}</span>
      <button type="button" part="retry" @click=${retry}>${speech.strings.retry}</button>
    </div>`;
}

const renderSpace = (aspect: number) => html`<svg viewBox="0 0 ${Math.round(1000 * aspect)} 1000" aria-hidden="true"></svg>`;

export interface DrawingOptions {
  speech: Speech;
  world: WorldMap;
  drawing: MapDrawing;
  selection: MapSelection;
  pointer: MapPointer;
  keyboard: MapKeyboard;
  viewBox: readonly number[];
  scale: number;
  dotPx: number;
}

export function renderDrawing({ speech, world, drawing, selection, pointer, keyboard, viewBox, scale, dotPx }: DrawingOptions) {
  // tabindex -1: Chromium otherwise puts the SVG itself (a scroll container, overflow: hidden)
  // in the tab order before its states, which would make the map two tab stops.
  return html`<svg
    viewBox=${viewBox.join(' ')}
    tabindex="-1"
    role="group"
    aria-label=${speech.strings.map.label}
    @pointermove=${pointer.onPointerMove}
    @pointerleave=${pointer.onPointerLeave}
    @click=${pointer.onClick}
    @keydown=${keyboard.onKeydown}
  >
    ${renderPatterns(scale)} ${drawing.layer!.shapes}
    <path class="borders" d=${world.borders}></path>
    ${drawing.layer!.markers}
  </svg>
  <svg class="rings" viewBox=${viewBox.join(' ')} aria-hidden="true">${renderRings({ selection, world, markers: drawing.markers, scale, dotPx })}</svg>`;
}
