// The resources list's generator (scripts/lib/resources-build.mjs) from data/sources/resources.csv:
// it rebuilds the committed file byte for byte, and refuses each kind of bad row with the file,
// the line and the field, as `npm run data` prints them.
import { expect } from '@open-wc/testing';
import { buildResourcesFile, RESOURCE_KINDS, RESOURCES_SCHEMA } from '../../scripts/lib/resources-build.mjs';
import * as reader from '../../src/shared/resources-file.js';
import { SourceRowError } from '../../scripts/lib/source-table.mjs';
import { editCell } from '../helpers/csv-edit.js';

const TODAY = '2026-11-28';

async function text(path: string) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

function buildError(csv: string): SourceRowError {
  try {
    buildResourcesFile(csv, { today: TODAY });
  } catch (error) {
    expect(error).to.be.instanceOf(SourceRowError);
    return error as SourceRowError;
  }
  throw new Error('expected the build to refuse the table');
}

describe('resources list generator', () => {
  let csv: string;
  let list: any;
  before(async () => {
    csv = await text('/data/sources/resources.csv');
    list = JSON.parse(buildResourcesFile(csv, { today: TODAY }));
  });
  const byId = (id: string) => list.resources.find((resource: any) => resource.id === id);

  it('writes the kinds and the schema the widgets read, in the same order', () => {
    expect(RESOURCE_KINDS).to.deep.equal([...reader.RESOURCE_KINDS]);
    expect(RESOURCES_SCHEMA).to.equal(reader.RESOURCES_SCHEMA);
  });

  it('regenerates the committed resources file byte for byte', async () => {
    expect(buildResourcesFile(csv, { today: TODAY })).to.equal(await text('/data/opicescr-resources.v1.json'));
  });

  it('holds the 21 resources of the starting list, of every kind, each dated and sourced', () => {
    expect(list.schema).to.equal('opicescr-resources');
    expect(list.version).to.equal('1.0.0');
    expect(list.resources).to.have.length(21);
    expect(new Set(list.resources.map((resource: any) => resource.kind))).to.deep.equal(new Set(RESOURCE_KINDS));
    for (const resource of list.resources) {
      expect(resource.checked, resource.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(resource.source.url, resource.id).to.match(/^https?:\/\//);
    }
  });

  it('keeps descriptions apart from published titles', () => {
    // "Title [description]": the description becomes a note.
    expect(byId('cescr-op-rules-of-procedure')).to.deep.include({
      title: { en: 'Rules of procedure under the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights' },
      note: { en: 'E/C.12/5' },
    });
    expect(byId('cescr-op-rules-of-procedure')).to.not.have.property('described');
    // "[description]" alone: no published title is known.
    expect(byId('untc-op-status-page')).to.deep.include({
      title: { en: 'UN Treaty Collection status page for the OP-ICESCR, Chapter IV-3-a' },
      described: true,
    });
  });

  it('gives titles in the resource\'s own language, and others only where published', () => {
    expect(byId('coalition-manual-de-incidencia').title).to.have.keys(['es']);
    expect(byId('coalition-manual-de-incidencia').note).to.deep.equal({ es: 'Cuadernos 1–4' });
    expect(byId('coalition-passez-a-laction-decembre').title).to.have.keys(['fr']);
    expect(byId('icj-commentary-op-icescr').languages).to.deep.equal(['en', 'fr', 'es']);
    expect(byId('icj-commentary-op-icescr').title).to.have.keys(['en', 'es']);
    expect(byId('cescr-views-idg-v-spain').year).to.equal(2015);
  });

  describe('refuses bad rows, naming the file, the line and the field', () => {
    const rules = 'cescr-op-rules-of-procedure'; // line 4
    const icj = 'icj-commentary-op-icescr'; // line 14
    const otherUrl =
      'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=4slQ6QSmlBEDzFEovLCuW36EoEi7EOEMjhrd2lLGz7PSSzQkipKXGkGzN%2FScMF4bf9yoMw1T%2B3k6oUunMktDPM4AFEDpZU7nJ%2BJvxIC4cE4GJcp9v1jswOfsQwWyHulYjscEp6s5%2FRZWXv0%2Bjoedbw%3D%3D';
    const cases: Array<[string, (csv: string) => string, string]> = [
      ['an unknown kind', (t) => editCell(t, rules, 'kind', 'petition'), 'resources.csv:4: kind: "petition" is not one of status, committee, jurisprudence, toolkit, guide, campaign, commentary'],
      ['a javascript: URL', (t) => editCell(t, rules, 'url', 'javascript:alert(1)'), 'resources.csv:4: url: "javascript:alert(1)" is not an http(s) URL'],
      ['an ftp: URL', (t) => editCell(t, rules, 'url', 'ftp://ftp.example.org/op.pdf'), 'resources.csv:4: url: "ftp://ftp.example.org/op.pdf" is not an http(s) URL'],
      ['a relative URL', (t) => editCell(t, rules, 'url', '/op-icescr/resources'), 'resources.csv:4: url: "/op-icescr/resources" is not an http(s) URL'],
      ['a URL with a space', (t) => editCell(t, rules, 'url', 'https://www.escr-net.org/op icescr'), 'resources.csv:4: url: "https://www.escr-net.org/op icescr" contains a character that must be percent-encoded'],
      ['a URL without a host', (t) => editCell(t, rules, 'url', 'https://'), 'resources.csv:4: url: "https://" is not a well-formed URL'],
      ['a URL whose host is not a domain', (t) => editCell(t, rules, 'url', 'https://localhost/op.pdf'), 'resources.csv:4: url: "https://localhost/op.pdf" has no valid host name ("localhost")'],
      ['a URL with a password', (t) => editCell(t, rules, 'url', 'https://user:secret@www.escr-net.org/'), 'resources.csv:4: url: "https://user:secret@www.escr-net.org/" must not carry a user name or password'],
      ['the same URL twice', (t) => editCell(t, rules, 'url', otherUrl), 'resources.csv:6: url: the same address as line 4'],
      ['the same URL over http and https', (t) => editCell(t, 'coalition-open-letter-2012', 'url', 'http://www.escr-net.org/op-icescr/resources-tools/'), 'resources.csv:20: url: the same address as line 10'],
      ['the same id twice', (t) => editCell(t, rules, 'id', 'untc-op-status-page'), 'resources.csv:4: id: untc-op-status-page is already on line 3'],
      ['an id that is not a slug', (t) => editCell(t, rules, 'id', 'Rules of procedure'), 'resources.csv:4: id: "Rules of procedure" is not a slug (lower-case letters and digits joined by hyphens)'],
      ['a language that does not exist', (t) => editCell(t, rules, 'languages', 'en sp'), 'resources.csv:4: languages: "sp" is not a known language code'],
      ['a language name instead of a code', (t) => editCell(t, rules, 'languages', 'English'), 'resources.csv:4: languages: "English" is not a language code (two or three lower-case letters)'],
      ['a three-letter code where a two-letter one exists', (t) => editCell(t, rules, 'languages', 'eng'), 'resources.csv:4: languages: "eng" is not the canonical code (use en)'],
      ['a language listed twice', (t) => editCell(t, icj, 'languages', 'en fr en'), 'resources.csv:14: languages: en is listed twice'],
      ['no language', (t) => editCell(t, rules, 'languages', ''), 'resources.csv:4: languages: is empty'],
      ['a year that is not four digits', (t) => editCell(t, rules, 'year', '22'), 'resources.csv:4: year: "22" is not a four-digit year'],
      ['a year in the future', (t) => editCell(t, rules, 'year', '2027'), 'resources.csv:4: year: 2027 is in the future (after 2026)'],
      ['an impossible check date', (t) => editCell(t, rules, 'checked', '2026-02-30'), 'resources.csv:4: checked: "2026-02-30" is not a YYYY-MM-DD date'],
      ['a check date in the future', (t) => editCell(t, rules, 'checked', '2026-12-01'), 'resources.csv:4: checked: 2026-12-01 is in the future (after 2026-11-28)'],
      ['a check date before publication', (t) => editCell(t, rules, 'checked', '2021-06-01'), 'resources.csv:4: checked: 2021-06-01 is before the resource was published (2022)'],
      ['no check date', (t) => editCell(t, rules, 'checked', ''), 'resources.csv:4: checked: is empty'],
      ['no title', (t) => editCell(t, rules, 'title', ' '), 'resources.csv:4: title: is empty'],
      ['no publisher', (t) => editCell(t, rules, 'publisher', ''), 'resources.csv:4: publisher: is empty'],
      ['a source page that is not http(s)', (t) => editCell(t, rules, 'source', 'file:///home/page.html'), 'resources.csv:4: source: "file:///home/page.html" is not an http(s) URL'],
      ['brackets inside a title', (t) => editCell(t, rules, 'title', 'Rules [draft] of procedure'), 'resources.csv:4: title: square brackets hold a description and may only close the title'],
      ['a title in a language the resource is not in', (t) => editCell(t, rules, 'title_fr', 'Règlement intérieur'), 'resources.csv:4: title_fr: the resource is not published in fr (languages: en)'],
      ['a per-language title that repeats the title column', (t) => editCell(t, icj, 'languages', 'es en fr'), 'resources.csv:14: title_es: repeats the title column, which is already in es (the first of the languages)'],
      ['a per-language title that is only a description', (t) => editCell(t, icj, 'title_fr', '[Commentaire]'), 'resources.csv:14: title_fr: is all in [brackets]: a per-language title must be a published title'],
      ['a title column for a language that does not exist', (t) => t.replace('title_fr', 'title_xx'), 'resources.csv:1: title_xx: "xx" is not a known language code'],
      ['an unknown column', (t) => t.replace('publisher', 'publishers'), 'resources.csv:1: publisher: column is missing from the header'],
    ];
    for (const [what, edit, message] of cases) {
      it(what, () => {
        const error = buildError(edit(csv));
        expect(error.message, error.message).to.equal(message);
      });
    }

    it('a bad row names its field for a maintainer\'s tools', () => {
      const error = buildError(editCell(csv, rules, 'kind', 'petition'));
      expect([error.file, error.line, error.field]).to.deep.equal(['resources.csv', 4, 'kind']);
    });
  });
});
