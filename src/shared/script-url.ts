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

/** A file published beside the script. A script from a blob: or data: URL cannot be a base: use the page's address. */
function besideScript(path: string): string {
  try {
    return new URL(path, SCRIPT_URL).href;
  } catch {
    return new URL(path, location.href).href;
  }
}

/** The status file published beside the script (`dist/` and `data/` are siblings in the package). */
export const DEFAULT_STATUS_URL = besideScript('../data/opicescr-status.v1.json');
/** The world geometry published beside the script; only the map fetches it. */
export const DEFAULT_GEOMETRY_URL = besideScript('../data/opicescr-world.v1.json');

/** Resolves an element's `src` against the page, as a link would be; the default against the script. */
export function resolveUrl(src: string | null | undefined, fallback: string): string {
  if (!src || !src.trim()) return fallback;
  try {
    return new URL(src.trim(), document.baseURI).href;
  } catch {
    return fallback;
  }
}
