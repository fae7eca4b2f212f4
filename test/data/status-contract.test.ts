// The bundled status file against the published JSON Schema and against the widget's own reader:
// the two must agree, since partners who self-host generate their own file from the schema.
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { FileProblem } from '../../src/shared/file-checks.js';
import { readStatusFile, STATUS_MAJOR_VERSION } from '../../src/shared/status-file.js';
import { CATEGORIES, categoryOf, countByCategory } from '../../src/shared/categories.js';

const load = async (path: string) => (await fetch(path)).json();

describe('status file contract', () => {
  let file: any;
  let validator: Validator;
  before(async () => {
    file = await load('/data/opicescr-status.v1.json');
    validator = new Validator(await load('/data/opicescr-status.v1.schema.json'), '2020-12', false);
  });

  it('is valid against its JSON Schema', () => {
    const result = validator.validate(file);
    expect(result.errors.slice(0, 3), JSON.stringify(result.errors.slice(0, 3))).to.deep.equal([]);
  });

  it('has the major version the widget reads', () => {
    expect(file.schema).to.equal('opicescr-status');
    expect(Number(file.version.split('.')[0])).to.equal(STATUS_MAJOR_VERSION);
    expect(readStatusFile(file).states).to.have.length(195);
  });

  it('gives every state one of the four categories, with the counts of 3 February 2026', () => {
    const data = readStatusFile(file);
    for (const state of data.states) expect(CATEGORIES).to.include(categoryOf(state));
    expect(countByCategory(data.states)).to.deep.equal({ 'not-party': 22, party: 118, signed: 24, ratified: 31 });
  });

  it('is refused by the schema and by the reader alike when a required field is missing', () => {
    for (const edit of [
      (copy: any) => delete copy.states[5].iso2,
      (copy: any) => (copy.states[0].op.consentKind = 'adoption'),
      (copy: any) => (copy.version = '2.0.0'),
      (copy: any) => delete copy.asOf,
      (copy: any) => (copy.coalition.members[0].confirmed = 'April 2017'),
      (copy: any) => (copy.coalition.contacts[0].source = 'https://www.escr-net.org/op-icescr'),
      (copy: any) => (copy.coalition.coordinator.source = {}),
      (copy: any) => (copy.milestones[0].id = 42),
    ]) {
      const copy = structuredClone(file);
      edit(copy);
      expect(validator.validate(copy).valid).to.equal(false);
      expect(() => readStatusFile(copy)).to.throw(FileProblem);
    }
  });

  it('reads the ids, dates and sources added in 1.1, and files without them', () => {
    const data = readStatusFile(file);
    expect(data.version).to.equal('1.1.0');
    expect(data.resources).to.equal('opicescr-resources.v1.json');
    expect(data.milestones.find((milestone) => milestone.date === '2009-09-24')?.id).to.equal('opened-for-signature');
    expect(data.coalition.coordinator).to.include({ id: 'coordinator', confirmed: '2017-04' });
    expect(data.coalition.contacts[0]).to.include({ id: 'steering-committee', confirmed: '2017-04' });
    expect(data.coalition.members[0].source).to.deep.equal({ title: 'NGO Coalition for the OP-ICESCR (ESCR-Net campaign page)', url: 'https://www.escr-net.org/op-icescr' });

    // A 1.0 file (a partner's, made before these fields) still reads, with them absent.
    const older = structuredClone(file);
    older.version = '1.0.0';
    delete older.resources;
    for (const milestone of older.milestones) delete milestone.id;
    for (const entry of [older.coalition.coordinator, ...older.coalition.members, ...older.coalition.contacts]) {
      delete entry.id;
      delete entry.confirmed;
      delete entry.source;
    }
    expect(validator.validate(older).valid).to.equal(true);
    const read = readStatusFile(older);
    expect(read.resources).to.equal(undefined);
    expect(read.coalition.members[0].confirmed).to.equal(undefined);
    expect(read.milestones[0].id).to.equal(undefined);
  });

  it('ignores fields it does not know (minor versions only add)', () => {
    const copy = structuredClone(file);
    copy.version = '1.4.0';
    copy.futureField = { anything: true };
    copy.states[0].futureField = 'x';
    expect(validator.validate(copy).valid).to.equal(true);
    expect(readStatusFile(copy).states[0]).to.not.have.property('futureField');
  });
});
