// `npm run data`: regenerates data/opicescr-status.v1.json from the tables in data/sources/.
// The status file is never edited by hand; edit a table (or run `npm run data:import`) and rerun.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildStatusFile, SourceRowError } from './lib/status-build.mjs';

const root = new URL('../', import.meta.url);
const read = (name) => readFileSync(new URL(`data/sources/${name}`, root), 'utf8');
const target = new URL('data/opicescr-status.v1.json', root);

try {
  const text = buildStatusFile({
    states: read('states.csv'),
    milestones: read('milestones.csv'),
    committee: read('committee.csv'),
    contacts: read('contacts.csv'),
    sources: read('sources.csv'),
  });
  let previous = '';
  try {
    previous = readFileSync(target, 'utf8');
  } catch {
    // First build.
  }
  writeFileSync(target, text);
  const status = JSON.parse(text);
  console.log(
    `${previous === text ? 'Unchanged' : 'Wrote'} data/opicescr-status.v1.json: ${status.states.length} states, ` +
      `${status.milestones.length} milestones, as of ${status.asOf} (${Buffer.byteLength(text)} bytes).`,
  );
} catch (error) {
  if (!(error instanceof SourceRowError)) throw error;
  console.error(`data/sources/${error.message}`);
  process.exit(1);
}
