// What the map, its legend, lookup and table show, derived from the status file, the geometry and
// the element's options. Built once per change of data, geometry, language, region or date (never
// on hover) and remembered until one of them changes.

import { categoryOf, type Category } from '../shared/categories.js';
import type { Speech } from '../shared/i18n/speech.js';
import type { IsoDate, StateRecord, StatusData } from '../shared/status-file.js';
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

export interface ModelInputs {
  data: StatusData;
  world: WorldMap | undefined;
  region: Region;
  speech: Speech;
  day: IsoDate | undefined;
}

/** The entries for the current inputs, rebuilt only when one of them changes. */
export class MapModel {
  /** Every state, in the file's order. */
  entries: MapEntry[] = [];
  byIso = new Map<string, MapEntry>();
  private inputs: ModelInputs | undefined;
  private sorted: MapEntry[] | undefined;

  /** Returns true when the entries were rebuilt. */
  update(inputs: ModelInputs): boolean {
    const last = this.inputs;
    if (last && (Object.keys(inputs) as Array<keyof ModelInputs>).every((key) => last[key] === inputs[key])) return false;
    this.inputs = inputs;
    this.entries = buildEntries(inputs);
    this.byIso = new Map(this.entries.map((entry) => [entry.iso2, entry]));
    this.sorted = undefined;
    return true;
  }

  /**
   * The entries by name in the visitor's language. Only the lookup, the table and some keys need
   * this order, so it is made on demand: a collator's start-up costs the first render nothing.
   */
  get alphabetical(): MapEntry[] {
    if (!this.sorted) {
      const collator = this.inputs!.speech.collator;
      this.sorted = [...this.entries].sort((a, b) => collator.compare(a.name, b.name));
    }
    return this.sorted;
  }

  get inView(): MapEntry[] {
    return this.entries.filter((entry) => entry.inView);
  }

  /** The states keys can reach (drawn, in the region and in the legend's filter), by name if asked. */
  reachable(filter: Category | undefined, byName: boolean): MapEntry[] {
    return (byName ? this.alphabetical : this.entries).filter((entry) => isReachable(entry, filter));
  }

  /** The map's one tab stop: the first of `candidates` keys can reach, else the first such state. */
  tabStop(candidates: ReadonlyArray<string | undefined>, filter: Category | undefined): string | undefined {
    for (const candidate of candidates) {
      const entry = candidate ? this.byIso.get(candidate) : undefined;
      if (entry && isReachable(entry, filter)) return candidate;
    }
    return this.entries.find((entry) => isReachable(entry, filter))?.iso2;
  }
}

const isReachable = (entry: MapEntry, filter: Category | undefined) =>
  !!entry.shape && entry.inView && (!filter || entry.category === filter);

function buildEntries({ data, world, region, speech, day }: ModelInputs): MapEntry[] {
  return data.states.map((record) => {
    const shape = world?.shapes.get(record.iso2);
    return {
      iso2: record.iso2,
      record,
      name: speech.stateName(record.iso2, record.name),
      category: categoryOf(record, day),
      shape,
      inView: region === 'world' || shape?.region === region,
    };
  });
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
      delete (copy as { art10?: boolean }).art10;
      delete (copy as { art11?: boolean }).art11;
    }
    return copy;
  };
  return { ...record, icescr: keep(record.icescr), op: keep(record.op) };
}
