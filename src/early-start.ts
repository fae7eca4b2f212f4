// The classic script's first module, evaluated before Lit and the elements: it starts the data
// requests of the elements already in the page. Left to the elements, the status file and the
// geometry would be asked for only after Lit and all three elements are set up and the first
// element has rendered (about 25 ms on a fast laptop, 100 ms on a slow phone), though a `defer`
// script finds its elements parsed and their URLs known. The loader shares one request per URL,
// and the elements ask within the same task, so each receives the response (or the failure) of
// the request already on its way. Maps that load lazily are left to their observer; a second copy
// of the script on the page leaves it all to the first.

import { loadStatus } from './shared/loader.js';
import { REGISTRY_KEY } from './shared/define.js';
import { DEFAULT_GEOMETRY_URL, DEFAULT_STATUS_URL, resolveUrl } from './shared/script-url.js';
import { loadWorldGeometry } from './map/world-geometry.js';

const ELEMENTS = 'opicescr-map, opicescr-timeline, opicescr-contact, div[data-opicescr]';

/** Starts the requests of every element in `root` that will load at once. */
function startEarlyRequests(root: ParentNode): void {
  for (const element of root.querySelectorAll(ELEMENTS)) {
    const mount = element.localName === 'div';
    const option = (name: string) => element.getAttribute(mount ? `data-${name}` : name);
    const kind = mount ? element.getAttribute('data-opicescr')?.trim().toLowerCase() : element.localName.slice('opicescr-'.length);
    if (kind !== 'map' && kind !== 'timeline' && kind !== 'contact') continue;
    if (kind === 'map' && option('loading') !== 'eager') continue;
    loadStatus(resolveUrl(option('src'), DEFAULT_STATUS_URL)).catch(() => {});
    if (kind === 'map') loadWorldGeometry(resolveUrl(option('geometry'), DEFAULT_GEOMETRY_URL)).catch(() => {});
  }
}

if (!(REGISTRY_KEY in globalThis) && typeof document !== 'undefined') startEarlyRequests(document);
