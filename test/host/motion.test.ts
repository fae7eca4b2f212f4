// The map's "Contact the coalition" button brings the visitor to the contact element further down
// the page: smoothly by default, at once for visitors who ask their system for reduced motion.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/register.js';
import { panelShowing, shownPanel } from '../helpers/map-panel.js';
import { stateOf } from '../helpers/wait.js';
import { inFirefox } from '../release/commands.js';

/** A map with Chile's panel open, and the contact element 3000 px further down. */
async function pageWithContactBelow() {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 700px">
    <opicescr-map loading="eager" highlight="CL" max-age="100000"></opicescr-map>
    <div style="height: 3000px"></div>
    <opicescr-contact max-age="100000"></opicescr-contact>
  </div>`);
  const map = container.querySelector<HTMLElement>('opicescr-map')!;
  const contact = container.querySelector<HTMLElement>('opicescr-contact')!;
  await stateOf(map, 'ready');
  await stateOf(contact, 'ready');
  await panelShowing(map, 'Chile');
  const button = () => shownPanel(map)?.querySelector<HTMLButtonElement>('.campaign button');
  await waitUntil(button, "no contact button in Chile's panel");
  return { button: button()!, contact };
}

/** How far the contact element's top is from the top of the viewport, in px. */
const distance = (contact: HTMLElement) => Math.abs(contact.getBoundingClientRect().top);

describe('scrolling to the contact element', () => {
  afterEach(() => window.scrollTo({ top: 0, behavior: 'instant' }));

  it('glides there by default', async () => {
    const { button, contact } = await pageWithContactBelow();
    button.click();
    expect(document.activeElement === contact, 'the contact has focus').to.equal(true);
    expect(distance(contact), 'still on its way right after the click').to.be.greaterThan(1000);
    await waitUntil(() => distance(contact) < 2, `the contact is ${distance(contact)} px away`, { timeout: 5000 });
  });

  it('jumps there at once when the visitor prefers reduced motion', async function () {
    if (inFirefox()) this.skip(); // Media emulation needs the DevTools protocol, which Firefox does not offer.
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the preference is emulated').to.equal(true);
      const { button, contact } = await pageWithContactBelow();
      button.click();
      expect(document.activeElement === contact, 'the contact has focus').to.equal(true);
      expect(distance(contact), 'there right after the click').to.be.below(2);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
