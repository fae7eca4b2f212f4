// How every reader of a published file checks it (the status file, the resources list): a file's
// shape is declared once with the small checks below, and a failure names the field's path
// ("states[3].iso2 is missing") so a partner who writes their own file can fix it. Fields a
// reader does not declare are ignored: minor versions only add. Checks only: nothing here fetches
// or renders.

/** Why a parsed file cannot be used; the loader turns it into an `INVALID` or `SCHEMA_UNSUPPORTED` error. */
export class FileProblem extends Error {
  constructor(
    message: string,
    readonly unsupportedVersion?: string,
  ) {
    super(message);
  }
}

/** Checks a value found at `path` and returns it as the elements rely on it, or throws a FileProblem. */
export type Check<T> = (value: unknown, path: string) => T;
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAbsent = (value: unknown) => value === undefined || value === null;

/** Top-level names are quoted in messages ("asOf" is missing); deeper paths read as they are. */
const named = (path: string) => (/[.[]/.test(path) ? path : `"${path}"`);

export function fail(path: string, problem: string): never {
  throw new FileProblem(`${named(path)} ${problem}`);
}

/** A value as a problem names it: JSON, cut short. */
export function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}…` : json;
}

export const text: Check<string> = (value, path) => {
  if (isAbsent(value)) fail(path, 'is missing');
  return typeof value === 'string' && value.trim() ? value : fail(path, `${describe(value)} is not text`);
};

/** Text that passes `test`, described as `what` when it does not ("a YYYY-MM-DD date"). */
export const textThat =
  (test: (text: string) => boolean, what: string): Check<string> =>
  (value, path) => {
    const checked = text(value, path);
    return test(checked) ? checked : fail(path, `${describe(checked)} is not ${what}`);
  };

export const flag: Check<boolean> = (value, path) =>
  typeof value === 'boolean' ? value : fail(path, `${describe(value)} is not true or false`);

/** Absent (or null) is fine, and reads as undefined. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path) =>
    isAbsent(value) ? undefined : check(value, path);

/** A list of entries that each pass `check`, with at least `minimum` of them. */
export const list =
  <T>(check: Check<T>, what = 'a list', minimum = 0): Check<T[]> =>
  (value, path) =>
    Array.isArray(value) && value.length >= minimum
      ? value.map((entry, index) => check(entry, `${path}[${index}]`))
      : fail(path, `is missing or not ${what}`);

/** What a language code looks like (BCP 47, loosely): codes end up in `lang` and `hreflang` attributes. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Text per language code (`{ "en": "…", "es": "…" }`), empty translations dropped; `required`
 * names a language that must be there, else at least one must.
 */
export const textPerLanguage =
  (required?: string): Check<Record<string, string>> =>
  (value, path) => {
    if (!isObject(value)) fail(path, 'is missing or not an object of texts per language');
    const texts: Record<string, string> = {};
    for (const [language, each] of Object.entries(value)) {
      if (!LANGUAGE_CODE.test(language)) fail(path, `has ${describe(language)}, which is not a language code`);
      if (typeof each === 'string' && each.trim()) texts[language] = each;
    }
    if (required && !texts[required]) fail(`${path}.${required}`, 'is missing');
    return Object.keys(texts).length ? texts : fail(path, 'has no text');
  };

type Fields = Record<string, Check<unknown>>;
type Shaped<F extends Fields> = { [K in keyof F]: ReturnType<F[K]> };

/** An object with these fields; fields it does not declare are dropped. */
export const object =
  <F extends Fields>(fields: F): Check<Shaped<F>> =>
  (value, path) => {
    if (!isObject(value)) fail(path, 'is not an object');
    const shaped: Json = {};
    for (const [key, check] of Object.entries(fields)) {
      const checked = check(value[key], path ? `${path}.${key}` : key);
      if (checked !== undefined) shaped[key] = checked;
    }
    return shaped as Shaped<F>;
  };

/** Refuses a list in which two entries share `key`. */
export function unique<T>(entries: T[], key: keyof T, path: string): T[] {
  const seen = new Set<unknown>();
  entries.forEach((entry, index) => {
    if (seen.has(entry[key])) fail(`${path}[${index}].${String(key)}`, `${describe(entry[key])} appears twice`);
    seen.add(entry[key]);
  });
  return entries;
}

const SEMVER = /^(\d+)\.\d+\.\d+(?:[-+].*)?$/;

/** Checks the file's `schema` and that its `version` is `major.minor.patch` of the one major we read. */
export function checkHeader(raw: unknown, schema: string, major: number): Json & { version: string } {
  if (!isObject(raw)) throw new FileProblem('the file is not a JSON object');
  if (raw.schema !== schema) fail('schema', `is ${describe(raw.schema)}, expected "${schema}"`);
  const version = textThat((value) => SEMVER.test(value), 'major.minor.patch')(raw.version, 'version');
  if (Number(SEMVER.exec(version)![1]) !== major) throw new FileProblem('unsupported version', version);
  return raw as Json & { version: string };
}
