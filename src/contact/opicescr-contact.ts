// <opicescr-contact>: whom to write to about the OP-ICESCR. The contact addresses (with the
// languages in which each is read), the Steering Committee and the coordinating organisation, all
// from the status file. A partner's file is data, not code: only valid addresses become mailto:
// links and only http(s) URLs become links; everything else is shown as text. The host is
// focusable so that a map's "Contact the coalition" button can bring the visitor here.

import { css, html, nothing } from 'lit';
import { languageList } from '../shared/i18n/index.js';
import { OpicescrElement } from '../shared/opicescr-element.js';
import { mailtoUrl, safeHttpUrl } from '../shared/safe-url.js';
import type { Organisation, StatusData } from '../shared/status-file.js';

/**
 * @element opicescr-contact
 * @attr src - status file URL (default: beside the script)
 * @attr lang - en, es or fr (default: nearest lang in the page)
 * @attr theme - auto, light or dark
 * @attr max-age - days before the data is shown as possibly out of date (365)
 * @fires opicescr-ready - the data has rendered
 * @fires opicescr-error - { code, message, status? }: the data could not be loaded
 * @csspart root, message, retry
 */
export class OpicescrContact extends OpicescrElement {
  // A static getter rather than a static field: esbuild would emit its class-field helper again in
  // this module (see opicescr-timeline.ts on the script's byte budget).
  static override get styles() {
    return [
      ...super.styles,
      css`
        :host(:focus-visible) {
          outline: 3px solid var(--opicescr-focus, #b3400b);
          outline-offset: 2px;
        }
        .root {
          display: grid;
          gap: 0.6em;
          padding: 0.75em;
        }
        h3 {
          margin: 0.4em 0 0;
        }
        ul {
          display: grid;
          grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
          gap: 0.75em 1.5em;
          margin: 0;
          padding: 0;
          list-style: none;
        }
        .contacts {
          grid-template-columns: 1fr;
        }
        .contacts li {
          padding: 0.6em 0.8em;
          border-radius: 4px;
          background: var(--_surface);
        }
        address {
          font-style: normal;
        }
        b,
        span,
        a {
          display: block;
        }
        span {
          color: var(--_muted);
        }
        p {
          margin: 0.2em 0 0;
        }
      `,
    ];
  }

  override connectedCallback() {
    super.connectedCallback();
    // Focusable by script (the map's contact button), not a tab stop of its own.
    if (!this.hasAttribute('tabindex')) this.tabIndex = -1;
  }

  protected renderReady({ coalition: { coordinator, members, contacts } }: StatusData) {
    const text = this.strings.contact;
    return html`${this.renderList(
        text.write,
        contacts.map((contact) => html`<address>${this.renderParty(contact, contact.languages)}</address>`),
        'contacts',
      )}
      ${this.renderList(text.committee, members.map((member) => this.renderParty(member)))}
      ${coordinator ? html`<h3>${text.coordinator}</h3><address>${this.renderParty(coordinator)}</address>` : nothing}`;
  }

  private renderList(title: string, items: unknown[], className = '') {
    return items.length ? html`<h3>${title}</h3><ul class=${className}>${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing;
  }

  /** An organisation, a person or an address: whatever the entry has, links only where they are safe. */
  private renderParty({ organisation, representative, url, email, note }: Partial<Organisation>, languages: string[] = []) {
    const link = safeHttpUrl(url);
    const mailto = mailtoUrl(email);
    return html`${organisation ? html`<b>${link ? html`<a href=${link} rel="noopener" target="_blank">${organisation}</a>` : organisation}</b>` : nothing}
      ${representative ? html`<span>${representative}</span>` : nothing}
      ${mailto ? html`<a href=${mailto}>${email!.trim()}</a>` : email ? html`<span>${email}</span>` : nothing}
      ${languages.length ? html`<span>${this.strings.contact.monitored(languageList(languages, this.language))}</span>` : nothing}
      ${note ? html`<p>${note[this.language] ?? note.en}</p>` : nothing}`;
  }
}
