// Places the markers of small states so that none overlaps another at the rendered size: each
// marker's hit target must stay at least 24 × 24 CSS px (WCAG 2.5.8) even where microstates crowd
// together (the Caribbean, the Alps, the Pacific). Markers push each other apart and are pulled
// back towards the point they stand for; a leader line joins the two when they end up apart.
// Pure and deterministic: same input, same layout.

export interface MarkerPlacement {
  iso2: string;
  /** The point on the map the marker stands for, in viewBox units. */
  anchor: [number, number];
  /** Where the marker is drawn, in viewBox units. */
  position: [number, number];
}

const ITERATIONS = 120;
const SPRING = 0.08;

/**
 * @param markers the markers' anchors, in viewBox units
 * @param spacing the smallest distance between two markers' centres, in viewBox units
 * @param bounds the viewBox, [x, y, width, height]: markers stay inside it
 */
export function layoutMarkers(
  markers: ReadonlyArray<{ iso2: string; anchor: [number, number] }>,
  spacing: number,
  [left, top, width, height]: readonly [number, number, number, number],
): MarkerPlacement[] {
  const positions = markers.map(({ anchor }) => [anchor[0], anchor[1]]);
  const margin = spacing / 2;
  // A gentle pull home keeps markers near their states; it fades out over the iterations so that
  // the last ones only separate, and no two targets end up overlapping.
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    const pull = SPRING * Math.max(0, 1 - iteration / (ITERATIONS / 2));
    const moved = separate(positions, spacing);
    positions.forEach((position, index) => {
      const [x, y] = markers[index].anchor;
      position[0] += (x - position[0]) * pull;
      position[1] += (y - position[1]) * pull;
      position[0] = Math.min(Math.max(position[0], left + margin), left + width - margin);
      position[1] = Math.min(Math.max(position[1], top + margin), top + height - margin);
    });
    if (!moved && pull === 0) break;
  }
  return markers.map(({ iso2, anchor }, index) => ({ iso2, anchor, position: [positions[index][0], positions[index][1]] }));
}

/** Pushes apart every pair closer than `spacing`, half each way; true if anything moved. */
function separate(positions: number[][], spacing: number): boolean {
  let moved = false;
  const spacing2 = spacing * spacing;
  for (let a = 0; a < positions.length; a += 1) {
    for (let b = a + 1; b < positions.length; b += 1) {
      let dx = positions[b][0] - positions[a][0];
      let dy = positions[b][1] - positions[a][1];
      // Most pairs are far apart: compare squares, and take a root only for the few that touch.
      if (dx * dx + dy * dy >= spacing2) continue;
      let distance = Math.hypot(dx, dy);
      if (distance < 1e-6) {
        // Same point: separate along a fixed, index-dependent direction (no randomness).
        const angle = (a * 2.399963 + b) % (2 * Math.PI);
        [dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
      }
      // A hair more than needed, so that floating point leaves no pair just short of the spacing.
      const push = ((spacing - distance) * 1.02) / 2 / distance;
      positions[a][0] -= dx * push;
      positions[a][1] -= dy * push;
      positions[b][0] += dx * push;
      positions[b][1] += dy * push;
      moved = true;
    }
  }
  return moved;
}
