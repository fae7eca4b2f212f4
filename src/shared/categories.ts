// The four treaty categories of the map, legend, table and timeline, defined once. A state's
// category is always derived from its dates (SPEC.md, "Category rule"), never stored.

import type { IsoDate, StateRecord } from './status-file.js';

/** In legend order: from furthest to closest to the Optional Protocol. */
export const CATEGORIES = ['not-party', 'party', 'signed', 'ratified'] as const;
export type Category = (typeof CATEGORIES)[number];
/** `none` marks territories with no treaty status of their own; they are never counted. */
export type MapCategory = Category | 'none';

/**
 * The category of `state` on `day` (inclusive), counting only acts deposited on or before it.
 * Without a day, every known act counts.
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
