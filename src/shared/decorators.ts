// Lit's `@property()` and `@state()` for the one decorator mode this project compiles (TypeScript's
// experimentalDecorators, see tsconfig.json): each declares a reactive property on the class
// through Lit's documented `createProperty`, as Lit's own decorators do in that mode. Lit's module
// also handles the standard decorators proposal, which this build never emits: 0.3 KB gzip of the
// script's 30 KB budget for nothing.

import type { PropertyDeclaration, ReactiveElement } from 'lit';

/** A reactive property, reflected from its attribute (see Lit's `@property`). */
export const property =
  (options?: PropertyDeclaration) =>
  (prototype: object, name: PropertyKey): void =>
    (prototype.constructor as typeof ReactiveElement).createProperty(name, options);

/** Internal reactive state, with no attribute (see Lit's `@state`). */
export const state = () => property({ state: true });
