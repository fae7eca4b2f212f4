// The ES module's entry (dist/opicescr.mjs): registers the elements like the classic script and
// exports the classes and helpers for sites that build their own pages around them.

import './register.js';

export { OpicescrMap } from './map/opicescr-map.js';
export { OpicescrTimeline } from './timeline/opicescr-timeline.js';
export { OpicescrContact } from './contact/opicescr-contact.js';
export { OpicescrResources } from './resources/opicescr-resources.js';
export { CATEGORIES, categoryOf, countByCategory, type Category, type MapCategory } from './shared/categories.js';
export { loadStatus, LoadError, type LoadErrorCode } from './shared/loader.js';
export type { StatusData, StateRecord } from './shared/status-file.js';
export { VERSION as version } from './shared/script-url.js';
