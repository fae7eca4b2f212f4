// `npm run data`: regenerates data/opicescr-status.v1.json and its companion
// data/opicescr-resources.v1.json from the tables in data/sources/.
// Neither file is ever edited by hand; edit a table (or run `npm run data:import`) and rerun.
// Both are checked before either is written, so a bad row never leaves a half-updated pair.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildStatusFile, SourceRowError } from './lib/status-build.mjs';
import { buildResourcesFile, RESOURCES_FILE } from './lib/resources-build.mjs';

const root = new URL('../', import.meta.url);
const read = (name) => readFileSync(new URL(`data/sources/${name}`, root), 'utf8');

/** Each dictionary's translations of the tables' texts (src/i18n/<code>.json, `data`), to check them too. */
function translations() {
  const directory = new URL('src/i18n/', root);
  return Object.fromEntries(
    readdirSync(directory)
      .filter((file) => /^[a-z]{2,3}\.json$/.test(file) && file !== 'en.json')
      .map((file) => [file.slice(0, -5), JSON.parse(readFileSync(new URL(file, directory), 'utf8')).data ?? {}]),
  );
}

/** Writes `data/<name>` and says whether it changed, with a one-line summary. */
function write(name, text, summary) {
  const target = new URL(`data/${name}`, root);
  let previous = '';
  try {
    previous = readFileSync(target, 'utf8');
  } catch {
    // First build.
  }
  writeFileSync(target, text);
  console.log(`${previous === text ? 'Unchanged' : 'Wrote'} data/${name}: ${summary} (${Buffer.byteLength(text)} bytes).`);
}

try {
  const statusText = buildStatusFile({
    states: read('states.csv'),
    milestones: read('milestones.csv'),
    committee: read('committee.csv'),
    contacts: read('contacts.csv'),
    sources: read('sources.csv'),
  }, { translations: translations() });
  const resourcesText = buildResourcesFile(read('resources.csv'));
  const status = JSON.parse(statusText);
  const { resources } = JSON.parse(resourcesText);
  write(
    'opicescr-status.v1.json',
    statusText,
    `${status.states.length} states, ${status.milestones.length} milestones, as of ${status.asOf}`,
  );
  const oldest = resources.map((resource) => resource.checked).sort()[0];
  write(RESOURCES_FILE, resourcesText, `${resources.length} resources, URLs last checked ${oldest ?? '(none)'} at the oldest`);
} catch (error) {
  if (!(error instanceof SourceRowError)) throw error;
  console.error(`data/sources/${error.message}`);
  process.exit(1);
}
