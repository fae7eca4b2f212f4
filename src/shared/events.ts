// Every event the widgets fire reaches the page the same way: it bubbles and crosses shadow roots.

/** Fires `name` at `target`, bubbling and composed, with `detail` when there is one. */
export function emit(target: EventTarget, name: string, detail?: unknown): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
