// The elements of the product that others on the same page point to: the map's "Contact the
// coalition" button leads to a contact element, "How to campaign" to a resources element, and a
// timeline drives a map. Each element joins while it is connected, so finding a peer never
// queries the whole page (a map renders on every hover), and whoever depends on peers hears when
// one comes or goes.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Peer = HTMLElement;

const members = new Map<string, Set<Peer>>();
const listeners = new Set<() => void>();

export function joinPage(kind: string, element: Peer): void {
  let set = members.get(kind);
  if (!set) members.set(kind, (set = new Set()));
  set.add(element);
  notify();
}

export function leavePage(kind: string, element: Peer): void {
  if (members.get(kind)?.delete(element)) notify();
}

/** The connected elements of `kind` in the same document or shadow root as `near`, first connected first. */
export function peersOf<T extends Peer = Peer>(kind: string, near: Node): T[] {
  const root = near.getRootNode();
  return [...(members.get(kind) ?? [])].filter((element) => element.getRootNode() === root) as T[];
}

/** Calls `listener` whenever an element joins or leaves; returns what stops it. */
export function onPeersChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const listener of [...listeners]) listener();
}

/**
 * An element's place among its peers as a controller: it joins as `kind` while connected (if it
 * has a kind others look for) and, if it `follows`, re-renders whenever a peer comes or goes.
 */
export class PagePresence implements ReactiveController {
  private stopFollowing: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { kind?: string; follows?: boolean },
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.options.kind) joinPage(this.options.kind, this.host);
    if (this.options.follows) this.stopFollowing = onPeersChange(() => this.host.requestUpdate());
  }

  hostDisconnected() {
    if (this.options.kind) leavePage(this.options.kind, this.host);
    this.stopFollowing?.();
    this.stopFollowing = undefined;
  }
}
