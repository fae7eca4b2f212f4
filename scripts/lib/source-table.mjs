// Reading the data tables in data/sources/: parsing a table with the columns it must have, and
// checking one row's fields, failing with `file:line: field: problem`. Shared by the status file's
// generator (status-build.mjs) and the resources list's (resources-build.mjs), so that every table
// refuses a bad date, URL, language code or slug the same way. Pure and environment-agnostic: the
// CLI runs it in Node and the tests run it in browsers. It never reads files and never guesses.

import { parseCsv } from './csv.mjs';

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
 * Parses a table and checks that it has exactly the expected columns, plus any column whose name
 * matches `extra` (per-language columns such as `title_es`).
 * @param {string} file
 * @param {string} text
 * @param {string[]} columns
 * @param {RegExp} [extra]
 */
export function table(file, text, columns, extra) {
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    const [, line = '1', problem = error.message] = /^line (\d+): (.*)$/.exec(error.message) ?? [];
    throw new SourceRowError(file, Number(line), 'csv', problem);
  }
  const missing = columns.filter((column) => !parsed.header.includes(column));
  const unknown = parsed.header.filter((column) => !columns.includes(column) && !extra?.test(column));
  if (missing.length) throw new SourceRowError(file, 1, missing[0], 'column is missing from the header');
  if (unknown.length) throw new SourceRowError(file, 1, unknown[0], 'unknown column');
  return { file, header: parsed.header, rows: parsed.rows };
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Reads and checks the fields of one row, failing with the file, line and field named. */
export function fieldReader(file, line, values) {
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
  const optionalHttpUrl = (name) => {
    const value = optionalText(name);
    if (value === undefined) return undefined;
    const problem = httpUrlProblem(value);
    if (problem) fail(name, `${JSON.stringify(value)} ${problem}`);
    return value;
  };
  return {
    fail,
    text,
    optionalText,
    optionalBoolean,
    optionalDate,
    optionalHttpUrl,
    boolean: (name) => optionalBoolean(name) ?? fail(name, 'is empty (true or false)'),
    date: (name, latest) => optionalDate(name, latest) ?? fail(name, 'is empty'),
    /** An absolute http(s) URL, well formed, with a dotted host name and no user name or password. */
    httpUrl: (name) => optionalHttpUrl(name) ?? fail(name, 'is empty'),
    /** A stable key (lower-case words joined by hyphens) that other files and translations refer to. */
    slug(name) {
      const value = text(name);
      if (!SLUG.test(value)) fail(name, `${JSON.stringify(value)} is not a slug (lower-case letters and digits joined by hyphens)`);
      return value;
    },
    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the precision the source gives, never invented. */
    partialDate(name, latest) {
      const value = text(name);
      if (!isPartialDate(value)) fail(name, `${JSON.stringify(value)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
      if (value > latest.slice(0, value.length)) fail(name, `${value} is in the future (after ${latest})`);
      return value;
    },
    /** Space-separated language codes, at least one, each once. */
    languages(name) {
      const codes = text(name).split(/\s+/);
      for (const [index, code] of codes.entries()) {
        const problem = languageCodeProblem(code);
        if (problem) fail(name, `${JSON.stringify(code)} ${problem}`);
        if (codes.indexOf(code) !== index) fail(name, `${code} is listed twice`);
      }
      return codes;
    },
  };
}

/** Why `value` is not an absolute, well-formed http(s) URL; undefined when it is one. */
export function httpUrlProblem(value) {
  if (!/^https?:\/\//.test(value)) return 'is not an http(s) URL';
  // Spaces, quotes, angle brackets and the like must be percent-encoded: a browser would "fix"
  // them silently, so the address that works would not be the one in the table.
  if (/[\s"<>\\^`{|}]/.test(value)) return 'contains a character that must be percent-encoded';
  let parsed;
  try {
    parsed = new URL(value);
  } catch {
    return 'is not a well-formed URL';
  }
  if (parsed.username || parsed.password) return 'must not carry a user name or password';
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(parsed.hostname)) return `has no valid host name (${JSON.stringify(parsed.hostname)})`;
  return undefined;
}

/**
 * Why `code` is not a canonical language code (ISO 639, shortest form, as BCP 47 and `lang`
 * attributes use it); undefined when it is one. The platform's own language names decide what is
 * known, so "sp" or "xx" are refused and "eng" is refused in favour of "en".
 */
export function languageCodeProblem(code) {
  if (!/^[a-z]{2,3}$/.test(code)) return 'is not a language code (two or three lower-case letters)';
  const canonical = Intl.getCanonicalLocales(code)[0];
  if (canonical !== code) return `is not the canonical code (use ${canonical})`;
  const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code);
  if (!name || name === code) return 'is not a known language code';
  return undefined;
}

export function isCalendarDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isPartialDate(value) {
  if (!PARTIAL_DATE.test(value)) return false;
  if (value.length === 10) return isCalendarDate(value);
  if (value.length === 7) return isCalendarDate(`${value}-01`);
  return true;
}

export function dropEmpty(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/**
 * Objects open one member per line and lists one entry per line, each entry on a single line: a
 * state that ratifies changes one line in review, and the file stays compact.
 * @param {unknown} value
 * @param {string} indent
 * @returns {string}
 */
export function layout(value, indent = '') {
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
