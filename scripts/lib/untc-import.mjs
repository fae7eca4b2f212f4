// Reads the UN Treaty Collection (UNTC) status pages of the ICESCR (IV-3) and its Optional Protocol
// (IV-3-a), as a maintainer saves them from a browser, and brings data/sources/states.csv and
// sources.csv up to date with them, describing every change in plain English.
//
// Pure and environment-agnostic: no `node:` imports and no DOMParser, only string and regex work,
// so the CLI (scripts/import-untc.mjs) runs it in Node and the tests run it in browsers.
// It must never guess: a page it does not recognise, a participant that no row of the table
// names, or a participants table whose row count disagrees with the page's own header counts
// is an UntcImportError, not a silent skip.
//
// API
//   parseUntcPage(html) → { treaty, asOf, counts, participants, declarations }
//     treaty: 'IV-3' | 'IV-3-a', read from the page's chapter and treaty headings;
//     asOf: the "STATUS AS AT : dd-mm-yyyy" date as YYYY-MM-DD;
//     counts: the header's { signatories, parties };
//     participants: [{ name, signature?, consent?, consentKind? }] with UNTC's spelling of names,
//       footnote markers removed, dates as YYYY-MM-DD and consentKind 'ratification' |
//       'accession' | 'succession';
//     declarations: { art10, art11 }, Sets of UNTC names (always empty for IV-3).
//   importUntc({ statesCsv, sourcesCsv, pages }) → { statesCsv, sourcesCsv, changes, asOf }
//     pages: the two saved pages as HTML strings, in either order (each is identified by its
//     content); changes: one English sentence per new, changed or removed fact, in date order;
//     asOf: { icescr, op }, each page's date.
//   dateInWords('2025-02-19') → '19 February 2025'

import { formatCsv, parseCsv } from './csv.mjs';

/** A problem with the input (page or table) that a maintainer must fix; never a bug in this module. */
export class UntcImportError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'UntcImportError';
  }
}

/**
 * @typedef {'IV-3' | 'IV-3-a'} TreatyId
 * @typedef {'ratification' | 'accession' | 'succession'} ConsentKind
 * @typedef {{ name: string, signature?: string, consent?: string, consentKind?: ConsentKind }} Participant
 * @typedef {{
 *   treaty: TreatyId,
 *   asOf: string,
 *   counts: { signatories: number, parties: number },
 *   participants: Participant[],
 *   declarations: { art10: Set<string>, art11: Set<string> },
 * }} UntcPage
 */

const TREATIES = /** @type {const} */ ({
  'IV-3': { label: 'ICESCR', column: 'icescr', sourceId: 'untc-iv-3' },
  'IV-3-a': { label: 'OP-ICESCR', column: 'op', sourceId: 'untc-iv-3-a' },
});

// Every column of states.csv this import writes; all others are kept as they are.
const STATE_COLUMNS_FROM_PAGES = ['icescr_signature', 'icescr_consent', 'icescr_consent_kind',
  'op_signature', 'op_consent', 'op_consent_kind', 'op_art10', 'op_art11'];

// Where UNTC's spelling differs from the UN short name the table uses (data/sources/SOURCES.md,
// "CSV conventions"). Every other participant must match a `name` exactly.
const TABLE_NAME_OF_UNTC_NAME = new Map([
  ['Bahamas (The)', 'Bahamas'],
  ['St. Kitts and Nevis', 'Saint Kitts and Nevis'],
  ['St. Vincent and the Grenadines', 'Saint Vincent and the Grenadines'],
  ['Czech Republic', 'Czechia'],
]);

// The letter UNTC prints after a consent date; a date without one is a ratification.
/** @type {Map<string, ConsentKind>} */
const CONSENT_KIND_OF_SUFFIX = new Map([
  ['', 'ratification'],
  ['a', 'accession'],
  ['d', 'succession'],
]);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/**
 * Reads one saved UNTC status page.
 * @param {string} html
 * @returns {UntcPage}
 */
