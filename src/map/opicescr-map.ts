// <opicescr-map>: "Has your country ratified the OP-ICESCR?" (placeholder until the map lands).

import { html } from 'lit';
import { OpicescrElement } from '../shared/opicescr-element.js';
import { CATEGORIES, countByCategory } from '../shared/categories.js';
import type { StatusData } from '../shared/status-file.js';

export class OpicescrMap extends OpicescrElement {
  protected renderReady(data: StatusData) {
    const counts = countByCategory(data.states);
    return html`<ul>
        ${CATEGORIES.map((category) => html`<li>${this.strings.categories[category]}: ${counts[category]}</li>`)}
      </ul>
      ${this.renderAsOf(data)}`;
  }
}
