// Builds the status file (data/opicescr-status.v1.json) from the source tables in data/sources/.
// Pure and environment-agnostic: the CLI (scripts/build-status.mjs) feeds it file contents, and the
// browser tests feed it good and bad rows. It refuses a bad row with an error naming the file, the
// line and the field, because a maintainer fixing a table needs exactly that and nothing else.
// The output is deterministic: the same tables always give the same bytes.

import { iso31661 } from 'iso-3166';
import { parseCsv } from './csv.mjs';

export const SCHEMA = 'opicescr-status';
/** The version of the file format this generator writes (not the package's version). */
export const FORMAT_VERSION = '1.0.0';
/** The OP-ICESCR opened for signature on this day (UN Treaty Collection, IV-3-a). */
export const OP_OPENED = '2009-09-24';

const CONSENT_KINDS = ['ratification', 'accession', 'succession'];
const LANGUAGES = ['en', 'es', 'fr'];
const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** A bad source row: `file:line: field: problem`. */
export class SourceRowError extends Error {
  /**
   * @param {string} file
   * @param {number} line
   * @param {string} field
   * @param {string} problem
   */
  constructor(file, line, field, problem) {
    super(`${file}:${line}: ${field}: ${problem}`);
    this.name = 'SourceRowError';
    this.file = file;
    this.line = line;
    this.field = field;
  }
}

/**
 * @typedef {object} SourceTables
 * @property {string} states      data/sources/states.csv
 * @property {string} milestones  data/sources/milestones.csv
 * @property {string} committee   data/sources/committee.csv
 * @property {string} contacts    data/sources/contacts.csv
 * @property {string} sources     data/sources/sources.csv
 */

/**
 * Builds the status file's text from the tables' texts.
 * @param {SourceTables} tables
 * @param {{ today?: string }} [options] today's date (YYYY-MM-DD); no date may be later.
 * @returns {string}
 */
export function buildStatusFile(tables, { today = new Date().toISOString().slice(0, 10) } = {}) {
  const sources = readSources(table('sources.csv', tables.sources, ['id', 'publisher', 'title', 'url', 'retrieved']), today);
  const asOf = sources.asOf;
  const status = {
    schema: SCHEMA,
    version: FORMAT_VERSION,
    asOf,
    sources: sources.list,
    states: readStates(table('states.csv', tables.states, STATE_COLUMNS), asOf),
    milestones: readMilestones(table('milestones.csv', tables.milestones, ['date', ...LANGUAGES]), asOf),
    coalition: readCoalition(
      table('committee.csv', tables.committee, ['organisation', 'representative']),
      table('contacts.csv', tables.contacts, ['role', 'organisation', 'email', 'url', 'languages', 'note_en', 'note_es', 'note_fr']),
    ),
  };
  return `${layout(status)}\n`;
}

const STATE_COLUMNS = [
  'iso_a2',
  'iso_a3',
  'iso_n3',
  'name',
  'un_member',
  'icescr_signature',
  'icescr_consent',
  'icescr_consent_kind',
  'op_signature',
  'op_consent',
  'op_consent_kind',
  'op_art10',
  'op_art11',
];

/** Parses a table and checks that it has exactly the expected columns. */
function table(file, text, columns) {
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    const [, line = '1', problem = error.message] = /^line (\d+): (.*)$/.exec(error.message) ?? [];
    throw new SourceRowError(file, Number(line), 'csv', problem);
  }
  const missing = columns.filter((column) => !parsed.header.includes(column));
  const unknown = parsed.header.filter((column) => !columns.includes(column));
  if (missing.length) throw new SourceRowError(file, 1, missing[0], 'column is missing from the header');
  if (unknown.length) throw new SourceRowError(file, 1, unknown[0], 'unknown column');
  return { file, rows: parsed.rows };
}

