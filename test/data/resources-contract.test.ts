// The bundled resources list against its published JSON Schema and the widget's own reader (the
// two must agree: partners who self-host write their own list from the schema), and the promise
// every link keeps: each URL is a well-formed http(s) address, and no resource is listed twice.
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { readResourcesFile, resourcesUrlFor, RESOURCES_MAJOR_VERSION } from '../../src/shared/resources-file.js';
import { FileProblem } from '../../src/shared/file-checks.js';

const STATUS = '/data/opicescr-status.v1.json';
const load = async (path: string) => (await fetch(path)).json();

describe('resources list contract', () => {
  let file: any;
  let validator: Validator;
  before(async () => {
    file = await load('/data/opicescr-resources.v1.json');
    validator = new Validator(await load('/data/opicescr-resources.v1.schema.json'), '2020-12', false);
  });

  it('is valid against its JSON Schema', () => {
    const result = validator.validate(file);
    expect(result.errors.slice(0, 3), JSON.stringify(result.errors.slice(0, 3))).to.deep.equal([]);
  });

  it('has the major version the widget reads, and the reader keeps every entry', () => {
    expect(file.schema).to.equal('opicescr-resources');
    expect(Number(file.version.split('.')[0])).to.equal(RESOURCES_MAJOR_VERSION);
    const data = readResourcesFile(file);
    expect(data.resources.map((resource) => resource.id)).to.deep.equal(file.resources.map((resource: any) => resource.id));
  });

  it('is the list the status file names, resolved against the status file\'s URL', async () => {
    const statusUrl = new URL(STATUS, location.href).href;
    const status = await load(STATUS);
    const url = resourcesUrlFor(statusUrl, status.resources);
    expect(url).to.equal(new URL('/data/opicescr-resources.v1.json', location.href).href);
    expect(await load(url!)).to.deep.equal(file);
  });

  it('links only well-formed http(s) URLs, each resource once', () => {
    // Checked here with the platform's URL parser, independently of the generator's own checks.
    const seen = new Map<string, string>();
    for (const resource of file.resources) {
      for (const address of [resource.url, resource.source?.url].filter(Boolean)) {
        expect(address, resource.id).to.match(/^https?:\/\/[^\s"<>\\^`{|}]+$/);
        const parsed = new URL(address);
        expect(['http:', 'https:'], resource.id).to.include(parsed.protocol);
        expect(parsed.hostname, resource.id).to.match(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
        expect(parsed.username + parsed.password, resource.id).to.equal('');
      }
      const key = new URL(resource.url);
      const same = `${key.host}${key.pathname.replace(/\/+$/, '')}${key.search}`;
      expect(seen.get(same), `${resource.id} repeats ${seen.get(same)}`).to.equal(undefined);
      seen.set(same, resource.id);
    }
    expect(file.resources, 'the list has resources').to.not.be.empty;
    expect(seen.size).to.equal(file.resources.length);
  });

  it('is refused by the schema and by the reader alike when an entry is broken', () => {
    for (const edit of [
      (copy: any) => delete copy.resources[2].url,
      (copy: any) => (copy.resources[2].url = 'javascript:alert(1)'),
      (copy: any) => (copy.resources[2].languages = []),
      (copy: any) => (copy.resources[2].title = {}),
      (copy: any) => (copy.resources[2].year = '2022'),
      (copy: any) => (copy.resources[2].checked = '2022-02-30x'),
      (copy: any) => (copy.version = '2.0.0'),
      (copy: any) => delete copy.resources,
    ]) {
      const copy = structuredClone(file);
      edit(copy);
      expect(validator.validate(copy).valid, edit.toString()).to.equal(false);
      expect(() => readResourcesFile(copy), edit.toString()).to.throw(FileProblem);
    }
  });

  it('ignores fields it does not know (minor versions only add)', () => {
    const copy = structuredClone(file);
    copy.version = '1.3.0';
    copy.futureField = { anything: true };
    copy.resources[0].futureField = 'x';
    expect(validator.validate(copy).valid).to.equal(true);
    expect(readResourcesFile(copy).resources[0]).to.not.have.property('futureField');
  });
});
