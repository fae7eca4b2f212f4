// The status file's contract (schema "opicescr-status", major version 1) and the one place that
// checks a parsed file against it. Partners may generate their own file, so the checks name the
// first problem precisely ("states[3].iso2 is missing") instead of failing somewhere in rendering.
// Unknown fields are ignored: minor versions only add. This module never fetches.

import { readDay, readPartialDate, type IsoDate } from './dates.js';
import {
  checkHeader,
  describe,
  FileProblem as StatusFileProblem,
  isAbsent,
  isObject,
  optionalList,
  optionalString,
  requireString,
  type Json,
} from './file-checks.js';

export type { IsoDate };

export const STATUS_SCHEMA = 'opicescr-status';
export const STATUS_MAJOR_VERSION = 1;

/** Text per language code; English is always present. */
export type LocalizedText = { en: string } & Partial<Record<string, string>>;
export type ConsentKind = 'ratification' | 'accession' | 'succession';

export interface TreatyRecord {
  signature?: IsoDate;
  consent?: IsoDate;
  consentKind?: ConsentKind;
}

export interface ProtocolRecord extends TreatyRecord {
  /** Declaration under article 10 (inter-State communications); undefined when not applicable. */
  art10?: boolean;
  /** Declaration under article 11 (inquiry procedure); undefined when not applicable. */
  art11?: boolean;
}

export interface StateRecord {
  iso2: string;
  iso3?: string;
  isoNumeric?: string;
  name: string;
  icescr: TreatyRecord;
  op: ProtocolRecord;
}

export interface Milestone {
  /** A stable key (translations of the text refer to it); absent in files before 1.1. */
  id?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: milestones keep the precision their source gives. */
  date: string;
  text: LocalizedText;
}

export interface Source {
  title: string;
  /** Short name for the "Source:" line ("UN Treaty Collection"); the title otherwise. */
  publisher?: string;
  url?: string;
  retrieved?: IsoDate;
}

/** The page a coalition entry was seen listed on. */
export interface SourceRef {
  title?: string;
  url?: string;
}

/** When and where a coalition entry was last confirmed (since 1.1). */
export interface Confirmation {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the precision of the page it was seen on. */
  confirmed?: string;
  source?: SourceRef;
}

export interface Organisation extends Confirmation {
  /** A stable key (the coordinator's is "coordinator"); absent in files before 1.1. */
  id?: string;
  organisation: string;
  representative?: string;
  url?: string;
  email?: string;
  note?: LocalizedText;
}

export interface Contact extends Confirmation {
  /** A stable key ("steering-committee"); absent in files before 1.1. */
  id?: string;
  email: string;
  /** Languages in which the address is monitored. */
  languages: string[];
  organisation?: string;
  note?: LocalizedText;
}

export interface Coalition {
  coordinator?: Organisation;
  members: Organisation[];
  contacts: Contact[];
}

export interface StatusData {
  schema: typeof STATUS_SCHEMA;
  version: string;
  asOf: IsoDate;
  sources: Source[];
  /** Where the resources list is, relative to this file's URL (since 1.1). */
  resources?: string;
  states: StateRecord[];
  milestones: Milestone[];
  coalition: Coalition;
}

/** Kept under its first name: partners' tooling may import it. */
export { StatusFileProblem };

/** A real calendar day, exactly as written (`2013-02-30` is none). */
const isDay = (value: unknown): value is IsoDate => readDay(value) === value;
const CONSENT_KINDS: readonly string[] = ['ratification', 'accession', 'succession'];


/** Checks a parsed status file and returns it in the shape the elements rely on. */
export function readStatusFile(file: unknown): StatusData {
  const { version, ...raw } = checkHeader(file, STATUS_SCHEMA, STATUS_MAJOR_VERSION);

  const asOf = requireString(raw, 'asOf', '');
  if (!isDay(asOf)) throw new StatusFileProblem(`"asOf" ${describe(asOf)} is not a YYYY-MM-DD date`);
  if (!Array.isArray(raw.states)) throw new StatusFileProblem('"states" is missing or not a list');

  const seen = new Set<string>();
  const states = raw.states.map((entry, index) => {
    const state = readState(entry, `states[${index}]`);
    if (seen.has(state.iso2)) throw new StatusFileProblem(`states[${index}].iso2 "${state.iso2}" appears twice`);
    seen.add(state.iso2);
    return state;
  });

  return {
    schema: STATUS_SCHEMA,
    version,
    asOf,
    sources: optionalList(raw, 'sources', readSource),
    resources: optionalString(raw, 'resources', ''),
    states,
    milestones: optionalList(raw, 'milestones', readMilestone),
    coalition: readCoalition(raw.coalition),
  };
}

function readState(entry: unknown, path: string): StateRecord {
  if (!isObject(entry)) throw new StatusFileProblem(`${path} is not an object`);
  const iso2 = requireString(entry, 'iso2', path);
  if (!/^[A-Z]{2}$/.test(iso2)) throw new StatusFileProblem(`${path}.iso2 ${describe(iso2)} is not an ISO alpha-2 code`);
  return {
    iso2,
    iso3: optionalString(entry, 'iso3', path),
    isoNumeric: optionalString(entry, 'isoNumeric', path),
    name: requireString(entry, 'name', path),
    icescr: readTreaty(entry.icescr, `${path}.icescr`),
    op: readProtocol(entry.op, `${path}.op`),
  };
}

