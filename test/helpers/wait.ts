import { oneEvent, waitUntil } from '@open-wc/testing';

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
