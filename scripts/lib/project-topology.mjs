// Projects a lon/lat topology once, at build time, so that browsers draw the map without a
// projection library: Equal Earth centred on 11.5°E, which puts the map's seam at 168.5°W, east of
// Chukotka, Samoa and Tonga, so that Oceania is one piece. The only ring that meridian cuts is
// Umnak, in the Aleutians; an arc that crosses the seam is drawn continuously past the map's edge
// (Equal Earth's x is linear in longitude), where the frame crops it.
// Also frames the views: each region is a box in map units that the widget shows through the
// SVG viewBox, at a fixed aspect ratio the widget knows before the geometry arrives.
import { geoEqualEarth, geoEqualEarthRaw, geoPath } from 'd3-geo';

export const ROTATE = -11.5;

/** The map's frame: Antarctica is left out; just inside the seam at both edges. */
const WORLD_BOX = [-168.4, -56, 191.4, 84];

/**
 * Camera positions, [west, south, east, north] in degrees, and the aspect ratio (width / height)
 * each view is widened to. Which states belong to a region comes from UN M49 (in the asset's
 * properties); these only say where to look. The aspect ratios are the widget's too
 * (src/map/world-geometry.ts, VIEW_ASPECT), so it reserves the right space before loading.
 */
export const VIEWS = {
  world: { box: WORLD_BOX, aspect: null },
  africa: { box: [-26, -36, 60, 38], aspect: 1 },
  americas: { box: [-168, -57, -30, 73], aspect: 1 },
  asia: { box: [25, -11, 150, 56], aspect: 1.6 },
  europe: { box: [-25, 34, 45, 71], aspect: 1.4 },
  oceania: { box: [110, -48, 191.4, 20], aspect: 1.4 },
};

/** The outline of a box, densified so that its curved edges are framed too. */
function frameOf([west, south, east, north]) {
  const points = [];
  for (let step = 0; step <= 32; step += 1) {
    const lon = west + ((east - west) * step) / 32;
    const lat = south + ((north - south) * step) / 32;
    points.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates: points };
}

/**
 * The projection: the world frame fitted to `width` map units with `padding` around it.
 * @returns {{ projection: import('d3-geo').GeoProjection, width: number, height: number }}
 */
export function worldProjection(width, padding) {
  const frame = frameOf(WORLD_BOX);
  const projection = geoEqualEarth().rotate([ROTATE, 0]).fitWidth(width - 2 * padding, frame);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(frame);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + padding, ty - y0 + padding]);
  return { projection, width, height: Math.ceil(y1 - y0 + 2 * padding) };
}

/** Each view's box in map units, [x, y, width, height], widened about its centre to its aspect ratio. */
export function viewBoxes(projection, world) {
  const boxes = {};
  for (const [name, { box, aspect }] of Object.entries(VIEWS)) {
    if (!aspect) {
      boxes[name] = [0, 0, world.width, world.height];
      continue;
    }
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(frameOf(box));
    let [width, height] = [x1 - x0, y1 - y0];
    if (width / height < aspect) width = height * aspect;
    else height = width / aspect;
    const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
    boxes[name] = [Math.round(cx - width / 2), Math.round(cy - height / 2), Math.round(width), Math.round(height)];
  }
  return boxes;
}

/**
 * Projects every arc point. Longitudes are unwrapped along each arc, so one that crosses the seam
 * stays continuous instead of streaking across the world. An arc's two ends join other arcs, so
 * they must stay on the map; the build fails if the seam would move one.
 */
export function projectTopology(topology, projection) {
  const scale = projection.scale();
  const [tx, ty] = projection.translate();
  const radians = Math.PI / 180;
  const forward = (lambda, lat) => {
    const [x, y] = geoEqualEarthRaw(lambda * radians, lat * radians);
    return [tx + scale * x, ty - scale * y];
  };
  const arcs = topology.arcs.map((arc, index) => {
    let previous;
    const lambdas = arc.map(([lon]) => {
      let lambda = ((((lon + ROTATE + 180) % 360) + 360) % 360) - 180;
      if (previous !== undefined) lambda += 360 * Math.round((previous - lambda) / 360);
      return (previous = lambda);
    });
    for (const end of [lambdas[0], lambdas[lambdas.length - 1]]) {
      if (end < -180 || end > 180) throw new Error(`arc ${index} ends beyond the map's seam, near ${arc[0].join(', ')}`);
    }
    return arc.map(([, lat], point) => forward(lambdas[point], lat));
  });
  return { ...topology, arcs };
}

/** A point in whole map units. */
export function projectPoint(projection, point) {
  const [x, y] = projection(point);
  return [Math.round(x), Math.round(y)];
}

/** The centroid of a lon/lat polygon on the map, in whole map units. */
export function projectedCentroid(projection, rings) {
  const [x, y] = geoPath(projection).centroid({ type: 'Polygon', coordinates: rings });
  return [Math.round(x), Math.round(y)];
}
