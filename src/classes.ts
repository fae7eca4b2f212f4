// The class-only entry (`opicescr-widgets/classes`, dist/opicescr-classes.mjs): the element classes,
// helpers and types for sites that bundle their own code and choose their own tag names. It must
// never register an element, upgrade a `<div data-opicescr>` mount or start a request: importing it
// has no effect on the page until the site calls `customElements.define` itself. Its build keeps
// `lit` and `@lit/task` as imports, so a site that already uses Lit loads Lit once.

import type { OpicescrContact } from './contact/opicescr-contact.js';
import type { OpicescrMap, SelectDetail } from './map/opicescr-map.js';
import type { ErrorDetail } from './shared/opicescr-element.js';
import type { OpicescrTimeline } from './timeline/opicescr-timeline.js';

export { OpicescrMap, type SelectDetail } from './map/opicescr-map.js';
export { OpicescrTimeline } from './timeline/opicescr-timeline.js';
export { OpicescrContact } from './contact/opicescr-contact.js';
export { OpicescrElement, type ErrorDetail, type Theme, type WidgetState } from './shared/opicescr-element.js';
export { ELEMENT_KINDS, COMMON_OPTIONS, ALL_OPTIONS, type ElementKind, type Kind, type DataFile } from './shared/element-kinds.js';
export { CATEGORIES, categoryOf, countByCategory, type Category, type MapCategory } from './shared/categories.js';
export { loadStatus, LoadError, type LoadErrorCode } from './shared/loader.js';
export type { StatusData, StateRecord } from './shared/status-file.js';
export { VERSION as version } from './shared/script-url.js';

// The tags the registering entries define, so that `document.createElement('opicescr-map')` and
// `querySelector('opicescr-map')` are typed, and the events they fire, so that listeners get
// their `detail` typed. A site registering the classes under other names declares its own.
declare global {
  interface HTMLElementTagNameMap {
    'opicescr-map': OpicescrMap;
    'opicescr-timeline': OpicescrTimeline;
    'opicescr-contact': OpicescrContact;
  }
  interface GlobalEventHandlersEventMap {
    'opicescr-ready': CustomEvent<undefined>;
    'opicescr-error': CustomEvent<ErrorDetail>;
    'opicescr-select': CustomEvent<SelectDetail>;
  }
}
