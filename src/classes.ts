// The class-only entry (`opicescr-widgets/classes`, dist/opicescr-classes.mjs): the element classes,
// helpers and types for sites that bundle their own code and choose their own tag names. It must
// never register an element, upgrade a `<div data-opicescr>` mount or start a request: importing it
// has no effect on the page until the site calls `customElements.define` itself. Its build keeps
// `lit` as an import, so a site that already uses Lit loads Lit once.

import type { OpicescrContact } from './contact/opicescr-contact.js';
import type { OpicescrMap } from './map/opicescr-map.js';
import type { SelectDetail } from './map/map-selection.js';
import type { OpicescrResources } from './resources/opicescr-resources.js';
import type { ErrorDetail } from './shared/opicescr-element.js';
import type { OpicescrTimeline } from './timeline/opicescr-timeline.js';

export { OpicescrMap } from './map/opicescr-map.js';
export type { SelectDetail } from './map/map-selection.js';
export { OpicescrTimeline } from './timeline/opicescr-timeline.js';
export { OpicescrContact } from './contact/opicescr-contact.js';
export { OpicescrResources } from './resources/opicescr-resources.js';
export { OpicescrElement, type ErrorDetail, type Phase, type Theme, type WidgetState } from './shared/opicescr-element.js';
export { ELEMENT_KINDS, COMMON_OPTIONS, ALL_OPTIONS, type ElementKind, type Kind, type DataFile } from './shared/element-kinds.js';
export { CATEGORIES, categoryOf, countByCategory, type Category, type MapCategory } from './shared/categories.js';
export { LANGUAGES, type Language } from './shared/i18n/languages.js';
export { loadStatus, LoadError, type LoadErrorCode } from './shared/loader.js';
export { loadResources, type Resource, type ResourcesData } from './shared/resources-file.js';
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
    'opicescr-resources': OpicescrResources;
  }
  interface GlobalEventHandlersEventMap {
    'opicescr-ready': CustomEvent<undefined>;
    'opicescr-error': CustomEvent<ErrorDetail>;
    'opicescr-select': CustomEvent<SelectDetail>;
    'opicescr-as-of-change': CustomEvent<{ asOf: string | null }>;
  }
}
