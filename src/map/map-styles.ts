// Styles of <opicescr-map>'s frame, drawing, legend and tools; the lookup, the details panel and
// the table have theirs beside them (state-*-styles.ts). Sizes are in em so the widget follows the
// host's font size; the map itself scales through its viewBox, and strokes keep their width in CSS
// pixels. The categories' fills are generated from their one definition (src/shared/category-styles.ts).

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
    gap: 0.75em;
  }
  .root > :not(.frame) {
    contain: inline-size;
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
  .frame > .rings {
    position: absolute;
    top: 0;
    pointer-events: none;
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
  .fill.dim {
    opacity: 0.25;
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
    flex: none; /* a count never breaks between its digits, however long its label */
    margin-inline-start: 0.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
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
