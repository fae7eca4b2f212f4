// Visual check of data/opicescr-world.v1.json: draws it the way the widget will (Equal Earth, one
// path per geometry, markers as dots, borders from the mesh) and screenshots it in Chromium, so a
// simplification setting can be judged by eye rather than by byte count alone.
//
//   node scripts/preview-geometry.mjs [--asset data/opicescr-world.v1.json] [--out screenshots]
//
// Writes geometry-1280.png and geometry-360.png (the whole world), plus 1280 px zooms on Europe
// and the Caribbean and the Oceania view (rotated to 150°E) to check the small states. Borders
// (shared arcs) are white, coasts (unshared arcs) dark grey, so a wrong merge or a cut along the
// antimeridian shows up as a dark line across land.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { chromium } from 'playwright-core';
import { browserPaths } from './lib/browsers.mjs';

const { values: options } = parseArgs({
  options: {
    asset: { type: 'string', default: 'data/opicescr-world.v1.json' },
    out: { type: 'string', default: 'screenshots' },
    // An extra zoom, "west,south,east,north" in degrees, written to geometry-box-1280.png.
    box: { type: 'string' },
  },
});

const REGION_COLOURS = { africa: '#e3a857', americas: '#7fb685', asia: '#d97c6c', europe: '#6f9bd1', oceania: '#b48ad1' };
const TERRITORY_COLOUR = '#d5d5d5';
const SPHERE = { type: 'Sphere' };
// A zoom on a lon/lat box, centred on it (so a box across 180°, east > 180, stays in one piece).
const box = ([west, south], [east, north]) => ({
  rotate: [-(west + east) / 2, 0],
  fit: {
    type: 'MultiPoint',
    coordinates: [[west, south], [east, south], [east, north], [west, north], [(west + east) / 2, north], [(west + east) / 2, south]],
  },
});

const VIEWS = [
  { file: 'geometry-1280.png', width: 1280, fit: SPHERE },
  { file: 'geometry-360.png', width: 360, fit: SPHERE },
  { file: 'geometry-europe-1280.png', width: 1280, ...box([-12, 34], [36, 62]) },
  { file: 'geometry-caribbean-1280.png', width: 1280, ...box([-86, 9], [-58, 27]) },
  { file: 'geometry-oceania-1280.png', width: 1280, fit: SPHERE, rotate: [-150, 0] },
];

if (options.box) {
  const [west, south, east, north] = options.box.split(',').map(Number);
  VIEWS.push({ file: 'geometry-box-1280.png', width: 1280, ...box([west, south], [east, north]) });
}

const topology = JSON.parse(readFileSync(resolve(options.asset), 'utf8'));
const countries = topology.objects.countries;

function svgFor(view) {
  const projection = geoEqualEarth().rotate(view.rotate ?? [0, 0]);
  // The world fills the width; a zoom frames its box in a 5:3 picture.
  const zoomHeight = Math.round(view.width * 0.6);
  if (view.fit === SPHERE) projection.fitWidth(view.width, SPHERE);
  else projection.fitExtent([[10, 10], [view.width - 10, zoomHeight - 10]], view.fit);
  const path = geoPath(projection);
  const height = view.fit === SPHERE ? Math.ceil(path.bounds(SPHERE)[1][1]) : zoomHeight;
  const dot = view.width < 600 ? 1.8 : view.fit === SPHERE ? 3 : 5;
  const shapes = countries.geometries
    .filter((geometry) => geometry.type)
    .map((geometry) => {
      const fill = geometry.properties.territory ? TERRITORY_COLOUR : REGION_COLOURS[geometry.properties.region];
      return `<path d="${path(feature(topology, geometry))}" fill="${fill}"><title>${geometry.id}</title></path>`;
    });
  const markers = countries.geometries
    .filter((geometry) => geometry.properties.marker)
    .map((geometry) => {
      const point = projection(geometry.properties.marker);
      if (!point) return '';
      return `<circle cx="${point[0].toFixed(1)}" cy="${point[1].toFixed(1)}" r="${dot}" fill="${REGION_COLOURS[geometry.properties.region]}" stroke="#222" stroke-width="0.8"><title>${geometry.id}</title></circle>`;
    });
  const borders = path(mesh(topology, countries, (a, b) => a !== b));
  const coasts = path(mesh(topology, countries, (a, b) => a === b));
  const stroke = view.width < 600 ? 0.3 : 0.5;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${view.width}" height="${height}" viewBox="0 0 ${view.width} ${height}">
<path d="${path(SPHERE)}" fill="#eef4f8"/>
${shapes.join('\n')}
<path d="${borders}" fill="none" stroke="#fff" stroke-width="${stroke}"/>
<path d="${coasts}" fill="none" stroke="#555" stroke-width="${stroke}"/>
${markers.join('\n')}
</svg>`;
}

const { chromium: chromiumPath } = browserPaths();
mkdirSync(resolve(options.out), { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath.path, args: chromiumPath.args, headless: true });
try {
  const page = await browser.newPage();
  for (const view of VIEWS) {
    const svg = svgFor(view);
    await page.setViewportSize({ width: view.width, height: 100 });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
    const file = resolve(options.out, view.file);
    await page.locator('svg').screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
