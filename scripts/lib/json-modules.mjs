// Dev-server plugin for the tests: a JSON file imported by a module (the English dictionary,
// src/i18n/en.json) is served as a JavaScript module, as the build bundles it. Its import is
// rewritten to ask for `…json?module`, so the same file fetched as data (a test reading it with
// fetch) is served as it is, in every browser.
export function jsonModules() {
  return {
    name: 'json-modules',
    transformImport({ source }) {
      return source.endsWith('.json') ? `${source}?module` : undefined;
    },
    transform(context) {
      if (!context.path.endsWith('.json') || !context.URL.searchParams.has('module')) return undefined;
      return { body: `export default ${context.body};`, headers: { 'content-type': 'application/javascript' } };
    },
  };
}
