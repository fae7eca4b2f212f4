// Places the markers of small states so that none overlaps another: each marker's hit target must
// stay at least 24 × 24 CSS px (WCAG 2.5.8) even where microstates crowd together (the Caribbean,
// the Alps, the Pacific). Markers push each other apart and are pulled back towards the point they
// stand for; the map draws a leader line where the two end up apart. Run at build time for each
// view and a set of widths (scripts/build-geometry.mjs), so that no visitor's browser lays out the
// same markers again; pure and deterministic: same input, same layout.

/**
 * @typedef {{ iso2: string, anchor: [number, number], position: [number, number] }} MarkerPlacement
 * `anchor`: the point on the map the marker stands for; `position`: where it is drawn (viewBox units).
 */

/** Rounds of separation: the pull home fades over the first half, the rest only separate. */
const ITERATIONS = 300;
const SPRING = 0.16;

/**
 * Markers farther apart than this many spacings start in separate groups, laid out on their own:
 * the work is quadratic in a group's size, and most markers are alone or in a small crowd.
 */
const REACH = 2;

/**
 * The markers' positions.
 * @param {ReadonlyArray<{ iso2: string, anchor: [number, number] }>} markers the anchors, in viewBox units
 * @param {number} spacing the smallest distance between two markers' centres, in viewBox units
 * @param {readonly [number, number, number, number]} bounds the viewBox, [x, y, width, height]: markers stay inside it
 * @returns {MarkerPlacement[]}
 */
export function layoutMarkers(markers, spacing, bounds) {
  const anchors = markers.map(({ anchor }) => anchor);
  let positions = [];
  for (const group of groupsOf(anchors, spacing * REACH)) {
    const placed = relax(group.map((index) => anchors[index]), spacing, bounds);
    group.forEach((index, order) => (positions[index] = placed[order]));
  }
  // Groups that spread into each other are rare (a crowd next to a crowd): then all together.
  if (overlaps(positions, spacing)) positions = relax(anchors, spacing, bounds);
  return markers.map(({ iso2, anchor }, index) => ({ iso2, anchor, position: positions[index] }));
}

/** Indices of points joined by chains of distances under `reach`, each group in index order. */
/** @param {ReadonlyArray<[number, number]>} points @param {number} reach @returns {number[][]} */
function groupsOf(points, reach) {
  const group = points.map((_, index) => index);
  const root = (index) => (group[index] === index ? index : (group[index] = root(group[index])));
  for (let a = 0; a < points.length; a += 1) {
    for (let b = a + 1; b < points.length; b += 1) {
      if (Math.hypot(points[b][0] - points[a][0], points[b][1] - points[a][1]) < reach) group[root(b)] = root(a);
    }
  }
  const members = new Map();
  points.forEach((_, index) => {
    const key = root(index);
    members.set(key, [...(members.get(key) ?? []), index]);
  });
  return [...members.values()];
}

function overlaps(positions, spacing) {
  for (let a = 0; a < positions.length; a += 1) {
    for (let b = a + 1; b < positions.length; b += 1) {
      // The layout pushes a hair past the spacing; a thousandth of it absorbs rounding.
      if (Math.hypot(positions[b][0] - positions[a][0], positions[b][1] - positions[a][1]) < spacing * 0.999) return true;
    }
  }
  return false;
}

/** The iterative layout of some markers: separation, with a pull home that fades out. */
function relax(anchors, spacing, [left, top, width, height]) {
  // Flat coordinate arrays and plain loops: the build lays out every view at many widths.
  const count = anchors.length;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const homeXs = new Float64Array(count);
  const homeYs = new Float64Array(count);
  for (let index = 0; index < count; index += 1) {
    xs[index] = homeXs[index] = anchors[index][0];
    ys[index] = homeYs[index] = anchors[index][1];
  }
  const margin = spacing / 2;
  const [minX, maxX, minY, maxY] = [left + margin, left + width - margin, top + margin, top + height - margin];
  // A gentle pull home keeps markers near their states; it fades out over the iterations so that
  // the last ones only separate, and no two targets end up overlapping. A lone marker only needs
  // to stay inside the view.
  for (let iteration = 0; iteration < (count > 1 ? ITERATIONS : 1); iteration += 1) {
    const pull = SPRING * Math.max(0, 1 - iteration / (ITERATIONS / 2));
    let moved = separate(xs, ys, spacing);
    for (let index = 0; index < count; index += 1) {
      let x = xs[index] + (homeXs[index] - xs[index]) * pull;
      let y = ys[index] + (homeYs[index] - ys[index]) * pull;
      x = x < minX ? minX : x > maxX ? maxX : x;
      y = y < minY ? minY : y > maxY ? maxY : y;
      if (x !== xs[index] || y !== ys[index]) moved = true;
      xs[index] = x;
      ys[index] = y;
    }
    // Nothing changed in a whole iteration: a fixed point (markers that do not touch stay home).
    if (!moved) break;
  }
  return anchors.map((_, index) => [xs[index], ys[index]]);
}

/** Pushes apart every pair closer than `spacing`, half each way; true if anything moved. */
function separate(xs, ys, spacing) {
  let moved = false;
  const spacing2 = spacing * spacing;
  const count = xs.length;
  for (let a = 0; a < count; a += 1) {
    let ax = xs[a];
    let ay = ys[a];
    for (let b = a + 1; b < count; b += 1) {
      let dx = xs[b] - ax;
      let dy = ys[b] - ay;
      // Most pairs are far apart: compare squares, and take a root only for the few that touch.
      const distance2 = dx * dx + dy * dy;
      if (distance2 >= spacing2) continue;
      let distance = Math.sqrt(distance2);
      if (distance < 1e-6) {
        // Same point: separate along a fixed, index-dependent direction (no randomness).
        const angle = (a * 2.399963 + b) % (2 * Math.PI);
        dx = Math.cos(angle);
        dy = Math.sin(angle);
        distance = 1;
      }
      // A hair more than needed, so that floating point leaves no pair just short of the spacing.
      const push = ((spacing - distance) * 1.02) / 2 / distance;
      xs[a] = ax -= dx * push;
      ys[a] = ay -= dy * push;
      xs[b] += dx * push;
      ys[b] += dy * push;
      moved = true;
    }
  }
  return moved;
}
