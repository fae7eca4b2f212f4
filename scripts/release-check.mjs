// `npm run release:check`: what a maintainer reads before publishing, and what stops a release
// that would confuse partners. It prints the package version, the SRI hash (sha384) and gzip size
// of each built script, and the status file's version and as-of date. It fails when:
// - the status file changed since the last release but its `version` or its `asOf` did not (a
//   partner's page would show new data under an old date, and a CDN could not tell the files apart);
// - CHANGELOG.md has no entry for the package version.
//
// "The last release" is release-record.json, committed, written by `npm run release:record` once a
// version is published: it works on a fresh clone, without tags or the registry. With no record
// yet, there is nothing to compare the data with and only the CHANGELOG is checked.
//
// It reads the project in the current directory, after `npm run build`, and changes nothing unless
// asked to record.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATUS_FILE = 'data/opicescr-status.v1.json';
const RECORD_FILE = 'release-record.json';

const root = process.cwd();
const read = (path) => readFileSync(join(root, path));
const readJson = (path) => JSON.parse(read(path).toString('utf8'));

/** The hash of the status file's content, blind to white space and key order changes a formatter may make. */
function dataHash(data) {
  const canonical = (value) =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]))
        : value;
  return createHash('sha256').update(JSON.stringify(canonical(data))).digest('hex');
}

function builtScripts() {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) return [];
  return readdirSync(dist)
    .filter((name) => /\.m?js$/.test(name))
    .sort()
    .map((name) => {
      const bytes = read(`dist/${name}`);
      return {
        file: `dist/${name}`,
        integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      };
    });
}

/** True if CHANGELOG.md has a heading for `version`: `## 1.2.3`, `## [1.2.3]`, `## v1.2.3 — date`… */
function changelogHasEntry(version) {
  if (!existsSync(join(root, 'CHANGELOG.md'))) return false;
  const escaped = version.replace(/[.+]/g, '\\$&');
  return new RegExp(`^#{2,3}\\s+\\[?v?${escaped}\\]?(?![\\w.-])`, 'm').test(read('CHANGELOG.md').toString('utf8'));
}

const { name, version } = readJson('package.json');
const status = readJson(STATUS_FILE);
const scripts = builtScripts();
const record = existsSync(join(root, RECORD_FILE)) ? readJson(RECORD_FILE) : undefined;
const problems = [];

console.log(`${name} ${version}`);
if (!scripts.length) problems.push('No built script in dist/: run `npm run build` first.');
for (const script of scripts) {
  console.log(`  ${script.file.padEnd(28)} ${script.integrity}  ${(script.gzipBytes / 1024).toFixed(1)} KB gzip`);
}
console.log(`status file ${STATUS_FILE}: version ${status.version}, as of ${status.asOf}`);

if (!changelogHasEntry(version)) {
  problems.push(`CHANGELOG.md has no entry for ${version}: add a "## ${version}" section saying what changed for partners.`);
}

if (!record) {
  console.log(`last release: none recorded in ${RECORD_FILE}, so there is nothing to compare the data with`);
} else {
  const last = record.statusFile;
  console.log(`last release: ${record.version} (status file version ${last.version}, as of ${last.asOf})`);
  if (dataHash(status) !== last.sha256) {
    const unchanged = [];
    if (status.version === last.version) unchanged.push(`its version (${status.version})`);
    if (status.asOf === last.asOf) unchanged.push(`its as-of date (${status.asOf})`);
    if (unchanged.length) {
      problems.push(
        `The status file changed since release ${record.version} but ${unchanged.join(' and ')} did not: ` +
          'a data release raises the file\'s version (a patch for new data) and its as-of date (the retrieval dates in ' +
          'data/sources/sources.csv), then runs `npm run data` (see docs/data.md).',
      );
    } else {
      console.log(`the status file changed since ${record.version}, with a new version and as-of date`);
    }
  } else {
    console.log(`the status file is unchanged since ${record.version}`);
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`release check failed: ${problem}`);
  process.exit(1);
}

if (process.argv.includes('--record')) {
  const entry = {
    comment: 'The last published release, written by `npm run release:record` and read by `npm run release:check`.',
    version,
    statusFile: { path: STATUS_FILE, version: status.version, asOf: status.asOf, sha256: dataHash(status) },
    scripts,
  };
  writeFileSync(join(root, RECORD_FILE), `${JSON.stringify(entry, null, 2)}\n`);
  console.log(`recorded ${version} as the last release in ${RECORD_FILE}: commit it`);
} else {
  console.log('release check passed');
}
