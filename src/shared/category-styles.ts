// CSS generated from the one definition of the categories (src/shared/categories.ts): the colour
// tokens of each theme, the HTML swatches (legend, table, lookup, details, timeline) and the map's
// fills. A swatch draws its category's pattern with CSS gradients, the map with the SVG patterns
// of src/map/map-patterns.ts; both use the same inks, so they look alike at any size.

import { unsafeCSS } from 'lit';
import { CATEGORY_LOOKS, type CategoryLook, type Pattern } from './categories.js';

const looks = Object.entries(CATEGORY_LOOKS) as Array<[string, CategoryLook]>;

/** The pattern of a swatch, drawn over its colour. */
const SWATCH_PATTERNS: Record<Pattern, string> = {
  dots: 'radial-gradient(circle,var(--_pattern) 0 1px,transparent 1.3px) 0 0/4.5px 4.5px',
  stripes: 'repeating-linear-gradient(45deg,var(--_pattern-dark) 0 1.5px,transparent 1.5px 4.5px)',
  hatch: 'repeating-linear-gradient(-45deg,var(--_pattern) 0 .7px,transparent .7px 3.5px)',
};

/** `--_ratified: var(--opicescr-ratified, #163f73);` and so on, for one theme. */
export const categoryTokens = (theme: 'light' | 'dark') =>
  unsafeCSS(looks.map(([id, look]) => `--_${id}:var(--opicescr-${id},${look[theme]});`).join(''));

export const swatchStyles = unsafeCSS(
  '.swatch{display:inline-block;flex:none;width:.9em;height:.9em;margin-inline-end:.4em;vertical-align:-.1em;' +
    'border:1px solid var(--_border);border-radius:2px;forced-color-adjust:none}' +
    looks.map(([id, { pattern }]) => `.swatch.${id}{background:${pattern ? `${SWATCH_PATTERNS[pattern]},` : ''}var(--_${id})}`).join(''),
);

/** The map's fills: a pattern fill (its background in the category's colour) or the colour itself. */
export const fillStyles = unsafeCSS(
  looks
    .map(([id, { pattern }]) =>
      pattern ? `.fill.${id}{fill:url(#fill-${id})}pattern .bg.${id}{fill:var(--_${id})}` : `.fill.${id}{fill:var(--_${id})}`,
    )
    .join(''),
);
