// `npm run release:check` (scripts/release-check.mjs), run in scratch copies of the project: what it
// prints, and the two releases it refuses (data changed under an old version or as-of date; no
// CHANGELOG entry for the version). Needs `npm run build` first (`npm test` does it).
import { expect } from '@open-wc/testing';
import { releaseCheck, sha384, type CheckRun, type CheckStep } from './commands.js';

interface StatusFile {
  version: string;
  asOf: string;
  states: Array<{ iso2: string; op: { signature?: string; consent?: string; consentKind?: string } }>;
}

let status: StatusFile;
let pkg: { version: string };
let changelog: string;
before(async () => {
  status = await (await fetch('/data/opicescr-status.v1.json')).json();
  pkg = await (await fetch('/package.json')).json();
  changelog = await (await fetch('/CHANGELOG.md')).text();
});

const STATUS = 'data/opicescr-status.v1.json';
const write = (files: Record<string, string>): CheckStep => ({ write: files });
const check: CheckStep = { run: [] };
const record: CheckStep = { run: ['--record'] };
const output = (run: CheckRun) => `${run.stdout}${run.stderr}`;

/** The status file after a state that had not ratified does so (and whatever else `edit` changes). */
function withNewRatification(edit: (file: StatusFile) => void = () => {}): string {
  const file: StatusFile = structuredClone(status);
  const state = file.states.find((candidate) => !candidate.op.consent)!;
  state.op = { ...state.op, signature: state.op.signature ?? status.asOf, consent: status.asOf, consentKind: 'ratification' };
  edit(file);
  return `${JSON.stringify(file, null, 2)}\n`;
}
const nextPatch = (version: string) => version.replace(/\d+$/, (patch) => String(Number(patch) + 1));
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('npm run release:check', function () {
  this.timeout(60000); // several node processes on a busy machine

  it("passes on the project as it is, printing the version, each script's SRI and size, and the data's version and date", async () => {
    const [run] = await releaseCheck([check]);
    expect(run.code, output(run)).to.equal(0);
    expect(run.stdout).to.contain(`opicescr-widgets ${pkg.version}`);
    for (const script of ['dist/opicescr.js', 'dist/opicescr.mjs', 'dist/opicescr-classes.mjs']) {
      const line = run.stdout.split('\n').find((text) => text.includes(script));
      expect(line, script).to.contain(await sha384(script));
      expect(line, script).to.match(/\d+\.\d KB gzip/);
    }
    expect(run.stdout).to.contain(`version ${status.version}, as of ${status.asOf}`);
  });

  it("passes when nothing changed since the recorded release, or only the file's layout", async () => {
    const [recorded, unchanged, reformatted] = await releaseCheck([
      record,
      check,
      write({ [STATUS]: JSON.stringify(status) }),
      check,
    ]);
    expect(recorded.code, output(recorded)).to.equal(0);
    expect(unchanged.code, output(unchanged)).to.equal(0);
    expect(unchanged.stdout).to.contain('unchanged since');
    expect(reformatted.code, output(reformatted)).to.equal(0);
  });

  it('fails when the data changed but neither its version nor its as-of date did', async () => {
    const [, run] = await releaseCheck([record, write({ [STATUS]: withNewRatification() }), check]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.contain('changed since release').and.contain('its version').and.contain('its as-of date');
  });

  it('fails when the data changed with a new version but the same as-of date', async () => {
    const [, run] = await releaseCheck([
      record,
      write({ [STATUS]: withNewRatification((file) => (file.version = nextPatch(file.version))) }),
      check,
    ]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.contain('its as-of date').and.not.contain('its version');
  });

  it('passes when the data changed with a new version and a new as-of date', async () => {
    const [, run] = await releaseCheck([
      record,
      write({
        [STATUS]: withNewRatification((file) => {
          file.version = nextPatch(file.version);
          file.asOf = nextDay(file.asOf);
        }),
      }),
      check,
    ]);
    expect(run.code, output(run)).to.equal(0);
    expect(run.stdout).to.contain('with a new version and as-of date');
  });

  it('fails when CHANGELOG.md has no entry for the package version', async () => {
    const bumped = nextPatch(pkg.version);
    const [run] = await releaseCheck([write({ 'package.json': JSON.stringify({ ...pkg, version: bumped }) }), check]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.contain(`CHANGELOG.md has no entry for ${bumped}`);
    const [fixed] = await releaseCheck([
      write({ 'package.json': JSON.stringify({ ...pkg, version: bumped }), 'CHANGELOG.md': `${changelog}\n## ${bumped}\n\n- Data as of today.\n` }),
      check,
    ]);
    expect(fixed.code, output(fixed)).to.equal(0);
  });

  it('refuses to record a release that fails the check', async () => {
    const [recorded, refused, after] = await releaseCheck([
      record,
      write({ [STATUS]: withNewRatification() }),
      record,
      write({ [STATUS]: `${JSON.stringify(status, null, 2)}\n` }),
      check,
    ]);
    expect(recorded.code).to.equal(0);
    expect(refused.code).to.equal(1);
    expect(after.code, 'the first record still stands').to.equal(0);
  });
});
