// Mounts elements from `<div data-opicescr="map|timeline|contact" data-lang="es" …>`: the markup
// that survives CMS sanitisers which strip <script> and unknown tags (SPEC.md, "CMS reality").
// Only the documented options are copied, each as the attribute of the same name: data-* is inert
// in the host's eyes, so turning an arbitrary data-on… into an attribute would open a hole.

const KIND_ATTRIBUTE = 'data-opicescr';
const TAGS: Record<string, string> = {
  map: 'opicescr-map',
  timeline: 'opicescr-timeline',
  contact: 'opicescr-contact',
};
/** The options of SPEC.md and the issues, as `data-<name>` on the div. */
export const MOUNT_OPTIONS = [
  'src',
  'lang',
  'region',
  'highlight',
  'as-of',
  'theme',
  'max-age',
  'loading',
  'kind',
  'order',
  'for',
  'geometry',
] as const;

const mounted = new WeakMap<HTMLElement, HTMLElement>();

/** Upgrades every mount on the page now and whenever one is added or changed later. */
export function watchDivMounts(root: Document = document): void {
  const start = () => {
    upgradeWithin(root.documentElement);
    new MutationObserver(onMutations).observe(root.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [KIND_ATTRIBUTE, ...MOUNT_OPTIONS.map((name) => `data-${name}`)],
    });
  };
  // A script in <head> without defer runs before <body> exists.
  if (root.documentElement) start();
  else root.addEventListener('DOMContentLoaded', start, { once: true });
}

function onMutations(records: MutationRecord[]) {
  for (const record of records) {
    if (record.type === 'attributes') {
      const div = record.target as HTMLElement;
      if (record.attributeName === KIND_ATTRIBUTE) remount(div);
      else if (mounted.has(div)) copyOptions(div, mounted.get(div)!);
    } else {
      for (const node of record.addedNodes) if (node instanceof HTMLElement) upgradeWithin(node);
    }
  }
}

function upgradeWithin(node: Element) {
  if (node.matches(`div[${KIND_ATTRIBUTE}]`)) upgrade(node as HTMLElement);
  for (const div of node.querySelectorAll<HTMLElement>(`div[${KIND_ATTRIBUTE}]`)) upgrade(div);
}

function upgrade(div: HTMLElement) {
  if (mounted.has(div)) return;
  const tag = TAGS[(div.getAttribute(KIND_ATTRIBUTE) ?? '').trim().toLowerCase()];
  if (!tag) return;
  const element = document.createElement(tag);
  copyOptions(div, element);
  // The div's children were the fallback before the script ran; they stay the element's fallback.
  element.append(...div.childNodes);
  div.append(element);
  mounted.set(div, element);
}

function remount(div: HTMLElement) {
  const element = mounted.get(div);
  if (element) {
    div.append(...element.childNodes);
    element.remove();
    mounted.delete(div);
  }
  upgrade(div);
}

function copyOptions(div: HTMLElement, element: HTMLElement) {
  for (const name of MOUNT_OPTIONS) {
    const value = div.getAttribute(`data-${name}`);
    if (value === null) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}
