// The benchmark's floor: what no embed of this data can go below on this machine. The same page
// shell, one small deferred script that fetches the same status file and geometry as the widget
// and parses them, and draws nothing. Dispatches `floor-ready` on document once both are parsed.
(async () => {
  const [status, world] = await Promise.all(
    ['../data/opicescr-status.v1.json', '../data/opicescr-world.v2.json'].map((url) => fetch(url).then((response) => response.json())),
  );
  window.floorResult = { states: status.states.length, shapes: world.shapes.length };
  document.dispatchEvent(new CustomEvent('floor-ready'));
})();
