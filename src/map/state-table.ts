// "Show as table": the map's data as a sortable table, one row per state, for screen readers,
// keyboard users, print and anyone who prefers rows to shapes. Column headers are buttons that
// sort; aria-sort tells which column is sorted and which way.

import { html } from 'lit';
import { CATEGORIES } from '../shared/categories.js';
import type { Speech } from '../shared/i18n/speech.js';
import type { IsoDate } from '../shared/status-file.js';
import { recordOn, type MapEntry } from './map-model.js';

export type SortKey = 'name' | 'category' | 'signature' | 'consent' | 'kind';
export interface TableSort {
  key: SortKey;
  ascending: boolean;
}

const COLUMNS: SortKey[] = ['name', 'category', 'signature', 'consent', 'kind'];

export function sortEntries(entries: readonly MapEntry[], sort: TableSort, speech: Speech, asOf: IsoDate | undefined) {
  const collator = speech.collator;
  const value = (entry: MapEntry): string | number => {
    const { op } = recordOn(entry.record, asOf);
    switch (sort.key) {
      case 'category':
        return CATEGORIES.indexOf(entry.category);
      case 'signature':
        return op.signature ?? '';
      case 'consent':
        return op.consent ?? '';
      case 'kind':
        return op.consentKind ?? '';
      default:
        return entry.name;
    }
  };
  const direction = sort.ascending ? 1 : -1;
  return [...entries].sort((a, b) => {
    const [left, right] = [value(a), value(b)];
    // Empty cells go last whichever way the column is sorted.
    if (left === '' || right === '') return left === right ? collator.compare(a.name, b.name) : left === '' ? 1 : -1;
    const order = typeof left === 'number' ? left - (right as number) : collator.compare(left, right as string);
    return order * direction || collator.compare(a.name, b.name);
  });
}

export interface TableOptions {
  entries: readonly MapEntry[];
  sort: TableSort;
  speech: Speech;
  asOf: IsoDate | undefined;
  id: string;
  onSort: (key: SortKey) => void;
}

export function renderStateTable({ entries, sort, speech, asOf, id, onSort }: TableOptions) {
  const strings = speech.strings;
  const labels = strings.map.table;
  const headings: Record<SortKey, string> = {
    name: labels.state,
    category: labels.category,
    signature: labels.signature,
    consent: labels.consent,
    kind: labels.kind,
  };
  const date = (day?: IsoDate) => (day ? html`<time datetime=${day}>${speech.date(day, 'short')}</time>` : '');
  return html`<div class="table-wrap" id=${id} part="table">
    <table>
      <caption>${speech.text(labels.caption, { count: entries.length })}</caption>
      <thead>
        <tr>
          ${COLUMNS.map((key) => {
            const sorted = sort.key === key;
            return html`<th scope="col" aria-sort=${sorted ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
              <button type="button" @click=${() => onSort(key)}>
                ${headings[key]}<span class="sort-mark" aria-hidden="true">${sorted ? (sort.ascending ? '▲' : '▼') : ''}</span>
              </button>
            </th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${sortEntries(entries, sort, speech, asOf).map((entry) => {
          const { op } = recordOn(entry.record, asOf);
          return html`<tr data-iso=${entry.iso2}>
            <th scope="row">${entry.name}</th>
            <td><span class="swatch ${entry.category}" aria-hidden="true"></span>${strings.categories[entry.category]}</td>
            <td>${date(op.signature)}</td>
            <td>${date(op.consent)}</td>
            <td>${op.consentKind ? strings.consentKinds[op.consentKind] : ''}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
