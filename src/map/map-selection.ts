// Which state the map is about at the moment, and so whose details show: the one under the
// pointer, else the one the visitor chose (its panel stays open until closed), else the one that
// has keyboard focus (unless Escape hid its panel). It also holds the map's single tab stop
// (roving tabindex): the chosen or last focused state.

import type { ReactiveControllerHost } from 'lit';
import type { Category } from '../shared/categories.js';

/** The detail of `opicescr-select`, fired when a state is chosen. */
export interface SelectDetail {
  iso2: string;
  category: Category;
  name: string;
}

export class MapSelection {
  /** Under the pointer. */
  hovered: string | undefined;
  /** Chosen by click, tap, Enter, the lookup, `highlight` or a link: its panel stays open. */
  selected: string | undefined;
  /** Holds the map's tab stop. */
  active: string | undefined;
  /** Focus is on a state and came from the keyboard: its ring and panel show. */
  keyboardInMap = false;
  /** Escape hid the focused state's panel until focus moves on. */
  panelDismissed = false;
  /**
   * The state shown last. Its panel stays in the page, hidden, so that the next hover changes
   * words and attributes instead of building the panel again.
   */
  resting: string | undefined;

  /** `host` renders again whenever what it is about changes. */
  constructor(private readonly host: ReactiveControllerHost) {}

  /** The state whose details show, if any. */
  get shown(): string | undefined {
    return this.hovered ?? this.selected ?? (this.keyboardInMap && !this.panelDismissed ? this.active : undefined);
  }

  hover(iso2: string | undefined) {
    if (iso2 !== this.hovered) this.change(() => (this.hovered = iso2));
  }

  select(iso2: string) {
    this.change(() => {
      this.selected = iso2;
      this.active = iso2;
      this.panelDismissed = false;
    });
  }

  /** Closes the chosen state's panel; returns the state that was chosen. */
  close(): string | undefined {
    const was = this.selected;
    this.change(() => {
      this.selected = undefined;
      this.panelDismissed = true;
    });
    return was;
  }

  /** Focus came to a state (`keyboard`: shown as focus, with its panel) or left the map (undefined). */
  focus(iso2: string | undefined, keyboard = false) {
    this.change(() => {
      this.keyboardInMap = !!iso2 && keyboard;
      if (iso2 && iso2 !== this.active) {
        this.active = iso2;
        this.panelDismissed = false;
      }
    });
  }

  /** Moves the tab stop without focus (the element then focuses it). */
  moveTo(iso2: string) {
    if (iso2 !== this.active) this.change(() => (this.active = iso2));
  }

  private change(apply: () => void) {
    apply();
    this.resting = this.shown ?? this.resting;
    this.host.requestUpdate();
  }
}
