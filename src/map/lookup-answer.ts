// The lookup's one-sentence answer to "Has your country ratified?", as the state stood on the
// map's date: yes (by ratification, accession or succession, with the date), not yet (signed,
// with the date), or no (party to the Covenant only, or not even that).

import type { Speech } from '../shared/i18n/speech.js';
import type { IsoDate } from '../shared/status-file.js';
import { recordOn, type MapEntry } from './map-model.js';

export function answerFor(entry: MapEntry, day: IsoDate | undefined, speech: Speech): string {
  const answers = speech.strings.map.answer;
  const { op } = recordOn(entry.record, day);
  const name = entry.name;
  if (entry.category === 'ratified') return speech.text(answers[op.consentKind ?? 'ratification'], { name, date: speech.date(op.consent!) });
  if (entry.category === 'signed') return speech.text(answers.signed, { name, date: speech.date(op.signature!) });
  return speech.text(answers[entry.category], { name });
}
