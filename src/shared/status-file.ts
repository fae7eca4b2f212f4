// The status file's contract (schema "opicescr-status", major version 1) and the one place that
// checks a parsed file against it. Partners may generate their own file, so the checks name the
// first problem precisely ("states[3].iso2 is missing") instead of failing somewhere in rendering.
// Unknown fields are ignored: minor versions only add. This module never fetches.

import { dateProblem } from './dates.js';

export const STATUS_SCHEMA = 'opicescr-status';
export const STATUS_MAJOR_VERSION = 1;

/** A calendar date, `YYYY-MM-DD`. Compared as strings: the format sorts chronologically. */
export type IsoDate = string;
export type LanguageCode = 'en' | 'es' | 'fr';
/** Text per language; English is always present. */
export type LocalizedText = { en: string } & Partial<Record<LanguageCode, string>>;
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

export interface Organisation {
  organisation: string;
  representative?: string;
  url?: string;
  email?: string;
  note?: LocalizedText;
}

export interface Contact {
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
  states: StateRecord[];
  milestones: Milestone[];
  coalition: Coalition;
}

/** Why a parsed file cannot be used; the loader turns it into an `INVALID` or `SCHEMA_UNSUPPORTED` error. */
export class StatusFileProblem extends Error {
  constructor(
    message: string,
    readonly unsupportedVersion?: string,
  ) {
    super(message);
  }
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;
const CONSENT_KINDS: readonly string[] = ['ratification', 'accession', 'succession'];

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isAbsent = (value: unknown) => value === undefined || value === null;

/** Checks a parsed status file and returns it in the shape the elements rely on. */
export function readStatusFile(raw: unknown): StatusData {
  if (!isObject(raw)) throw new StatusFileProblem('the file is not a JSON object');
  if (raw.schema !== STATUS_SCHEMA) {
    throw new StatusFileProblem(`"schema" is ${describe(raw.schema)}, expected "${STATUS_SCHEMA}"`);
  }
  const version = requireString(raw, 'version', '');
  const semver = SEMVER.exec(version);
  if (!semver) throw new StatusFileProblem(`"version" ${describe(version)} is not major.minor.patch`);
  if (Number(semver[1]) !== STATUS_MAJOR_VERSION) throw new StatusFileProblem('unsupported version', version);

  const asOf = requireDate(raw, 'asOf', '');
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
    if (!isAbsent(value[field])) record[field] = requireDate(value, field, path);
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
  return { date: requireDate(entry, 'date', path, { partial: true }), text: requireText(entry.text, `${path}.text`) };
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
    organisation: requireString(entry, 'organisation', path),
    representative: optionalString(entry, 'representative', path),
    url: optionalString(entry, 'url', path),
    email: optionalString(entry, 'email', path),
    note: isAbsent(entry.note) ? undefined : requireText(entry.note, `${path}.note`),
  };
}

function readContact(entry: unknown, path: string): Contact {
  if (!isObject(entry)) throw new StatusFileProblem(`${path} is not an object`);
  const languages = entry.languages;
  if (!isAbsent(languages) && !(Array.isArray(languages) && languages.every((code) => typeof code === 'string'))) {
    throw new StatusFileProblem(`${path}.languages is not a list of language codes`);
  }
  return {
    email: requireString(entry, 'email', path),
    languages: (languages as string[] | undefined) ?? [],
    organisation: optionalString(entry, 'organisation', path),
    note: isAbsent(entry.note) ? undefined : requireText(entry.note, `${path}.note`),
  };
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

function optionalList<T>(parent: Json, key: string, read: (entry: unknown, path: string) => T, prefix = ''): T[] {
  const value = parent[key];
  const path = prefix ? `${prefix}.${key}` : key;
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) throw new StatusFileProblem(`${path} is not a list`);
  return value.map((entry, index) => read(entry, `${path}[${index}]`));
}

function requireString(parent: Json, key: string, path: string): string {
  const value = parent[key];
  const where = path ? `${path}.${key}` : `"${key}"`;
  if (isAbsent(value)) throw new StatusFileProblem(`${where} is missing`);
  if (typeof value !== 'string' || !value.trim()) throw new StatusFileProblem(`${where} ${describe(value)} is not text`);
  return value;
}

/** A date that exists (dates.ts), as `YYYY-MM-DD`, or with `partial` also `YYYY-MM` or `YYYY`. */
function requireDate(parent: Json, key: string, path: string, { partial = false } = {}): IsoDate {
  const value = parent[key];
  const where = path ? `${path}.${key}` : `"${key}"`;
  if (isAbsent(value)) throw new StatusFileProblem(`${where} is missing`);
  const problem = dateProblem(value, { partial });
  if (problem === 'no-such-date') throw new StatusFileProblem(`${where} ${describe(value)} names a date that does not exist`);
  if (problem) throw new StatusFileProblem(`${where} ${describe(value)} is not a ${partial ? 'YYYY, YYYY-MM or ' : ''}YYYY-MM-DD date`);
  return value as IsoDate;
}

function optionalString(parent: Json, key: string, path: string): string | undefined {
  return isAbsent(parent[key]) ? undefined : requireString(parent, key, path);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
