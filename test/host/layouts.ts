// The page structures that partners' page builders (Elementor, Divi, Gutenberg columns and groups,
// Bootstrap rows, Squarespace blocks) put an embed in, and the visitor's settings that change its
// space (a phone's viewport, text at 200 %), as one table. Every layout is built the same way, so a
// test reads as "this element, in that layout, is …".

/** Where the element goes in a layout's markup. */
const SLOT = '<ins data-element></ins>';

export interface HostLayout {
  name: string;
  /** The structure around the element; SLOT marks its place. */
  markup: string;
  /**
   * `fill`: the layout gives the element a width (a block, a stretched flex or grid item) and the
   * element takes all of it. `shrink`: the layout asks the element how wide it wants to be (its
   * intrinsic width: flex row, inline-block, fit-content, float, grid auto column, table cell).
   */
  sizing: 'fill' | 'shrink';
  /** For layouts that show the element only later: shows it. */
  reveal?: (stage: HTMLElement) => void;
  /** The page's viewport width, for layouts that are about the phone (the default viewport otherwise). */
  viewport?: number;
  /** The widths of the space the element is tried in, one after the other; `auto` is the page's. */
  spaces?: ReadonlyArray<number | 'auto'>;
}

/** The widths of space every layout is tried in, one after the other: wide, then a phone's. */
export const DEFAULT_SPACES = [1000, 320] as const;

export const LAYOUTS: readonly HostLayout[] = [
  { name: 'a block', markup: `<div>${SLOT}</div>`, sizing: 'fill' },
  { name: 'a flex row', markup: `<div style="display: flex">${SLOT}</div>`, sizing: 'shrink' },
  { name: 'a flex column', markup: `<div style="display: flex; flex-direction: column">${SLOT}</div>`, sizing: 'fill' },
  { name: 'an inline-block', markup: `<div style="display: inline-block">${SLOT}</div>`, sizing: 'shrink' },
  { name: 'a fit-content box', markup: `<div style="width: fit-content">${SLOT}</div>`, sizing: 'shrink' },
  { name: 'a float', markup: `<div style="float: left">${SLOT}</div>`, sizing: 'shrink' },
  {
    name: 'a grid auto column',
    markup: `<div style="display: grid; grid-template-columns: auto; justify-content: start">${SLOT}</div>`,
    sizing: 'shrink',
  },
  {
    name: 'a grid minmax(0, 1fr) column',
    markup: `<div style="display: grid; grid-template-columns: minmax(0, 1fr)">${SLOT}</div>`,
    sizing: 'fill',
  },
  {
    name: 'a table cell',
    markup: `<table style="border-spacing: 0"><tbody><tr><td style="padding: 0">${SLOT}</td></tr></tbody></table>`,
    sizing: 'shrink',
  },
  {
    name: 'a <details> opened later',
    markup: `<details><summary>OP-ICESCR</summary>${SLOT}</details>`,
    sizing: 'fill',
    reveal: (stage) => (stage.querySelector('details')!.open = true),
  },
  {
    name: 'an inactive tab shown later',
    markup: `<div role="tablist"><button role="tab" aria-selected="true">News</button><button role="tab">Status</button></div>
      <div role="tabpanel">News</div><div role="tabpanel" hidden>${SLOT}</div>`,
    sizing: 'fill',
    reveal: (stage) => {
      const [news, status] = stage.querySelectorAll<HTMLElement>('[role="tabpanel"]');
      news.hidden = true;
      status.hidden = false;
    },
  },
  // The visitor's settings rather than the page's structure.
  { name: 'a 320 px viewport', markup: `<div>${SLOT}</div>`, sizing: 'fill', viewport: 320, spaces: ['auto'] },
  { name: 'text at 200 %', markup: `<div style="font-size: 200%">${SLOT}</div>`, sizing: 'fill' },
  {
    name: 'a 320 px viewport with text at 200 %',
    markup: `<div style="font-size: 200%">${SLOT}</div>`,
    sizing: 'fill',
    viewport: 320,
    spaces: ['auto'],
  },
];

/**
 * How wide a map's picture wants to be where a layout asks (its intrinsic width), in em of the
 * map's font size; src/map/map-styles.ts explains the choice. The map adds its padding, and never
 * takes more than the space there is.
 */
export const MAP_PICTURE_EM = 50;

/** The width a layout should give `element` in a stage whose content box is `space` px wide. */
export function expectedWidth(layout: HostLayout, element: HTMLElement, space: number): number | undefined {
  if (layout.sizing === 'fill') return space;
  if (element.localName !== 'opicescr-map') return undefined; // the text's own width: see the test
  const root = getComputedStyle(element.shadowRoot!.querySelector('[part~="root"]')!);
  const picture = MAP_PICTURE_EM * parseFloat(getComputedStyle(element).fontSize);
  return Math.min(space, picture + parseFloat(root.paddingLeft) + parseFloat(root.paddingRight));
}

/** Puts `layout` in `stage` with `element` in its place. */
export function place(stage: HTMLElement, layout: HostLayout, element: HTMLElement): void {
  stage.innerHTML = layout.markup;
  stage.querySelector('[data-element]')!.replaceWith(element);
}