export function parseUntcPage(html) {
  const treaty = treatyOf(html);
  const label = TREATIES[treaty].label;
  const participants = readParticipants(html, label);
  const counts = readHeaderCounts(html, label);
  const signatories = participants.filter((participant) => participant.signature).length;
  const parties = participants.filter((participant) => participant.consent).length;
  // A denunciation, a new kind of row or a change of layout would all show up here first.
  if (signatories !== counts.signatories || parties !== counts.parties) {
    throw new UntcImportError(
      `The ${label} page's header counts ${counts.signatories} signatories and ${counts.parties} parties, `
      + `but its participants table has ${signatories} signatures and ${parties} consents: check the page by hand.`,
    );
  }
  return {
    treaty,
    asOf: readStatusDate(html, label),
    counts,
    participants,
    declarations: treaty === 'IV-3-a' ? readArticleDeclarations(html) : { art10: new Set(), art11: new Set() },
  };
}

/**
 * Brings the states table and the sources table up to date with the two UNTC pages. Columns the
 * pages do not carry (ISO codes, name, un_member) and the order of rows are kept as they are.
 * @param {{ statesCsv: string, sourcesCsv: string, pages: string[] }} input
 * @returns {{ statesCsv: string, sourcesCsv: string, changes: string[], asOf: { icescr: string, op: string } }}
 */
export function importUntc({ statesCsv, sourcesCsv, pages }) {
  const { icescr, op } = pairPages(pages);
  const states = readTable(statesCsv, 'states.csv', ['name', ...STATE_COLUMNS_FROM_PAGES]);
  const rowOfName = new Map(states.rows.map((row) => [row.values.name, row.values]));
  const rowOfUntcName = (/** @type {string} */ untcName, /** @type {string} */ where) => {
    const row = rowOfName.get(TABLE_NAME_OF_UNTC_NAME.get(untcName) ?? untcName);
    if (!row) {
      throw new UntcImportError(
        `The ${where} lists "${untcName}", which no row of states.csv names: add a row for it (see data/sources/SOURCES.md).`,
      );
    }
    return row;
  };

  const icescrOf = participantsByRow(icescr, (name) => rowOfUntcName(name, 'ICESCR page'));
  const opOf = participantsByRow(op, (name) => rowOfUntcName(name, 'OP-ICESCR page'));
  const rowsDeclaring = (/** @type {Set<string>} */ untcNames) => new Set([...untcNames].map((untcName) => {
    const row = rowOfUntcName(untcName, "OP-ICESCR page's article 10 and 11 declarations");
    // Only a party can make these declarations; anything else means the page was misread.
    if (!opOf.get(row)?.consent) {
      throw new UntcImportError(`The OP-ICESCR page lists an article 10 or 11 declaration by ${untcName}, which is not a party.`);
    }
    return row;
  }));
  const art10Rows = rowsDeclaring(op.declarations.art10);
  const art11Rows = rowsDeclaring(op.declarations.art11);

  /** @type {Array<{ date: string, text: string }>} */
  const changes = [];
  const rows = states.rows.map(({ values: before }) => {
    const icescrParticipant = icescrOf.get(before);
    const opParticipant = opOf.get(before);
    const isOpParty = Boolean(opParticipant?.consent);
    const after = {
      ...before,
      ...treatyColumns('icescr', icescrParticipant),
      ...treatyColumns('op', opParticipant),
      op_art10: isOpParty ? String(art10Rows.has(before)) : '',
      op_art11: isOpParty ? String(art11Rows.has(before)) : '',
    };
    changes.push(...describeRowChanges(before, after));
    return after;
  });

  const sources = readTable(sourcesCsv, 'sources.csv', ['id', 'retrieved']);
  for (const page of [icescr, op]) {
    const { sourceId } = TREATIES[page.treaty];
    const source = sources.rows.find((row) => row.values.id === sourceId);
    if (!source) throw new UntcImportError(`sources.csv has no row with id ${sourceId}.`);
    source.values.retrieved = page.asOf;
  }

  // Array.prototype.sort is stable, so facts of the same day stay in table order.
  changes.sort((first, second) => first.date.localeCompare(second.date));
  return {
    statesCsv: formatCsv(states.header, rows),
    sourcesCsv: formatCsv(sources.header, sources.rows.map((row) => row.values)),
    changes: changes.map((change) => change.text),
    asOf: { icescr: icescr.asOf, op: op.asOf },
  };
}

