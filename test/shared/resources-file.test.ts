// Loading and reading the resources list as an element will: through the shared loader (one
// request per URL, size limit, typed errors) and the reader (precise problems, unknown fields and
// kinds ignored, another major version refused), plus the two helpers an element needs: where the
// list is, given the status file's URL, and which title to show a visitor.
import { expect } from '@open-wc/testing';
import { loadResources, readResourcesFile, resourcesUrlFor, titleFor, type Resource } from '../../src/shared/resources-file.js';
import { failure, json, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';

function minimalResources(): Record<string, any> {
  return {
    schema: 'opicescr-resources',
    version: '1.0.0',
    resources: [
      {
        id: 'untc-op-status-page',
        kind: 'status',
        title: { en: 'UN Treaty Collection status page' },
        described: true,
        url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-3-a&chapter=4&clang=_en',
        languages: ['en'],
        publisher: 'United Nations Treaty Collection',
        checked: '2026-02-03',
        source: { url: 'https://www.escr-net.org/docs/i/940624' },
      },
      {
        id: 'icj-commentary',
        kind: 'commentary',
        title: { en: 'Commentary to the Optional Protocol', es: 'Comentario del Protocolo Facultativo' },
        note: { en: 'ICJ and IIDH' },
        url: 'https://www.icj.org/commentary/',
        languages: ['en', 'fr', 'es'],
        publisher: 'International Commission of Jurists',
        year: 2008,
        checked: '2026-02-03',
        source: { url: 'https://www.icj.org/commentary/' },
      },
      {
        id: 'manual-de-incidencia',
        kind: 'toolkit',
        title: { es: 'Manual de Incidencia' },
        url: 'http://www.fidh.org/es/manual',
        languages: ['es'],
        publisher: 'FIDH',
        year: 2011,
      },
    ],
  };
}

describe('resources file', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('loads a valid list without credentials, once for every caller, and returns it checked', async () => {
    const url = uniqueUrl('resources');
    stub = stubFetch({ [url]: json(minimalResources()) });
    const [first, second] = await Promise.all([loadResources(url), loadResources(url)]);
    expect(stub.calls).to.have.length(1);
    expect(stub.calls[0].init?.credentials).to.equal('omit');
    expect(first).to.equal(second);
    expect(first.resources.map((resource) => resource.id)).to.deep.equal(['untc-op-status-page', 'icj-commentary', 'manual-de-incidencia']);
    expect(first.resources[0]).to.deep.include({ described: true, checked: '2026-02-03', source: { url: 'https://www.escr-net.org/docs/i/940624' } });
    expect(first.resources[1]).to.deep.include({ described: false, year: 2008, languages: ['en', 'fr', 'es'] });
  });

  it('refuses another major version with SCHEMA_UNSUPPORTED and reads any 1.x, ignoring what it does not know', async () => {
    const url = uniqueUrl('resources');
    stub = stubFetch({ [url]: json({ ...minimalResources(), version: '2.0.0' }) });
    const error = await failure(loadResources(url));
    expect(error.code).to.equal('SCHEMA_UNSUPPORTED');
    expect(error.facts.version).to.equal('2.0.0');

    const newer = minimalResources();
    newer.version = '1.4.0';
    newer.curators = ['someone'];
    newer.resources[0].rating = 5;
    newer.resources.push({ ...newer.resources[1], id: 'a-podcast', kind: 'podcast' });
    const data = readResourcesFile(newer);
    expect(data.version).to.equal('1.4.0');
    expect(data.resources.map((resource) => resource.id)).to.not.include('a-podcast');
    expect(data.resources[0]).to.not.have.property('rating');
  });

  it('reports TOO_LARGE for a body far beyond any resources list', async () => {
    const url = uniqueUrl('resources');
    stub = stubFetch({ [url]: json(minimalResources(), { headers: { 'Content-Length': String(2 * 1024 * 1024) } }) });
    expect((await failure(loadResources(url))).code).to.equal('TOO_LARGE');
  });

  for (const [what, edit, problem] of [
    ['a wrong schema name', (file: any) => (file.schema = 'opicescr-status'), '"schema" is "opicescr-status", expected "opicescr-resources"'],
    ['no list', (file: any) => delete file.resources, '"resources" is missing or not a list'],
    ['an entry that is not an object', (file: any) => (file.resources[1] = 'https://example.org/'), 'resources[1] is not an object'],
    ['a missing URL', (file: any) => delete file.resources[1].url, 'resources[1].url is missing'],
    ['a javascript: URL', (file: any) => (file.resources[2].url = 'javascript:alert(1)'), 'resources[2].url "javascript:alert(1)" is not an http(s) URL'],
    ['a relative URL', (file: any) => (file.resources[2].url = '/manual.pdf'), 'resources[2].url "/manual.pdf" is not an http(s) URL'],
    ['a missing kind', (file: any) => delete file.resources[0].kind, 'resources[0].kind is missing'],
    ['an id that is not a slug', (file: any) => (file.resources[0].id = 'UN page'), 'resources[0].id "UN page" is not a slug'],
    ['an id used twice', (file: any) => (file.resources[2].id = 'icj-commentary'), 'resources[2].id "icj-commentary" appears twice'],
    ['no languages', (file: any) => (file.resources[1].languages = []), 'resources[1].languages is missing or not a list of language codes'],
    ['a language that is not a code', (file: any) => (file.resources[1].languages = ['en', 'fr" onmouseover="x']), 'resources[1].languages[1] "fr\\" onmouseover=\\"x" is not a language code'],
    ['a title with no text', (file: any) => (file.resources[1].title = { en: ' ' }), 'resources[1].title has no text'],
    ['a title keyed by something that is not a language', (file: any) => (file.resources[1].title = { English: 'Commentary' }), 'resources[1].title has "English", which is not a language code'],
    ['a missing publisher', (file: any) => delete file.resources[1].publisher, 'resources[1].publisher is missing'],
    ['a year as text', (file: any) => (file.resources[1].year = '2008'), 'resources[1].year "2008" is not a four-digit year'],
    ['an impossible check date', (file: any) => (file.resources[0].checked = '03/02/2026'), 'resources[0].checked "03/02/2026" is not a YYYY-MM-DD date'],
    ['a source that is only text', (file: any) => (file.resources[0].source = 'escr-net.org'), 'resources[0].source is not an object'],
    ['an empty source', (file: any) => (file.resources[0].source = {}), 'resources[0].source has neither a title nor a url'],
  ] as const) {
    it(`reports INVALID for ${what}`, async () => {
      const broken = minimalResources();
      edit(broken);
      const url = uniqueUrl('resources');
      stub = stubFetch({ [url]: json(broken) });
      const error = await failure(loadResources(url));
      expect(error.code).to.equal('INVALID');
      expect(error.facts.problem).to.equal(problem);
    });
  }

  it('finds the list beside the status file, or where a self-hosted status file says', () => {
    const status = 'https://partner.example.org/data/status.json?v=3';
    expect(resourcesUrlFor(status, 'opicescr-resources.v1.json')).to.equal('https://partner.example.org/data/opicescr-resources.v1.json');
    expect(resourcesUrlFor(status, '../lists/ours.json')).to.equal('https://partner.example.org/lists/ours.json');
    expect(resourcesUrlFor(status, 'https://cdn.example.net/r.json')).to.equal('https://cdn.example.net/r.json');
    expect(resourcesUrlFor(status, undefined)).to.equal(undefined);
    expect(resourcesUrlFor(status, ' ')).to.equal(undefined);
    expect(resourcesUrlFor(status, 'javascript:alert(1)')).to.equal(undefined);
    expect(resourcesUrlFor(status, 'data:application/json,{}')).to.equal(undefined);
  });

  it('shows the visitor\'s title when the publication has one, else the original\'s, with its language', () => {
    const [described, icj, manual] = readResourcesFile(minimalResources()).resources as Resource[];
    expect(titleFor(icj, 'es')).to.deep.equal({ text: 'Comentario del Protocolo Facultativo', lang: 'es', note: undefined });
    expect(titleFor(icj, 'es-MX').lang).to.equal('es');
    expect(titleFor(icj, 'fr')).to.deep.equal({ text: 'Commentary to the Optional Protocol', lang: 'en', note: 'ICJ and IIDH' });
    expect(titleFor(manual, 'en')).to.deep.equal({ text: 'Manual de Incidencia', lang: 'es', note: undefined });
    expect(titleFor(described, 'ar').text).to.equal('UN Treaty Collection status page');
  });
});
