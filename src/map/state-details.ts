// The details of one state: its name in the visitor's language, its category, its signature and
// consent dates for both treaties with the kind of consent, the OP's article 10 and 11
// declarations, a link to the UN Treaty Collection and, until it has ratified, a way to reach
// the coalition. Shown on hover, focus and tap; a chosen state's panel stays open until closed.

import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type Strings } from '../shared/i18n/index.js';
import type { IsoDate, TreatyRecord } from '../shared/status-file.js';
import { recordOn, type MapEntry } from './map-model.js';

export interface DetailsOptions {
  entry: MapEntry;
  strings: Strings;
  locale: string;
  asOf: IsoDate | undefined;
  /** True when the visitor chose the state (click, tap, Enter): the panel gets a close button. */
  pinned: boolean;
  sourceUrl?: string;
  /** How to reach the coalition: a contact element on the page, or a mailto: URL. */
  contact?: { onClick?: () => void; href?: string };
  /** Which side of the map the panel sits on: away from the state it describes. */
  side: 'left' | 'right';
  onClose: () => void;
  /** More controls at the foot of the panel (the pinned panel's "Copy link"). */
  actions?: TemplateResult;
}

export function renderDetails({ entry, strings, locale, asOf, pinned, sourceUrl, contact, side, onClose, actions }: DetailsOptions) {
  const { icescr, op } = recordOn(entry.record, asOf);
  const text = strings.map;
  const acts = (treaty: TreatyRecord) => {
    const parts = [];
    if (treaty.signature) parts.push(`${text.signed} ${formatDate(treaty.signature, locale)}`);
    if (treaty.consent) {
      const kind = strings.consentKinds[treaty.consentKind ?? 'ratification'];
      parts.push(`${kind[0].toUpperCase()}${kind.slice(1)} ${formatDate(treaty.consent, locale)}`);
    }
    return parts.length ? parts.join(' · ') : treaty === op ? text.notSigned : text.noConsent;
  };
  const answer = (flag?: boolean) => (flag ? text.yes : text.no);
  return html`<section class="details ${side}" part="details" aria-labelledby="details-name">
    <header>
      <h3 id="details-name">${entry.name}</h3>
      ${pinned ? html`<button type="button" class="close" part="close" @click=${onClose} aria-label=${text.close}>×</button>` : nothing}
    </header>
    <p class="details-category">
      <span class="swatch ${entry.category}" aria-hidden="true"></span>${strings.categories[entry.category]}
    </p>
    <dl>
      <dt>${text.covenant}</dt>
      <dd>${acts(icescr)}</dd>
      <dt>${text.protocol}</dt>
      <dd>${acts(op)}</dd>
      ${op.consent && op.art10 !== undefined
        ? html`<dt>${text.art10}</dt>
            <dd>${answer(op.art10)}</dd>
            <dt>${text.art11}</dt>
            <dd>${answer(op.art11)}</dd>`
        : nothing}
    </dl>
    ${sourceUrl ? html`<p><a href=${sourceUrl} rel="noopener" target="_blank">${text.untcEntry(entry.name)}</a></p>` : nothing}
    ${contact && entry.category !== 'ratified'
      ? html`<p class="campaign">
          ${contact.onClick
            ? html`<button type="button" class="link" @click=${contact.onClick}>${text.campaign(entry.name)}</button>`
            : html`<a href=${contact.href!}>${text.campaign(entry.name)}</a>`}
        </p>`
      : nothing}
    ${actions ?? nothing}
  </section>`;
}

/** A state's name and category: the accessible name of its shape or marker. */
export function labelOf(entry: MapEntry, strings: Strings): string {
  return `${entry.name}: ${strings.categories[entry.category]}`;
}

/** Describes a state in one line with its latest date, for the live region. */
export function describeState(entry: MapEntry, strings: Strings, locale: string, asOf?: IsoDate): string {
  const { op } = recordOn(entry.record, asOf);
  const date = op.consent ?? op.signature;
  return `${labelOf(entry, strings)}${date && (entry.category === 'ratified' || entry.category === 'signed') ? ` (${formatDate(date, locale)})` : ''}`;
}