/**
 * @param {string} isoDate YYYY-MM-DD
 * @returns {string} e.g. '19 February 2025', the way UNTC and the change sentences write dates
 */
export function dateInWords(isoDate) {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** @param {string[]} pages */
function pairPages(pages) {
  if (pages.length !== 2) throw new UntcImportError(`Expected the two UNTC pages (IV-3 and IV-3-a), got ${pages.length}.`);
  const parsed = pages.map((html) => parseUntcPage(html));
  const icescr = parsed.find((page) => page.treaty === 'IV-3');
  const op = parsed.find((page) => page.treaty === 'IV-3-a');
  if (!icescr || !op) {
    throw new UntcImportError(`Both pages are the ${TREATIES[parsed[0].treaty].label} page (${parsed[0].treaty}); the other one is missing.`);
  }
  return { icescr, op };
}

/**
 * @param {string} text
 * @param {string} fileName
 * @param {string[]} columns the columns the import reads or writes
 */
function readTable(text, fileName, columns) {
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    throw new UntcImportError(`${fileName}: ${/** @type {Error} */ (error).message}`);
  }
  // formatCsv writes only the header's columns, so a missing one would silently lose its data.
  const missing = columns.filter((column) => !table.header.includes(column));
  if (missing.length > 0) throw new UntcImportError(`${fileName} has no ${missing.join(', ')} column.`);
  return table;
}

/**
 * @param {UntcPage} page
 * @param {(untcName: string) => Record<string, string>} rowOf
 */
function participantsByRow(page, rowOf) {
  /** @type {Map<Record<string, string>, Participant>} */
  const byRow = new Map();
  for (const participant of page.participants) {
    const row = rowOf(participant.name);
    const earlier = byRow.get(row);
    if (earlier) {
      throw new UntcImportError(
        `The ${TREATIES[page.treaty].label} page lists both "${earlier.name}" and "${participant.name}", which are the same row of states.csv (${row.name}).`,
      );
    }
    byRow.set(row, participant);
  }
  return byRow;
}

/**
 * @param {'icescr' | 'op'} column
 * @param {Participant | undefined} participant
 */
function treatyColumns(column, participant) {
  return {
    [`${column}_signature`]: participant?.signature ?? '',
    [`${column}_consent`]: participant?.consent ?? '',
    [`${column}_consent_kind`]: participant?.consentKind ?? '',
  };
}

// ---------------------------------------------------------------------------------------------
// Change sentences

const VERB_OF_KIND = { ratification: 'ratified', accession: 'acceded to', succession: 'succeeded to' };
const NOUN_OF_KIND = { ratification: 'ratification of', accession: 'accession to', succession: 'succession to' };

/**
 * @typedef {{ date: string, text: string }} Change
 * @typedef {{ date: string, kind: ConsentKind } | undefined} Consent
 */

/**
 * @param {Record<string, string>} before
 * @param {Record<string, string>} after
 * @returns {Change[]}
 */
function describeRowChanges(before, after) {
  const { name } = before;
  const changes = [];
  for (const { label, column } of Object.values(TREATIES)) {
    const signature = `${column}_signature`;
    changes.push(...describeSignatureChange(name, label, before[signature], after[signature]));
    changes.push(...describeConsentChange(name, label, consentOf(before, column), consentOf(after, column)));
  }
  changes.push(...describeDeclarationChange(name, before, after));
  return changes;
}

