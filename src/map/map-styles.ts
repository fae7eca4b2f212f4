// Styles of <opicescr-map>. Sizes are in em so the widget follows the host's font size; the map
// itself scales through its viewBox, and strokes keep their width in CSS pixels.

import { css } from 'lit';

export const mapStyles = css`
  /*
   * How wide the map is. Where the page gives it a width (a block, a stretched flex or grid item)
   * it takes all of it. Where the page asks how wide it wants to be (a flex row, an inline-block, a
   * fit-content box, a float, a grid auto column, a table cell) it answers like a responsive image
   * of 50em: it takes up to 50em (800 px at 16 px text), less if that is all there is, and it can
   * shrink to nothing rather than push out of its container. The picture alone sets that width: the
   * single column is minmax(0, 1fr), whose min-content is zero, and every other part is contained
   * so that a long legend or source line wraps to the picture instead of widening the map.
   */
  .root {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    padding: 0.75em;
  }
  .root > :not(.frame) {
    contain: inline-size;
  }

  /* Lookup */
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

  /* Map */
  .frame {
    position: relative;
    margin: 0;
    border-radius: 4px;
    background: var(--_surface);
  }
  /*
   * The frame is the container of the narrow-map queries below (never the host: a size container
   * has no width of its own to offer, and collapses to 0 px in every layout that asks). A container
   * ignores its content when asked for its width, so it states the picture's 50em; browsers without
   * contain-intrinsic-inline-size (Safari before 17) keep no container and measure the picture
   * itself, a replaced element that asks for 50em and gives way to 0 (max-width: 100%).
   */
  @supports (contain-intrinsic-inline-size: 1px) {
    .frame {
      container-type: inline-size;
      contain-intrinsic-inline-size: 50em;
    }
  }
  .frame > svg {
    display: block;
    width: 50em;
    min-width: 100%;
    max-width: 100%;
    height: auto;
    forced-color-adjust: none;
    touch-action: manipulation;
  }
  .frame > svg:focus {
    outline: none;
  }
  .placeholder {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 0.5em;
    padding: 1em;
    text-align: center;
    color: var(--_muted);
  }
  .shape {
    stroke: none;
  }
  .shape[data-iso],
  .marker {
    cursor: pointer;
  }
  .shape:focus,
  .marker:focus {
    outline: none;
  }
  .fill.ratified {
    fill: var(--_ratified);
  }
  .fill.signed {
    fill: url(#fill-signed);
  }
  .fill.party {
    fill: var(--_party);
  }
  .fill.not-party {
    fill: url(#fill-not-party);
  }
  .fill.none {
    fill: url(#fill-none);
  }
  .fill.dim {
    opacity: 0.25;
  }
  pattern .bg.not-party {
    fill: var(--_not-party);
  }
  pattern .bg.signed {
    fill: var(--_signed);
  }
  pattern .bg.none {
    fill: var(--_none);
  }
  pattern .ink {
    fill: var(--_pattern);
  }
  pattern .ink-light {
    fill: var(--_pattern-dark);
  }
  pattern .ink-faint {
    fill: var(--_pattern);
    opacity: 0.5;
  }
  .borders {
    fill: none;
    stroke: var(--_land-border);
    stroke-width: 0.6px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .leader {
    stroke: var(--_muted);
    stroke-opacity: 0.7;
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .marker .hit {
    fill: transparent;
  }
  .marker .dot {
    stroke: var(--_bg);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .marker .dot.party,
  .marker .dot.not-party {
    stroke: var(--_muted);
  }
  .ring {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .ring.halo {
    stroke: var(--_bg);
    stroke-width: 5px;
  }
  .ring.hover {
    stroke: var(--_text);
    stroke-width: 1.5px;
  }
  .ring.focus {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .ring.selected {
    stroke: var(--_text);
    stroke-width: 2.5px;
  }

  /* Details panel */
  .details {
    position: absolute;
    z-index: 2;
    bottom: 0.5em;
    width: min(20em, 55%);
    max-height: calc(100% - 1em);
    overflow-y: auto;
    padding: 0.6em 0.75em;
    font-size: 0.875em;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.16);
  }
  .details.left {
    left: 0.5em;
  }
  .details.right {
    right: 0.5em;
  }
  .details header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }
  .details h3 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.25;
  }
  .details .close {
    flex: none;
    width: 1.75em;
    height: 1.75em;
    min-width: 24px;
    min-height: 24px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    font-size: 1.1em;
    line-height: 1;
  }
  .details p {
    margin: 0.4em 0 0;
  }
  .details dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.75em;
    margin: 0.5em 0 0;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
  }
  .details-category {
    font-weight: 600;
  }
  button.link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  @container (max-width: 480px) {
    .details {
      position: static;
      width: auto;
      max-height: none;
      margin-top: 0.5em;
      box-shadow: none;
    }
  }

  /* Legend and tools */
  .legend-title {
    margin: 0 0 0.35em;
    font-weight: 600;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-entry,
  .legend-note {
    display: flex;
    align-items: center;
    min-height: 2em;
    padding: 0.25em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    text-align: start;
  }
  .legend-note {
    border-style: dashed;
    color: var(--_muted);
  }
  .legend-entry[aria-pressed='true'] {
    border-color: var(--_text);
    box-shadow: inset 0 0 0 1px var(--_text);
  }
  .legend-entry.off {
    color: var(--_muted);
  }
  .count {
    margin-inline-start: 0.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .tools button {
    padding: 0.35em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
  }

  /* Table */
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

  @media print {
    .lookup,
    .tools,
    .details,
    .markers .hit {
      display: none;
    }
    .legend-entry {
      border: 0;
    }
    .frame {
      break-inside: avoid;
    }
  }
`;
