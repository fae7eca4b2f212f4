// ISO 3166-1 numeric → alpha-2 codes, from the npm package `iso-3166` (the maintained ISO list,
// also used by the status generator), so that the build needs nothing outside node_modules.
import { iso31661 } from 'iso-3166';

/**
 * @param {Array<{ iso_a2: string, iso_n3: string }>} states rows of data/sources/states.csv
 * @returns {(numeric: string) => string | undefined}
 */
export function alpha2Lookup(states) {
  const byNumeric = new Map(iso31661.map((entry) => [entry.numeric, entry.alpha2]));
  // The states table is the project's own source of truth for member states, so it wins.
  for (const state of states) byNumeric.set(state.iso_n3, state.iso_a2);
  return (numeric) => byNumeric.get(numeric);
}
