// Turns the projected, quantized topology into what the widget draws: SVG path data per state and
// one path for every border between neighbours. Done here, once, so that browsers neither ship
// topojson-client nor stitch arcs on every load; and relative coordinates in whole map units
// (mostly one or two digits per step) compress better than the TopoJSON arcs they come from.
import { feature, mesh } from 'topojson-client';

/** `x y` pairs, with the space dropped before a minus sign as SVG path grammar allows. */
function pairs(points) {
  let text = '';
  for (const [x, y] of points) {
    text += `${text && x >= 0 ? ' ' : ''}${x}${y >= 0 ? ' ' : ''}${y}`;
  }
  return text;
}

/**
 * Path data for a list of point lists: each starts with a move (absolute for the first, then
 * relative to where the previous one ended), continues with relative lines, and is closed with
 * `z` when `closed` (a closed subpath ends where it started).
 */
export function pathData(lines, { closed }) {
  let data = '';
  let current = [0, 0];
  for (const points of lines) {
    const ring = closed ? points.slice(0, -1) : points;
    if (ring.length < 2) continue;
    const [start] = ring;
    const move = data ? `m${pairs([[start[0] - current[0], start[1] - current[1]]])}` : `M${pairs([start])}`;
    const steps = ring.slice(1).map(([x, y], index) => [x - ring[index][0], y - ring[index][1]]);
    data += `${move}l${pairs(steps)}${closed ? 'z' : ''}`;
    current = closed ? start : ring[ring.length - 1];
  }
  return data;
}

/** The rings of a Polygon or MultiPolygon geometry of `topology`, as absolute points. */
export function ringsOf(topology, geometry) {
  if (!geometry.type) return [];
  const shape = feature(topology, geometry).geometry;
  return shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
}

/** Path data for one geometry of `topology` ('' for a null geometry). */
export function shapePath(topology, geometry) {
  return pathData(ringsOf(topology, geometry), { closed: true });
}

/** Path data for every arc two different geometries share: each border drawn once. */
export function bordersPath(topology, collection) {
  return pathData(mesh(topology, collection, (a, b) => a !== b).coordinates, { closed: false });
}
