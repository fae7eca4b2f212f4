// The map's details panel for whatever state is shown (src/map/map-selection.ts): a state's full
// details (src/map/state-details.ts) with, once chosen, a close button and "Copy link"; or, for a
// territory with no treaty status of its own, its name and that fact. It sits on the side of the
// map away from the state it describes.

import { html, nothing } from 'lit';
import type { Speech } from '../shared/i18n/speech.js';
import type { IsoDate } from '../shared/status-file.js';
import type { MapEntry } from './map-model.js';
import { renderDetails, type Destination } from './state-details.js';
import type { MapShape } from './world-geometry.js';

export interface PanelOptions {
  /** The state of the data shown, or else the territory of the geometry shown. */
  entry: MapEntry | undefined;
  territory: MapShape | undefined;
  pinned: boolean;
  speech: Speech;
  day: IsoDate | undefined;
  sourceUrl: string | undefined;
  contact: Destination | undefined;
  resources: Destination | undefined;
  /** Which side of the map a point is on. */
  sideOf: (point: [number, number] | undefined) => 'left' | 'right';
  /** Where the state's marker was placed, if it has one. */
  markerPosition: (iso2: string) => [number, number] | undefined;
  copied: boolean;
  onCopy: () => void;
  onClose: () => void;
}

export function renderPanel(options: PanelOptions) {
  const { entry, territory, speech, pinned } = options;
  if (territory) {
    return html`<section class="details ${options.sideOf(territory.anchor)}" part="details">
      <h3>${speech.platformName(territory.iso2) ?? territory.name ?? territory.iso2}</h3>
      <p><span class="swatch none" aria-hidden="true"></span>${speech.strings.map.territory}</p>
    </section>`;
  }
  if (!entry) return nothing;
  const text = speech.strings.map;
  return renderDetails({
    entry,
    speech,
    asOf: options.day,
    pinned,
    sourceUrl: options.sourceUrl,
    contact: options.contact,
    resources: options.resources,
    side: options.sideOf(options.markerPosition(entry.iso2) ?? entry.shape?.anchor),
    onClose: options.onClose,
    actions: pinned
      ? html`<p><button type="button" class="link" @click=${options.onCopy}>${options.copied ? text.linkCopied : text.copyLink}</button></p>`
      : undefined,
  });
}
