import { expect } from '@open-wc/testing';
import { buildStatusFile, SourceRowError } from '../../scripts/lib/status-build.mjs';
import { parseCsv } from '../../scripts/lib/csv.mjs';
import { editCell } from '../helpers/csv-edit.js';

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

type Translations = Record<string, { milestones: Record<string, string> }>;

/** Each language pack's translations of the tables' texts. */
async function packTranslations(): Promise<Translations> {
  const languages = ['es', 'fr', 'ar', 'pt', 'ru', 'zh'];
  const packs = await Promise.all(languages.map(async (language) => JSON.parse(await text(`/src/i18n/${language}.json`)).data));
  return Object.fromEntries(languages.map((language, index) => [language, packs[index]]));
}

let translations: Translations;

function buildError(tables: Tables, edited = translations): SourceRowError {
  try {
    buildStatusFile(tables, { today: TODAY, translations: edited });
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
    translations = await packTranslations();
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

  it('carries milestones and contacts in English, their translations staying in the dictionaries', () => {
    const status = JSON.parse(buildStatusFile(tables, { today: TODAY }));
    expect(status.milestones.length).to.be.greaterThan(5);
    for (const milestone of status.milestones) expect(Object.keys(milestone.text)).to.deep.equal(['en']);
    expect(status.coalition.members).to.have.length(8);
    expect(status.coalition.coordinator.email).to.equal('op-coalition@escr-net.org');
    expect(status.coalition.contacts[0]).to.include({ email: 'opcoalition@gmail.com' });
    expect(status.coalition.contacts[0].languages).to.deep.equal(['en', 'es']);
  });

  it('keys milestones by the ids other parts of the product rely on', () => {
    const status = JSON.parse(buildStatusFile(tables, { today: TODAY }));
    expect(status.milestones.map((milestone: any) => `${milestone.date} ${milestone.id}`)).to.deep.equal([
      '1994 cescr-drafting',
      '1997 draft-to-commission',
      '2001 coalition-formed',
      '2004 working-group',
      '2008 council-approves',
      '2008-12-10 adopted',
      '2009-09-24 opened-for-signature',
      '2013 group-of-friends',
    ]);
    expect(status.coalition.coordinator.id).to.equal('coordinator');
    expect(status.coalition.contacts.map((contact: any) => contact.id)).to.deep.equal(['steering-committee']);
  });

  it('says 20 States signed on the day the OP opened, as the state data has it', () => {
    const status = JSON.parse(buildStatusFile(tables, { today: TODAY }));
    const opened = status.milestones.find((milestone: any) => milestone.id === 'opened-for-signature');
    expect(opened.date).to.equal('2009-09-24');
    expect(opened.text.en).to.equal('The OP-ICESCR opens for signature, ratification and accession, and 20 States sign it that day.');
    for (const [language, data] of Object.entries(translations)) {
      expect(data.milestones['opened-for-signature'], language).to.match(/(^|\D)20(\D|$)/);
      expect(data.milestones['opened-for-signature'], language).to.not.contain('29');
    }
  });

  it('agrees with the state data on every count a shipped milestone claims', async () => {
    // Counted here from the generated file, independently of the generator's own check.
    const status = JSON.parse(buildStatusFile(tables, { today: TODAY }));
    const acts: Record<string, (state: any) => string | undefined> = {
      op_signatures: (state) => state.op.signature,
      op_parties: (state) => state.op.consent,
      icescr_signatures: (state) => state.icescr.signature,
      icescr_parties: (state) => state.icescr.consent,
    };
    const claimed = parseCsv(tables.milestones).rows.filter(({ values }) => values.claims.trim());
    expect(claimed.length).to.be.greaterThan(0);
    for (const { values } of claimed) {
      for (const claim of values.claims.trim().split(/\s+/)) {
        const [name, count] = claim.split('=');
        const actual = status.states.filter((state: any) => (acts[name](state) ?? '9999') <= values.date).length;
        expect(actual, `${values.id}: ${claim}`).to.equal(Number(count));
      }
    }
    // The 29th signature came five days later (UN Treaty Collection, IV-3-a).
    const byDate = (day: string) => status.states.filter((state: any) => state.op.signature && state.op.signature <= day).length;
    expect([byDate('2009-09-24'), byDate('2009-09-28'), byDate('2009-09-29')]).to.deep.equal([20, 28, 29]);
  });

  it('dates and sources every coalition entry, and names its resources list', () => {
    const status = JSON.parse(buildStatusFile(tables, { today: TODAY }));
    expect(status.version).to.equal('1.1.0');
    expect(status.resources).to.equal('opicescr-resources.v1.json');
    const { coordinator, members, contacts } = status.coalition;
    for (const entry of [coordinator, ...members, ...contacts]) {
      expect(entry.confirmed, entry.organisation).to.equal('2017-04');
      expect(entry.source).to.deep.equal({ title: 'NGO Coalition for the OP-ICESCR (ESCR-Net campaign page)', url: 'https://www.escr-net.org/op-icescr' });
    }
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
      ['a bad e-mail address', (t) => ({ ...t, contacts: editCell(t.contacts, 'steering-committee', 'email', 'javascript:alert(1)') }), 'contacts.csv:3: email: "javascript:alert(1)" is not a plain e-mail address'],
      ['a milestone without English', (t) => ({ ...t, milestones: editCell(t.milestones, 'cescr-drafting', 'en', '') }), 'milestones.csv:2: en: is empty'],
      ['a source without a retrieval date', (t) => ({ ...t, sources: editCell(t.sources, 'untc-iv-3', 'retrieved', '') }), 'sources.csv:3: retrieved: is empty'],
      ['a milestone count the state data contradicts', (t) => ({ ...t, milestones: editCell(t.milestones, 'opened-for-signature', 'claims', 'op_signatures=29') }), 'milestones.csv:8: claims: op_signatures=29 but states.csv has 20 OP signatures on or before 2009-09-24'],
      ['a count claimed in English and not stated', (t) => ({ ...t, milestones: editCell(t.milestones, 'opened-for-signature', 'en', 'The OP-ICESCR opens for signature; 29 States sign it.') }), 'milestones.csv:8: en: does not state the claimed count 20 (claims: op_signatures=20)'],
      ['a count on a milestone dated by year only', (t) => ({ ...t, milestones: editCell(t.milestones, 'group-of-friends', 'claims', 'op_parties=10') }), 'milestones.csv:9: claims: a count needs a milestone dated to the day, not 2013'],
      ['a claim the generator cannot check', (t) => ({ ...t, milestones: editCell(t.milestones, 'opened-for-signature', 'claims', 'op_friends=20') }), 'milestones.csv:8: claims: op_friends is not one of op_signatures, op_parties, icescr_signatures, icescr_parties'],
      ['a milestone id used twice', (t) => ({ ...t, milestones: editCell(t.milestones, 'draft-to-commission', 'id', 'cescr-drafting') }), 'milestones.csv:3: id: cescr-drafting is already on line 2'],
      ['a milestone id that is not a slug', (t) => ({ ...t, milestones: editCell(t.milestones, 'adopted', 'id', 'Adopted!') }), 'milestones.csv:7: id: "Adopted!" is not a slug'],
      ['a milestone month that does not exist', (t) => ({ ...t, milestones: editCell(t.milestones, 'adopted', 'date', '2008-13') }), 'milestones.csv:7: date: "2008-13" is not YYYY, YYYY-MM or YYYY-MM-DD'],
      ['a contact id used twice', (t) => ({ ...t, contacts: editCell(t.contacts, 'steering-committee', 'id', 'coordinator') }), 'contacts.csv:3: id: coordinator is already on line 2'],
      ['a committee entry confirmed on an impossible date', (t) => ({ ...t, committee: editCell(t.committee, 'Amnesty International', 'confirmed', '2017-02-30') }), 'committee.csv:2: confirmed: "2017-02-30" is not YYYY, YYYY-MM or YYYY-MM-DD'],
      ['a committee entry confirmed in the future', (t) => ({ ...t, committee: editCell(t.committee, 'Amnesty International', 'confirmed', '2026-12') }), 'committee.csv:2: confirmed: 2026-12 is in the future (after 2026-11-28)'],
      ['a committee entry without its date', (t) => ({ ...t, committee: editCell(t.committee, 'Amnesty International', 'confirmed', '') }), 'committee.csv:2: confirmed: is empty'],
      ['a contact confirmed in the future', (t) => ({ ...t, contacts: editCell(t.contacts, 'coordinator', 'confirmed', '2027') }), 'contacts.csv:2: confirmed: 2027 is in the future (after 2026-11-28)'],
      ['a contact without its source page', (t) => ({ ...t, contacts: editCell(t.contacts, 'steering-committee', 'source_url', '') }), 'contacts.csv:3: source_url: is empty'],
      ['a source page that is not an http(s) URL', (t) => ({ ...t, committee: editCell(t.committee, 'DECA Equipo Pueblo', 'source_url', 'javascript:alert(1)') }), 'committee.csv:3: source_url: "javascript:alert(1)" is not an http(s) URL'],
      ['a source page without its title', (t) => ({ ...t, committee: editCell(t.committee, 'DECA Equipo Pueblo', 'source_title', '') }), 'committee.csv:3: source_title: is empty'],
      ['a contact language that is not a code', (t) => ({ ...t, contacts: editCell(t.contacts, 'steering-committee', 'languages', 'en sp') }), 'contacts.csv:3: languages: "sp" is not a known language code'],
    ];
    for (const [what, edit, message] of cases) {
      it(what, () => {
        const error = buildError(edit(tables));
        expect(error.message.startsWith(message), error.message).to.equal(true);
      });
    }

    it('a translation that does not state a claimed count', () => {
      const french = { ...translations.fr, milestones: { ...translations.fr.milestones, 'opened-for-signature': 'Le PF-PIDESC est ouvert ; 29 États le signent.' } };
      const error = buildError(tables, { ...translations, fr: french });
      expect(error.message).to.equal(
        'milestones.csv:8: claims: op_signatures=20, but src/i18n/fr.json: data.milestones.opened-for-signature does not state the count 20',
      );
    });

    it('a future date names the row and field', () => {
      const error = buildError({ ...tables, states: editCell(tables.states, 'CL', 'op_consent', '2026-12-01') });
      expect([error.file, error.field]).to.deep.equal(['states.csv', 'op_consent']);
      expect(error.message).to.contain('2026-12-01 is in the future');
    });

    it('a table missing a column', () => {
      const error = buildError({ ...tables, committee: 'organisation,confirmed,source_title,source_url\nAmnesty International,2017-04,Page,https://example.org/\n' });
      expect(error.message).to.equal('committee.csv:1: representative: column is missing from the header');
    });
  });
});
