// Where the panel of a state that has not ratified sends the visitor next: to the page's resources
// element ("How to campaign for ratification"), and to its contact element, else to the coalition's
// address ("Contact the coalition"). Peers are found among the elements that joined the page
// (src/shared/page-peers.ts), never by searching it; scrolling to one respects reduced motion.

import { coalitionEmail } from '../shared/fallback-links.js';
import { mailtoUrl } from '../shared/safe-url.js';
import { peersOf } from '../shared/page-peers.js';
import type { StatusData } from '../shared/status-file.js';
import type { Destination } from './state-details.js';

function goTo(element: HTMLElement): Destination {
  return {
    onClick: () => {
      const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      element.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
      element.focus({ preventScroll: true });
    },
  };
}

/** The page's resources element, if there is one. */
export function resourcesOnPage(map: HTMLElement): Destination | undefined {
  const [element] = peersOf('resources', map);
  return element && goTo(element);
}

/** A contact element on the same page is better than a mail client: it says whom to write to. */
export function contactFor(map: HTMLElement, data: StatusData): Destination | undefined {
  const [element] = peersOf('contact', map);
  if (element) return goTo(element);
  const href = mailtoUrl(coalitionEmail(data.coalition), 'OP-ICESCR');
  return href ? { href } : undefined;
}
