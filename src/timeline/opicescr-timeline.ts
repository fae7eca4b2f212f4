// <opicescr-timeline>: the campaign's milestones and the treaty's events (placeholder).

import { html } from 'lit';
import { OpicescrElement } from '../shared/opicescr-element.js';
import type { StatusData } from '../shared/status-file.js';

export class OpicescrTimeline extends OpicescrElement {
  protected renderReady(data: StatusData) {
    return html`<ol>
      ${data.milestones.map((milestone) => html`<li><time datetime=${milestone.date}>${milestone.date}</time> ${milestone.text[this.language] ?? milestone.text.en}</li>`)}
    </ol>`;
  }
}
