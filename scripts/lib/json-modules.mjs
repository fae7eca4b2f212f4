// Dev-server plugin for the tests: a JSON file imported by a module (the English dictionary,
// src/i18n/en.json) is served as a JavaScript module, as the build bundles it. The same file
// fetched as data (a test reading it with fetch) is served as it is: browsers mark module
// requests with `Sec-Fetch-Dest: script`.
export function jsonModules() {
  return {
    name: 'json-modules',
    transform(context) {
      if (!context.path.endsWith('.json') || context.request.headers['sec-fetch-dest'] !== 'script') return undefined;
      return { body: `export default ${context.body};`, headers: { 'content-type': 'application/javascript' } };
    },
  };
}
