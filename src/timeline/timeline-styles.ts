// Styles of <opicescr-timeline>: one list grouped by year that reads from 280 px up, with the
// date beside its text when there is room and above it when not, at any text size.

import { css } from 'lit';

export const timelineStyles = css`
  .root {
    gap: 0.5em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1.2em;
  }
  .state-message {
    padding: 0;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A year off screen is not laid out or painted until it comes near: a page may hold
     several timelines of 150 entries each. Its last size is kept so nothing jumps. */
  ol[part='list'] > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  h3 {
    margin: 0.5em 0 0.2em;
  }
  ol ol {
    border-inline-start: 2px solid var(--_border);
  }
  /* Date and text side by side when there is room for both, else the text below its date. */
  .entry {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    width: 100%;
    padding: 0.3em 0.6em;
    border: 0;
    border-radius: 4px;
    background: none;
    text-align: start;
  }
  /* Never wider than the entry: at 320 px and 200 % text a 10em column would stick out. */
  time {
    flex: 0 0 min(10em, 100%);
    color: var(--_muted);
  }
  .text {
    flex: 1 1 14em;
  }
  small {
    display: block;
    padding-inline-start: 1.3em;
    color: var(--_muted);
  }
  .in-force {
    font-weight: 600;
  }
  button:hover,
  [aria-current] {
    background: var(--_surface);
  }
  /* A border, not a shadow: it survives forced colours and follows right-to-left. */
  [aria-current] {
    border-inline-start: 3px solid var(--_accent);
  }
  @media print {
    .controls,
    .state-message {
      display: none;
    }
    ol[part='list'] > li {
      content-visibility: visible;
    }
  }
`;
