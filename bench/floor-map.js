// The diagnosis's drawn floor (not part of `npm run bench`): the least any embed of this map can
// do with this data, in plain DOM. It fetches the status file and the projected geometry, colours
// each shape by the same category rule, appends one <path> per shape and the borders to an SVG, and
// dispatches `floor-ready` on document. No lookup, legend, panel, patterns, markers or framework:
// what our map costs above this is what its features and its code add to drawing the map itself.
(async () => {
  const COLOURS = { 'not-party': '#f1d8b0', party: '#a8d5cf', signed: '#3f93ad', ratified: '#163f73', none: '#e4e6ea' };
  const categoryOf = (state) =>
    state?.op?.consent ? 'ratified' : state?.op?.signature ? 'signed' : state?.icescr?.consent ? 'party' : state ? 'not-party' : 'none';
  const [status, world] = await Promise.all(
    ['../data/opicescr-status.v1.json', '../data/opicescr-world.v2.json'].map((url) => fetch(url).then((response) => response.json())),
  );
  const byIso = new Map(status.states.map((state) => [state.iso2, state]));
  const SVG = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', world.views.world.join(' '));
  svg.setAttribute('class', 'floor-map');
  for (const shape of world.shapes) {
    if (!shape.path) continue;
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', shape.path);
    path.setAttribute('fill', COLOURS[categoryOf(byIso.get(shape.id))]);
    svg.append(path);
  }
  const borders = document.createElementNS(SVG, 'path');
  borders.setAttribute('d', world.borders);
  borders.setAttribute('class', 'floor-borders');
  svg.append(borders);
  document.querySelector('main').append(svg);
  window.floorResult = { states: status.states.length, shapes: world.shapes.length };
  document.dispatchEvent(new CustomEvent('floor-ready'));
})();
