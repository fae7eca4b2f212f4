import { expect } from '@open-wc/testing';
import { formatCsv, parseCsv } from '../../scripts/lib/csv.mjs';
import { importUntc, parseUntcPage, UntcImportError } from '../../scripts/lib/untc-import.mjs';

// The real pages the reference table was built from: both say "STATUS AS AT : 03-02-2026".
const ICESCR_PAGE = '/test/fixtures/untc/un-tc-IV-3.html';
const OP_PAGE = '/test/fixtures/untc/un-tc-IV-3-a.html';
// 72 + 173 ICESCR signatures and consents, 46 + 31 OP ones, and 5 States' declarations.
const FACTS_ON_THE_PAGES = 327;

async function text(path: string) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

/** Replaces text in a page, failing loudly if the page no longer contains it. */
function edit(html: string, pattern: RegExp, replacement: string) {
  if (!pattern.test(html)) throw new Error(`the page has no ${pattern}`);
  return html.replace(pattern, replacement);
}

/** The OP page as it would read once Chile, an OP signatory, has ratified on 10 March 2026. */
function withChileRatifyingTheOp(opHtml: string) {
  const ratified = edit(opHtml, /(<td>Chile<br><\/td>\s*<td>[^<]*<br><\/td>\s*)<td>&nbsp;<\/td>/, '$1<td>10 Mar\t 2026 <br></td>');
  return edit(ratified, /(Parties :\s*)31\b/, '$132');
}

/** Sets the given columns of the row named `name`, keeping the table's bytes otherwise. */
function editRow(csv: string, name: string, cells: Record<string, string>) {
  const { header, rows } = parseCsv(csv);
  const row = rows.find((candidate) => candidate.values.name === name);
  if (!row) throw new Error(`no row ${name}`);
  Object.assign(row.values, cells);
  return formatCsv(header, rows.map((entry) => entry.values));
}

function importError(run: () => unknown): UntcImportError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(UntcImportError);
    return error as UntcImportError;
  }
  throw new Error('expected the import to refuse its input');
}

