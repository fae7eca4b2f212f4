import { expect } from '@open-wc/testing';
import { buildStatusFile, SourceRowError } from '../../scripts/lib/status-build.mjs';
import { parseCsv } from '../../scripts/lib/csv.mjs';

type Tables = Parameters<typeof buildStatusFile>[0];
const TODAY = '2026-11-28';

async function text(path: string) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

async function sourceTables(): Promise<Tables> {
  const [states, milestones, committee, contacts, sources] = await Promise.all(
    ['states', 'milestones', 'committee', 'contacts', 'sources'].map((name) => text(`/data/sources/${name}.csv`)),
  );
  return { states, milestones, committee, contacts, sources };
}

/** Changes one cell of a table: the row whose first column is `key`. */
function editCell(csv: string, key: string, column: string, value: string) {
  const { header, rows } = parseCsv(csv);
  const row = rows.find((candidate) => Object.values(candidate.values)[0] === key);
  if (!row) throw new Error(`no row ${key}`);
  row.values[column] = value;
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return [header.join(','), ...rows.map((entry) => header.map((name) => quote(entry.values[name])).join(','))].join('\n') + '\n';
}

function buildError(tables: Tables): SourceRowError {
  try {
    buildStatusFile(tables, { today: TODAY });
  } catch (error) {
    expect(error).to.be.instanceOf(SourceRowError);
    return error as SourceRowError;
  }
  throw new Error('expected the build to refuse the tables');
}

