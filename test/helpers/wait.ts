import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

/** Waits until the element reports `state` in data-state (the public hook hosts style around). */
export async function stateOf(element: HTMLElement, state: string, timeout = 8000): Promise<void> {
  await waitUntil(() => element.dataset.state === state, `data-state never became ${state} (is ${element.dataset.state})`, {
    timeout,
  });
}

/** The visible text of an element's shadow root, spaces collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { oneEvent };

/**
 * Creates `tag` with `attributes` (set one by one, so any value stays a value), eager and never
 * stale, in a 700 px fixture, and waits until it has rendered its data.
 */
export async function mountTag(tag: string, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ loading: 'eager', 'max-age': '100000', ...attributes })) element.setAttribute(name, value);
  container.append(element);
  await stateOf(element, 'ready');
  return element;
}

/** Puts `markup` in a fixture (of `width`, if given) and waits until the element `selector` has rendered its data. */
export async function mountReady<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  markup: string,
  selector: string,
  width = '',
): Promise<T> {
  const container = await fixture<HTMLDivElement>(html`<div style=${width ? `width: ${width}` : ''}></div>`);
  container.innerHTML = markup;
  const element = container.querySelector<T>(selector)!;
  await stateOf(element, 'ready');
  await element.updateComplete;
  return element;
}
