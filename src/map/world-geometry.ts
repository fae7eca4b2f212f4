// The world geometry asset (data/opicescr-world.v2.json): checked on arrival, then indexed once
// per asset. The asset is SVG path data, projected at build time (Equal Earth, in whole SVG units;
// see data/GEOMETRY.md), so the browser runs no projection and stitches no arcs: a region is a
// viewBox on the same paths, and resizing changes only the SVG's scale. DOM-free and memoised.

import { loadJson } from '../shared/loader.js';

export const GEOMETRY_SCHEMA = 'opicescr-world';
const GEOMETRY_MAX_BYTES = 5 * 1024 * 1024;
export const REGIONS = ['world', 'africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * Width / height of each view, known before the geometry arrives so the element can reserve its
 * space. The build widens every region's box to exactly these (scripts/lib/project-topology.mjs);
 * a contract test keeps the two in step.
 */
export const VIEW_ASPECT: Record<Region, number> = {
  world: 2400 / 1052,
  africa: 1,
  americas: 1,
  asia: 1.6,
  europe: 1.4,
  oceania: 1.4,
};

/** The region a `region` attribute names; anything else is the world (bad values fall back quietly). */
export function regionOf(value: string | null | undefined): Region {
  const region = (value ?? '').trim().toLowerCase() as Region;
  return REGIONS.includes(region) ? region : 'world';
}

/** The part of the world a view shows, [x, y, width, height] in SVG units; its shape before the asset is in. */
export function viewBoxOf(world: WorldMap | undefined, region: Region): [number, number, number, number] {
  return world?.views[region] ?? [0, 0, Math.round(1000 * VIEW_ASPECT[region]), 1000];
}

/** One entry of the asset's `shapes`: a state or territory (see data/GEOMETRY.md). */
interface AssetShape {
  id: string;
  region?: Exclude<Region, 'world'>;
  marker?: [number, number];
  anchor?: [number, number];
  territory?: boolean;
  name?: string;
  path?: string;
}

/** Where a view's markers go at each width the build laid them out for (data/GEOMETRY.md). */
interface MarkerLayouts {
  widths: number[];
  /** Per width, [dx, dy, …] from each marker's point, for the view's markers in the shapes' order. */
  offsets: number[][];
}

export interface WorldAsset {
  schema: typeof GEOMETRY_SCHEMA;
  version: string;
  views: Record<Region, [number, number, number, number]>;
  shapes: AssetShape[];
  borders: string;
  markerLayouts?: Partial<Record<Region, MarkerLayouts>>;
}

/** A marker drawn for a small state: the point it stands for, and where it is drawn. */
export interface MarkerPlacement {
  iso2: string;
  anchor: [number, number];
  position: [number, number];
}

/** One state or territory on the map. Coordinates are the asset's SVG units. */
export interface MapShape {
  iso2: string;
  region?: Exclude<Region, 'world'>;
  territory: boolean;
  /** English name, given for territories only (states are named by the status file). */
  name?: string;
  /** SVG path data, or '' when the state is too small to draw (its marker stands for it). */
  path: string;
  /** A point on the state (its largest part's centroid, or its marker): for arrow keys and the panel. */
  anchor: [number, number];
  /** Where the marker points, for states too small to see. */
  marker?: [number, number];
}

export interface WorldMap {
  shapes: Map<string, MapShape>;
  /** Borders between neighbours, drawn once. */
  borders: string;
  views: Record<Region, [number, number, number, number]>;
  layouts: Partial<Record<Region, MarkerLayouts>>;
}

/** Numbers, spaces and the path commands the build writes: nothing else can reach a `d`. */
const PATH_DATA = /^[MmLlZz\d .-]*$/;

/** Checks the asset's header and shape; the loader turns a throw into an `INVALID` error. */
export function readWorldGeometry(raw: unknown): WorldAsset {
  const asset = (raw ?? {}) as Partial<WorldAsset>;
  const refuse = (problem: string): never => {
    throw new Error(`the map geometry ${problem}`);
  };
  if (asset.schema !== GEOMETRY_SCHEMA) refuse(`is not "${GEOMETRY_SCHEMA}"`);
  if (!/^2\./.test(String(asset.version))) refuse(`has version ${String(asset.version)}, not 2.x`);
  if (!Array.isArray(asset.shapes)) refuse('has no "shapes" list');
  if (typeof asset.borders !== 'string' || !PATH_DATA.test(asset.borders)) refuse('has no "borders" path');
  for (const region of REGIONS) {
    const box = asset.views?.[region];
    if (!Array.isArray(box) || box.length !== 4 || !box.every(Number.isFinite)) refuse(`has no "${region}" view`);
  }
  return asset as WorldAsset;
}

/** Loads and checks the asset at `url`, sharing the request with every map (and the early start). */
export function loadWorldGeometry(url: string): Promise<WorldAsset> {
  return loadJson(url, readWorldGeometry, { maxBytes: GEOMETRY_MAX_BYTES });
}

const maps = new WeakMap<WorldAsset, WorldMap>();

/** The shapes of every state and territory, indexed once per asset and shared by every map. */
export function worldMap(asset: WorldAsset): WorldMap {
  let map = maps.get(asset);
  if (!map) maps.set(asset, (map = buildWorldMap(asset)));
  return map;
}

/** Keeps the entries a map can use: a code, a point, and path data that is only path data. */
function buildWorldMap(asset: WorldAsset): WorldMap {
  const shapes = new Map<string, MapShape>();
  for (const shape of asset.shapes as unknown[]) {
    if (!shape || typeof shape !== 'object') continue;
    const { id, region, marker, anchor, territory, name, path } = shape as AssetShape;
    const point = marker ?? anchor;
    if (typeof id !== 'string' || !/^[A-Z]{2}$/.test(id) || shapes.has(id) || !isPoint(point)) continue;
    shapes.set(id, {
      iso2: id,
      region,
      territory: territory === true,
      name,
      path: typeof path === 'string' && PATH_DATA.test(path) ? path : '',
      anchor: point,
      marker: isPoint(marker) ? marker : undefined,
    });
  }
  return { shapes, borders: asset.borders, views: asset.views, layouts: asset.markerLayouts ?? {} };
}

/**
 * The markers of a view on a map `widthPx` wide, laid out at build time so that no two 24 px
 * targets overlap: the layout of the widest width the map is not narrower than (a wider map has
 * more room). A geometry without layouts (an older or a partner's file) puts each marker on its
 * point; a layout that does not fit the view's markers is ignored the same way.
 */
export function markersOf(world: WorldMap, region: Region, widthPx: number): MarkerPlacement[] {
  const markers = [...world.shapes.values()].filter((shape) => shape.marker && !shape.territory && (region === 'world' || shape.region === region));
  const layout = world.layouts[region];
  let chosen: number[] | undefined;
  // Read with care: a partner's file may hold anything here.
  if (Array.isArray(layout?.widths)) {
    layout.widths.forEach((width, index) => {
      if (width <= widthPx || !chosen) chosen = layout.offsets?.[index];
    });
  }
  const fits = Array.isArray(chosen) && chosen.length === markers.length * 2 && chosen.every(Number.isFinite);
  return markers.map(({ iso2, marker }, index) => {
    const anchor = marker!;
    const position: [number, number] = fits ? [anchor[0] + chosen![2 * index], anchor[1] + chosen![2 * index + 1]] : anchor;
    return { iso2, anchor, position };
  });
}

const isPoint = (point: unknown): point is [number, number] =>
  Array.isArray(point) && point.length === 2 && point.every((value) => typeof value === 'number' && Number.isFinite(value));
