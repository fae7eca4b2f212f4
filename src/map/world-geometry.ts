// The world geometry asset (data/opicescr-world.v1.json): checked on arrival, then turned into SVG
// path data once per asset. The asset is projected at build time (Equal Earth, in whole SVG units;
// see data/GEOMETRY.md), so the browser runs no projection: a region is a viewBox on the same
// paths, and resizing changes only the SVG's scale. DOM-free and memoised.

import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, Geometry, Position } from 'geojson';

export const GEOMETRY_SCHEMA = 'opicescr-world';
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

interface CountryProperties {
  region?: Exclude<Region, 'world'>;
  marker?: [number, number];
  anchor?: [number, number];
  territory?: boolean;
  name?: string;
}

export type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties> }> & {
  views: Record<Region, [number, number, number, number]>;
};

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
}

/** Checks the asset's header and shape; the loader turns a throw into an `INVALID` error. */
export function readWorldGeometry(raw: unknown): WorldTopology {
  const topology = raw as Partial<WorldTopology> & { schema?: unknown; version?: unknown };
  if (!topology || typeof topology !== 'object' || topology.type !== 'Topology') {
    throw new Error('the map geometry is not a TopoJSON topology');
  }
  if (topology.schema !== GEOMETRY_SCHEMA) throw new Error(`the map geometry's "schema" is not "${GEOMETRY_SCHEMA}"`);
  if (!/^1\./.test(String(topology.version))) throw new Error(`the map geometry has version ${String(topology.version)}, not 1.x`);
  const countries = topology.objects?.countries;
  if (!countries || countries.type !== 'GeometryCollection' || !Array.isArray(countries.geometries)) {
    throw new Error('the map geometry has no "countries" collection');
  }
  if (!Array.isArray(topology.arcs)) throw new Error('the map geometry has no arcs');
  for (const region of REGIONS) {
    const box = topology.views?.[region];
    if (!Array.isArray(box) || box.length !== 4 || !box.every(Number.isFinite)) {
      throw new Error(`the map geometry has no "${region}" view`);
    }
  }
  return topology as WorldTopology;
}

const maps = new WeakMap<WorldTopology, WorldMap>();

/** The paths of every state and territory, built once per asset and shared by every map. */
export function worldMap(topology: WorldTopology): WorldMap {
  let map = maps.get(topology);
  if (!map) maps.set(topology, (map = buildWorldMap(topology)));
  return map;
}

function buildWorldMap(topology: WorldTopology): WorldMap {
  const countries = topology.objects.countries;
  const shapes = new Map<string, MapShape>();
  for (const geometry of countries.geometries as Array<GeometryObject<CountryProperties>>) {
    const iso2 = typeof geometry.id === 'string' ? geometry.id : '';
    const properties: CountryProperties = geometry.properties ?? {};
    const anchor = properties.marker ?? properties.anchor;
    if (!/^[A-Z]{2}$/.test(iso2) || shapes.has(iso2) || !isPoint(anchor)) continue;
    shapes.set(iso2, {
      iso2,
      region: properties.region,
      territory: properties.territory === true,
      name: properties.name,
      path: geometry.type ? pathOf((feature(topology, geometry) as Feature).geometry) : '',
      anchor,
      marker: isPoint(properties.marker) ? properties.marker : undefined,
    });
  }
  return { shapes, borders: pathOf(mesh(topology, countries, (a, b) => a !== b)), views: topology.views };
}

/** SVG path data for planar polygons and lines; coordinates are already SVG units. */
export function pathOf(geometry: Geometry | null): string {
  if (!geometry) return '';
  const line = (points: Position[], close: boolean) =>
    points.length ? `M${points.map(([x, y]) => `${x} ${y}`).join('L')}${close ? 'Z' : ''}` : '';
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((ring) => line(ring.slice(0, -1), true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flat().map((ring) => line(ring.slice(0, -1), true)).join('');
    case 'LineString':
      return line(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((points) => line(points, false)).join('');
    default:
      return '';
  }
}

const isPoint = (point: unknown): point is [number, number] =>
  Array.isArray(point) && point.length === 2 && point.every((value) => typeof value === 'number' && Number.isFinite(value));
