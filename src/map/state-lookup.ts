// "Has your country ratified?": an accessible combobox (WAI-ARIA APG, list autocomplete) over
// the states' names in the visitor's language. Typing filters with the language's own rules (case,
// accents, Arabic vowel signs and Russian Ё aside; src/shared/i18n/speech.ts), and also finds the
// file's English name and the ISO code; arrows move through the options, Enter chooses, Escape
// closes and then clears. Options are created only while the list is open.

import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Speech } from '../shared/i18n/speech.js';
import type { MapEntry } from './map-model.js';

/** Whether `text` starts with `wanted` (both folded), as the language's collator compares letters. */
function startsWith(text: string, wanted: string, collator: Intl.Collator) {
  return text.length >= wanted.length && collator.compare(text.slice(0, wanted.length), wanted) === 0;
}

/** Matches, best first: names that start with the query, then a word that does, then anywhere. */
export function matchStates(entries: readonly MapEntry[], query: string, speech: Speech): MapEntry[] {
  const wanted = speech.fold(query.trim());
  if (!wanted) return [...entries];
  const collator = speech.collator;
  const ranked: Array<[number, MapEntry]> = [];
  for (const entry of entries) {
    const names = [speech.fold(entry.name), speech.fold(entry.record.name)];
    let rank = Infinity;
    for (const name of names) {
      if (startsWith(name, wanted, collator)) rank = Math.min(rank, 0);
      else if (name.split(/[\s(,'’\-،、]+/).some((word) => startsWith(word, wanted, collator))) rank = Math.min(rank, 1);
      else if (name.includes(wanted)) rank = Math.min(rank, 2);
    }
    if (entry.iso2.toLowerCase() === wanted) rank = Math.min(rank, 0);
    if (rank < Infinity) ranked.push([rank, entry]);
  }
  // Array.prototype.sort is stable: equal ranks keep alphabetical order.
  return ranked.sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
}

export class StateLookup {
  query = '';
  open = false;
  /** Index of the active option among the current matches; -1 for none. */
  active = -1;
  private matches: MapEntry[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly idPrefix: string,
    private readonly onChoose: (iso2: string) => void,
  ) {}

  /** Shows a chosen state's name in the box, as if the visitor had picked it. */
  show(name: string) {
    this.query = name;
    this.close();
  }

  /** `entries` is asked for only while the list is open, in the order options should have. */
  render(entries: () => readonly MapEntry[], speech: Speech) {
    const strings = speech.strings;
    this.matches = this.open ? matchStates(entries(), this.query, speech) : [];
    if (this.active >= this.matches.length) this.active = this.matches.length - 1;
    const listId = `${this.idPrefix}-options`;
    const activeId = this.active >= 0 ? `${this.idPrefix}-option-${this.matches[this.active].iso2}` : '';
    return html`<div class="lookup" part="lookup">
      <label for="${this.idPrefix}-input">${strings.map.lookupLabel}</label>
      <div class="combobox">
        <input
          id="${this.idPrefix}-input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${activeId || nothing}
          placeholder=${strings.map.lookupPlaceholder}
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${this.onBlur}
          @click=${this.onClick}
        />
        <ul id=${listId} role="listbox" class="options" aria-label=${strings.map.lookupLabel} ?hidden=${!this.open}>
          ${this.open
            ? this.matches.length
              ? this.matches.map(
                  (entry, index) =>
                    html`<li
                      id="${this.idPrefix}-option-${entry.iso2}"
                      role="option"
                      aria-selected=${index === this.active ? 'true' : 'false'}
                      @pointerdown=${this.keepFocus}
                      @click=${() => this.choose(entry)}
                    >
                      <span class="swatch ${entry.category}" aria-hidden="true"></span>${entry.name}
                    </li>`,
                )
              : html`<li class="no-match" role="presentation">${strings.map.noMatch}</li>`
            : nothing}
        </ul>
      </div>
    </div>`;
  }

  private update() {
    this.host.requestUpdate();
  }

  private close() {
    this.open = false;
    this.active = -1;
    this.update();
  }

  private choose(entry: MapEntry) {
    this.show(entry.name);
    this.onChoose(entry.iso2);
  }

  private onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = this.query.trim() ? 0 : -1;
    this.update();
  };

  private onClick = () => {
    if (!this.open) {
      this.open = true;
      this.update();
    }
  };

  private onKeydown = (event: KeyboardEvent) => {
    const count = this.matches.length;
    switch (event.key) {
      case 'ArrowDown':
        this.active = this.open ? (this.active + 1) % Math.max(count, 1) : 0;
        this.open = true;
        break;
      case 'ArrowUp':
        this.active = this.open ? (this.active <= 0 ? count - 1 : this.active - 1) : -1;
        this.open = true;
        break;
      case 'Enter': {
        const entry = this.matches[this.active] ?? (count === 1 ? this.matches[0] : undefined);
        if (!this.open || !entry) return;
        this.choose(entry);
        break;
      }
      case 'Escape':
        if (this.open) this.open = false;
        else if (this.query) this.query = '';
        else return;
        this.active = -1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.update();
    if (this.active >= 0) {
      // Keep the active option in sight inside the scrolling list.
      void this.host.updateComplete.then(() =>
        this.host.shadowRoot?.getElementById(`${this.idPrefix}-option-${this.matches[this.active]?.iso2}`)?.scrollIntoView({ block: 'nearest' }),
      );
    }
  };

  private onBlur = () => {
    if (this.open) this.close();
  };

  private keepFocus = (event: Event) => event.preventDefault();
}
