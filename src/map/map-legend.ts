// The legend: one toggle button per category, in order, with its swatch (colour and pattern, so
// colour is never the only cue) and its count. Choosing one filters the map and table to it.

import { html, nothing } from 'lit';
import { CATEGORIES, countByCategory, type Category } from '../shared/categories.js';
import type { Speech } from '../shared/i18n/speech.js';
import type { IsoDate } from '../shared/status-file.js';
import type { MapEntry } from './map-model.js';
import type { Region } from './world-geometry.js';

export interface LegendOptions {
  /** The states in view; undefined while loading: the counts show a dash, not a zero that would read as a fact. */
  inView: readonly MapEntry[] | undefined;
  day: IsoDate | undefined;
  region: Region;
  filter: Category | undefined;
  speech: Speech;
  onToggle: (category: Category) => void;
}

export function renderLegend({ inView, day, region, filter, speech, onToggle }: LegendOptions) {
  const labels = speech.strings.categories;
  const text = speech.strings.map;
  let title = day ? speech.text(text.legendOn, { date: speech.date(day) }) : text.legendTitle;
  if (region !== 'world') title = `${title} · ${text.inRegion[region]}`;
  const counts = inView && countByCategory(inView.map((entry) => entry.record), day);
  return html`<div class="legend words" part="legend" role="group" aria-label=${title}>
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
