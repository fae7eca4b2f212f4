// The benchmark's floor: what no embed can go below on this machine. The same page shell and
// stylesheet as the map and d3 pages, one small deferred script that fetches one small JSON file
// (the widget's status file) and parses it, and draws nothing. It dispatches `floor-ready` on
// document once parsed. Navigation, the page, a script request and a data request are in every
// embed's time; what each embed adds above this is its own cost.
//
// `?geometry` also fetches the map's geometry (the diagnosis uses it: what the second file costs).
(async () => {
  const urls = ['../data/opicescr-status.v1.json'];
  if (new URLSearchParams(location.search).has('geometry')) urls.push('../data/opicescr-world.v2.json');
  const [status, world] = await Promise.all(urls.map((url) => fetch(url).then((response) => response.json())));
  window.floorResult = { states: status.states.length, shapes: world?.shapes.length };
  document.dispatchEvent(new CustomEvent('floor-ready'));
})();
