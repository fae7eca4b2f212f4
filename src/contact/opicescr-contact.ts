// <opicescr-contact>: the steering committee and whom to write to (placeholder).

import { html } from 'lit';
import { OpicescrElement } from '../shared/opicescr-element.js';
import type { StatusData } from '../shared/status-file.js';

export class OpicescrContact extends OpicescrElement {
  protected renderReady(data: StatusData) {
    return html`<ul>
      ${data.coalition.members.map((member) => html`<li>${member.organisation}</li>`)}
    </ul>`;
  }
}
