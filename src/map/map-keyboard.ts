// The map's keys, on its one tab stop: arrows go to the nearest state in that direction (on the
// map, not in reading order: ArrowRight goes east in every language), Home and End to the first
// and last state by name, letters jump by name (type-ahead), Enter or Space open the focused
// state, Escape closes its panel. Only states that are drawn, in the region and in the legend's
// filter can be reached.

import type { Speech } from '../shared/i18n/speech.js';
import type { MapEntry } from './map-model.js';
import type { MapSelection } from './map-selection.js';
import { nextInDirection, type Direction } from './spatial-nav.js';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
/** Letters typed within this many milliseconds refine one search. */
const TYPE_AHEAD_MS = 1000;

export interface KeyboardMap {
  selection: MapSelection;
  speech(): Speech;
  /** The states keys can reach, by name if asked (arrows need no order, nor a collator's start-up). */
  reachable(byName: boolean): MapEntry[];
  /** The state holding the tab stop. */
  tabStop(): string | undefined;
  /** Where a state is on the map (its marker if it has one), in SVG units. */
  anchorOf(entry: MapEntry): [number, number];
  worldWidth(): number;
  open(iso2: string): void;
  /** Moves focus to a state and announces it. */
  moveFocus(iso2: string): void;
}

export class MapKeyboard {
  private typed = '';
  private typedAt = 0;

  constructor(private readonly map: KeyboardMap) {}

  onKeydown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { selection } = this.map;
    const current = this.map.tabStop();
    const direction = ARROWS[event.key];
    const reachable = this.map.reachable(!direction);
    let next: string | undefined;
    if (direction) {
      const from = reachable.find((entry) => entry.iso2 === current);
      const points = reachable.map((entry) => ({ iso2: entry.iso2, anchor: this.map.anchorOf(entry) }));
      next = from ? nextInDirection({ iso2: from.iso2, anchor: this.map.anchorOf(from) }, points, direction, this.map.worldWidth()) : current;
    } else if (event.key === 'Home' || event.key === 'End') {
      next = (event.key === 'Home' ? reachable[0] : reachable[reachable.length - 1])?.iso2;
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (current) this.map.open(current);
    } else if (event.key === 'Escape') {
      if (!selection.selected && (selection.panelDismissed || !selection.keyboardInMap)) return;
      selection.close();
    } else if (event.key.length === 1 && /\p{L}/u.test(event.key)) {
      next = this.typeAhead(event.key, reachable, current);
    } else {
      return;
    }
    event.preventDefault();
    if (next && next !== current) this.map.moveFocus(next);
  };

  /** Letters jump to the next state whose name starts with what was typed (within a second). */
  private typeAhead(letter: string, reachable: MapEntry[], current: string | undefined) {
    const now = performance.now();
    this.typed = now - this.typedAt < TYPE_AHEAD_MS ? this.typed + letter : letter;
    this.typedAt = now;
    const speech = this.map.speech();
    const wanted = speech.fold(this.typed);
    // A first letter moves on from the current state; more letters refine from where we are.
    const position = reachable.findIndex((entry) => entry.iso2 === current);
    const start = this.typed.length > 1 ? Math.max(position, 0) : position + 1;
    const rotated = [...reachable.slice(start), ...reachable.slice(0, start)];
    return rotated.find((entry) => speech.fold(entry.name).startsWith(wanted))?.iso2;
  }
}
