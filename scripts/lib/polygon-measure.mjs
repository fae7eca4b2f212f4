// Measures a country's largest polygon on the sphere: its area (steradians) decides whether the
// state needs a marker or a territory is big enough to keep, and its centroid is where a marker
// goes (the main island of an archipelago, not the empty sea between its islands).
import { geoArea, geoCentroid, geoDistance } from 'd3-geo';

/** The polygons of a GeoJSON Polygon/MultiPolygon geometry, as arrays of rings. */
export function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Area in steradians, robust to a ring wound the "wrong" way (which d3 reads as the complement). */
export function polygonArea(rings) {
  const area = geoArea({ type: 'Polygon', coordinates: rings });
  return area > 2 * Math.PI ? 4 * Math.PI - area : area;
}

/**
 * @param {object} geometry GeoJSON Polygon or MultiPolygon
 * @returns {{ area: number, centroid: [number, number], rings: number[][][], index: number } | undefined}
 *   index: position among the geometry's polygons (the same as in the TopoJSON object it came from)
 */
export function largestPolygon(geometry) {
  let best;
  for (const [index, rings] of polygonsOf(geometry).entries()) {
    const area = polygonArea(rings);
    if (!best || area > best.area) best = { area, rings, index };
  }
  if (!best) return undefined;
  return { ...best, centroid: geoCentroid({ type: 'Polygon', coordinates: best.rings }) };
}

/** Centroid of the polygon whose centroid lies nearest to `hint` ([lon, lat]). */
export function polygonCentroidNear(geometry, hint) {
  let best;
  for (const rings of polygonsOf(geometry)) {
    const centroid = geoCentroid({ type: 'Polygon', coordinates: rings });
    const distance = geoDistance(centroid, hint);
    if (!best || distance < best.distance) best = { distance, centroid };
  }
  return best?.centroid;
}

/** Rounds [lon, lat] to 2 decimals (about 1 km), which is plenty for a marker dot. */
export function roundPoint([lon, lat]) {
  return [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}
