// Styles of <opicescr-resources>: controls that wrap, one list per kind, and each resource as a
// link with a muted line for its publisher, year and language. Logical properties throughout, so
// an Arabic list mirrors; in print, every resource shows with its address.

import { css } from 'lit';

export const resourcesStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.2em;
  }
  .controls label {
    display: grid;
    gap: 0.2em;
    min-width: min(100%, 12em);
    font-weight: 600;
  }
  select {
    max-width: 100%;
    padding: 0.35em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--_bg);
    font-weight: normal;
  }
  h3 {
    margin: 0.4em 0 0.2em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5em;
  }
  .meta {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .language {
    font-weight: 600;
  }
  .empty {
    margin: 0;
  }
  .more {
    justify-self: start;
  }
  @media print {
    .controls,
    .more {
      display: none;
    }
    /* Every resource on paper, past the limit too. */
    section[hidden] {
      display: block !important;
    }
    li[hidden] {
      display: list-item !important;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
