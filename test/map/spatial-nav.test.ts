// Arrow keys must be able to take a keyboard user from any state to any other: the "nearest state
// in this direction" graph over the real map is checked to be strongly connected.
import { expect } from '@open-wc/testing';
import { markersOf, readWorldGeometry, worldMap } from '../../src/map/world-geometry.js';
import { nextInDirection, type Direction, type NavPoint } from '../../src/map/spatial-nav.js';

const DIRECTIONS: Direction[] = ['left', 'right', 'up', 'down'];

function reachableFrom(start: string, points: NavPoint[], width: number): Set<string> {
  const byIso = new Map(points.map((point) => [point.iso2, point]));
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const from = byIso.get(queue.shift()!)!;
    for (const direction of DIRECTIONS) {
      const next = nextInDirection(from, points, direction, width);
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('arrow-key navigation', () => {
  let points: NavPoint[];
  let width: number;
  before(async () => {
    const asset = readWorldGeometry(await (await fetch('/data/opicescr-world.v2.json')).json());
    const status = await (await fetch('/data/opicescr-status.v1.json')).json();
    const world = worldMap(asset);
    width = world.views.world[2];
    const shapes = status.states.map((state: { iso2: string }) => world.shapes.get(state.iso2)!);
    // Markers as laid out for a 1280 px wide map.
    const markers = markersOf(world, 'world', 1280);
    const moved = new Map(markers.map((marker) => [marker.iso2, marker.position]));
    points = shapes.map((shape: any) => ({ iso2: shape.iso2, anchor: moved.get(shape.iso2) ?? shape.anchor }));
  });

  it('moves right from Portugal to Spain and down from Sweden towards the south', () => {
    const find = (iso2: string) => points.find((point) => point.iso2 === iso2)!;
    expect(nextInDirection(find('PT'), points, 'right', width)).to.equal('ES');
    const below = nextInDirection(find('SE'), points, 'down', width)!;
    expect(find(below).anchor[1]).to.be.greaterThan(find('SE').anchor[1]);
  });

  it('wraps around the world at the edges', () => {
    const eastmost = points.reduce((best, point) => (point.anchor[0] > best.anchor[0] ? point : best));
    const next = nextInDirection(eastmost, points, 'right', width)!;
    expect(points.find((point) => point.iso2 === next)!.anchor[0]).to.be.below(width / 2);
  });

  it('reaches all 195 states from any state', () => {
    expect(points).to.have.length(195);
    const stuck = points
      .map(({ iso2 }) => [iso2, 195 - reachableFrom(iso2, points, width).size] as const)
      .filter(([, missing]) => missing > 0);
    expect(stuck).to.deep.equal([]);
  });
});
