// The classic script's first module, evaluated before Lit and the elements: it starts the data
// requests of the elements already in the page (their files per src/shared/element-kinds.ts, and
// the language pack each will speak). Left to the elements, the files would be asked for only
// after Lit and every element are set up and the first element has rendered (about 25 ms on a
// fast laptop, 100 ms on a slow phone), though a `defer` script finds its elements parsed and their
// URLs known. The loader shares one request per URL, and the elements ask within the same task, so
// each receives the response (or the failure) of the request already on its way. Maps that load
// lazily are left to their observer; a second copy of the script on the page leaves it all to the first.

import { REGISTRY_KEY } from './shared/define.js';
import { ELEMENT_KINDS, type Kind } from './shared/element-kinds.js';
import { loadDictionary } from './shared/i18n/dictionary.js';
import { voiceFor, voiceOf } from './shared/i18n/languages.js';
import { loadStatus } from './shared/loader.js';
import { loadResources } from './shared/resources-file.js';
import { dataUrl, DEFAULT_URLS } from './shared/script-url.js';
import { loadWorldGeometry } from './map/world-geometry.js';
import { MOUNT_SELECTOR, kindOfMount } from './shared/div-mount.js';

const quietly = (request: Promise<unknown>) => request.catch(() => {});

/** Starts the requests of every element in `root` that will load at once. */
function startEarlyRequests(root: ParentNode): void {
  const tags = Object.values(ELEMENT_KINDS).map((kind) => kind.tag);
  for (const element of root.querySelectorAll([...tags, MOUNT_SELECTOR].join(','))) {
    const mount = element.localName === 'div';
    const option = (name: string) => element.getAttribute(mount ? `data-${name}` : name);
    const kind = (mount ? kindOfMount(element) : element.localName.slice('opicescr-'.length)) as Kind | undefined;
    if (!kind || !Object.hasOwn(ELEMENT_KINDS, kind)) continue;
    if (kind === 'map' && option('loading') !== 'eager') continue;
    const files: readonly string[] = ELEMENT_KINDS[kind].loads;
    if (files.includes('status')) quietly(loadStatus(dataUrl('status', option('src'))));
    if (files.includes('geometry')) quietly(loadWorldGeometry(dataUrl('geometry', option('geometry'))));
    // The list is the one the status file names; beside the published status file, it is known now.
    if (files.includes('resources') && !option('src')) quietly(loadResources(DEFAULT_URLS.resources));
    // A mount's data-lang becomes the element's lang; otherwise the page's language applies.
    const lang = mount ? option('lang') : null;
    const { language } = lang !== null ? voiceOf(lang) : voiceFor(element);
    if (language !== 'en') quietly(loadDictionary(language));
  }
}

if (!(REGISTRY_KEY in globalThis) && typeof document !== 'undefined') startEarlyRequests(document);
