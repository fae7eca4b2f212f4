// Links to a state: a page address ending in `#opicescr=UY` opens Uruguay, and the open panel's
// "Copy link" makes one. The page's address belongs to the host (a hash router, an anchor, a
// stray `%`): anything that is not ours is ignored, and nothing here can throw into the page.
// The hashchange listener is added on connect and removed on disconnect.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PREFIX = '#opicescr=';

/** The ISO code a page address asks for, or undefined when the address is not one of ours. */
export function stateInHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    const code = decodeURIComponent(hash.slice(PREFIX.length)).trim().toUpperCase();
    return /^[A-Z]{2}$/.test(code) ? code : undefined;
  } catch {
    return undefined; // A malformed escape such as "%zz".
  }
}

/** The page's address with a link to `iso2` in place of its fragment. */
export function linkTo(iso2: string): string {
  return `${location.href.split('#')[0]}${PREFIX}${iso2}`;
}

/**
 * Copies a link to `iso2`; without a clipboard (an insecure page, or permission refused) the link
 * is put where it can be copied by hand. Resolves to whether the clipboard took it.
 */
export async function copyLink(iso2: string, promptLabel: string): Promise<boolean> {
  const url = linkTo(iso2);
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    window.prompt(promptLabel, url);
    return false;
  }
}

export class HashLinkController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    /** Called with the state the address asks for: on connect, and on every change of the address. */
    private readonly onState: (iso2: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('hashchange', this.read);
    this.read();
  }

  hostDisconnected() {
    window.removeEventListener('hashchange', this.read);
  }

  private read = () => {
    const iso2 = stateInHash(location.hash);
    if (iso2) this.onState(iso2);
  };
}
