// Builds the status file (data/opicescr-status.v1.json) from the source tables in data/sources/.
// Pure and environment-agnostic: the CLI (scripts/build-status.mjs) feeds it file contents, and the
// browser tests feed it good and bad rows. It refuses a bad row with an error naming the file, the
// line and the field, because a maintainer fixing a table needs exactly that and nothing else.
// The output is deterministic: the same tables always give the same bytes.

import { iso31661 } from 'iso-3166';
import { SourceRowError, dropEmpty, fieldReader, isPartialDate, layout, table } from './source-table.mjs';
import { RESOURCES_FILE } from './resources-build.mjs';

export { SourceRowError };

export const SCHEMA = 'opicescr-status';
/**
 * The version of the file format this generator writes (not the package's version). 1.1.0 added
 * milestone and contact ids, the coalition entries' `confirmed` and `source`, and `resources`.
 */
export const FORMAT_VERSION = '1.1.0';
/** The OP-ICESCR opened for signature on this day (UN Treaty Collection, IV-3-a). */
export const OP_OPENED = '2009-09-24';

const CONSENT_KINDS = ['ratification', 'accession', 'succession'];
/**
 * The tables hold English; every other language's texts are in its dictionary
 * (src/i18n/<code>.json, `data`), keyed by the ids below, and checked here for the counts they state.
 */
const LANGUAGES = ['en'];
const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
/** Where each coalition entry was last seen listed: the date and the page. */
const CONFIRMATION_COLUMNS = ['confirmed', 'source_title', 'source_url'];

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
 * @param {{ today?: string, translations?: Record<string, { milestones?: Record<string, string> }> }} [options]
 *   today's date (YYYY-MM-DD; no date may be later), and each language pack's `data`, whose
 *   milestones must state the counts the table claims.
 * @returns {string}
 */