/**
 * @param {string} name
 * @param {string} label
 * @param {string} before date or ''
 * @param {string} after date or ''
 * @returns {Change[]}
 */
function describeSignatureChange(name, label, before, after) {
  if (before === after) return [];
  if (!after) return [{ date: before, text: `UNTC no longer lists the signature of the ${label} by ${name} on ${dateInWords(before)}.` }];
  const signed = `${name} signed the ${label} on ${dateInWords(after)}`;
  return [{ date: after, text: before ? `${signed} (the table had ${dateInWords(before)}).` : `${signed}.` }];
}

/**
 * @param {string} name
 * @param {string} label
 * @param {Consent} before
 * @param {Consent} after
 * @returns {Change[]}
 */
function describeConsentChange(name, label, before, after) {
  if (!after) {
    return before
      ? [{ date: before.date, text: `UNTC no longer lists the ${NOUN_OF_KIND[before.kind]} the ${label} by ${name} on ${dateInWords(before.date)}.` }]
      : [];
  }
  if (before?.date === after.date && before.kind === after.kind) return [];
  const consented = `${name} ${VERB_OF_KIND[after.kind]} the ${label} on ${dateInWords(after.date)}`;
  if (!before) return [{ date: after.date, text: `${consented}.` }];
  const kindBefore = before.kind === after.kind ? '' : `${before.kind === 'accession' ? 'an' : 'a'} ${before.kind} on `;
  return [{ date: after.date, text: `${consented} (the table had ${kindBefore}${dateInWords(before.date)}).` }];
}

/**
 * @param {Record<string, string>} row
 * @param {'icescr' | 'op'} column
 * @returns {Consent}
 */
function consentOf(row, column) {
  const date = row[`${column}_consent`];
  return date ? { date, kind: /** @type {ConsentKind} */ (row[`${column}_consent_kind`]) } : undefined;
}

/**
 * Declarations are made on ratification or accession (the page says so), so they are dated with
 * the OP consent for ordering.
 * @param {string} name
 * @param {Record<string, string>} before
 * @param {Record<string, string>} after
 * @returns {Change[]}
 */
function describeDeclarationChange(name, before, after) {
  const made = declarationArticles(after).filter((number) => !declarationArticles(before).includes(number));
  const dropped = declarationArticles(before).filter((number) => !declarationArticles(after).includes(number));
  const changes = [];
  if (made.length > 0) changes.push({ date: after.op_consent, text: `${name} made the ${declarationNames(made)}.` });
  if (dropped.length > 0) {
    changes.push({ date: after.op_consent || before.op_consent, text: `UNTC no longer lists the ${declarationNames(dropped)} by ${name}.` });
  }
  return changes;
}

/** @param {Record<string, string>} row */
function declarationArticles(row) {
  return ['10', '11'].filter((number) => row[`op_art${number}`] === 'true');
}

