// Shrinks a lon/lat TopoJSON topology for a small world map: Visvalingam simplification weighted by
// spherical area (so one threshold means the same number of pixels everywhere on an equal-area
// map) and removal of rings too small to see; then, once projected, quantization to whole map
// units with delta-encoded arcs. Shared arcs stay shared throughout, so borders can still be drawn
// once with topojson.mesh.
import { filter, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import { bbox, feature, quantize } from 'topojson-client';

const arcIndex = (arc) => (arc < 0 ? ~arc : arc);

/**
 * Adds to `keep` the holes that cut out a kept ring (the hole in Italy where San Marino is): if an
 * enclave survives but the hole around it did not, the two would overlap and the shared border would
 * turn into a coastline.
 */
export function withEnclosingHoles(geometries, keep) {
  const keptArcs = new Set([...keep].flatMap((ring) => ring.map(arcIndex)));
  for (const geometry of geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    for (const polygon of polygons) {
      for (const hole of polygon.slice(1)) {
        if (hole.every((arc) => keptArcs.has(arcIndex(arc)))) keep.add(hole);
      }
    }
  }
  return keep;
}

/**
 * Makes sure a ring keeps at least `count` distinct points after simplify(minWeight), by promoting
 * its most significant points. Visvalingam alone lets an island drawn by one closed arc collapse
 * to a line even when the island is several pixels big (South Georgia, Trinidad at a coarse
 * setting). Mutates the presimplified arcs, which neighbours share, so topology holds.
 */
function keepPoints(arcs, ring, minWeight, count) {
  const points = ring.flatMap((arc) => arcs[arcIndex(arc)]);
  const distinct = () => new Set(points.filter((p) => p[2] >= minWeight).map((p) => `${p[0]},${p[1]}`)).size;
  const candidates = points
    .filter((p) => Number.isFinite(p[2]) && p[2] < minWeight)
    .sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  for (const point of candidates) {
    if (distinct() >= count) break;
    point[2] = Infinity;
  }
}

/** Planar area of a ring in the coordinate units given (enough to spot rings collapsed to a line). */
function planarRingArea(ring) {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return Math.abs(area) / 2;
}

/** Corners every kept ring keeps at least: four, so no island shrinks below a quadrilateral. */
const MIN_CORNERS = 4;

/**
 * @param {object} topology lon/lat topology (no transform) whose geometries hold the rings in keepRings
 * @param {{ minWeight: number, minRingArea: number, keepRings: Set<number[]> }} options
 *   minWeight: Visvalingam triangle area (sr) below which points go; minRingArea: ring area (sr,
 *   measured before simplification) below which rings go, except those in keepRings.
 * @returns {object} lon/lat topology, not quantized; geometries that lost every ring are removed
 */
export function simplifyTopology(topology, { minWeight, minRingArea, keepRings }) {
  const presimplified = presimplify(topology, sphericalTriangleArea);
  // Rings are judged by their true area, before simplification distorts small ones.
  const kept = new Set(keepRings);
  for (const geometry of topology.objects.countries.geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    for (const polygon of polygons) {
      polygon.forEach((ring, index) => {
        const coordinates = feature(presimplified, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0];
        if (sphericalRingArea(coordinates, index > 0) >= minRingArea) kept.add(ring);
      });
    }
  }
  for (const ring of kept) keepPoints(presimplified.arcs, ring, minWeight, MIN_CORNERS);
  const simplified = simplify(presimplified, minWeight);
  // simplify() keeps each point's weight as a third coordinate; the map needs only two.
  const filtered = filter(simplified, (ring) => kept.has(ring));
  return { ...filtered, arcs: filtered.arcs.map((arc) => arc.map(([x, y]) => [x, y])) };
}

/**
 * Quantizes a projected topology to whole map units (the SVG viewBox units the widget draws in),
 * with delta-encoded arcs and an identity transform, so decoded coordinates are integers.
 * Rounding can snap a tiny kept ring (the Holy See, Monaco) onto a line; such rings are dropped so
 * the asset holds no degenerate polygons (the smallest real triangle on the grid has half a cell).
 */
export function quantizeToUnits(topology) {
  const quantized = quantize({ ...topology, bbox: bbox(topology) }, { scale: [1, 1], translate: [0, 0] });
  const degenerate = (ring) => planarRingArea(feature(quantized, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0]) < 0.4995;
  const kept = filter(quantized, (ring) => !degenerate(ring));
  return renumberArcs({ ...kept, bbox: quantized.bbox });
}

/**
 * Numbers arcs in the order the geometries first use them, so each geometry's arc list reads as
 * runs of consecutive numbers and neighbouring arcs sit together; both compress better with gzip.
 */
export function renumberArcs(topology) {
  const newIndex = new Map();
  const arcs = [];
  const map = (arc) => {
    const index = arcIndex(arc);
    if (!newIndex.has(index)) newIndex.set(index, arcs.push(topology.arcs[index]) - 1);
    return arc < 0 ? ~newIndex.get(index) : newIndex.get(index);
  };
  const geometries = topology.objects.countries.geometries.map((geometry) => {
    if (geometry.type === 'Polygon') return { ...geometry, arcs: geometry.arcs.map((ring) => ring.map(map)) };
    if (geometry.type === 'MultiPolygon') return { ...geometry, arcs: geometry.arcs.map((polygon) => polygon.map((ring) => ring.map(map))) };
    return geometry;
  });
  return { ...topology, objects: { countries: { ...topology.objects.countries, geometries } }, arcs };
}