describe('UNTC import', () => {
  let icescrHtml: string;
  let opHtml: string;
  let statesCsv: string;
  let sourcesCsv: string;

  before(async () => {
    [icescrHtml, opHtml, statesCsv, sourcesCsv] = await Promise.all(
      [ICESCR_PAGE, OP_PAGE, '/data/sources/states.csv', '/data/sources/sources.csv'].map(text),
    );
  });

  describe('parseUntcPage', () => {
    it('identifies each page and reads its as-of date and header counts', () => {
      const icescr = parseUntcPage(icescrHtml);
      const op = parseUntcPage(opHtml);
      expect([icescr.treaty, icescr.asOf, icescr.counts]).to.deep.equal(['IV-3', '2026-02-03', { signatories: 72, parties: 173 }]);
      expect([op.treaty, op.asOf, op.counts]).to.deep.equal(['IV-3-a', '2026-02-03', { signatories: 46, parties: 31 }]);
    });

    it('reads names without footnote markers, and dates and kinds of consent', () => {
      const { participants } = parseUntcPage(icescrHtml);
      const byName = new Map(participants.map((participant) => [participant.name, participant]));
      expect(byName.get('Germany')).to.deep.equal({ name: 'Germany', signature: '1968-10-09', consent: '1973-12-17', consentKind: 'ratification' });
      expect(byName.get('Cambodia')).to.deep.equal({ name: 'Cambodia', signature: '1980-10-17', consent: '1992-05-26', consentKind: 'accession' });
      expect(byName.get('Czech Republic')).to.deep.equal({ name: 'Czech Republic', consent: '1993-02-22', consentKind: 'succession' });
      expect(byName.get('Andorra')).to.deep.equal({ name: 'Andorra', signature: '2025-09-23' });
    });

    it('reads the article 10 and 11 declarations, Portugal\'s separate entry included', () => {
      const { declarations } = parseUntcPage(opHtml);
      const declarants = ['Belgium', 'El Salvador', 'Finland', 'Portugal', 'San Marino'];
      expect([...declarations.art10].sort()).to.deep.equal(declarants);
      expect([...declarations.art11].sort()).to.deep.equal(declarants);
      expect(parseUntcPage(icescrHtml).declarations.art10.size).to.equal(0);
    });

    it('refuses a page that is not from the UN Treaty Collection', () => {
      const error = importError(() => parseUntcPage('<!DOCTYPE html><html><body><h1>Treaties</h1></body></html>'));
      expect(error.message).to.match(/not a saved UN Treaty Collection status page/);
    });

    it('refuses the page of another treaty, naming it', () => {
      const iccpr = edit(icescrHtml, /3\.\s*International Covenant on Economic, Social and Cultural Rights/, '4. International Covenant on Civil and Political Rights');
      expect(importError(() => parseUntcPage(iccpr)).message).to.match(/treaty IV-4 \(International Covenant on Civil and Political Rights\)/);
    });

    it('refuses a page whose participants table disagrees with its header counts', () => {
      const ratifiedButNotCounted = edit(opHtml, /(<td>Chile<br><\/td>\s*<td>[^<]*<br><\/td>\s*)<td>&nbsp;<\/td>/, '$1<td>10 Mar\t 2026 <br></td>');
      expect(importError(() => parseUntcPage(ratifiedButNotCounted)).message).to.match(/31 parties.*32 consents/);
    });
  });

  describe('importUntc', () => {
    it('rebuilds the reference table byte for byte from a table with every treaty column blank', () => {
      const { header, rows } = parseCsv(statesCsv);
      const treatyColumns = header.filter((column) => /^(icescr|op)_/.test(column));
      const blank = formatCsv(header, rows.map(({ values }) => ({
        ...values,
        ...Object.fromEntries(treatyColumns.map((column) => [column, ''])),
      })));

      const result = importUntc({ statesCsv: blank, sourcesCsv, pages: [icescrHtml, opHtml] });

      expect(result.statesCsv).to.equal(statesCsv);
      expect(result.changes).to.have.length(FACTS_ON_THE_PAGES);
      expect(result.changes).to.include.members([
        'Albania acceded to the OP-ICESCR on 19 February 2025.',
        'Serbia succeeded to the ICESCR on 12 March 2001.',
        'San Marino made the article 10 and 11 declarations.',
      ]);
      expect(result.changes[0]).to.match(/signed the ICESCR on 19 December 1966\.$/);
      expect(result.changes.at(-1)).to.equal('Andorra signed the ICESCR on 23 September 2025.');
    });

    it('reports no change on the current table and returns identical bytes, with the pages in either order', () => {
      for (const pages of [[icescrHtml, opHtml], [opHtml, icescrHtml]]) {
        const result = importUntc({ statesCsv, sourcesCsv, pages });
        expect(result.changes).to.deep.equal([]);
        expect(result.statesCsv).to.equal(statesCsv);
        expect(result.sourcesCsv).to.equal(sourcesCsv);
        expect(result.asOf).to.deep.equal({ icescr: '2026-02-03', op: '2026-02-03' });
      }
    });

    it('turns one new ratification into one sentence and the right cells', () => {
      const result = importUntc({ statesCsv, sourcesCsv, pages: [icescrHtml, withChileRatifyingTheOp(opHtml)] });

      expect(result.changes).to.deep.equal(['Chile ratified the OP-ICESCR on 10 March 2026.']);
      expect(result.statesCsv).to.equal(editRow(statesCsv, 'Chile', {
        op_consent: '2026-03-10',
        op_consent_kind: 'ratification',
        op_art10: 'false',
        op_art11: 'false',
      }));
    });

    it('describes changed and removed facts', () => {
      const stale = editRow(editRow(statesCsv, 'Chile', { icescr_consent: '1972-02-11', icescr_consent_kind: 'accession' }),
        'Afghanistan', { op_signature: '2010-01-05' });

      const { changes, statesCsv: refreshed } = importUntc({ statesCsv: stale, sourcesCsv, pages: [icescrHtml, opHtml] });

      expect(changes).to.deep.equal([
        'Chile ratified the ICESCR on 10 February 1972 (the table had an accession on 11 February 1972).',
        'UNTC no longer lists the signature of the OP-ICESCR by Afghanistan on 5 January 2010.',
      ]);
      expect(refreshed).to.equal(statesCsv);
    });

    it('records each page\'s date as the retrieved date of its source', () => {
      const laterOp = edit(opHtml, /STATUS AS AT : 03-02-2026/, 'STATUS AS AT : 10-03-2026');
      const result = importUntc({ statesCsv, sourcesCsv, pages: [icescrHtml, laterOp] });
      const retrieved = Object.fromEntries(parseCsv(result.sourcesCsv).rows.map(({ values }) => [values.id, values.retrieved]));
      expect(retrieved).to.deep.equal({ 'untc-iv-3-a': '2026-03-10', 'untc-iv-3': '2026-02-03' });
      expect(result.asOf).to.deep.equal({ icescr: '2026-02-03', op: '2026-03-10' });
    });

    it('refuses a participant that no row of the table names, naming it', () => {
      const atlantis = edit(opHtml, /<td>Albania<br><\/td>/, '<td>Atlantis<br></td>');
      const error = importError(() => importUntc({ statesCsv, sourcesCsv, pages: [icescrHtml, atlantis] }));
      expect(error.message).to.contain('"Atlantis"');
    });

    it('refuses two copies of the same page', () => {
      const error = importError(() => importUntc({ statesCsv, sourcesCsv, pages: [icescrHtml, icescrHtml] }));
      expect(error.message).to.match(/Both pages are the ICESCR page \(IV-3\); the other one is missing/);
    });

    it('keeps every column the pages do not carry as it is', () => {
      const edited = editRow(statesCsv, 'Chile', { iso_a3: 'CHX', un_member: 'false' });
      const result = importUntc({ statesCsv: edited, sourcesCsv, pages: [icescrHtml, opHtml] });
      expect(result.statesCsv).to.equal(edited);
    });
  });
});
