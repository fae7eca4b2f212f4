// Where this script was loaded from, so that the default status file is found beside it on any
// static host or CDN. document.currentScript is only set while a classic script is first evaluated,
// so it is read once, here, at load time. The page's <base> must never be used: a CMS page often
// sets one, and it says nothing about where the script lives.

declare const __OPICESCR_VERSION__: string;

/** The package version this script was built from. */
export const VERSION: string = typeof __OPICESCR_VERSION__ === 'string' ? __OPICESCR_VERSION__ : '0.0.0-dev';

function currentScriptUrl(): string | undefined {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement && script.src) return script.src;
  // As an ES module there is no currentScript but import.meta.url (replaced by undefined in the
  // classic build, which must not fall back to the page's <base>).
  if (import.meta.url) return import.meta.url;
  // Last resort (a loader evaluated us without a script element): the page's own copy.
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[src*="opicescr"]');
  return scripts[scripts.length - 1]?.src || undefined;
}

export const SCRIPT_URL: string = currentScriptUrl() ?? location.href;

/**
 * A file of the package, found from the script: `dist/` and `data/` are siblings. Run from source
 * (tests, a dev server) this module is src/shared/script-url.ts, one folder deeper. A script from a
 * blob: or data: URL cannot be a base; the page's address is the only guess left then.
 */
function inPackage(path: string): string {
  const toRoot = SCRIPT_URL.includes('/src/shared/') ? '../../' : '../';
  try {
    return new URL(toRoot + path, SCRIPT_URL).href;
  } catch {
    return new URL(path, location.href).href;
  }
}

/** The status file published with the script. */
export const DEFAULT_STATUS_URL = inPackage('data/opicescr-status.v1.json');
/** The world geometry published with the script; only the map fetches it. */
export const DEFAULT_GEOMETRY_URL = inPackage('data/opicescr-world.v2.json');

/** Resolves an element's `src` against the page, as a link would be; the default against the script. */
export function resolveUrl(src: string | null | undefined, fallback: string): string {
  if (!src || !src.trim()) return fallback;
  try {
    return new URL(src.trim(), document.baseURI).href;
  } catch {
    return fallback;
  }
}
