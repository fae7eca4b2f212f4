// Pointer and focus on the map's drawing: hovering a state shows its details (not on touch, where
// a tap is a click), a click or tap chooses it, a click on the sea closes the chosen state's panel,
// and keyboard focus on a state shows its ring and panel, which stays while focus moves into it (its
// links). One set of listeners on the SVG serves every state and marker; focus is followed on the
// frame around the SVG and the panel.

import type { MapSelection } from './map-selection.js';

/** The state an event happened on: the element that carries its data-iso, or its drawn shape. */
function stateAt(target: EventTarget | null): string | undefined {
  const element = (target as Element | null)?.closest?.('[data-iso], [data-shape-of]');
  return element?.getAttribute('data-iso') ?? element?.getAttribute('data-shape-of') ?? undefined;
}

export class MapPointer {
  constructor(
    private readonly selection: MapSelection,
    /** Chooses a state of the data (territories have no details to pin). */
    private readonly choose: (iso2: string) => void,
  ) {}

  onPointerMove = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') this.selection.hover(stateAt(event.target));
  };

  onPointerLeave = () => this.selection.hover(undefined);

  onClick = (event: MouseEvent) => {
    const iso2 = stateAt(event.target);
    if (iso2) this.choose(iso2);
    else this.selection.close();
  };

  onFocusIn = (event: FocusEvent) => {
    const iso2 = stateAt(event.target);
    // Only keyboard focus on a state shows its ring and panel; a click has its own ring. Focus in
    // the panel keeps the state it belongs to.
    if (iso2) this.selection.focus(iso2, (event.target as Element).matches(':focus-visible'));
  };

  onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Node).contains(next)) this.selection.focus(undefined);
  };
}
