// What the resources element shows, from the list and the element's choices: the resources of the
// chosen kind and language, grouped by kind in a reader's order (the treaty first, commentary last),
// and within each kind those in the visitor's language first. DOM-free.

import { RESOURCE_KINDS, titleFor, type Resource, type ResourceKind } from '../shared/resources-file.js';

export interface ResourceItem {
  resource: Resource;
  /** The title to show, in the visitor's language when the publication has one. */
  title: { text: string; lang: string; note?: string };
  /** Published in the visitor's language. */
  inVisitorsLanguage: boolean;
}

export interface Choices {
  kind: ResourceKind | undefined;
  /** A language code the resources must be published in. */
  language: string | undefined;
  /** The visitor's language. */
  visitor: string;
}

/** The kind an attribute or control names; anything else means every kind. */
export const kindOf = (value: string | null | undefined): ResourceKind | undefined => {
  const kind = (value ?? '').trim().toLowerCase() as ResourceKind;
  return RESOURCE_KINDS.includes(kind) ? kind : undefined;
};

/** The languages the list has resources in, the visitor's first. */
export function languagesIn(resources: readonly Resource[], visitor: string): string[] {
  const codes = [...new Set(resources.flatMap((resource) => resource.languages))];
  return codes.sort((a, b) => Number(b === visitor) - Number(a === visitor) || a.localeCompare(b));
}

/** The chosen resources, grouped by kind, each group in the visitor's language first. */
export function arrange(resources: readonly Resource[], { kind, language, visitor }: Choices): Array<[ResourceKind, ResourceItem[]]> {
  const groups: Array<[ResourceKind, ResourceItem[]]> = [];
  for (const each of RESOURCE_KINDS) {
    if (kind && each !== kind) continue;
    const items = resources
      .filter((resource) => resource.kind === each && (!language || resource.languages.includes(language)))
      .map((resource) => ({ resource, title: titleFor(resource, visitor), inVisitorsLanguage: resource.languages.includes(visitor) }));
    // Array.prototype.sort is stable: the list's own order holds within each language.
    items.sort((a, b) => Number(b.inVisitorsLanguage) - Number(a.inVisitorsLanguage));
    if (items.length) groups.push([each, items]);
  }
  return groups;
}
