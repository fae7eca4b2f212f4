// <opicescr-contact>: whom to write to about the OP-ICESCR. The contact addresses (with the
// languages in which each is read), the Steering Committee and the coordinating organisation, all
// from the status file, each with when and where it was last seen listed ("As listed on April
// 2017 · Source: …"), so a visitor can judge an address's age. A partner's file is data, not code:
// only valid addresses become mailto: links and only http(s) URLs become links; everything else is
// shown as text. The host is focusable so that a map's "Contact the coalition" button can bring
// the visitor here.

import { html, nothing } from 'lit';
import { dataUrl } from '../shared/script-url.js';
import { FileController } from '../shared/file-controller.js';
import { loadStatus } from '../shared/loader.js';
import { OpicescrElement, type Phase } from '../shared/opicescr-element.js';
import { PagePresence } from '../shared/page-peers.js';
import { mailtoUrl, safeHttpUrl } from '../shared/safe-url.js';
import type { Confirmation, Organisation, StatusData } from '../shared/status-file.js';
import { contactStyles } from './contact-styles.js';

/**
 * Whom to write to about the OP-ICESCR: the contact addresses with the languages in which each is
 * read, the Steering Committee and the coordinating organisation. Only valid addresses become
 * `mailto:` links and only http(s) URLs become links.
 *
 * @element opicescr-contact
 * @summary The coalition's contact addresses and Steering Committee.
 *
 * @attr src - Status file URL, resolved against the page. Default: the status file published beside the script.
 * @attr lang - Language of the widget, a BCP 47 tag: `en`, `es`, `fr`, `ar`, `pt`, `ru` or `zh`, with any region (`en-US`, `pt-BR`, `zh-Hant`). Default: the nearest `lang` in the page, else English.
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
  static override styles = [...OpicescrElement.styles, contactStyles];

  private readonly status = new FileController(this, { url: () => dataUrl('status', this.src), load: loadStatus });
  /** A map's "Contact the coalition" button leads here. */
  private readonly presence = new PagePresence(this, { kind: 'contact' });

  override connectedCallback() {
    super.connectedCallback();
    // Focusable by script (the map's contact button), not a tab stop of its own.
    if (!this.hasAttribute('tabindex')) this.tabIndex = -1;
  }


  protected get phase(): Phase<StatusData> {
    return this.status.phase;
  }

  retry() {
    this.status.retry();
  }

  protected renderContent({ coalition: { coordinator, members, contacts } }: StatusData) {
    const text = this.strings.contact;
    return html`${this.renderList(
        text.write,
        contacts,
        (contact) => html`<address>${this.renderParty(contact, contact.languages)}</address>`,
        'contacts',
      )}
      ${this.renderList(text.committee, members, (member) => this.renderParty(member))}
      ${coordinator
        ? html`<h3>${text.coordinator}</h3><address>${this.renderParty(coordinator)}</address>${this.renderListed([coordinator])}`
        : nothing}`;
  }

  private renderList<T extends Confirmation>(title: string, entries: T[], render: (entry: T) => unknown, className = '') {
    return entries.length
      ? html`<h3>${title}</h3><ul class=${className}>${entries.map((entry) => html`<li>${render(entry)}</li>`)}</ul>${this.renderListed(entries)}`
      : nothing;
  }

  /** "As listed on April 2017 · Source: …", once for a section whose entries were all seen together. */
  private renderListed(entries: Confirmation[]) {
    const [{ confirmed, source } = {}] = entries;
    const same = entries.every((entry) => entry.confirmed === confirmed && entry.source?.url === source?.url);
    if (!confirmed || !same) return nothing;
    const url = safeHttpUrl(source?.url);
    const name = source?.title ?? source?.url;
    return html`<p class="as-of">
      ${this.speech.text(this.strings.contact.listedOn, { date: this.speech.date(confirmed) })}${name
        ? html` · ${this.strings.source}: ${url ? html`<a href=${url} rel="noopener" target="_blank">${name}</a>` : name}`
        : nothing}
    </p>`;
  }

  /** An organisation, a person or an address: whatever the entry has, links only where they are safe. */
  private renderParty({ organisation, representative, url, email, note, id }: Partial<Organisation>, languages: string[] = []) {
    const link = safeHttpUrl(url);
    const mailto = mailtoUrl(email);
    return html`${organisation ? html`<b>${link ? html`<a href=${link} rel="noopener" target="_blank">${organisation}</a>` : organisation}</b>` : nothing}
      ${representative ? html`<span>${representative}</span>` : nothing}
      ${mailto ? html`<a href=${mailto}>${email!.trim()}</a>` : email ? html`<span>${email}</span>` : nothing}
      ${languages.length ? html`<span>${this.speech.text(this.strings.contact.monitored, { languages: this.speech.languageList(languages) })}</span>` : nothing}
      ${note ? html`<p>${this.speech.dataText(note, 'notes', id)}</p>` : nothing}`;
  }
}
