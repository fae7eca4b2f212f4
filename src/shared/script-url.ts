// Where this script was loaded from, and the one rule for every URL of data it reads. The files
// published with the script (status file, geometry, resources list, language packs) are found
// beside it on any static host or CDN; document.currentScript is only set while a classic script is
// first evaluated, so it is read once, here, at load time. The page's <base> must never be used: a
// CMS page often sets one, and it says nothing about where the script lives.

import type { DataFile } from './element-kinds.js';

declare const __OPICESCR_VERSION__: string;
/** From this module to the package root: `../` in the built scripts (dist/), `../../` from source. */
declare const __OPICESCR_TO_ROOT__: string;

/** The package version this script was built from. */
export const VERSION: string = typeof __OPICESCR_VERSION__ === 'string' ? __OPICESCR_VERSION__ : '0.0.0-dev';

function currentScriptUrl(): string | undefined {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement && script.src) return script.src;
  // As an ES module there is no currentScript but import.meta.url (replaced by undefined in the
  // classic build, which must not fall back to the page's <base>).
  return import.meta.url || undefined;
}

export const SCRIPT_URL: string = currentScriptUrl() ?? location.href;

/**
 * A file of the package, found from the script: `dist/` and `data/` are siblings. Run from source
 * (the tests) this module is src/shared/script-url.ts, one folder deeper; the build and the test
 * runner say which (scripts/lib/build-constants.mjs). A script from a blob: or data: URL cannot be
 * a base; the page's address is the only guess left then.
 */
export function packageUrl(path: string): string {
  try {
    return new URL(__OPICESCR_TO_ROOT__ + path, SCRIPT_URL).href;
  } catch {
    return new URL(path, location.href).href;
  }
}

/** The files published with the script. */
export const DEFAULT_URLS: Readonly<Record<DataFile, string>> = {
  status: packageUrl('data/opicescr-status.v1.json'),
  geometry: packageUrl('data/opicescr-world.v2.json'),
  resources: packageUrl('data/opicescr-resources.v1.json'),
};

/**
 * The one rule for an element's data URL: the value a page gave (an attribute such as `src`),
 * resolved against the page as a link would be; else the file published with the script.
 */
export function dataUrl(file: DataFile, value: string | null | undefined, base = document.baseURI): string {
  if (!value || !value.trim()) return DEFAULT_URLS[file];
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return DEFAULT_URLS[file];
  }
}
