// Outlines for the chosen, hovered and keyboard-focused states, drawn in their own layer above
// the map (src/map/map-frame.ts), with a halo in the background colour so they show on any fill.
// A state with a marker gets a ring around its dot. Only these few outlines change on hover; the
// shapes below are never redrawn.

import { nothing, svg } from 'lit';
import type { MarkerPlacement } from './world-geometry.js';
import type { MapSelection } from './map-selection.js';
import type { WorldMap } from './world-geometry.js';

export interface RingOptions {
  selection: MapSelection;
  world: WorldMap;
  markers: readonly MarkerPlacement[];
  /** CSS pixels per SVG unit, and a marker's dot in CSS pixels. */
  scale: number;
  dotPx: number;
}

export function renderRings({ selection, world, markers, scale, dotPx }: RingOptions) {
  const { selected, hovered, keyboardInMap, active } = selection;
  const rings: Array<[string | undefined, string]> = [
    [selected, 'selected'],
    [hovered !== selected ? hovered : undefined, 'hover'],
    [keyboardInMap ? active : undefined, 'focus'],
  ];
  return rings.map(([iso2, kind]) => {
    if (!iso2) return nothing;
    const marker = markers.find((placement) => placement.iso2 === iso2);
    const path = world.shapes.get(iso2)?.path;
    const outline = marker
      ? svg`<circle cx=${marker.position[0]} cy=${marker.position[1]} r=${(dotPx / 2 + 3) / scale}></circle>`
      : path
        ? svg`<path d=${path}></path>`
        : nothing;
    if (outline === nothing) return nothing;
    return svg`<g class="ring halo">${outline}</g><g class="ring ${kind}">${outline}</g>`;
  });
}
