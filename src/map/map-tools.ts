// Under the legend: "Show as table" and "Download CSV", the as-of line, the live region that
// announces each state reached by keyboard, and the table itself when open (always when printing,
// and when the map could not be drawn: then the table is the map).

import { html, nothing, type TemplateResult } from 'lit';
import type { Speech } from '../shared/i18n/speech.js';
import type { IsoDate } from '../shared/status-file.js';
import type { MapEntry } from './map-model.js';
import { renderStateTable, type SortKey, type TableSort } from './state-table.js';

export interface ToolsOptions {
  /** The rows: the states in view, within the legend's filter. */
  entries: readonly MapEntry[];
  speech: Speech;
  day: IsoDate | undefined;
  tableVisible: boolean;
  sort: TableSort;
  asOfLine: TemplateResult;
  announcement: string;
  onToggleTable: () => void;
  onDownload: () => void;
  onSort: (key: SortKey) => void;
}

export function renderTools(options: ToolsOptions) {
  const { entries, speech, day, tableVisible, sort } = options;
  const text = speech.strings.map;
  return html`<div class="tools" part="tools">
      <button type="button" class="action" aria-expanded=${tableVisible ? 'true' : 'false'} aria-controls="state-table" @click=${options.onToggleTable}>
        ${tableVisible ? text.hideTable : text.showTable}
      </button>
      <button type="button" class="action" @click=${options.onDownload}>${text.download}</button>
    </div>
    ${options.asOfLine}
    <p class="visually-hidden" role="status">${options.announcement}</p>
    ${tableVisible ? renderStateTable({ entries, sort, speech, asOf: day, id: 'state-table', onSort: options.onSort }) : nothing}`;
}
