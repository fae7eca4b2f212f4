// Mounts elements from `<div data-opicescr="map" data-lang="es" …>`: the markup that survives CMS
// sanitisers which strip <script> and unknown tags (docs/wordpress.md). Only the documented
// options of src/shared/element-kinds.ts are copied, each as the attribute of the same name:
// data-* is inert in the host's eyes, so turning an arbitrary data-on… into an attribute would
// open a hole.

import { ALL_OPTIONS, COMMON_OPTIONS, ELEMENT_KINDS, type Kind } from './element-kinds.js';

const KIND_ATTRIBUTE = 'data-opicescr';
export const MOUNT_SELECTOR = `div[${KIND_ATTRIBUTE}]`;

const mounted = new WeakMap<Element, HTMLElement>();

/** The kind a mount asks for, if it names one. */
export function kindOfMount(div: Element): Kind | undefined {
  const kind = (div.getAttribute(KIND_ATTRIBUTE) ?? '').trim().toLowerCase();
  return Object.hasOwn(ELEMENT_KINDS, kind) ? (kind as Kind) : undefined;
}

/** Upgrades every mount on the page now and whenever one is added or changed later. */
export function watchDivMounts(root: Document = document): void {
  // Even a script in <head> without defer finds <html>: mounts parsed later are seen as added.
  upgradeWithin(root.documentElement);
  new MutationObserver(onMutations).observe(root.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ALL_OPTIONS.map((name) => `data-${name}`),
  });
}

/** New mounts are upgraded; a mount's options follow its data-* attributes (its kind is read once). */
function onMutations(records: MutationRecord[]) {
  for (const record of records) {
    if (record.type === 'attributes') {
      const div = record.target as HTMLElement;
      if (mounted.has(div)) copyOptions(div, mounted.get(div)!);
    } else {
      for (const node of record.addedNodes) if (node instanceof HTMLElement) upgradeWithin(node);
    }
  }
}

function upgradeWithin(node: Element) {
  if (node.matches(MOUNT_SELECTOR)) upgrade(node as HTMLElement);
  for (const div of node.querySelectorAll<HTMLElement>(MOUNT_SELECTOR)) upgrade(div);
}

function upgrade(div: HTMLElement) {
  if (mounted.has(div)) return;
  const kind = kindOfMount(div);
  if (!kind) return;
  const element = document.createElement(ELEMENT_KINDS[kind].tag);
  copyOptions(div, element);
  // The div's children were the fallback before the script ran; they stay the element's fallback.
  element.append(...div.childNodes);
  div.append(element);
  mounted.set(div, element);
}

function copyOptions(div: HTMLElement, element: HTMLElement) {
  const kind = kindOfMount(div);
  if (!kind) return;
  for (const name of [...COMMON_OPTIONS, ...ELEMENT_KINDS[kind].options]) {
    const value = div.getAttribute(`data-${name}`);
    if (value === null) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}
