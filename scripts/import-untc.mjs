// Usage: npm run data:import -- <saved IV-3 page> <saved IV-3-a page>
//
// Brings data/sources/states.csv and sources.csv up to date with the two UN Treaty Collection status
// pages a maintainer saved from a browser (ICESCR and OP-ICESCR, in either order), and says in
// words what changed. All the reading and comparing is in lib/untc-import.mjs; this file only does
// the file I/O and the talking, so that the tests can exercise the same code in browsers.
import { readFile, writeFile } from 'node:fs/promises';
import { UntcImportError, dateInWords, importUntc } from './lib/untc-import.mjs';

const USAGE = 'Usage: npm run data:import -- <saved IV-3 page> <saved IV-3-a page>\n'
  + '  Save https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-3&chapter=4&clang=_en\n'
  + '  and the same page with mtdsg_no=IV-3-a from a browser, then pass both files.';
const STATES = new URL('../data/sources/states.csv', import.meta.url);
const SOURCES = new URL('../data/sources/sources.csv', import.meta.url);

/** @param {string} path */
async function readPage(path) {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    // Node's message ends with ", open '<path>'", which would name the file twice.
    const reason = /** @type {Error} */ (error).message.replace(/, \w+ '.*'$/, '');
    throw new UntcImportError(`Cannot read ${path}: ${reason}.`);
  }
}

/** @param {{ icescr: string, op: string }} asOf */
function describeAsOf({ icescr, op }) {
  return icescr === op
    ? dateInWords(icescr)
    : `${dateInWords(icescr)} (ICESCR) and ${dateInWords(op)} (OP-ICESCR)`;
}

/** @param {string[]} args the two page paths */
async function main(args) {
  if (args.length !== 2) {
    console.error(USAGE);
    return 2;
  }
  const pages = await Promise.all(args.map(readPage));
  const statesCsv = await readFile(STATES, 'utf8');
  const sourcesCsv = await readFile(SOURCES, 'utf8');
  const result = importUntc({ statesCsv, sourcesCsv, pages });

  if (result.changes.length === 0) {
    console.log(`No changes: the table already matches the UN Treaty Collection as at ${describeAsOf(result.asOf)}.`);
  } else {
    console.log(`${result.changes.length} change(s) from the UN Treaty Collection as at ${describeAsOf(result.asOf)}:`);
    for (const change of result.changes) console.log(`  ${change}`);
  }
  if (result.statesCsv !== statesCsv) {
    await writeFile(STATES, result.statesCsv);
    console.log('Wrote data/sources/states.csv.');
  }
  if (result.sourcesCsv !== sourcesCsv) {
    await writeFile(SOURCES, result.sourcesCsv);
    console.log('Wrote the pages\' dates to data/sources/sources.csv.');
  }
  console.log('Now run `npm run data` to regenerate the status file.');
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Problems with the pages or the table are the maintainer's to fix: one line, no stack trace.
  if (!(error instanceof UntcImportError)) throw error;
  console.error(`data:import: ${error.message}`);
  process.exitCode = 1;
}
