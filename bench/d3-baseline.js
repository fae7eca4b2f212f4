// The benchmark's naive baseline: the OP-ICESCR choropleth as a partner would hand-roll it with the
// full d3 bundle and world-atlas 110m. It fetches the atlas and the same status file, colours each
// state by the same category rule as the widget, draws with d3.geoEqualEarth + d3.geoPath at
// 800x450, shows a tooltip on hover and a legend with counts, then dispatches `baseline-ready` on
// document (and sets window.baselineResult) once the map is in the DOM.
//
// world-atlas 110m has no shape for 29 of the 195 states (small islands and microstates), so they
// are silently missing from the map, as in any such embed; window.baselineResult counts them.
/* global d3, topojson */
(async () => {
  const COLOURS = {
    'not-party': '#d9d9d9',
    party: '#9ecae1',
    signed: '#4292c6',
    ratified: '#08519c',
    none: '#f0f0f0',
  };
  const LABELS = {
    'not-party': 'Not party to the Covenant',
    party: 'Party to the Covenant',
    signed: 'Signed the Optional Protocol',
    ratified: 'Ratified the Optional Protocol',
  };
  // Same rule as src/shared/categories.ts: OP consent, else OP signature, else ICESCR consent.
  const categoryOf = (state) =>
    state.op?.consent ? 'ratified' : state.op?.signature ? 'signed' : state.icescr?.consent ? 'party' : 'not-party';

  const width = 800;
  const height = 450;
  const [world, status] = await Promise.all([
    d3.json('../node_modules/world-atlas/countries-110m.json'),
    d3.json('../data/opicescr-status.v1.json'),
  ]);

  const byNumeric = new Map(status.states.map((state) => [state.isoNumeric, state]));
  const countries = topojson.feature(world, world.objects.countries).features;
  const projection = d3.geoEqualEarth().fitSize([width, height], { type: 'Sphere' });
  const path = d3.geoPath(projection);

  const figure = d3.select('#baseline-map');
  const tooltip = d3.select('#baseline-tooltip');
  const svg = figure
    .insert('svg', ':first-child')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', 'Status of the OP-ICESCR by state');

  svg
    .append('path')
    .attr('d', path({ type: 'Sphere' }))
    .attr('fill', '#eef4fb');

  svg
    .append('g')
    .selectAll('path')
    .data(countries)
    .join('path')
    .attr('class', 'country')
    .attr('d', path)
    .attr('data-iso', (feature) => byNumeric.get(feature.id)?.iso2 ?? null)
    .attr('fill', (feature) => {
      const state = byNumeric.get(feature.id);
      return COLOURS[state ? categoryOf(state) : 'none'];
    })
    .on('pointermove', (event, feature) => {
      const state = byNumeric.get(feature.id);
      const [x, y] = d3.pointer(event, figure.node());
      tooltip
        .property('hidden', false)
        .text(state ? `${state.name}: ${LABELS[categoryOf(state)]}` : feature.properties.name)
        .style('left', `${x + 12}px`)
        .style('top', `${y + 12}px`);
    })
    .on('pointerleave', () => tooltip.property('hidden', true));

  const counts = d3.rollup(status.states, (states) => states.length, categoryOf);
  d3.select('#baseline-legend')
    .selectAll('li')
    .data(Object.keys(LABELS))
    .join('li')
    .html((category) => `<span class="swatch"></span>${LABELS[category]} (${counts.get(category) ?? 0})`)
    .select('.swatch')
    .style('background', (category) => COLOURS[category]);

  const drawnIds = new Set(countries.map((feature) => feature.id));
  const missing = status.states.filter((state) => !drawnIds.has(state.isoNumeric)).map((state) => state.iso2);
  window.baselineResult = { states: status.states.length, drawn: status.states.length - missing.length, missing };
  document.documentElement.dataset.baseline = 'ready';
  document.dispatchEvent(new CustomEvent('baseline-ready', { detail: window.baselineResult }));
})().catch((error) => {
  document.documentElement.dataset.baseline = 'error';
  console.error(error);
});