/** @param {string[]} numbers e.g. ['10', '11'] → 'article 10 and 11 declarations' */
function declarationNames(numbers) {
  return `article ${numbers.join(' and ')} declaration${numbers.length > 1 ? 's' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Page reading

const ROMAN_CHAPTER = /^CHAPTER ([IVXL]+)$/;
const TREATY_NUMBER = /^(\d+)\.\s*([a-z])?\s/;

/**
 * Identifies the page by its own headings ("CHAPTER IV", "3. a Optional Protocol…"), so a page
 * of another treaty, or not from UNTC at all, is refused with a message that says what it is.
 * @param {string} html
 * @returns {TreatyId}
 */
function treatyOf(html) {
  const chapter = textOf(elementById(html, 'tcHead') ?? '').match(ROMAN_CHAPTER)?.[1];
  const heading = textOf(elementById(html, 'tcTreaty') ?? '');
  const number = heading.match(TREATY_NUMBER);
  if (!chapter || !number) {
    throw new UntcImportError('This is not a saved UN Treaty Collection status page: it has no chapter and treaty headings.');
  }
  const treaty = [chapter, number[1], number[2]].filter(Boolean).join('-');
  if (treaty !== 'IV-3' && treaty !== 'IV-3-a') {
    throw new UntcImportError(
      `This is the UNTC page of treaty ${treaty} (${heading.slice(number[0].length)}), not of the ICESCR (IV-3) or the OP-ICESCR (IV-3-a).`,
    );
  }
  return treaty;
}

/**
 * @param {string} html
 * @param {string} label
 */
function readStatusDate(html, label) {
  const date = html.match(/STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})/i);
  if (!date) throw new UntcImportError(`The ${label} page has no "STATUS AS AT : dd-mm-yyyy" date.`);
  const [, day, month, year] = date;
  return `${year}-${month}-${day}`;
}

/**
 * @param {string} html
 * @param {string} label
 */
function readHeaderCounts(html, label) {
  const counts = textOf(elementById(html, 'tcStatus') ?? '').match(/Signatories\s*:\s*(\d+)\.?\s*Parties\s*:\s*(\d+)/i);
  if (!counts) throw new UntcImportError(`The ${label} page has no "Signatories : n. Parties : n" status line.`);
  return { signatories: Number(counts[1]), parties: Number(counts[2]) };
}

/**
 * @param {string} html
 * @param {string} label
 * @returns {Participant[]}
 */
function readParticipants(html, label) {
  const table = html.match(/<table\b[^>]*\bid=["']?[\w$]*tblgrid\b[^>]*>([\s\S]*?)<\/table>/i);
  if (!table) throw new UntcImportError(`The ${label} page has no participants table.`);
  const [header, ...rows] = rowsOf(table[1]).map((cells) => cells.map(textOf));
  if (!header || header[0] !== 'Participant' || header[1] !== 'Signature' || !/Ratification/.test(header[2] ?? '')) {
    throw new UntcImportError(`The ${label} participants table has unexpected columns: ${(header ?? []).join(' | ')}.`);
  }
  const seen = new Set();
  return rows.map((cells) => {
    const [name, signatureCell, consentCell] = cells;
    if (cells.length !== 3 || !name) {
      throw new UntcImportError(`The ${label} participants table has a row that is not "participant | signature | consent": ${cells.join(' | ')}.`);
    }
    if (seen.has(name)) throw new UntcImportError(`The ${label} page lists ${name} twice.`);
    seen.add(name);
    /** @type {Participant} */
    const participant = { name };
    if (signatureCell) {
      const { date, suffix } = readDate(signatureCell, `${name}'s ${label} signature`);
      if (suffix) throw new UntcImportError(`${name}'s ${label} signature "${signatureCell}" has a suffix this import does not know.`);
      participant.signature = date;
    }
    if (consentCell) {
      const { date, suffix } = readDate(consentCell, `${name}'s ${label} consent`);
      const kind = CONSENT_KIND_OF_SUFFIX.get(suffix);
      if (!kind) throw new UntcImportError(`${name}'s ${label} consent "${consentCell}" has a suffix this import does not know.`);
      participant.consent = date;
      participant.consentKind = kind;
    }
    return participant;
  });
}

/**
 * @param {string} cell e.g. '4 Nov 2024 a'
 * @param {string} what for the error message
 */
function readDate(cell, what) {
  const parts = cell.match(/^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})(?: ([A-Za-z]+))?$/);
  const month = parts ? MONTHS.findIndex((name) => name.startsWith(parts[2])) + 1 : 0;
  if (!parts || month === 0) throw new UntcImportError(`Cannot read ${what} "${cell}" as a date.`);
  const [, day, , year, suffix = ''] = parts;
  return { date: `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`, suffix };
}

