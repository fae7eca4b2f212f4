// Counts what code on the page holds on to: listeners on window, document and media queries, and
// the targets that resize, intersection and mutation observers watch. Import it before anything
// that adds them (ES modules run in the order they are imported), so that every call is seen.
// It only records and passes each call on; it changes nothing the page does.

type Listener = EventListenerOrEventListenerObject;
interface Held {
  target: EventTarget;
  type: string;
  listener: Listener;
  capture: boolean;
}

const listeners: Held[] = [];
const observed = new Map<object, Set<Node>>();

const watchedTarget = (target: EventTarget) => target === window || target === document || target instanceof MediaQueryList;
const captureOf = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
const find = (target: EventTarget, type: string, listener: Listener, capture: boolean) =>
  listeners.findIndex((held) => held.target === target && held.type === type && held.listener === listener && held.capture === capture);

const { addEventListener, removeEventListener } = EventTarget.prototype;
EventTarget.prototype.addEventListener = function (type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions) {
  if (listener && watchedTarget(this) && find(this, type, listener, captureOf(options)) < 0) {
    // A `once` listener removes itself when it fires, which this count does not see: none are expected.
    listeners.push({ target: this, type, listener, capture: captureOf(options) });
  }
  return addEventListener.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (type: string, listener: Listener | null, options?: boolean | EventListenerOptions) {
  const index = listener ? find(this, type, listener, captureOf(options)) : -1;
  if (index >= 0) listeners.splice(index, 1);
  return removeEventListener.call(this, type, listener, options);
};

for (const Observer of [ResizeObserver, IntersectionObserver, MutationObserver] as const) {
  const prototype = Observer.prototype as { observe: (target: Node, ...rest: unknown[]) => void; unobserve?: (target: Node) => void; disconnect: () => void };
  const { observe, unobserve, disconnect } = prototype;
  prototype.observe = function (target, ...rest) {
    if (!observed.has(this)) observed.set(this, new Set());
    observed.get(this)!.add(target);
    return observe.call(this, target, ...rest);
  };
  if (unobserve) {
    prototype.unobserve = function (target) {
      observed.get(this)?.delete(target);
      return unobserve.call(this, target);
    };
  }
  prototype.disconnect = function () {
    observed.delete(this);
    return disconnect.call(this);
  };
}

/** What the page holds right now. */
export function pageHolds() {
  return {
    /** Listeners on window, document and media query lists, by type. */
    listeners: listeners.map((held) => `${held.target === window ? 'window' : held.target === document ? 'document' : 'media query'} ${held.type}`).sort(),
    /** Nodes watched by observers, counted once per observer. */
    observations: [...observed.values()].reduce((sum, targets) => sum + targets.size, 0),
  };
}
