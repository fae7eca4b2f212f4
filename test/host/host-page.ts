// What a host page can see of an element in it: its box and its parts' boxes, whether anything
// sticks out sideways, when it has settled after a resize, and the page's uncaught errors (what a
// host's error monitoring reports). Shared by the tests in test/host/.

/** Resolves after the browser has laid out and painted twice: resize observers have reported. */
export const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

type Rendering = HTMLElement & { updateComplete: Promise<boolean> };

/** Waits until the element has rendered what its last resize asked for. */
export async function settled(element: HTMLElement): Promise<void> {
  await (element as Rendering).updateComplete;
  await nextFrames();
  await (element as Rendering).updateComplete;
}

/**
 * Whether the browser skips laying out `node` for now (content-visibility: auto, far from the
 * viewport): it is laid out for the width there is when it comes near, and until then Firefox
 * reports the boxes of its last layout.
 */
const skipped = (node: Element | null) => !!node && !node.checkVisibility({ contentVisibilityAuto: true });

/**
 * Every box in the element's shadow root that sticks out of the element sideways, or that scrolls
 * sideways: what a visitor sees as cut-off text or a scroll bar. SVG content is judged by its
 * <svg> (which clips it); the visually hidden live regions are 1 px and clipped on purpose.
 */
export function horizontalOverflow(element: HTMLElement): string[] {
  const host = element.getBoundingClientRect();
  const problems: string[] = [];
  const name = (node: Element) => `${node.localName}${node.className && typeof node.className === 'string' ? `.${node.className.trim().replace(/\s+/g, '.')}` : ''}`;
  for (const node of element.shadowRoot!.querySelectorAll('*')) {
    if (node.parentElement?.closest('svg') || node.closest('.visually-hidden') || skipped(node) || skipped(node.firstElementChild)) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < host.left - 1 || box.right > host.right + 1) {
      problems.push(`${name(node)} spans ${Math.round(box.left - host.left)}…${Math.round(box.right - host.left)} of ${Math.round(host.width)} px`);
    }
    if (node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1) {
      problems.push(`${name(node)} scrolls: ${node.scrollWidth} px of content in ${node.clientWidth} px`);
    }
  }
  return problems.length > 4 ? [...problems.slice(0, 4), `… and ${problems.length - 4} more`] : problems;
}

/** Whether `inner`'s box lies within `outer`'s sideways (1 px of rounding allowed). */
export function withinSideways(inner: Element, outer: Element): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.left >= b.left - 1 && a.right <= b.right + 1;
}

/** The uncaught errors and unhandled rejections of the page from now on, as a host's monitoring sees them. */
export function watchPageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