function readTreaty(value: unknown, path: string): TreatyRecord {
  if (isAbsent(value)) return {};
  if (!isObject(value)) throw new StatusFileProblem(`${path} is not an object`);
  const record: TreatyRecord = {};
  for (const field of ['signature', 'consent'] as const) {
    const date = value[field];
    if (isAbsent(date)) continue;
    if (!isDay(date)) {
      throw new StatusFileProblem(`${path}.${field} ${describe(date)} is not a YYYY-MM-DD date`);
    }
    record[field] = date;
  }
  const kind = value.consentKind;
  if (!isAbsent(kind)) {
    if (typeof kind !== 'string' || !CONSENT_KINDS.includes(kind)) {
      throw new StatusFileProblem(`${path}.consentKind ${describe(kind)} is not ratification, accession or succession`);
    }
    record.consentKind = kind as ConsentKind;
  }
  return record;
}

function readProtocol(value: unknown, path: string): ProtocolRecord {
  const record: ProtocolRecord = readTreaty(value, path);
  if (!isObject(value)) return record;
  for (const field of ['art10', 'art11'] as const) {
    const flag = value[field];
    if (isAbsent(flag)) continue;
    if (typeof flag !== 'boolean') throw new StatusFileProblem(`${path}.${field} ${describe(flag)} is not true or false`);
    record[field] = flag;
  }
  return record;
}

function readMilestone(entry: unknown, path: string): Milestone {
  if (!isObject(entry)) throw new StatusFileProblem(`${path} is not an object`);
  const date = requireString(entry, 'date', path);
  if (readPartialDate(date) !== date) throw new StatusFileProblem(`${path}.date ${describe(date)} is not a date`);
  return { id: optionalString(entry, 'id', path), date, text: requireText(entry.text, `${path}.text`) };
}

function readSource(entry: unknown, path: string): Source {
  if (!isObject(entry)) throw new StatusFileProblem(`${path} is not an object`);
  return {
    title: requireString(entry, 'title', path),
    publisher: optionalString(entry, 'publisher', path),
    url: optionalString(entry, 'url', path),
    retrieved: optionalString(entry, 'retrieved', path),
  };
}

function readCoalition(value: unknown): Coalition {
  if (isAbsent(value)) return { members: [], contacts: [] };
  if (!isObject(value)) throw new StatusFileProblem('coalition is not an object');
  return {
    coordinator: isAbsent(value.coordinator) ? undefined : readOrganisation(value.coordinator, 'coalition.coordinator'),
    members: optionalList(value, 'members', readOrganisation, 'coalition'),
    contacts: optionalList(value, 'contacts', readContact, 'coalition'),
  };
}

function readOrganisation(entry: unknown, path: string): Organisation {
  if (!isObject(entry)) throw new StatusFileProblem(`${path} is not an object`);
  return {
    id: optionalString(entry, 'id', path),
    organisation: requireString(entry, 'organisation', path),
    representative: optionalString(entry, 'representative', path),
    url: optionalString(entry, 'url', path),
    email: optionalString(entry, 'email', path),
    note: isAbsent(entry.note) ? undefined : requireText(entry.note, `${path}.note`),
    ...readConfirmation(entry, path),
  };
}

function readContact(entry: unknown, path: string): Contact {
  if (!isObject(entry)) throw new StatusFileProblem(`${path} is not an object`);
  const languages = entry.languages;
  if (!isAbsent(languages) && !(Array.isArray(languages) && languages.every((code) => typeof code === 'string'))) {
    throw new StatusFileProblem(`${path}.languages is not a list of language codes`);
  }
  return {
    id: optionalString(entry, 'id', path),
    email: requireString(entry, 'email', path),
    languages: (languages as string[] | undefined) ?? [],
    organisation: optionalString(entry, 'organisation', path),
    note: isAbsent(entry.note) ? undefined : requireText(entry.note, `${path}.note`),
    ...readConfirmation(entry, path),
  };
}

/** `confirmed` and `source`, both optional (files before 1.1 have neither). */
function readConfirmation(entry: Json, path: string): Confirmation {
  const confirmed = optionalString(entry, 'confirmed', path);
  if (confirmed !== undefined && readPartialDate(confirmed) !== confirmed) {
    throw new StatusFileProblem(`${path}.confirmed ${describe(confirmed)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return { confirmed, source: isAbsent(entry.source) ? undefined : readSourceRef(entry.source, `${path}.source`) };
}

/** A source is a title, an address or both; the address is kept as text (links check it when shown). */
export function readSourceRef(value: unknown, path: string): SourceRef {
  if (!isObject(value)) throw new StatusFileProblem(`${path} is not an object`);
  const source = { title: optionalString(value, 'title', path), url: optionalString(value, 'url', path) };
  if (!source.title && !source.url) throw new StatusFileProblem(`${path} has neither a title nor a url`);
  return source;
}

function requireText(value: unknown, path: string): LocalizedText {
  if (!isObject(value)) throw new StatusFileProblem(`${path} is missing or not an object of texts per language`);
  const text: Partial<Record<string, string>> = {};
  for (const [language, translation] of Object.entries(value)) {
    if (typeof translation === 'string' && translation.trim()) text[language] = translation;
  }
  if (!text.en) throw new StatusFileProblem(`${path}.en is missing`);
  return text as LocalizedText;
}




