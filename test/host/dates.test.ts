// A status file with a day that does not exist is refused by every element with the same calm
// INVALID message naming the field, never shown as a nearby day (src/shared/dates.ts reads them all).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register.js';
import { json, minimalStatus, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';
import { shadowText, stateOf } from '../helpers/wait.js';

describe('a status file with a day that does not exist', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  for (const tag of ['opicescr-map', 'opicescr-timeline', 'opicescr-contact']) {
    it(`puts ${tag} in its error state with an INVALID message naming the field`, async () => {
      const broken = minimalStatus();
      broken.states[0].op.consent = '2013-02-30';
      const url = uniqueUrl();
      stub = stubFetch({ [url]: json(broken) });
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors: Array<{ code: string; message: string }> = [];
      container.addEventListener('opicescr-error', (event) => errors.push((event as CustomEvent).detail));
      const element = document.createElement(tag);
      element.setAttribute('src', url);
      element.setAttribute('loading', 'eager');
      container.append(element);
      await stateOf(element, 'error');
      expect(errors.map((error) => error.code)).to.deep.equal(['INVALID']);
      expect(errors[0].message).to.contain('states[0].op.consent "2013-02-30" names a date that does not exist');
      expect(shadowText(element)).to.contain(
        'The treaty status file has a problem: states[0].op.consent "2013-02-30" names a date that does not exist.',
      );
    });
  }
});