/**
 * The section "Declarations made under articles 10 and 11" lists each declaring State under a
 * heading of its own. The page shows every State up to the next titled section (or the end notes)
 * under that heading: Portugal's declaration sits in a separate grid whose own title is empty, so
 * it reads as part of this section and is counted with it. An entry counts for each of articles
 * 10 and 11 that its text names, so a withdrawal listed here would not be recognised as one.
 * @param {string} html
 */
function readArticleDeclarations(html) {
  const heading = html.match(/Declarations made under articles 10 and 11/i);
  if (!heading || heading.index === undefined) {
    throw new UntcImportError('The OP-ICESCR page has no "Declarations made under articles 10 and 11" section.');
  }
  const afterHeading = html.slice(heading.index + heading[0].length);
  const section = afterHeading.slice(0, endOfSection(afterHeading));
  const art10 = new Set();
  const art11 = new Set();
  const declarants = [...section.matchAll(/<div\b[^>]*\bclass=["']?heading-two\b[^>]*>([\s\S]*?)<\/div>/gi)];
  declarants.forEach((declarant, index) => {
    const name = textOf(declarant[1]);
    const text = textOf(section.slice((declarant.index ?? 0) + declarant[0].length, declarants[index + 1]?.index));
    const articles = articlesNamedIn(text);
    if (articles.has(10)) art10.add(name);
    if (articles.has(11)) art11.add(name);
  });
  return { art10, art11 };
}

/** @param {string} html the page from just after a section's heading */
function endOfSection(html) {
  const endNotes = html.search(/\bclass=["']?end-notes\b/i);
  const titles = html.matchAll(/<div\b[^>]*\bclass=["']?bold\b[^>]*>([\s\S]*?)<\/div>/gi);
  const nextTitle = [...titles].find((title) => textOf(title[1]) !== '')?.index ?? -1;
  const ends = [endNotes, nextTitle].filter((index) => index >= 0);
  return ends.length > 0 ? Math.min(...ends) : html.length;
}

/**
 * Article numbers a declaration refers to: "article 10", "articles 11 and 12", "articles 10, 11".
 * @param {string} text
 */
function articlesNamedIn(text) {
  const numbers = new Set();
  for (const [, list] of text.matchAll(/\barticles?\s+(\d+(?:\s*(?:,|and)\s*\d+)*)/gi)) {
    for (const number of list.match(/\d+/g) ?? []) numbers.add(Number(number));
  }
  return numbers;
}

// ---------------------------------------------------------------------------------------------
// Markup helpers

/**
 * The inner markup of the first element whose ASP.NET id ends in `idSuffix` (ids carry a long,
 * page-specific prefix such as "ctl00_ctl00_ContentPlaceHolder1_…_").
 * @param {string} html
 * @param {string} idSuffix
 */
function elementById(html, idSuffix) {
  return html.match(new RegExp(`<(\\w+)\\b[^>]*\\bid=["']?[\\w$]*_${idSuffix}["'\\s>][^>]*>([\\s\\S]*?)</\\1>`, 'i'))?.[2];
}

/** @param {string} tableHtml */
function rowsOf(tableHtml) {
  return [...tableHtml.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)]
    .map(([, row]) => [...row.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/gi)].map(([, cell]) => cell));
}

/**
 * Visible text of a piece of markup, without footnote markers (<sup>) and with whitespace
 * (including UNTC's tabs and &nbsp; padding inside dates) collapsed.
 * @param {string} html
 */
function textOf(html) {
  return decodeEntities(html.replace(/<sup\b[\s\S]*?<\/sup>/gi, '').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** @param {string} text */
function decodeEntities(text) {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, body) => {
    if (body[0] === '#') {
      return String.fromCodePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
    }
    return NAMED_ENTITIES[/** @type {keyof typeof NAMED_ENTITIES} */ (body.toLowerCase())] ?? entity;
  });
}
