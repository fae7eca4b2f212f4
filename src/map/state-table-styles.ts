// Styles of "Show as table" (src/map/state-table.ts): full width, scrolling sideways on its own
// when a phone is too narrow, sortable headers as plain buttons.

import { css } from 'lit';

export const tableStyles = css`
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.4em;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    white-space: nowrap;
  }
  th button {
    padding: 0;
    border: 0;
    background: none;
    font-weight: 700;
    text-align: start;
  }
  tbody th {
    font-weight: 600;
  }
  .sort-mark {
    display: inline-block;
    min-width: 1em;
    margin-inline-start: 0.25em;
    font-size: 0.75em;
  }
`;
