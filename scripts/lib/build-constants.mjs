// Constants compiled into the script, shared by the build (rollup.config.js) and the test runner
// (web-test-runner.config.js) so that source under test and the built script agree: the package
// version, and the languages the product speaks with the direction of each, read from the
// dictionaries in src/i18n/ (adding a language is adding its file there).
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

export const version = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version;

/** `{ en: 'ltr', ar: 'rtl', … }`, English first, from each dictionary's `meta.dir`. */
export function languages() {
  const directory = new URL('src/i18n/', root);
  const entries = readdirSync(directory)
    .filter((file) => /^[a-z]{2,3}\.json$/.test(file))
    .map((file) => {
      const { meta } = JSON.parse(readFileSync(new URL(file, directory), 'utf8'));
      if (meta?.dir !== 'ltr' && meta?.dir !== 'rtl') throw new Error(`src/i18n/${file}: meta.dir must be "ltr" or "rtl"`);
      return [file.slice(0, -'.json'.length), meta.dir];
    })
    .sort(([a], [b]) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  return Object.fromEntries(entries);
}

/** What esbuild replaces in the source (see the `declare const` in src/shared/i18n/languages.ts and src/shared/script-url.ts). */
export function buildDefines({ fromSource = false } = {}) {
  return {
    __OPICESCR_VERSION__: JSON.stringify(version),
    __OPICESCR_LANGUAGES__: JSON.stringify(languages()),
    // The built scripts live in dist/; the test runner serves src/shared/script-url.ts itself.
    __OPICESCR_TO_ROOT__: JSON.stringify(fromSource ? '../../' : '../'),
  };
}
