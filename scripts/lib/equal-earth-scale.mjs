// Converts between spherical area (steradians) and screen area (px²) on an Equal Earth world map
// fitted to a given width. Equal Earth is an equal-area projection, so one factor per width turns
// "how many pixels does this cover" into a spherical area that d3-geo and topojson-simplify use,
// and the same factor holds wherever the map is rotated to (the Oceania view).
import { geoEqualEarth, geoPath } from 'd3-geo';

const SPHERE = { type: 'Sphere' };

/** px² per steradian for the whole globe drawn with Equal Earth fitted to `width` px. */
export function pxPerSteradian(width) {
  const projection = geoEqualEarth().fitWidth(width, SPHERE);
  return geoPath(projection).area(SPHERE) / (4 * Math.PI);
}

/** Spherical area (sr) that covers `px2` square pixels on a `width` px wide world map. */
export function steradiansFromPx(px2, width) {
  return px2 / pxPerSteradian(width);
}