describe('status file generator', () => {
  let tables: Tables;
  before(async () => {
    tables = await sourceTables();
  });

  it('regenerates the committed status file byte for byte', async () => {
    const committed = await text('/data/opicescr-status.v1.json');
    expect(buildStatusFile(tables, { today: TODAY })).to.equal(committed);
    expect(buildStatusFile(tables, { today: TODAY })).to.equal(buildStatusFile(tables, { today: TODAY }));
  });

  it('holds 173 ICESCR parties, 31 OP parties and 46 OP signatories as of 3 February 2026', () => {
    const status = JSON.parse(buildStatusFile(tables, { today: TODAY }));
    expect(status.asOf).to.equal('2026-02-03');
    expect(status.states).to.have.length(195);
    expect(status.states.filter((state: any) => state.icescr.consent)).to.have.length(173);
    expect(status.states.filter((state: any) => state.op.consent)).to.have.length(31);
    expect(status.states.filter((state: any) => state.op.signature)).to.have.length(46);
  });

  it('matches the reference table for every state and field', async () => {
    const reference = parseCsv(await text('/test/fixtures/treaty-status.csv'));
    const status = JSON.parse(buildStatusFile(tables, { today: TODAY }));
    const byCode = new Map(status.states.map((state: any) => [state.iso2, state]));
    expect(byCode.size).to.equal(reference.rows.length);
    for (const { values: row } of reference.rows) {
      const state: any = byCode.get(row.iso_a2);
      const cell = (value: unknown) => (value === undefined ? '' : String(value));
      expect([state.iso3, state.isoNumeric, state.name], row.iso_a2).to.deep.equal([row.iso_a3, row.iso_n3, row.name]);
      expect(
        [state.icescr.signature, state.icescr.consent, state.icescr.consentKind, state.op.signature, state.op.consent, state.op.consentKind, state.op.art10, state.op.art11].map(cell),
        row.iso_a2,
      ).to.deep.equal([
        row.icescr_signature, row.icescr_consent, row.icescr_consent_kind, row.op_signature, row.op_consent, row.op_consent_kind, row.op_art10, row.op_art11,
      ]);
    }
  });

  it('carries milestones and contacts in English, Spanish and French', () => {
    const status = JSON.parse(buildStatusFile(tables, { today: TODAY }));
    expect(status.milestones.length).to.be.greaterThan(5);
    for (const milestone of status.milestones) expect(Object.keys(milestone.text)).to.deep.equal(['en', 'es', 'fr']);
    expect(status.coalition.members).to.have.length(8);
    expect(status.coalition.coordinator.email).to.equal('op-coalition@escr-net.org');
    expect(status.coalition.contacts[0]).to.include({ email: 'opcoalition@gmail.com' });
    expect(status.coalition.contacts[0].languages).to.deep.equal(['en', 'es']);
  });

  describe('refuses bad rows, naming the file, the line and the field', () => {
    const cases: Array<[string, (t: Tables) => Tables, string]> = [
      ['an unknown ISO code', (t) => ({ ...t, states: editCell(t.states, 'UY', 'iso_a2', 'UX') }), 'states.csv:189: iso_a2: unknown ISO 3166-1 alpha-2 code "UX"'],
      ['a numeric code of another state', (t) => ({ ...t, states: editCell(t.states, 'UY', 'iso_n3', '859') }), 'states.csv:189: iso_n3: 859 is not the numeric code of UY (858)'],
      ['a date in the future', (t) => ({ ...t, states: editCell(t.states, 'CL', 'op_consent', '2026-12-01') }), 'states.csv:'],
      ['consent before signature', (t) => ({ ...t, states: editCell(t.states, 'UY', 'op_consent', '2009-01-05') }), 'states.csv:189: op_consent: 2009-01-05 is before the signature (2009-09-24)'],
      ['an unknown kind', (t) => ({ ...t, states: editCell(t.states, 'UY', 'op_consent_kind', 'adoption') }), 'states.csv:189: op_consent_kind: "adoption" is not ratification, accession or succession'],
      ['a consent without its kind', (t) => ({ ...t, states: editCell(t.states, 'UY', 'op_consent_kind', '') }), 'states.csv:189: op_consent_kind: is empty but there is a consent date'],
      ['a ratification without signature', (t) => ({ ...t, states: editCell(t.states, 'UY', 'op_signature', '') }), 'states.csv:189: op_signature: is empty: a ratification follows a signature'],
      ['an impossible calendar date', (t) => ({ ...t, states: editCell(t.states, 'UY', 'icescr_consent', '1970-02-30') }), 'states.csv:189: icescr_consent: "1970-02-30" is not a YYYY-MM-DD date'],
      ['a declaration by a non-party', (t) => ({ ...t, states: editCell(t.states, 'CL', 'op_art10', 'true') }), 'states.csv:'],
      ['an OP act before the OP opened', (t) => ({ ...t, states: editCell(editCell(t.states, 'CL', 'op_signature', '2008-01-01'), 'CL', 'op_consent', '') }), 'states.csv:'],
      ['a bad e-mail address', (t) => ({ ...t, contacts: editCell(t.contacts, 'contact', 'email', 'javascript:alert(1)') }), 'contacts.csv:3: email: "javascript:alert(1)" is not a plain e-mail address'],
      ['a milestone without Spanish', (t) => ({ ...t, milestones: editCell(t.milestones, '1994', 'es', '') }), 'milestones.csv:2: es: is empty'],
      ['a source without a retrieval date', (t) => ({ ...t, sources: editCell(t.sources, 'untc-iv-3', 'retrieved', '') }), 'sources.csv:3: retrieved: is empty'],
    ];
    for (const [what, edit, message] of cases) {
      it(what, () => {
        const error = buildError(edit(tables));
        expect(error.message.startsWith(message), error.message).to.equal(true);
      });
    }

    it('a future date names the row and field', () => {
      const error = buildError({ ...tables, states: editCell(tables.states, 'CL', 'op_consent', '2026-12-01') });
      expect([error.file, error.field]).to.deep.equal(['states.csv', 'op_consent']);
      expect(error.message).to.contain('2026-12-01 is in the future');
    });

    it('a table missing a column', () => {
      const error = buildError({ ...tables, committee: 'organisation\nAmnesty International\n' });
      expect(error.message).to.equal('committee.csv:1: representative: column is missing from the header');
    });
  });
});
