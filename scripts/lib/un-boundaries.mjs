// Redraws the places where Natural Earth's de facto boundaries (which world-atlas follows) differ
// from the boundaries the UN uses, so a treaty map colours each area by the state the UN counts it
// under. Edits happen on the topology itself, so every border stays one shared arc.
import { feature, mergeArcs, transform } from 'topojson-client';
import { geoContains } from 'd3-geo';

/** The redraws, applied in order; `from`/`to` are world-atlas feature names. */
export const UN_BOUNDARIES = [
  {
    area: 'Crimea',
    from: 'Russia',
    to: 'Ukraine',
    // Crimea is its own polygon in Russia's MultiPolygon; this point is inland, near Simferopol.
    polygonContaining: [34.1, 45.0],
    why: 'UN General Assembly resolution 68/262 affirms Ukraine\u2019s territorial integrity',
  },
  {
    area: 'Western Sahara west of the berm',
    from: 'Morocco',
    to: 'W. Sahara',
    // Natural Earth puts the land west of the Moroccan berm in Morocco. The UN lists all of
    // Western Sahara as a Non-Self-Governing Territory, bounded by Morocco at the parallel 27°40′N.
    southOf: 27 + 40 / 60,
    why: 'the UN lists Western Sahara as a Non-Self-Governing Territory',
  },
];

/** A copy of a quantized topology with absolute lon/lat arcs, which the edits below can splice. */
export function decodeTopology(topology) {
  const decode = topology.transform ? transform(topology.transform) : (point) => point.slice();
  return {
    type: 'Topology',
    bbox: topology.bbox,
    objects: structuredClone(topology.objects),
    arcs: topology.arcs.map((arc) => arc.map((point, index) => decode(point, index))),
  };
}

const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs);

function forEachRing(topology, callback) {
  for (const geometry of topology.objects.countries.geometries) {
    for (const polygon of polygonsOf(geometry)) polygon.forEach(callback);
  }
}

/** The points of an arc reference in the direction the ring walks it. */
function directedPoints(topology, ref) {
  return ref < 0 ? [...topology.arcs[~ref]].reverse() : topology.arcs[ref];
}

/**
 * Splits arc `index` after point `segment` at `point` into two arcs, and rewrites every ring that
 * uses it (in either direction), so both neighbours keep sharing the same two halves.
 */
function splitArc(topology, index, segment, point) {
  const arc = topology.arcs[index];
  topology.arcs[index] = [...arc.slice(0, segment + 1), point];
  const tail = topology.arcs.push([point, ...arc.slice(segment + 1)]) - 1;
  forEachRing(topology, (ring) => {
    for (let position = ring.length - 1; position >= 0; position -= 1) {
      if (ring[position] === index) ring.splice(position, 1, index, tail);
      else if (ring[position] === ~index) ring.splice(position, 1, ~tail, ~index);
    }
  });
}

/**
 * Cuts a one-ring polygon along a parallel into a northern and a southern ring joined by a new
 * shared arc. A crossing within `snap` degrees of an existing junction uses that junction, so no
 * stub arc is left next to a tripoint.
 * @returns {{ north: number[], south: number[] }} the two rings as arc references
 */
