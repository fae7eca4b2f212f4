// `npm run test:wordpress`: the plugin against a real WordPress. Starts Debian's WordPress (see
// server.mjs), runs the Chromium tests of test/wordpress/ one file after another in the order
// below (the first installs the plugin from the built zip, the last deletes it), and stops the
// site whatever happens: on success, on a failed test, on Ctrl-C. The last line is
// "N passed, N failed, N skipped", as with `npm test`.
//
// While working on the plugin: `node scripts/wordpress/server.mjs start` once, then
// `OPICESCR_WP_DIR=<its directory> node scripts/wordpress/run-tests.mjs blocks shortcode` runs
// only the named files against that site and leaves it running (stop it with server.mjs stop).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';
import { browserPaths } from '../lib/browsers.mjs';
import { startWordPress, stopWordPress } from './server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ZIP = join(ROOT, 'dist', 'opicescr-widgets-wordpress.zip');
const ORDER = ['install', 'blocks', 'shortcode', 'settings', 'translations', 'uninstall'];
const wanted = process.argv.slice(2);
const FILES = ORDER.filter((name) => wanted.length === 0 || wanted.includes(name)).map((name) =>
  join(ROOT, 'test', 'wordpress', `${name}.test.mjs`),
);
const reused = process.env.OPICESCR_WP_DIR;

if (!existsSync(ZIP)) {
  console.error('dist/opicescr-widgets-wordpress.zip is missing: run `npm run build:wordpress` first');
  process.exit(1);
}
if (!browserPaths().chromium.installed) {
  console.error('The WordPress tests need Chromium: run `node scripts/ensure-browsers.mjs` (or set CHROMIUM_BIN)');
  process.exit(1);
}

const started = Date.now();
const site = reused ? JSON.parse(readFileSync(join(reused, 'site.json'), 'utf8')) : await startWordPress();
console.log(`WordPress ${wordpressVersion()} at ${site.url} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

let stopping;
const stop = () => (stopping ??= reused ? Promise.resolve() : stopWordPress(site));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await stop();
    process.exit(130);
  });
}

const counts = { passed: 0, failed: 0, skipped: 0 };
try {
  process.env.OPICESCR_WP_SITE = JSON.stringify(site);
  const stream = run({ files: FILES, concurrency: 1, timeout: 240_000 });
  stream.on('test:pass', (test) => {
    if (test.details.type === 'suite') return;
    counts[test.skip || test.todo ? 'skipped' : 'passed'] += 1;
  });
  stream.on('test:fail', (test) => {
    if (test.details.type !== 'suite') counts.failed += 1;
  });
  await new Promise((resolve, reject) => {
    const out = stream.compose(spec);
    out.on('data', (chunk) => process.stdout.write(chunk));
    out.on('end', resolve);
    out.on('error', reject);
  });
  if (counts.failed > 0) printLogs();
} catch (error) {
  counts.failed += 1;
  console.error(error);
  printLogs();
} finally {
  await stop();
}
console.log(`WordPress tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 ? 1 : 0);

function wordpressVersion() {
  const source = readFileSync('/usr/share/wordpress/wp-includes/version.php', 'utf8');
  return /\$wp_version = '([^']+)'/.exec(source)?.[1] ?? '?';
}

/** What the site said, for a failed run: PHP's debug log (the plugin's lines) and Apache's errors. */
function printLogs() {
  for (const [name, file] of [
    ['PHP debug log (plugin lines)', site.debugLog],
    ['Apache errors', join(site.dir, 'apache-error.log')],
  ]) {
    if (!existsSync(file)) continue;
    let lines = readFileSync(file, 'utf8').split('\n');
    if (file === site.debugLog) lines = lines.filter((line) => line.includes('opicescr'));
    console.log(`--- ${name}, last lines ---\n${lines.slice(-30).join('\n')}`);
  }
}
