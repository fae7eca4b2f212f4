// Category swatches for HTML (legend, table, lookup, details, timeline): the same colours and
// patterns as the map's fills, drawn with CSS gradients so that they need no SVG definitions.

import { css } from 'lit';

export const swatchStyles = css`
  .swatch {
    display: inline-block;
    flex: none;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.4em;
    vertical-align: -0.1em;
    border: 1px solid var(--_border);
    border-radius: 2px;
    forced-color-adjust: none;
  }
  .swatch.ratified {
    background: var(--_ratified);
  }
  .swatch.signed {
    background: repeating-linear-gradient(45deg, var(--_pattern-dark) 0 1.5px, transparent 1.5px 4.5px), var(--_signed);
  }
  .swatch.party {
    background: var(--_party);
  }
  .swatch.not-party {
    background: radial-gradient(circle, var(--_pattern) 0 1px, transparent 1.3px) 0 0 / 4.5px 4.5px, var(--_not-party);
  }
  .swatch.none {
    background: repeating-linear-gradient(-45deg, var(--_pattern) 0 0.7px, transparent 0.7px 3.5px), var(--_none);
  }
`;
