// What the map, its legend, lookup and table show, derived from the status file, the geometry and
// the element's options. Built once per change of data, language, region or date, never on hover.

import { categoryOf, type Category } from '../shared/categories.js';
import { collatorFor, stateName, type Language } from '../shared/i18n/index.js';
import type { IsoDate, StateRecord } from '../shared/status-file.js';
import type { MapShape, Region, WorldMap } from './world-geometry.js';

export interface MapEntry {
  iso2: string;
  record: StateRecord;
  /** In the visitor's language. */
  name: string;
  /** On the chosen day (`as-of`), else today. */
  category: Category;
  /** Undefined when the geometry does not know the state: it is still in the table, lookup and counts. */
  shape?: MapShape;
  /** False for states outside the chosen region. */
  inView: boolean;
}

/** Every state of the file, in the file's order. */
export function buildEntries(
  states: readonly StateRecord[],
  world: WorldMap | undefined,
  region: Region,
  language: Language,
  asOf: IsoDate | undefined,
): MapEntry[] {
  return states.map((record) => {
    const shape = world?.shapes.get(record.iso2);
    return {
      iso2: record.iso2,
      record,
      name: stateName(record.iso2, record.name, language),
      category: categoryOf(record, asOf),
      shape,
      inView: region === 'world' || shape?.region === region,
    };
  });
}

/**
 * The entries sorted by name in the visitor's language. Only the lookup, the table and some keys
 * need this order, so it is made on demand: a collator's start-up costs the first render nothing.
 */
export function alphabetical(entries: readonly MapEntry[], language: Language): MapEntry[] {
  const collator = collatorFor(language);
  return [...entries].sort((a, b) => collator.compare(a.name, b.name));
}

/** The record as it stood on `asOf`: acts deposited later are not shown. */
export function recordOn(record: StateRecord, asOf: IsoDate | undefined): StateRecord {
  if (!asOf) return record;
  const keep = <T extends { signature?: IsoDate; consent?: IsoDate; consentKind?: unknown }>(treaty: T): T => {
    const copy = { ...treaty };
    if (copy.signature && copy.signature > asOf) delete copy.signature;
    if (copy.consent && copy.consent > asOf) {
      delete copy.consent;
      delete copy.consentKind;
      if ('art10' in copy) delete (copy as { art10?: boolean }).art10;
      if ('art11' in copy) delete (copy as { art11?: boolean }).art11;
    }
    return copy;
  };
  return { ...record, icescr: keep(record.icescr), op: keep(record.op) };
}

/** The map's `as-of` is read by the one date reader that the status file and the timeline use. */
export { parseDay } from '../shared/dates.js';
