// <opicescr-contact> through its public contract: every organisation, representative and address
// of the real status file with working mailto: links, address and list semantics, languages,
// fallback content, hostile data, focus from a map's "Contact the coalition", and 280 px.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/register.js';
import type { OpicescrContact } from '../../src/contact/opicescr-contact.js';
import type { StatusData } from '../../src/shared/status-file.js';
import { heldAnswer, json, minimalStatus, stubFetch, uniqueUrl, type FetchStub } from '../helpers/fetch-stub.js';
import { mountReady, shadowText, stateOf } from '../helpers/wait.js';

const REAL = '/data/opicescr-status.v1.json';

let real: StatusData;
before(async () => {
  real = await (await fetch(REAL)).json();
});

const mount = (markup: string, width = '') => mountReady<OpicescrContact>(markup, 'opicescr-contact', width);

const contactOn = (attributes = '', src = REAL, children = '') =>
  `<opicescr-contact src="${src}" max-age="100000" ${attributes}>${children}</opicescr-contact>`;
/** Text with white space collapsed (but not the no-break spaces of French typography). */
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const links = (contact: Element) => [...contact.shadowRoot!.querySelectorAll('a')];

describe('<opicescr-contact>', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('shows every organisation, representative and address, with valid mailto: links', async () => {
    const contact = await mount(contactOn());
    const text = shadowText(contact);
    const { coordinator, members, contacts } = real.coalition;
    for (const member of members) {
      expect(text).to.contain(member.organisation);
      expect(text).to.contain(member.representative!);
    }
    expect(text).to.contain(coordinator!.organisation);
    expect(text).to.contain(coordinator!.note!.en);

    const addresses = [...contacts.map((entry) => entry.email), coordinator!.email!];
    const mailtos = links(contact).filter((link) => link.protocol === 'mailto:');
    expect(mailtos.map((link) => link.getAttribute('href'))).to.have.members(addresses.map((address) => `mailto:${address}`));
    for (const link of mailtos) expect(textOf(link)).to.equal(link.getAttribute('href')!.slice('mailto:'.length));
    expect(text).to.contain('Monitored in English and Spanish');
    expect(text).to.contain(contacts[0].note!.en);
    expect(links(contact).find((link) => link.href === `${coordinator!.url}/`)).to.not.equal(undefined);

    // Address and list semantics.
    const root = contact.shadowRoot!;
    expect(root.querySelectorAll('address').length).to.equal(contacts.length + 1);
    for (const link of mailtos) expect(link.closest('address'), link.href).to.not.equal(null);
    const memberItems = [...root.querySelectorAll('ul:not(.contacts) > li')];
    expect(memberItems.map((item) => textOf(item))).to.deep.equal(
      members.map((member) => `${member.organisation} ${member.representative}`),
    );
    await expect(contact).to.be.accessible();
  });

  it('says where each section was listed, on one line with its source link', async () => {
    const contact = await mount(contactOn(), '700px');
    const lines = [...contact.shadowRoot!.querySelectorAll<HTMLElement>('p.as-of')];
    expect(lines.length).to.be.greaterThan(0);
    for (const line of lines) {
      expect(textOf(line)).to.match(/^As listed on .+ · Source: .+/);
      const link = line.querySelector('a')!;
      // The link continues the line's text: it starts on the line's first row, not on a row of its own.
      expect(link.getClientRects()[0].top).to.be.closeTo(line.getClientRects()[0].top, 2);
    }
  });

  it('speaks French and Spanish', async () => {
    const french = await mount(contactOn('lang="fr"'));
    expect(shadowText(french)).to.contain('Comité directeur');
    expect(textOf(french.shadowRoot)).to.contain('Langues de suivi\u00a0: anglais et espagnol');
    // The coordinator's note comes from the French pack, by the entry's id.
    const pack = await (await fetch('/src/i18n/fr.json')).json();
    expect(shadowText(french)).to.contain(pack.data.notes[real.coalition.coordinator!.id!]);

    const spanish = await mount(contactOn('lang="es"'));
    expect(shadowText(spanish)).to.contain('Escriba a la coalición');
    expect(shadowText(spanish)).to.contain('Atendido en inglés y español');
    expect(shadowText(spanish)).to.contain('Organización coordinadora');
    await expect(spanish).to.be.accessible();
  });

  it('keeps its light-DOM children as fallback until the data renders', async () => {
    const url = uniqueUrl();
    const { answer, release } = heldAnswer(minimalStatus());
    stub = stubFetch({ [url]: answer });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = contactOn('', url, '<address>Write to <a href="mailto:opcoalition@gmail.com">us</a></address>');
    const contact = container.querySelector<OpicescrContact>('opicescr-contact')!;
    await contact.updateComplete;
    const slot = contact.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].localName).to.equal('address');
    expect(contact.querySelector('address')!.getBoundingClientRect().height).to.be.above(0);
    release();
    await stateOf(contact, 'ready');
    expect(contact.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(contact.querySelector('address')!.getBoundingClientRect().height).to.equal(0);
  });

  it('links only valid addresses and http(s) URLs, and shows markup as text', async () => {
    const hostile = minimalStatus();
    hostile.coalition = {
      coordinator: { organisation: '<b>Coordinator</b>', url: 'javascript:window.hacked=1', email: 'javascript:window.hacked=1' },
      members: [
        { organisation: 'Good', representative: '<img src=x onerror="window.hacked=1">', url: 'https://example.org/', email: 'ok@example.org' },
        { organisation: 'Bad', email: 'not an address' },
      ],
      contacts: [
        { email: 'a@b', languages: ['en', '<script>'] },
        { email: 'x@example.org?cc=y@evil.example', languages: [] },
        { email: 'team@example.org', languages: ['fr'], note: { en: '<a href="javascript:alert(1)">note</a>' } },
      ],
    };
    const url = uniqueUrl();
    stub = stubFetch({ [url]: json(hostile) });
    const contact = await mount(contactOn('', url));
    const root = contact.shadowRoot!;
    expect(root.querySelector('img, script, b b'), 'markup from the file became elements').to.equal(null);
    expect(links(contact).map((link) => link.getAttribute('href'))).to.have.members([
      'https://example.org/',
      'mailto:ok@example.org',
      'mailto:team@example.org',
    ]);
    const text = shadowText(contact);
    for (const shown of ['<b>Coordinator</b>', 'not an address', 'a@b', 'x@example.org?cc=y@evil.example', '<a href="javascript:alert(1)">note</a>']) {
      expect(text).to.contain(shown);
    }
    expect(text).to.contain('Monitored in English and <script>');
    expect(text).to.contain('Monitored in French');
    expect((window as any).hacked).to.equal(undefined);
  });

  it('is focusable by script (not a tab stop), and keeps a tabindex the page gave it', async () => {
    const contact = await mount(contactOn());
    expect(contact.tabIndex).to.equal(-1);
    contact.focus();
    expect(document.activeElement === contact, 'the contact has focus').to.equal(true);
    const tabbable = await mount(contactOn('tabindex="0"'));
    expect(tabbable.getAttribute('tabindex')).to.equal('0');
  });

  it("receives focus from a map's \"Contact the coalition\" button", async () => {
    const contact = await mount(`<opicescr-map src="${REAL}" loading="eager" highlight="CL" max-age="100000"></opicescr-map>${contactOn()}`);
    const map = document.querySelector<HTMLElement>('opicescr-map')!;
    await stateOf(map, 'ready');
    await waitUntil(() => map.shadowRoot!.querySelector('.campaign button'), 'no contact button in the panel');
    const button = map.shadowRoot!.querySelector<HTMLButtonElement>('.campaign button')!;
    expect(textOf(button)).to.equal('Campaign in Chile? Contact the coalition');
    button.click();
    expect(document.activeElement === contact, `focus is on ${document.activeElement?.localName}`).to.equal(true);
  });

  for (const lang of ['en', 'fr']) {
    it(`has no horizontal scroll at 280 px (${lang})`, async () => {
      const contact = await mount(contactOn(`lang="${lang}"`), '280px');
      expect(contact.getBoundingClientRect().width).to.equal(280);
      for (const element of [contact, ...contact.shadowRoot!.querySelectorAll('*')]) {
        expect(element.scrollWidth, `${element.localName}.${element.className}`).to.be.at.most(element.clientWidth || Infinity);
      }
    });
  }
});
