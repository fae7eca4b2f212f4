// The legend: one toggle button per category, in order, with its swatch (colour and pattern, so
// colour is never the only cue) and its count. Choosing one filters the map and table to it.

import { html, nothing } from 'lit';
import { CATEGORIES, type Category } from '../shared/categories.js';
import type { Speech } from '../shared/i18n/speech.js';

export interface LegendOptions {
  title: string;
  /** Undefined while loading: the counts show a dash, not a zero that would read as a fact. */
  counts: Record<Category, number> | undefined;
  filter: Category | undefined;
  speech: Speech;
  onToggle: (category: Category) => void;
}

export function renderLegend({ title, counts, filter, speech, onToggle }: LegendOptions) {
  const labels = speech.strings.categories;
  return html`<div class="legend" part="legend" role="group" aria-label=${title}>
    <p class="legend-title">${title}</p>
    <ul>
      ${CATEGORIES.map(
        (category) => html`<li>
          <button
            type="button"
            class="legend-entry ${filter && filter !== category ? 'off' : ''}"
            aria-pressed=${filter === category ? 'true' : 'false'}
            data-category=${category}
            @click=${() => onToggle(category)}
          >
            <span class="swatch ${category}" aria-hidden="true"></span>
            <span class="legend-label">${labels[category]}</span>
            <span class="count" aria-hidden=${counts ? nothing : 'true'}>${counts ? speech.number(counts[category]) : '–'}</span>
          </button>
        </li>`,
      )}
      <li class="legend-note">
        <span class="swatch none" aria-hidden="true"></span>
        <span class="legend-label">${labels.none}</span>
      </li>
    </ul>
  </div>`;
}
