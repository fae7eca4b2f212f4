// Rollup plugin: writes each language's dictionary (src/i18n/<code>.json, all but English, which is
// built into the script) to dist/i18n/<code>.json, minified, beside the script that fetches it.
// English is bundled without its `fallback` texts and `meta`: those are for embed snippets and the
// build (the builder and the WordPress plugin read them from the dictionaries), never used by the script.
// The dictionaries' completeness is checked by `npm run i18n` and the tests, not here.
import { readdirSync, readFileSync } from 'node:fs';

export function languagePacks({ emit = true } = {}) {
  const directory = new URL('../../src/i18n/', import.meta.url);
  const english = new URL('en.json', directory).pathname;
  return {
    name: 'language-packs',
    load(id) {
      if (id !== english) return null;
      const { fallback, meta, ...bundled } = JSON.parse(readFileSync(id, 'utf8'));
      return JSON.stringify(bundled);
    },
    buildStart() {
      if (!emit) return;
      for (const file of readdirSync(directory)) {
        if (!/^[a-z]{2,3}\.json$/.test(file) || file === 'en.json') continue;
        const url = new URL(file, directory);
        this.addWatchFile(url.pathname);
        const pack = JSON.parse(readFileSync(url, 'utf8'));
        this.emitFile({ type: 'asset', fileName: `i18n/${file}`, source: JSON.stringify(pack) });
      }
    },
  };
}
