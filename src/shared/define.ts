// Guarded registration. Partners' pages often include the script twice (a theme and a block, or
// two plugin versions); defining a tag twice throws in every browser, so the first copy wins and
// a different second version is reported once in the console, never thrown.

import { ELEMENT_KINDS, type Kind } from './element-kinds.js';
import { VERSION } from './script-url.js';

interface Registry {
  version: string;
  warned: Set<string>;
}

declare global {
  interface Window {
    OpIcescr?: { version: string };
  }
}

export const REGISTRY_KEY = Symbol.for('opicescr.registry');
type GlobalWithRegistry = typeof globalThis & { [REGISTRY_KEY]?: Registry };

/** The registry shared by every copy of the script on the page; the first copy creates it. */
function registry(): { registry: Registry; first: boolean } {
  const scope = globalThis as GlobalWithRegistry;
  const existing = scope[REGISTRY_KEY];
  if (existing) return { registry: existing, first: false };
  const created: Registry = { version: VERSION, warned: new Set() };
  scope[REGISTRY_KEY] = created;
  return { registry: created, first: true };
}

/**
 * Registers every element unless an earlier copy of the script did. Returns true when this copy
 * is the one in charge (and should, for instance, upgrade `<div data-opicescr>` mounts).
 */
export function defineElements(elements: Record<Kind, CustomElementConstructor>, { defineNone = false } = {}): boolean {
  const { registry: shared, first } = registry();
  if (!first) {
    if (shared.version !== VERSION && !shared.warned.has(VERSION)) {
      shared.warned.add(VERSION);
      console.warn(`opicescr: ${shared.version} is already on this page, so this copy (${VERSION}) is not used.`);
    }
    return false;
  }
  for (const [kind, element] of defineNone ? [] : (Object.entries(elements) as Array<[Kind, CustomElementConstructor]>)) {
    const { tag } = ELEMENT_KINDS[kind];
    // Another bundle may have defined a tag without our registry (e.g. the ES module build and a
    // copy bundled into a site's own code): leave theirs in place.
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
  window.OpIcescr ??= { version: VERSION };
  return true;
}
