// The byte budgets (docs/performance.md), checked on every test run: bytes are deterministic, so
// unlike timings they can fail a build. Sizes are gzip -9, what a static host or CDN serves. Run
// after the build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = [
  { file: 'dist/opicescr.js', label: 'script (every element and every dependency)', max: 30 * KB, map: true },
  { file: 'data/opicescr-status.v1.json', label: 'status file', max: 12 * KB, map: true },
  { file: 'data/opicescr-world.v2.json', label: 'map geometry', max: 60 * KB, map: true },
  // Only pages with a resources element fetch it, so it is not part of a map's embed.
  { file: 'data/opicescr-resources.v1.json', label: 'resources list', max: 8 * KB, map: false },
];
/** Everything a page with one map downloads. */
const EMBED_MAX = 60 * KB;

const gzipped = (file) => gzipSync(readFileSync(new URL(`../${file}`, import.meta.url)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

let failed = false;
let total = 0;
for (const { file, label, max, map } of BUDGETS) {
  const size = gzipped(file);
  if (map) total += size;
  const ok = size <= max;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file} (${label}): ${kb(size)} of ${kb(max)}`);
}
const embedOk = total <= EMBED_MAX;
failed ||= !embedOk;
console.log(`${embedOk ? 'ok  ' : 'OVER'} whole map embed (script + status + geometry): ${kb(total)} of ${kb(EMBED_MAX)}`);
if (failed) {
  console.error('A byte budget is exceeded (sizes are gzip -9).');
  process.exit(1);
}
