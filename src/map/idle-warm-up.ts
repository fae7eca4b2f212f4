// Work that the first interaction with a page would otherwise do, done in the first idle moment
// once the map is drawn: the order of the states by name (a collator's start-up, which the lookup,
// Home, End and type-ahead need) and a first panel, hidden, so that the first hover finds its
// template prepared. A visitor's first hover or key is the one they notice.

import type { ReactiveControllerHost } from 'lit';

/** Calls `warm` once, in the first idle moment after an update of `host` finds `ready()` true. */
export function warmUpWhenIdle(host: ReactiveControllerHost, ready: () => boolean, warm: () => void): void {
  let scheduled = false;
  host.addController({
    hostUpdated() {
      if (scheduled || !ready()) return;
      scheduled = true;
      // Safari has no requestIdleCallback: a timer lets the first frame go first.
      (window.requestIdleCallback ?? setTimeout)(warm);
    },
  });
}
