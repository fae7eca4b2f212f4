// What every reader of a published file checks the same way (the status file, the resources list):
// its schema name and major version, and required or optional fields, each failure naming the
// field's path ("states[3].iso2 is missing") so a partner who writes their own file can fix it.
// Checks only: nothing here fetches or renders.

/** Why a parsed file cannot be used; the loader turns it into an `INVALID` or `SCHEMA_UNSUPPORTED` error. */
export class FileProblem extends Error {
  constructor(
    message: string,
    readonly unsupportedVersion?: string,
  ) {
    super(message);
  }
}

export type Json = Record<string, unknown>;

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isAbsent = (value: unknown) => value === undefined || value === null;

/** Checks the file's `schema` and that its `version` is `major.minor.patch` of the one major we read; returns the version. */
export function checkHeader(raw: unknown, schema: string, major: number): Json & { version: string } {
  if (!isObject(raw)) throw new FileProblem('the file is not a JSON object');
  if (raw.schema !== schema) throw new FileProblem(`"schema" is ${describe(raw.schema)}, expected "${schema}"`);
  const version = requireString(raw, 'version', '');
  const semver = SEMVER.exec(version);
  if (!semver) throw new FileProblem(`"version" ${describe(version)} is not major.minor.patch`);
  if (Number(semver[1]) !== major) throw new FileProblem('unsupported version', version);
  return raw as Json & { version: string };
}

export function requireString(parent: Json, key: string, path: string): string {
  const value = parent[key];
  const where = path ? `${path}.${key}` : `"${key}"`;
  if (isAbsent(value)) throw new FileProblem(`${where} is missing`);
  if (typeof value !== 'string' || !value.trim()) throw new FileProblem(`${where} ${describe(value)} is not text`);
  return value;
}

export function optionalString(parent: Json, key: string, path: string): string | undefined {
  return isAbsent(parent[key]) ? undefined : requireString(parent, key, path);
}

export function optionalList<T>(parent: Json, key: string, read: (entry: unknown, path: string) => T, prefix = ''): T[] {
  const value = parent[key];
  const path = prefix ? `${prefix}.${key}` : key;
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) throw new FileProblem(`${path} is not a list`);
  return value.map((entry, index) => read(entry, `${path}[${index}]`));
}

/** A value as a problem names it: JSON, cut short. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
