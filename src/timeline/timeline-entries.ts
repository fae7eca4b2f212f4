// The timeline's entries: the campaign's milestones from the status file and the treaty's events
// derived from the state data (each OP signature, each consent with its running count, and the
// entry into force). Derived here, never stored: a ratification added to the data adds its entry.
// DOM-free; language matters only for names and the order of same-day entries.

import { threeMonthsAfter } from '../shared/dates.js';
import type { Speech } from '../shared/i18n/speech.js';
import type { ConsentKind, LocalizedText, StatusData } from '../shared/status-file.js';

/** The `kind` filter's tokens, in the order of the controls. */
export const KINDS = ['milestones', 'signatures', 'ratifications'] as const;
export type Kind = (typeof KINDS)[number];

/** OP-ICESCR article 18(1): in force three months after the tenth instrument of ratification or accession. */
const INSTRUMENTS_FOR_ENTRY_INTO_FORCE = 10;

export interface TimelineEntry {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  type: 'milestone' | 'signature' | 'consent' | 'in-force';
  /** Which `kind` filters show it. */
  kinds: Kind[];
  /** A milestone's text, and its id for translations. */
  text?: LocalizedText;
  id?: string;
  /** The state, in the visitor's language. */
  name?: string;
  consentKind?: ConsentKind;
  /** Consents (ratifications, accessions and successions) so far, this one included. */
  count?: number;
}

const RANK = { milestone: 0, signature: 1, consent: 2, 'in-force': 3 };

/** Every entry, oldest first. */
export function buildTimeline(data: StatusData, speech: Speech): TimelineEntry[] {
  const entries: TimelineEntry[] = data.milestones.map((milestone) => ({
    date: milestone.date,
    type: 'milestone',
    kinds: ['milestones'],
    text: milestone.text,
    id: milestone.id,
  }));
  // The running count follows deposit dates; a same-day tie is broken by ISO code, the same in
  // every language.
  const consents = data.states
    .filter((state) => state.op.consent)
    .sort((a, b) => a.op.consent!.localeCompare(b.op.consent!) || a.iso2.localeCompare(b.iso2));
  for (const state of data.states) {
    const name = speech.stateName(state.iso2, state.name);
    if (state.op.signature) {
      entries.push({ date: state.op.signature, type: 'signature', kinds: ['signatures'], name });
    }
    if (state.op.consent) {
      const count = consents.indexOf(state) + 1;
      entries.push({
        date: state.op.consent,
        type: 'consent',
        kinds: ['ratifications'],
        name,
        consentKind: state.op.consentKind ?? 'ratification',
        count,
      });
      if (count === INSTRUMENTS_FOR_ENTRY_INTO_FORCE) {
        // Both a milestone of the treaty and the consequence of the ratifications.
        entries.push({ date: threeMonthsAfter(state.op.consent), type: 'in-force', kinds: ['milestones', 'ratifications'], name });
      }
    }
  }
  // Year- and month-only milestones ("2013") sort as their first day: they open their period.
  const collator = speech.collator;
  return entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      RANK[a.type] - RANK[b.type] ||
      (a.count ?? 0) - (b.count ?? 0) ||
      collator.compare(a.name ?? '', b.name ?? ''),
  );
}
