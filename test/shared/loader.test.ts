import { expect } from '@open-wc/testing';
import { loadStatus } from '../../src/shared/loader.js';
import { failure, json, minimalStatus, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';

describe('loader', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('loads a valid file without credentials and returns it checked', async () => {
    const url = uniqueUrl();
    stub = stubFetch({ [url]: json(minimalStatus()) });
    const data = await loadStatus(url);
    expect(data.states.map((state) => state.iso2)).to.deep.equal(['UY', 'CL', 'AU', 'US']);
    expect(stub.calls[0].init?.credentials).to.equal('omit');
  });

  it('shares one request between every caller of the same URL', async () => {
    const url = uniqueUrl();
    stub = stubFetch({ [url]: json(minimalStatus()) });
    const results = await Promise.all([loadStatus(url), loadStatus(url), loadStatus(url)]);
    expect(stub.calls).to.have.length(1);
    expect(results[0]).to.equal(results[2]);
    await loadStatus(url);
    expect(stub.calls).to.have.length(1);
  });

  it('forgets a failed request so that a retry asks again', async () => {
    const url = uniqueUrl();
    let attempts = 0;
    stub = stubFetch({ [url]: () => (++attempts === 1 ? new Response('', { status: 503 }) : json(minimalStatus())) });
    expect((await failure(loadStatus(url))).code).to.equal('HTTP');
    const data = await loadStatus(url);
    expect(data.asOf).to.equal('2026-02-03');
    expect(attempts).to.equal(2);
  });

  it('reports HTTP with the status', async () => {
    const url = uniqueUrl();
    stub = stubFetch({ [url]: new Response('missing', { status: 404 }) });
    const error = await failure(loadStatus(url));
    expect(error.code).to.equal('HTTP');
    expect(error.facts.status).to.equal(404);
  });

  it('reports NETWORK when the request cannot be made', async () => {
    const url = uniqueUrl();
    stub = stubFetch({ [url]: new TypeError('Failed to fetch') });
    expect((await failure(loadStatus(url))).code).to.equal('NETWORK');
  });

  it('reports TIMEOUT when the server does not answer in time', async () => {
    const url = uniqueUrl();
    stub = stubFetch({ [url]: 'hang' });
    expect((await failure(loadStatus(url, { timeoutMs: 50 }))).code).to.equal('TIMEOUT');
  });

  it('reports PARSE for a body that is not JSON', async () => {
    const url = uniqueUrl();
    stub = stubFetch({ [url]: json('<html>Warning: Undefined array key 0</html>') });
    expect((await failure(loadStatus(url))).code).to.equal('PARSE');
  });

  it('reads a file that starts with a UTF-8 byte order mark', async () => {
    const url = uniqueUrl();
    const bytes = new TextEncoder().encode(JSON.stringify(minimalStatus()));
    stub = stubFetch({ [url]: new Response(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), bytes])) });
    expect((await loadStatus(url)).states).to.have.length(4);
  });

  it('refuses another major version with SCHEMA_UNSUPPORTED and reads any 1.x', async () => {
    const url = uniqueUrl();
    stub = stubFetch({ [url]: json({ ...minimalStatus(), version: '2.0.0' }) });
    const error = await failure(loadStatus(url));
    expect(error.code).to.equal('SCHEMA_UNSUPPORTED');
    expect(error.facts.version).to.equal('2.0.0');

    const newer = uniqueUrl();
    stub.restore();
    stub = stubFetch({ [newer]: json({ ...minimalStatus(), version: '1.7.2', somethingNew: [1, 2] }) });
    expect((await loadStatus(newer)).version).to.equal('1.7.2');
  });

  it('reports INVALID naming the missing field', async () => {
    const broken = minimalStatus();
    delete broken.states[2].iso2;
    const url = uniqueUrl();
    stub = stubFetch({ [url]: json(broken) });
    const error = await failure(loadStatus(url));
    expect(error.code).to.equal('INVALID');
    expect(error.facts.problem).to.equal('states[2].iso2 is missing');
  });

  for (const [what, edit, problem] of [
    ['a wrong schema name', (file: any) => (file.schema = 'something-else'), '"schema" is "something-else", expected "opicescr-status"'],
    ['a missing as-of date', (file: any) => delete file.asOf, '"asOf" is missing'],
    ['an impossible date', (file: any) => (file.states[0].op.consent = '2013-02-30x'), 'states[0].op.consent "2013-02-30x" is not a YYYY-MM-DD date'],
    ['an unknown consent kind', (file: any) => (file.states[1].icescr.consentKind = 'adoption'), 'states[1].icescr.consentKind "adoption" is not ratification, accession or succession'],
    ['a state listed twice', (file: any) => (file.states[3].iso2 = 'UY'), 'states[3].iso2 "UY" appears twice'],
    ['a milestone without English', (file: any) => (file.milestones[0].text = { fr: 'Adopté.' }), 'milestones[0].text.en is missing'],
    ['states that are not a list', (file: any) => (file.states = {}), '"states" is missing or not a list'],
  ] as const) {
    it(`reports INVALID for ${what}`, async () => {
      const broken = minimalStatus();
      edit(broken);
      const url = uniqueUrl();
      stub = stubFetch({ [url]: json(broken) });
      const error = await failure(loadStatus(url));
      expect(error.code).to.equal('INVALID');
      expect(error.facts.problem).to.equal(problem);
    });
  }

  it('reports TOO_LARGE from the declared length without reading the body', async () => {
    const url = uniqueUrl();
    stub = stubFetch({ [url]: json(minimalStatus(), { headers: { 'Content-Length': String(5 * 1024 * 1024) } }) });
    expect((await failure(loadStatus(url))).code).to.equal('TOO_LARGE');
  });

  it('reports TOO_LARGE while reading a body that has no declared length', async () => {
    const url = uniqueUrl();
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    stub = stubFetch({ [url]: new Response(endless) });
    expect((await failure(loadStatus(url, { maxBytes: 256 * 1024 }))).code).to.equal('TOO_LARGE');
    expect(sent).to.be.below(1024 * 1024);
  });
});
