// The four treaty categories and the territories' neutral look, defined once: identity and legend
// order, the rule that derives a state's category from its dates (never stored), and how each
// looks (colour in light and dark, and a pattern so that no category is told by colour alone).
// The CSS tokens, swatches, map fills and SVG patterns are all generated from CATEGORY_LOOKS
// (src/shared/category-styles.ts, src/map/map-patterns.ts).

import type { IsoDate, StateRecord } from './status-file.js';

/** In legend order: from furthest to closest to the Optional Protocol. */
export const CATEGORIES = ['not-party', 'party', 'signed', 'ratified'] as const;
export type Category = (typeof CATEGORIES)[number];
/** `none` marks territories with no treaty status of their own; they are never counted. */
export type MapCategory = Category | 'none';

export type Pattern = 'dots' | 'stripes' | 'hatch';
export interface CategoryLook {
  /** Colour in the light theme and in the dark theme (a colour-blind-safe sequential scale). */
  light: string;
  dark: string;
  pattern?: Pattern;
}

/** Pale sand (not a party) to dark navy (ratified) in light; the reverse in dark. */
export const CATEGORY_LOOKS: Readonly<Record<MapCategory, CategoryLook>> = {
  'not-party': { light: '#f1d8b0', dark: '#6b5a3e', pattern: 'dots' },
  party: { light: '#a8d5cf', dark: '#2f6b66' },
  signed: { light: '#3f93ad', dark: '#4aa6c2', pattern: 'stripes' },
  ratified: { light: '#163f73', dark: '#a9d8f5' },
  none: { light: '#e4e6ea', dark: '#2b3038', pattern: 'hatch' },
};

/**
 * The category of `state` on `day` (inclusive), counting only acts deposited on or before it
 * (deposit dates, not entry into force). Without a day, every known act counts.
 */
export function categoryOf(state: StateRecord, day?: IsoDate): Category {
  const happened = (date?: IsoDate) => date !== undefined && (day === undefined || date <= day);
  if (happened(state.op.consent)) return 'ratified';
  if (happened(state.op.signature)) return 'signed';
  if (happened(state.icescr.consent)) return 'party';
  return 'not-party';
}

/** How many states fall in each category on `day`. */
export function countByCategory(states: readonly StateRecord[], day?: IsoDate): Record<Category, number> {
  const counts: Record<Category, number> = { 'not-party': 0, party: 0, signed: 0, ratified: 0 };
  for (const state of states) counts[categoryOf(state, day)] += 1;
  return counts;
}
