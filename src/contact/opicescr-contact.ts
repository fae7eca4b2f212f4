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
 * Whom to write to about the OP-ICESCR: the contact addresses with the languages in which each is
 * read, the Steering Committee and the coordinating organisation. Only valid addresses become
 * `mailto:` links and only http(s) URLs become links.
 *
 * @element opicescr-contact
 * @summary The coalition's contact addresses and Steering Committee.
 *
 * @attr src - Status file URL, resolved against the page. Default: the status file published beside the script.
 * @attr lang - Language of the widget, a BCP 47 tag (`es`, `fr`, `en-US`…). Default: the nearest `lang` in the page, else English.
 * @attr theme - `auto` (follows the visitor's system), `light` or `dark`. Default: `auto`.
 * @attr max-age - Days after the file's as-of date before the data is flagged as possibly out of date. Default: `365`.
 *
 * @fires {CustomEvent<undefined>} opicescr-ready - The data has rendered (bubbles, composed).
 * @fires {CustomEvent<ErrorDetail>} opicescr-error - The data could not be loaded or read: `detail` is `{ code, message, status? }` (bubbles, composed).
 *
 * @slot - Fallback content: shown before the script runs, while the data loads, and if the list cannot render.
 *
 * @csspart root - The element's frame; it carries the theme.
 * @csspart message - The loading notice, or why the data could not be loaded.
 * @csspart error - The same message as `message`, when it reports a failure. Only after a failure.
 * @csspart retry - The "Try again" button. Only after a failure.
 *
 * @cssprop --opicescr-background - Background of the widget.
 * @cssprop --opicescr-surface - Background of each contact address.
 * @cssprop --opicescr-text - Text colour.
 * @cssprop --opicescr-muted - Colour of secondary text (representatives, languages).
 * @cssprop --opicescr-accent - Colour of links.
 * @cssprop --opicescr-focus - Colour of the focus ring (the element takes focus from a map's "Contact the coalition").
 * @cssprop --opicescr-radius - Corner radius of the widget's frame.
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
