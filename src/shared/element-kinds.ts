// Every element of the product, once: its tag, the options a page may set on it (as attributes,
// or as `data-<option>` on a `<div data-opicescr="<kind>">` mount) and the files it needs at once.
// Registration, the div mount, the early requests, the embed builder and the WordPress plugin all
// read this table, so an element or an option is added here and nowhere else.

/** Options every element accepts. */
export const COMMON_OPTIONS = ['src', 'lang', 'theme', 'max-age'] as const;

/** The data files an element loads: the status file, the map's geometry, the resources list. */
export type DataFile = 'status' | 'geometry' | 'resources';

export interface ElementKind {
  tag: `opicescr-${string}`;
  /** Options beyond COMMON_OPTIONS, in the order the docs and the builder list them. */
  options: readonly string[];
  /** Files requested as soon as the element is in the page (a lazy map waits for the viewport). */
  loads: readonly DataFile[];
}

export const ELEMENT_KINDS = {
  map: {
    tag: 'opicescr-map',
    options: ['region', 'highlight', 'as-of', 'loading', 'geometry'],
    loads: ['status', 'geometry'],
  },
  timeline: {
    tag: 'opicescr-timeline',
    options: ['kind', 'order', 'for'],
    loads: ['status'],
  },
  contact: {
    tag: 'opicescr-contact',
    options: [],
    loads: ['status'],
  },
  resources: {
    tag: 'opicescr-resources',
    options: ['kind', 'language', 'limit'],
    loads: ['status', 'resources'],
  },
} as const satisfies Record<string, ElementKind>;

export type Kind = keyof typeof ELEMENT_KINDS;

/** Every option of every element, without repeats: what a div mount may copy. */
export const ALL_OPTIONS: readonly string[] = [
  ...new Set([...COMMON_OPTIONS, ...Object.values(ELEMENT_KINDS).flatMap((kind) => kind.options)]),
];
