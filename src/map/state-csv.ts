// "Download CSV": the map's rows as a spreadsheet, built in the browser, as they stand on the map's
// date, with headers in the visitor's language and the category as its token (not-party, party,
// signed, ratified) so that partners can sort and join it. A partner's file is data: no cell may
// start a formula.

import type { Speech } from '../shared/i18n/speech.js';
import type { IsoDate } from '../shared/status-file.js';
import { recordOn, type MapEntry } from './map-model.js';


/** Spreadsheets run cells that start with = + - @ as formulas; a leading ' keeps them text. */
function cell(value: unknown): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function statesCsv(entries: readonly MapEntry[], asOf: IsoDate | undefined, speech: Speech): string {
  // The columns the table also has take the table's headers.
  const { csv, table } = speech.strings.map;
  const headers = [csv.iso2, table.state, table.category, csv.icescrSignature, csv.icescrConsent, csv.icescrConsentKind, table.signature, table.consent, csv.opConsentKind, csv.opArt10, csv.opArt11];
  const rows = entries.map((entry) => {
    const { icescr, op } = recordOn(entry.record, asOf);
    return [
      entry.iso2,
      entry.name,
      entry.category,
      icescr.signature,
      icescr.consent,
      icescr.consentKind,
      op.signature,
      op.consent,
      op.consentKind,
      op.art10,
      op.art11,
    ]
      .map(cell)
      .join(',');
  });
  // A byte order mark, so that spreadsheet programs read the names as UTF-8.
  return `\ufeff${[headers.map(cell).join(','), ...rows].join('\r\n')}\r\n`;
}

/** Saves the CSV as a file named after its date. */
export function downloadCsv(entries: readonly MapEntry[], asOf: IsoDate | undefined, fileAsOf: IsoDate, speech: Speech) {
  const blob = new Blob([statesCsv(entries, asOf, speech)], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `opicescr-status-${asOf ?? fileAsOf}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
