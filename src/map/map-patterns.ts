// The fills of the categories. Two of the four carry a pattern (dots for "not a party", stripes for
// "signed") and territories a fine hatch, so that no category is told by colour alone, in print and
// in greyscale too. Patterns are scaled to stay the same size in CSS pixels at every map width.

import { svg } from 'lit';

/** `scale` is CSS pixels per viewBox unit; ids are local to each element's shadow root. */
export function renderPatterns(scale: number) {
  const transform = `scale(${(1 / scale).toFixed(4)})`;
  return svg`<defs>
    <pattern id="fill-not-party" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform=${transform}>
      <rect class="bg not-party" width="6" height="6" /><circle class="ink" cx="3" cy="3" r="1.1" />
    </pattern>
    <pattern id="fill-signed" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="${transform} rotate(45)">
      <rect class="bg signed" width="6" height="6" /><rect class="ink-light" width="2" height="6" />
    </pattern>
    <pattern id="fill-none" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="${transform} rotate(-45)">
      <rect class="bg none" width="5" height="5" /><rect class="ink-faint" width="1" height="5" />
    </pattern>
  </defs>`;
}
