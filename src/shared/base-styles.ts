// Styles every element shares: the colour tokens (light and dark), a reset against inherited host
// styles, and the loading and error states. Lit adopts these as constructed stylesheets, one
// CSSStyleSheet for every instance on the page, which also keeps a strict style-src CSP happy.
//
// Custom properties (set them on the element from the host page):
//   --opicescr-not-party, --opicescr-party, --opicescr-signed, --opicescr-ratified, --opicescr-none
//   --opicescr-background, --opicescr-surface, --opicescr-text, --opicescr-muted, --opicescr-accent,
//   --opicescr-border
//   --opicescr-focus, --opicescr-radius

import { css } from 'lit';
import { categoryTokens } from './category-styles.js';

const lightTokens = css`
  --_bg: var(--opicescr-background, #ffffff);
  --_surface: var(--opicescr-surface, #f4f5f7);
  --_text: var(--opicescr-text, #1c2430);
  --_muted: var(--opicescr-muted, #55606e);
  --_border: var(--opicescr-border, #c9ced6);
  --_accent: var(--opicescr-accent, #0b5cad);
  --_focus: var(--opicescr-focus, #b3400b);
  --_error: #9b1c1c;
  ${categoryTokens('light')}
  --_pattern: rgba(28, 36, 48, 0.55);
  --_pattern-dark: rgba(255, 255, 255, 0.7);
  --_land-border: var(--_bg);
  color-scheme: light;
`;

const darkTokens = css`
  --_bg: var(--opicescr-background, #16191e);
  --_surface: var(--opicescr-surface, #21262d);
  --_text: var(--opicescr-text, #e9edf2);
  --_muted: var(--opicescr-muted, #aab3bf);
  --_border: var(--opicescr-border, #454d59);
  --_accent: var(--opicescr-accent, #8cc4ff);
  --_focus: var(--opicescr-focus, #ffb15c);
  --_error: #ffb3b3;
  ${categoryTokens('dark')}
  --_pattern: rgba(255, 255, 255, 0.55);
  --_pattern-dark: rgba(22, 25, 30, 0.7);
  --_land-border: var(--_bg);
  color-scheme: dark;
`;

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    contain: layout style;
  }
  :host([hidden]) {
    display: none;
  }
  /* An element a map sends focus to (contact, resources) shows where the keyboard landed. */
  :host(:focus-visible) {
    outline: 3px solid var(--opicescr-focus, #b3400b);
    outline-offset: 2px;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .root {
    ${lightTokens}
    /*
     * The host's font family and size come through on purpose; these inherited properties do not.
     * They are reset here rather than on :host, where any page rule for the element would win.
     */
    line-height: 1.45;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    visibility: visible;
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--opicescr-radius, 6px);
    max-width: 100%;
    overflow-wrap: anywhere;
    /* One column that takes the width it is given, however narrow: a part laid out wider before
       (a timeline's year keeps its last size) cannot hold the element open when it shrinks. */
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6em;
    padding: 0.75em;
  }
  .root.dark {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    .root.auto {
      ${darkTokens}
    }
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  button {
    cursor: pointer;
  }
  /* A secondary action: the map's tools, "Show all" resources. */
  .action {
    padding: 0.35em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .waiting .words {
    visibility: hidden;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state-message {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.75em 1em;
    color: var(--_muted);
  }
  .state-message.error {
    color: var(--_error);
  }
  .state-message button {
    padding: 0.35em 0.9em;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: var(--_bg);
  }
  .as-of {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .stale {
    font-weight: 600;
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .root {
      --_focus: Highlight;
      --_accent: LinkText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_error: CanvasText;
      --_bg: Canvas;
    }
  }
`;
