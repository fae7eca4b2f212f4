// Arrow-key navigation on the map: from the focused state, the nearest state in the direction of
// the key. Candidates inside a 45° cone either side of the direction come first; distance off the
// axis costs double, so "right" prefers the neighbour level with us over one far up the page.
// At the map's edge the search wraps around the world (east of Samoa comes the Americas).

export type Direction = 'left' | 'right' | 'up' | 'down';
export interface NavPoint {
  iso2: string;
  anchor: [number, number];
}

const AXES: Record<Direction, [number, number]> = {
  right: [1, 0],
  left: [-1, 0],
  down: [0, 1],
  up: [0, -1],
};

/** The iso2 code of the state to move to, or undefined when there is none in that direction. */
export function nextInDirection(
  from: NavPoint,
  candidates: readonly NavPoint[],
  direction: Direction,
  worldWidth: number,
): string | undefined {
  const [ax, ay] = AXES[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const wrap of [false, true]) {
    for (const candidate of candidates) {
      if (candidate.iso2 === from.iso2) continue;
      let dx = candidate.anchor[0] - from.anchor[0];
      const dy = candidate.anchor[1] - from.anchor[1];
      // On the second pass, horizontal moves may cross the edge of the map.
      if (wrap) {
        if (ay !== 0) continue;
        dx += ax * worldWidth;
      }
      const along = dx * ax + dy * ay;
      const across = Math.abs(dx * ay - dy * ax);
      if (along <= 0) continue;
      const inCone = across <= along;
      const score = along + 2 * across + (inCone ? 0 : 10 * worldWidth);
      if (score < bestScore) [best, bestScore] = [candidate.iso2, score];
    }
    if (best !== undefined) return best;
  }
  return best;
}