function readSources({ file, rows }, today) {
  if (rows.length === 0) throw new SourceRowError(file, 2, 'id', 'at least one source is needed');
  const list = rows.map(({ line, values }) => {
    const field = fieldReader(file, line, values);
    const url = field.text('url');
    if (!/^https?:\/\//.test(url)) throw new SourceRowError(file, line, 'url', `${JSON.stringify(url)} is not an http(s) URL`);
    return {
      title: field.text('title'),
      publisher: field.optionalText('publisher'),
      url,
      retrieved: field.date('retrieved', today),
    };
  });
  // The data is as fresh as its oldest source.
  const asOf = list.map((source) => source.retrieved).sort()[0];
  return { list, asOf };
}

function readStates({ file, rows }, asOf) {
  const byAlpha2 = new Map(iso31661.map((entry) => [entry.alpha2, entry]));
  const seen = new Map();
  return rows.map(({ line, values }) => {
    const field = fieldReader(file, line, values);
    const iso2 = field.text('iso_a2');
    const assigned = byAlpha2.get(iso2);
    if (!assigned) throw new SourceRowError(file, line, 'iso_a2', `unknown ISO 3166-1 alpha-2 code ${JSON.stringify(iso2)}`);
    if (seen.has(iso2)) throw new SourceRowError(file, line, 'iso_a2', `${iso2} is already on line ${seen.get(iso2)}`);
    seen.set(iso2, line);
    const iso3 = field.text('iso_a3');
    if (iso3 !== assigned.alpha3) throw new SourceRowError(file, line, 'iso_a3', `${iso3} is not the alpha-3 code of ${iso2} (${assigned.alpha3})`);
    const isoNumeric = field.text('iso_n3');
    if (isoNumeric !== assigned.numeric) {
      throw new SourceRowError(file, line, 'iso_n3', `${isoNumeric} is not the numeric code of ${iso2} (${assigned.numeric})`);
    }
    field.boolean('un_member');

    const icescr = field.treaty('icescr', asOf);
    const op = field.treaty('op', asOf);
    checkProtocolActs(field, icescr, op);
    const declarations = {};
    for (const article of ['art10', 'art11']) {
      const column = `op_${article}`;
      const value = field.optionalBoolean(column);
      if (value === undefined && op.consent) throw new SourceRowError(file, line, column, 'is required (true or false) for a party to the OP');
      if (value !== undefined && !op.consent) throw new SourceRowError(file, line, column, 'must be empty: only a party to the OP can make this declaration');
      if (value !== undefined) declarations[article] = value;
    }
    return { iso2, iso3, isoNumeric, name: field.text('name'), icescr, op: { ...op, ...declarations } };
  });
}

/** The OP is open only to states that have signed or joined the Covenant, and only since 2009. */
function checkProtocolActs(field, icescr, op) {
  const covenantSince = [icescr.signature, icescr.consent].filter(Boolean).sort()[0];
  for (const [act, column] of [
    [op.signature, 'op_signature'],
    [op.consent, 'op_consent'],
  ]) {
    if (!act) continue;
    if (act < OP_OPENED) field.fail(column, `${act} is before the OP opened for signature (${OP_OPENED})`);
    if (!covenantSince || act < covenantSince) {
      field.fail(column, `${act}: the OP is open only to states that have signed or joined the ICESCR by then`);
    }
  }
}

function readMilestones({ file, rows }, asOf) {
  const milestones = rows.map(({ line, values }) => {
    const field = fieldReader(file, line, values);
    const date = field.text('date');
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) || (date.length === 10 && !isCalendarDate(date))) {
      field.fail('date', `${JSON.stringify(date)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
    }
    if (date > asOf) field.fail('date', `${date} is after the data's as-of date ${asOf}`);
    return { date, text: Object.fromEntries(LANGUAGES.map((language) => [language, field.text(language)])) };
  });
  // Stable order by date: equal dates keep the table's order.
  return milestones.map((milestone, index) => ({ milestone, index }))
    .sort((a, b) => (a.milestone.date < b.milestone.date ? -1 : a.milestone.date > b.milestone.date ? 1 : a.index - b.index))
    .map(({ milestone }) => milestone);
}

function readCoalition(committee, contacts) {
  const members = committee.rows.map(({ line, values }) => {
    const field = fieldReader(committee.file, line, values);
    return dropEmpty({ organisation: field.text('organisation'), representative: field.optionalText('representative') });
  });
  let coordinator;
  const contactList = [];
  for (const { line, values } of contacts.rows) {
    const field = fieldReader(contacts.file, line, values);
    const role = field.text('role');
    const email = field.text('email');
    if (!EMAIL.test(email)) field.fail('email', `${JSON.stringify(email)} is not a plain e-mail address`);
    const url = field.optionalText('url');
    if (url && !/^https?:\/\//.test(url)) field.fail('url', `${JSON.stringify(url)} is not an http(s) URL`);
    const languages = field.optionalText('languages')?.split(/\s+/) ?? [];
    const badLanguage = languages.find((code) => !/^[a-z]{2,3}$/.test(code));
    if (badLanguage) field.fail('languages', `${JSON.stringify(badLanguage)} is not a language code`);
    const note = Object.fromEntries(LANGUAGES.map((language) => [language, field.text(`note_${language}`)]));
    const organisation = field.text('organisation');
    if (role === 'coordinator') {
      if (coordinator) field.fail('role', 'there is already a coordinator');
      coordinator = dropEmpty({ organisation, url, email, languages: languages.length ? languages : undefined, note });
    } else if (role === 'contact') {
      contactList.push(dropEmpty({ email, languages, organisation, url, note }));
    } else {
      field.fail('role', `${JSON.stringify(role)} is not coordinator or contact`);
    }
  }
  return dropEmpty({ coordinator, members, contacts: contactList });
}

/** Reads and checks the fields of one row, failing with the file, line and field named. */
function fieldReader(file, line, values) {
  const fail = (field, problem) => {
    throw new SourceRowError(file, line, field, problem);
  };
  const optionalText = (name) => values[name]?.trim() || undefined;
  const text = (name) => optionalText(name) ?? fail(name, 'is empty');
  const optionalBoolean = (name) => {
    const value = optionalText(name);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') fail(name, `${JSON.stringify(value)} is not true or false`);
    return value === 'true';
  };
  const optionalDate = (name, latest) => {
    const value = optionalText(name);
    if (value === undefined) return undefined;
    if (!isCalendarDate(value)) fail(name, `${JSON.stringify(value)} is not a YYYY-MM-DD date`);
    if (value > latest) fail(name, `${value} is in the future (after ${latest})`);
    return value;
  };
  return {
    fail,
    text,
    optionalText,
    optionalBoolean,
    boolean: (name) => optionalBoolean(name) ?? fail(name, 'is empty (true or false)'),
    date: (name, latest) => optionalDate(name, latest) ?? fail(name, 'is empty'),
    /** A treaty's signature, consent and consent kind, consistent with one another. */
    treaty(prefix, latest) {
      const signature = optionalDate(`${prefix}_signature`, latest);
      const consent = optionalDate(`${prefix}_consent`, latest);
      const kindColumn = `${prefix}_consent_kind`;
      const consentKind = optionalText(kindColumn);
      if (consentKind !== undefined && !CONSENT_KINDS.includes(consentKind)) {
        fail(kindColumn, `${JSON.stringify(consentKind)} is not ratification, accession or succession`);
      }
      if (consent && !consentKind) fail(kindColumn, 'is empty but there is a consent date');
      if (!consent && consentKind) fail(kindColumn, 'is set but there is no consent date');
      if (consentKind === 'ratification' && !signature) fail(`${prefix}_signature`, 'is empty: a ratification follows a signature');
      if (signature && consent && consent < signature) {
        fail(`${prefix}_consent`, `${consent} is before the signature (${signature})`);
      }
      return dropEmpty({ signature, consent, consentKind });
    },
  };
}

function isCalendarDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function dropEmpty(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/**
 * Objects open one member per line and lists one entry per line, each entry on a single line: a
 * state that ratifies changes one line in review, and the file stays compact.
 * @param {unknown} value
 * @param {string} indent
 * @returns {string}
 */
function layout(value, indent = '') {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return value.length ? `[\n${value.map((item) => inner + JSON.stringify(item)).join(',\n')}\n${indent}]` : '[]';
  }
  if (value && typeof value === 'object') {
    const members = Object.entries(value).map(([key, member]) => `${inner}${JSON.stringify(key)}: ${layout(member, inner)}`);
    return `{\n${members.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
