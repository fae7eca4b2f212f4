// "Download CSV": the loaded data as a table, built in the browser, as it stands on the map's date.

import type { MapEntry } from './map-model.js';
import { recordOn } from './map-model.js';
import type { IsoDate } from '../shared/status-file.js';

const COLUMNS = [
  'iso2',
  'name',
  'category',
  'icescr_signature',
  'icescr_consent',
  'icescr_consent_kind',
  'op_signature',
  'op_consent',
  'op_consent_kind',
  'op_art10',
  'op_art11',
];

/** Spreadsheets run cells that start with = + - @ as formulas; a leading ' keeps them text. */
function cell(value: unknown): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function statesCsv(entries: readonly MapEntry[], asOf: IsoDate | undefined): string {
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
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