function cutAtParallel(topology, ring, latitude, snap = 0.05) {
  const near = (a, b) => Math.abs(a[0] - b[0]) <= snap && Math.abs(a[1] - b[1]) <= snap;
  const crossings = [];
  for (;;) {
    crossings.length = 0;
    let split;
    for (const ref of ring) {
      const points = directedPoints(topology, ref);
      for (let k = 0; k < points.length - 1 && !split; k += 1) {
        const [a, b] = [points[k], points[k + 1]];
        if ((a[1] >= latitude) === (b[1] >= latitude)) continue;
        const t = (latitude - a[1]) / (b[1] - a[1]);
        const point = [a[0] + t * (b[0] - a[0]), latitude];
        const junction = [points[0], points.at(-1)].find((end) => near(end, point));
        if (junction) {
          if (!crossings.some((known) => known[0] === junction[0] && known[1] === junction[1])) crossings.push(junction);
        } else {
          split = { index: ref < 0 ? ~ref : ref, segment: ref < 0 ? points.length - 2 - k : k, point };
        }
      }
      if (split) break;
    }
    if (!split) break;
    // The split point becomes the junction of the two halves, found as a crossing next time round.
    splitArc(topology, split.index, split.segment, split.point);
  }
  if (crossings.length !== 2) throw new Error(`expected the ring to cross ${latitude}° twice, found ${crossings.length}`);

  const starts = crossings.map((vertex) =>
    ring.findIndex((ref) => {
      const first = directedPoints(topology, ref)[0];
      return first[0] === vertex[0] && first[1] === vertex[1];
    }),
  );
  if (starts.includes(-1)) throw new Error('a crossing is not at an arc junction of the ring');
  const [i, j] = starts.sort((a, b) => a - b);
  const first = ring.slice(i, j); // from crossing A to crossing B
  const second = [...ring.slice(j), ...ring.slice(0, i)]; // from B back to A
  const [from, to] = [directedPoints(topology, ring[i])[0], directedPoints(topology, ring[j])[0]];
  // The new border runs A → B with a point per degree, so it follows the parallel on the sphere.
  const steps = Math.max(1, Math.ceil(Math.abs(to[0] - from[0])));
  const border = Array.from({ length: steps + 1 }, (_, step) => [
    from[0] + ((to[0] - from[0]) * step) / steps,
    from[1] + ((to[1] - from[1]) * step) / steps,
  ]);
  const borderIndex = topology.arcs.push(border) - 1;
  const ringA = [...first, ~borderIndex];
  const ringB = [...second, borderIndex];
  const minLatitude = (refs) => Math.min(...refs.flatMap((ref) => directedPoints(topology, ref).map((point) => point[1])));
  return minLatitude(ringA) < minLatitude(ringB) ? { south: ringA, north: ringB } : { south: ringB, north: ringA };
}

function byName(topology, name) {
  const geometry = topology.objects.countries.geometries.find((entry) => entry.properties?.name === name);
  if (!geometry) throw new Error(`world-atlas has no feature named "${name}"`);
  return geometry;
}

/** Gives `piece` (a Polygon's arcs) to `geometry`, dissolving the border between them. */
function annex(topology, geometry, piece) {
  const merged = mergeArcs(topology, [geometry, { type: 'Polygon', arcs: piece }]);
  geometry.type = merged.arcs.length === 1 ? 'Polygon' : 'MultiPolygon';
  geometry.arcs = merged.arcs.length === 1 ? merged.arcs[0] : merged.arcs;
}

function setPolygons(geometry, polygons) {
  geometry.type = polygons.length === 1 ? 'Polygon' : 'MultiPolygon';
  geometry.arcs = polygons.length === 1 ? polygons[0] : polygons;
}

/**
 * Applies UN_BOUNDARIES to a decoded topology (see decodeTopology), in place.
 * @returns {string[]} one line per redraw, for the build log
 */
export function applyUnBoundaries(topology, boundaries = UN_BOUNDARIES) {
  const log = [];
  for (const boundary of boundaries) {
    const from = byName(topology, boundary.from);
    const to = byName(topology, boundary.to);
    const polygons = polygonsOf(from);
    if (boundary.polygonContaining) {
      const index = polygons.findIndex((polygon) =>
        geoContains(feature(topology, { type: 'Polygon', arcs: polygon }), boundary.polygonContaining),
      );
      if (index < 0) throw new Error(`${boundary.area}: no polygon of ${boundary.from} contains ${boundary.polygonContaining}`);
      const [piece] = polygons.splice(index, 1);
      setPolygons(from, polygons);
      annex(topology, to, piece);
    } else {
      const crossing = polygons.filter((polygon) => {
        const latitudes = feature(topology, { type: 'Polygon', arcs: polygon }).geometry.coordinates[0].map((point) => point[1]);
        return Math.min(...latitudes) < boundary.southOf && Math.max(...latitudes) > boundary.southOf;
      });
      if (crossing.length !== 1 || crossing[0].length !== 1) {
        throw new Error(`${boundary.area}: expected one single-ring polygon of ${boundary.from} across ${boundary.southOf}°`);
      }
      const { north, south } = cutAtParallel(topology, crossing[0][0], boundary.southOf);
      setPolygons(from, polygons.map((polygon) => (polygon === crossing[0] ? [north] : polygon)));
      annex(topology, to, [south]);
    }
    log.push(`${boundary.area}: ${boundary.from} → ${boundary.to} (${boundary.why})`);
  }
  return log;
}
