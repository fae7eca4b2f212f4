// What the embed builder (demo/builder.html) needs to know about the product, taken from the source
// so that the builder never keeps a list of its own: the elements with their tags and options, the
// map's regions, the languages the script speaks and where fallback content links to. Built to demo/build/builder-facts.js by
// `npm run build`.

export { COMMON_OPTIONS, ELEMENT_KINDS } from '../src/shared/element-kinds.js';
export { REGIONS } from '../src/map/world-geometry.js';
export { LANGUAGES } from '../src/shared/i18n/languages.js';
export { fallbackLinks } from '../src/shared/fallback-links.js';
