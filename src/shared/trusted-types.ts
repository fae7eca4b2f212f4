// Trusted Types, on pages that enforce them (`require-trusted-types-for 'script'`). Lit writes its
// templates through a policy named "lit-html", created while Lit's module is evaluated; a page
// whose `trusted-types` directive does not list that name refuses it, and createPolicy throws.
// The build routes that one call through createPolicy() below (scripts/rollup/guard-lit-policy.mjs),
// so the refusal is recorded instead of thrown. Without its policy Lit cannot render at all, so
// src/register.ts then defines no element: each keeps its fallback content, reports the error
// where a host page listens for it, and one console message names the policy to allow.

import { REGISTRY_KEY } from './define.js';
import { ELEMENT_KINDS } from './element-kinds.js';
import { emit } from './events.js';

/** The policy names the widgets create; a page's `trusted-types` directive must list them. */
export const POLICY_NAMES = ['lit-html'];

interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

/** The name of the policy the page refused to this copy of the script. */
let refused: string | undefined;

/** Lit's call, guarded: the policy, or undefined (and the refusal recorded) when the page refuses it. */
export function createPolicy(factory: PolicyFactory, name: string, rules: object): unknown {
  // A second copy of the script defines nothing (define.ts), so its Lit never renders: it asks for
  // no policy, which the page would refuse as a duplicate and report as a violation.
  if (REGISTRY_KEY in globalThis) return undefined;
  try {
    return factory.createPolicy(name, rules);
  } catch {
    refused = name;
    return undefined;
  }
}

/** The policy this copy of the script was refused, if any. */
export const refusedPolicy = (): string | undefined => refused;

/**
 * Tells the page, once, that the widgets cannot render here: a console error naming the policy
 * to allow, and `opicescr-error` (code TRUSTED_TYPES) with `data-state="error"` on every element
 * and `<div data-opicescr>` mount in the page. Their fallback content is left as it is.
 */
export function reportRefusedPolicy(name: string, root: Document = document): void {
  const message = `opicescr: the page's Trusted Types refused the policy "${name}"; allow it (trusted-types ${POLICY_NAMES.join(' ')}).`;
  console.error(message);
  const tags = Object.values(ELEMENT_KINDS).map((kind) => kind.tag);
  const report = () => {
    for (const element of root.querySelectorAll<HTMLElement>([...tags, 'div[data-opicescr]'].join())) {
      element.dataset.state = 'error';
      emit(element, 'opicescr-error', { code: 'TRUSTED_TYPES', message });
    }
  };
  // A script in <head> without defer runs before the elements are parsed.
  if (root.readyState === 'loading') root.addEventListener('DOMContentLoaded', report, { once: true });
  else report();
}
