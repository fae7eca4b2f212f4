// The map's details panel for the state shown (src/map/map-selection.ts): its name in the visitor's
// language, its category, its signature and consent dates for both treaties, the OP's article 10
// and 11 declarations, a link to the UN Treaty Collection and, until it has ratified, the next
// steps: how to campaign (the page's resources element) and whom to write to (the page's contact
// element, or the coalition's address). A chosen state's panel stays open, with a close button and
// "Copy link"; a territory's says it has no treaty status of its own. The panel sits on the side of
// the map away from what it describes.

import { html, nothing } from 'lit';
import type { Speech } from '../shared/i18n/speech.js';
import type { IsoDate, TreatyRecord } from '../shared/status-file.js';
import { recordOn, type MapEntry } from './map-model.js';
import type { MapShape } from './world-geometry.js';

/** A way to somewhere: a peer element on the page (a button) or a URL (a link). */
export type Destination = { onClick: () => void } | { href: string };

export interface PanelOptions {
  /** The state of the data shown, or else the territory of the geometry shown. */
  entry: MapEntry | undefined;
  territory: MapShape | undefined;
  /** Nothing is shown: the panel of the state shown last stays in the page, `hidden`. */
  resting: boolean;
  /** True when the visitor chose the state (click, tap, Enter): the panel gets a close button. */
  pinned: boolean;
  speech: Speech;
  asOf: IsoDate | undefined;
  sourceUrl: string | undefined;
  /** How to reach the coalition, and where the resources on campaigning are, if anywhere. */
  contact: Destination | undefined;
  resources: Destination | undefined;
  /** Which side of the map the panel sits on, away from a point (the state's, or its marker's). */
  sideOf: (iso2: string, point: [number, number] | undefined) => 'left' | 'right';
  copied: boolean;
  onCopy: () => void;
  onClose: () => void;
}

export function renderPanel(options: PanelOptions) {
  const { entry, territory, speech, asOf, pinned, sourceUrl, contact, resources, onClose } = options;
  if (territory) {
    return html`<section class="details ${options.sideOf(territory.iso2, territory.anchor)}" part="details">
      <h3>${speech.platformName(territory.iso2) ?? territory.name ?? territory.iso2}</h3>
      <p><span class="swatch none" aria-hidden="true"></span>${speech.strings.map.territory}</p>
    </section>`;
  }
  if (!entry) return nothing;
  const side = options.sideOf(entry.iso2, entry.shape?.anchor);
  const { icescr, op } = recordOn(entry.record, asOf);
  const text = speech.strings.map;
  const acts = (treaty: TreatyRecord) => {
    const parts = [];
    if (treaty.signature) parts.push(speech.text(text.acts.signature, { date: speech.date(treaty.signature) }));
    if (treaty.consent) parts.push(speech.text(text.acts[treaty.consentKind ?? 'ratification'], { date: speech.date(treaty.consent) }));
    return parts.length ? parts.join(' · ') : treaty === op ? text.notSigned : text.noConsent;
  };
  const answer = (flag?: boolean) => (flag ? text.yes : text.no);
  const campaigning = entry.category !== 'ratified';
  return html`<section class="details ${side}" ?hidden=${options.resting} part="details" aria-labelledby="details-name">
    <header>
      <h3 id="details-name">${entry.name}</h3>
      ${pinned ? html`<button type="button" class="close" part="close" @click=${onClose} aria-label=${text.close}>×</button>` : nothing}
    </header>
    <p class="details-category">
      <span class="swatch ${entry.category}" aria-hidden="true"></span>${speech.strings.categories[entry.category]}
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
    ${sourceUrl ? html`<p><a href=${sourceUrl} rel="noopener" target="_blank">${speech.text(text.untcEntry, { name: entry.name })}</a></p>` : nothing}
    ${campaigning && resources ? renderDestination(resources, text.howToCampaign) : nothing}
    ${campaigning && contact ? renderDestination(contact, speech.text(text.campaign, { name: entry.name })) : nothing}
    ${pinned
      ? html`<p><button type="button" class="link" @click=${options.onCopy}>${options.copied ? text.linkCopied : text.copyLink}</button></p>`
      : nothing}
  </section>`;
}

function renderDestination(destination: Destination, label: string) {
  return html`<p class="campaign">
    ${'onClick' in destination
      ? html`<button type="button" class="link" @click=${destination.onClick}>${label}</button>`
      : html`<a href=${destination.href}>${label}</a>`}
  </p>`;
}

/** A state's name and category: the accessible name of its shape or marker. */
export function stateLabel(entry: MapEntry, speech: Speech): string {
  return speech.text(speech.strings.map.stateLabel, { name: entry.name, status: speech.strings.categories[entry.category] });
}

/** Describes a state in one line with its latest date, for the live region. */
export function describeState(entry: MapEntry, speech: Speech, asOf?: IsoDate): string {
  const { op } = recordOn(entry.record, asOf);
  const date = op.consent ?? op.signature;
  if (!date || (entry.category !== 'ratified' && entry.category !== 'signed')) return stateLabel(entry, speech);
  const values = { name: entry.name, status: speech.strings.categories[entry.category], date: speech.date(date) };
  return speech.text(speech.strings.map.stateLabelDated, values);
}
