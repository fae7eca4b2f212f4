// Styles of the map's "Has your country ratified?" combobox (src/map/state-lookup.ts): the box,
// its list of options below it, and the one-sentence answer.

import { css } from 'lit';

export const lookupStyles = css`
  .lookup label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.3em;
  }
  .combobox {
    position: relative;
    max-width: 24em;
  }
  .combobox input {
    width: 100%;
    padding: 0.45em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--_bg);
  }
  .options {
    position: absolute;
    z-index: 3;
    inset-inline: 0;
    top: calc(100% + 2px);
    max-height: 16em;
    overflow-y: auto;
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }
  .options li {
    padding: 0.35em 0.6em;
    cursor: pointer;
  }
  .options li[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_bg);
  }
  .options .no-match {
    color: var(--_muted);
    cursor: default;
  }
  .answer {
    min-height: 1.45em;
    margin: 0.35em 0 0;
  }
`;