export function buildStatusFile(tables, { today = new Date().toISOString().slice(0, 10), translations = {} } = {}) {
  const sources = readSources(table('sources.csv', tables.sources, ['id', 'publisher', 'title', 'url', 'retrieved']), today);
  const asOf = sources.asOf;
  const states = readStates(table('states.csv', tables.states, STATE_COLUMNS), asOf);
  const status = {
    schema: SCHEMA,
    version: FORMAT_VERSION,
    asOf,
    sources: sources.list,
    // Resolved against the status file's own URL, so a self-hosted file can name its own list.
    resources: RESOURCES_FILE,
    states,
    milestones: readMilestones(table('milestones.csv', tables.milestones, ['id', 'date', 'claims', ...LANGUAGES]), asOf, states, translations),
    coalition: readCoalition(
      table('committee.csv', tables.committee, ['organisation', 'representative', ...CONFIRMATION_COLUMNS]),
      table('contacts.csv', tables.contacts, [
        'id', 'role', 'organisation', 'email', 'url', 'languages', 'note_en', ...CONFIRMATION_COLUMNS,
      ]),
      today,
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

function readSources({ file, rows }, today) {
  if (rows.length === 0) throw new SourceRowError(file, 2, 'id', 'at least one source is needed');
  const list = rows.map(({ line, values }) => {
    const field = fieldReader(file, line, values);
    const url = field.httpUrl('url');
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

    const icescr = readTreaty(field, 'icescr', asOf);
    const op = readTreaty(field, 'op', asOf);
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

/** A treaty's signature, consent and consent kind, consistent with one another. */
function readTreaty(field, prefix, latest) {
  const signature = field.optionalDate(`${prefix}_signature`, latest);
  const consent = field.optionalDate(`${prefix}_consent`, latest);
  const kindColumn = `${prefix}_consent_kind`;
  const consentKind = field.optionalText(kindColumn);
  if (consentKind !== undefined && !CONSENT_KINDS.includes(consentKind)) {
    field.fail(kindColumn, `${JSON.stringify(consentKind)} is not ratification, accession or succession`);
  }
  if (consent && !consentKind) field.fail(kindColumn, 'is empty but there is a consent date');
  if (!consent && consentKind) field.fail(kindColumn, 'is set but there is no consent date');
  if (consentKind === 'ratification' && !signature) field.fail(`${prefix}_signature`, 'is empty: a ratification follows a signature');
  if (signature && consent && consent < signature) {
    field.fail(`${prefix}_consent`, `${consent} is before the signature (${signature})`);
  }
  return dropEmpty({ signature, consent, consentKind });
}

function readMilestones({ file, rows }, asOf, states, translations) {
  const ids = new Map();
  const milestones = rows.map(({ line, values }) => {
    const field = fieldReader(file, line, values);
    const id = field.slug('id');
    if (ids.has(id)) field.fail('id', `${id} is already on line ${ids.get(id)}`);
    ids.set(id, line);
    const date = field.text('date');
    if (!isPartialDate(date)) field.fail('date', `${JSON.stringify(date)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
    if (date > asOf) field.fail('date', `${date} is after the data's as-of date ${asOf}`);
    const text = Object.fromEntries(LANGUAGES.map((language) => [language, field.text(language)]));
    const translated = Object.entries(translations).map(([language, pack]) => ({
      where: `src/i18n/${language}.json: data.milestones.${id}`,
      sentence: pack.milestones?.[id] ?? '',
    }));
    checkClaims(field, date, text, states, translated);
    return { id, date, text };
  });
  // Stable order by date: equal dates keep the table's order.
  return milestones.map((milestone, index) => ({ milestone, index }))
    .sort((a, b) => (a.milestone.date < b.milestone.date ? -1 : a.milestone.date > b.milestone.date ? 1 : a.index - b.index))
    .map(({ milestone }) => milestone);
}

/**
 * What a milestone's `claims` may state, counted from the state data on the milestone's day
 * (acts on or before it): `op_signatures=20` says that 20 states had signed the OP by then.
 */
const CLAIMS = {
  op_signatures: { count: (state) => state.op.signature, says: 'OP signatures' },
  op_parties: { count: (state) => state.op.consent, says: 'OP parties' },
  icescr_signatures: { count: (state) => state.icescr.signature, says: 'ICESCR signatures' },
  icescr_parties: { count: (state) => state.icescr.consent, says: 'ICESCR parties' },
};

/**
 * A milestone that states a count says so in `claims`, and the count must agree with states.csv on
 * its day and appear, in digits, in the English text and in every dictionary's translation (so a corrected count is corrected in
 * every translation). The claims are checked, not published: derived facts are never stored twice.
 */
function checkClaims(field, date, text, states, translated) {
  const claims = field.optionalText('claims')?.split(/\s+/) ?? [];
  if (claims.length && date.length !== 10) field.fail('claims', `a count needs a milestone dated to the day, not ${date}`);
  const seen = new Set();
  for (const claim of claims) {
    const [, name, digits] = /^([a-z_]+)=(\d+)$/.exec(claim) ?? [];
    if (!name) field.fail('claims', `${JSON.stringify(claim)} is not name=count`);
    const kind = CLAIMS[name];
    if (!kind) field.fail('claims', `${name} is not one of ${Object.keys(CLAIMS).join(', ')}`);
    if (seen.has(name)) field.fail('claims', `${name} is claimed twice`);
    seen.add(name);
    const actual = states.filter((state) => {
      const act = kind.count(state);
      return act !== undefined && act <= date;
    }).length;
    if (actual !== Number(digits)) {
      field.fail('claims', `${claim} but states.csv has ${actual} ${kind.says} on or before ${date}`);
    }
    const says = (sentence) => new RegExp(`(^|\\D)${Number(digits)}(\\D|$)`).test(sentence);
    for (const [language, sentence] of Object.entries(text)) {
      if (!says(sentence)) field.fail(language, `does not state the claimed count ${Number(digits)} (claims: ${claim})`);
    }
    // Each language's translation says the same count, so a corrected count is corrected everywhere.
    for (const { where, sentence } of translated) {
      if (!says(sentence)) field.fail('claims', `${claim}, but ${where} does not state the count ${Number(digits)}`);
    }
  }
}

/** When and where a coalition entry was last seen listed. */
function readConfirmation(field, today) {
  return {
    confirmed: field.partialDate('confirmed', today),
    source: { title: field.text('source_title'), url: field.httpUrl('source_url') },
  };
}

function readCoalition(committee, contacts, today) {
  const members = committee.rows.map(({ line, values }) => {
    const field = fieldReader(committee.file, line, values);
    return dropEmpty({
      organisation: field.text('organisation'),
      representative: field.optionalText('representative'),
      ...readConfirmation(field, today),
    });
  });
  let coordinator;
  const contactList = [];
  const ids = new Map();
  for (const { line, values } of contacts.rows) {
    const field = fieldReader(contacts.file, line, values);
    const id = field.slug('id');
    if (ids.has(id)) field.fail('id', `${id} is already on line ${ids.get(id)}`);
    ids.set(id, line);
    const role = field.text('role');
    const email = field.text('email');
    if (!EMAIL.test(email)) field.fail('email', `${JSON.stringify(email)} is not a plain e-mail address`);
    const url = field.optionalHttpUrl('url');
    const languages = field.optionalText('languages') ? field.languages('languages') : [];
    const note = Object.fromEntries(LANGUAGES.map((language) => [language, field.text(`note_${language}`)]));
    const organisation = field.text('organisation');
    const confirmation = readConfirmation(field, today);
    if (role === 'coordinator') {
      if (coordinator) field.fail('role', 'there is already a coordinator');
      coordinator = dropEmpty({ id, organisation, url, email, languages: languages.length ? languages : undefined, note, ...confirmation });
    } else if (role === 'contact') {
      contactList.push(dropEmpty({ id, email, languages, organisation, url, note, ...confirmation }));
    } else {
      field.fail('role', `${JSON.stringify(role)} is not coordinator or contact`);
    }
  }
  return dropEmpty({ coordinator, members, contacts: contactList });
}
