// The SVG patterns of the categories that have one (src/shared/categories.ts): dots for "not a
// party", stripes for "signed", a fine hatch for territories, so that no category is told by colour
// alone, in print and in greyscale too. Patterns are scaled to stay the same size in CSS pixels at
// every map width; ids are local to each element's shadow root.

import { svg, type SVGTemplateResult } from 'lit';
import { CATEGORY_LOOKS, type MapCategory, type Pattern } from '../shared/categories.js';

/** Each pattern's tile: its size, rotation and ink, over a background in the category's colour. */
const TILES: Record<Pattern, (id: string, transform: string) => SVGTemplateResult> = {
  dots: (id, transform) => svg`<pattern id=${id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform=${transform}>
    <rect class="bg ${id.slice(5)}" width="6" height="6" /><circle class="ink" cx="3" cy="3" r="1.1" />
  </pattern>`,
  stripes: (id, transform) => svg`<pattern id=${id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="${transform} rotate(45)">
    <rect class="bg ${id.slice(5)}" width="6" height="6" /><rect class="ink-light" width="2" height="6" />
  </pattern>`,
  hatch: (id, transform) => svg`<pattern id=${id} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="${transform} rotate(-45)">
    <rect class="bg ${id.slice(5)}" width="5" height="5" /><rect class="ink-faint" width="1" height="5" />
  </pattern>`,
};

const patterned = (Object.entries(CATEGORY_LOOKS) as Array<[MapCategory, { pattern?: Pattern }]>).filter(([, look]) => look.pattern);

/** `scale` is CSS pixels per viewBox unit. */
export function renderPatterns(scale: number) {
  const transform = `scale(${(1 / scale).toFixed(4)})`;
  return svg`<defs>${patterned.map(([category, { pattern }]) => TILES[pattern!](`fill-${category}`, transform))}</defs>`;
}
