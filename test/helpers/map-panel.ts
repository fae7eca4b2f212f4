// The map's details panel as a visitor meets it. The map always keeps one panel in its shadow root:
// while no state is shown, the last one shown (or one it prepares in an idle moment) rests there,
// `hidden` (not displayed), for the next hover. So "there is a [part~="details"]" says nothing about
// whether a state was opened: a test waits for the visible panel of the state it expects.
import { waitUntil } from '@open-wc/testing';

/** The details panel a visitor sees, or null (a resting panel is in the page, but invisible). */
export const shownPanel = (map: Element): HTMLElement | null =>
  [...map.shadowRoot!.querySelectorAll<HTMLElement>('[part~="details"]')].find((panel) => panel.checkVisibility()) ?? null;

/**
 * Waits until the map shows, visible and not `hidden`, the details panel headed `name` (the state's
 * name in the map's language), and returns that panel.
 */
export async function panelShowing(map: Element, name: string, message = `${name}'s details never showed`): Promise<HTMLElement> {
  const showing = () => {
    const panel = shownPanel(map);
    return panel && !panel.hidden && panel.querySelector('h3')?.textContent?.trim() === name ? panel : null;
  };
  await waitUntil(showing, message, { timeout: 5000 });
  return showing()!;
}
