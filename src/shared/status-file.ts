// The status file's contract (schema "opicescr-status", major version 1) and the one place that
// checks a parsed file against it. Partners may generate their own file, so the checks name the
// first problem precisely ("states[3].iso2 is missing") instead of failing somewhere in rendering.
// Unknown fields are ignored: minor versions only add. This module never fetches.

import { dateProblem, type IsoDate } from './dates.js';
import {
  checkHeader,
  describe,
  fail,
  flag,
  list,
  object,
  optional,
  text,
  textPerLanguage,
  textThat,
  unique,
  type Check,
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

const CONSENT_KINDS: readonly string[] = ['ratification', 'accession', 'succession'];

/** A date read by the one date reader: a day that does not exist is named as such. */
const date =
  (partial: boolean, what: string): Check<IsoDate> =>
  (value, path) => {
    const problem = dateProblem(text(value, path), { partial });
    if (problem === 'no-such-date') fail(path, `${describe(value)} names a date that does not exist`);
    return problem ? fail(path, `${describe(value)} is not ${what}`) : (value as IsoDate);
  };
const day = date(false, 'a YYYY-MM-DD date');
const partialDate = (what: string) => date(true, what);
const treaty = {
  signature: optional(day),
  consent: optional(day),
  consentKind: optional(textThat((kind) => CONSENT_KINDS.includes(kind), 'ratification, accession or succession')),
};

/** Text per language; English is required, and empty translations are dropped. */
const localized = textPerLanguage('en') as Check<LocalizedText>;

/** A source is a title, an address or both; the address is kept as text (links check it when shown). */
export const readSourceRef: Check<SourceRef> = (value, path) => {
  const source = object({ title: optional(text), url: optional(text) })(value, path);
  return source.title || source.url ? source : fail(path, 'has neither a title nor a url');
};

/** When and where a coalition entry was last confirmed (files before 1.1 have neither). */
const confirmation = {
  confirmed: optional(partialDate('YYYY, YYYY-MM or YYYY-MM-DD')),
  source: optional(readSourceRef),
};

const organisation = object({
  id: optional(text),
  organisation: text,
  representative: optional(text),
  url: optional(text),
  email: optional(text),
  note: optional(localized),
  ...confirmation,
});

const contact = object({
  id: optional(text),
  email: text,
  languages: (value, path) => optional(list(text, 'a list of language codes'))(value, path) ?? [],
  organisation: optional(text),
  note: optional(localized),
  ...confirmation,
});

const state = object({
  iso2: textThat((code) => /^[A-Z]{2}$/.test(code), 'an ISO alpha-2 code'),
  iso3: optional(text),
  isoNumeric: optional(text),
  name: text,
  icescr: (value, path) => optional(object(treaty))(value, path) ?? {},
  op: (value, path) => optional(object({ ...treaty, art10: optional(flag), art11: optional(flag) }))(value, path) ?? {},
});

/** The file's shape, declared once: what each field must be, and which may be absent. */
const statusFile = object({
  asOf: day,
  sources: optional(list(object({ title: text, publisher: optional(text), url: optional(text), retrieved: optional(text) }))),
  resources: optional(text),
  states: (value, path) => unique(list(state)(value, path), 'iso2', path),
  milestones: optional(list(object({ id: optional(text), date: partialDate('a date'), text: localized }))),
  coalition: optional(object({ coordinator: optional(organisation), members: optional(list(organisation)), contacts: optional(list(contact)) })),
});

/** Checks a parsed status file and returns it in the shape the elements rely on. */
export function readStatusFile(file: unknown): StatusData {
  const { version, ...raw } = checkHeader(file, STATUS_SCHEMA, STATUS_MAJOR_VERSION);
  const { sources = [], milestones = [], coalition, ...rest } = statusFile(raw, '');
  const { members = [], contacts = [], coordinator = undefined } = coalition ?? {};
  return { schema: STATUS_SCHEMA, version, ...rest, sources, milestones, coalition: { coordinator, members, contacts } } as StatusData;
}
