// The drawn map: the states' layer (src/map/state-layer.ts) for the current geometry, its markers
// where the build laid them out for the current view and width, and every state painted for the current date, language
// and legend filter. Each job is redone only when what it depends on changed: markers move with
// the geometry, the data's set of states, the view or the width; a new date, language or filter
// only repaints; a hover does neither.

import type { Category } from '../shared/categories.js';
import type { Speech } from '../shared/i18n/speech.js';
import type { StatusData } from '../shared/status-file.js';
import type { MapModel } from './map-model.js';
import { stateLabel } from './state-details.js';
import { StateLayer } from './state-layer.js';
import { markersOf, type MarkerPlacement, type Region, type WorldMap } from './world-geometry.js';

/** Smallest hit target for a marker, in CSS pixels (WCAG 2.5.8). */
export const MARKER_TARGET_PX = 24;

export interface DrawingInputs {
  world: WorldMap;
  data: StatusData;
  model: MapModel;
  region: Region;
  /** The map's width in CSS pixels. */
  width: number;
  /** CSS pixels per SVG unit. */
  scale: number;
  dotPx: number;
  filter: Category | undefined;
  speech: Speech;
}

export class MapDrawing {
  layer: StateLayer | undefined;
  markers: readonly MarkerPlacement[] = [];
  private world: WorldMap | undefined;
  private placedFor: readonly unknown[] = [];
  private paintedFor: readonly unknown[] = [];

  update({ world, data, model, region, width, scale, dotPx, filter, speech }: DrawingInputs) {
    if (world !== this.world) {
      this.world = world;
      this.layer = new StateLayer(world);
      this.placedFor = [];
    }
    const places = [data, region, width, scale, dotPx];
    if (!sameValues(places, this.placedFor)) {
      this.placedFor = places;
      // Laid out at build time for this view and width (src/map/world-geometry.ts).
      this.markers = markersOf(world, region, width).filter((marker) => model.byIso.has(marker.iso2));
      this.layer!.placeMarkers(this.markers, scale, MARKER_TARGET_PX, dotPx);
      this.paintedFor = [];
    }
    const paint = [model.entries, filter];
    if (!sameValues(paint, this.paintedFor)) {
      this.paintedFor = paint;
      this.layer!.paint((iso2) => {
        const entry = model.byIso.get(iso2);
        if (!entry) return { category: 'none', dim: false };
        const dim = !entry.inView || (!!filter && entry.category !== filter);
        return { category: entry.category, dim, label: stateLabel(entry, speech) };
      });
    }
  }

  markerPosition(iso2: string): [number, number] | undefined {
    return this.markers.find((placement) => placement.iso2 === iso2)?.position;
  }

  /** The side of `viewBox` away from a state (its marker, else `point`): where its panel goes. */
  sideAwayFrom(iso2: string, point: [number, number] | undefined, [x, , width]: readonly number[]): 'left' | 'right' {
    const [px] = this.markerPosition(iso2) ?? point ?? [];
    return px !== undefined && px < x + width / 2 ? 'right' : 'left';
  }
}

const sameValues = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, index) => value === b[index]);
