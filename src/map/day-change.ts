// The map tells linked timelines (and the page) when the day it shows changes, whoever changed it:
// its own `as-of`, a timeline, host code. The day it first renders is no change.

import type { ReactiveControllerHost } from 'lit';
import { emit } from '../shared/events.js';

/** Fires `opicescr-as-of-change` at `host` after each update that changed `day()`. */
export function announceDayChanges(host: ReactiveControllerHost & EventTarget, day: () => string | undefined): void {
  let announced: string | null | undefined;
  host.addController({
    hostUpdated() {
      const shown = day() ?? null;
      if (shown === announced) return;
      const first = announced === undefined;
      announced = shown;
      if (!first) emit(host, 'opicescr-as-of-change', { asOf: shown });
    },
  });
}
