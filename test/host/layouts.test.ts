// Every element in every layout of test/host/layouts.ts, at 1000 px and then at 320 px of space:
// it takes a sensible width (all of it where the layout gives a width; where the layout asks,
// the map takes up to 50 em and never more than there is), never 0; the map is no taller than
// its picture plus its controls; nothing sticks out of the element or out of its container; and
// the page sees no uncaught error.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import { VIEW_ASPECT } from '../../src/map/world-geometry.js';
import { stateOf } from '../helpers/wait.js';
import { horizontalOverflow, nextFrames, settled, watchPageErrors, withinSideways } from './host-page.js';
import { DEFAULT_SPACES, expectedWidth, LAYOUTS, place, type HostLayout } from './layouts.js';

const TAGS = ['opicescr-map', 'opicescr-timeline', 'opicescr-contact'] as const;
/** The world view's width / height, as the map reserves it. */
const WORLD_ASPECT = VIEW_ASPECT.world;

/** One element as a partner pastes it: the published data, loaded lazily where it can be. */
function create(tag: string): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute('max-age', '100000');
  element.innerHTML = '<a href="https://treaties.un.org/">UN Treaty Collection</a>';
  return element;
}

/**
 * The height of a map that fills a plain block `width` px wide, in text of `fontSize`: what a map
 * should measure in any layout that gives it that width (its picture's aspect, plus its controls).
 */
const referenceHeights = new Map<string, number>();
async function referenceHeight(width: number, fontSize: string): Promise<number> {
  const key = `${width} ${fontSize}`;
  if (!referenceHeights.has(key)) {
    const block = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: ${fontSize}"></div>`);
    const map = create('opicescr-map');
    map.setAttribute('loading', 'eager'); // it may be below the fold
    block.append(map);
    await stateOf(map, 'ready');
    await settled(map);
    referenceHeights.set(key, map.getBoundingClientRect().height);
    block.remove();
  }
  return referenceHeights.get(key)!;
}

async function expectSensible(stage: HTMLElement, layout: HostLayout, element: HTMLElement) {
  const space = stage.clientWidth;
  const box = element.getBoundingClientRect();
  const where = `${element.localName} in ${layout.name} with ${space} px`;

  expect(box.width, `${where}: width`).to.be.greaterThan(0);
  const expected = expectedWidth(layout, element, space);
  if (expected !== undefined) expect(box.width, `${where}: width`).to.be.closeTo(expected, 1);
  else expect(box.width, `${where}: width`).to.be.within(Math.min(space, 240), space + 0.5);
  expect(withinSideways(element, stage), `${where}: the element stays inside its container`).to.equal(true);
  expect(stage.scrollWidth, `${where}: the container does not scroll`).to.be.at.most(stage.clientWidth);
  expect(horizontalOverflow(element), `${where}: nothing sticks out`).to.deep.equal([]);

  if (element.localName !== 'opicescr-map') return;
  const picture = element.shadowRoot!.querySelector('svg[role="group"]')!.getBoundingClientRect();
  expect(picture.height, `${where}: the map keeps its aspect`).to.be.closeTo(picture.width / WORLD_ASPECT, 1);
  expect(box.height, `${where}: height`).to.be.closeTo(await referenceHeight(box.width, getComputedStyle(element).fontSize), 1);
  // The reference map made the page taller for a while: in Firefox a scroll bar came and went, and
  // the map was narrower meanwhile. Once it has seen its width again, markers are laid out for the
  // width the map really has: their hit targets are 24 px on screen.
  await settled(element);
  for (const hit of element.shadowRoot!.querySelectorAll('.marker .hit')) {
    expect(hit.getBoundingClientRect().width, `${where}: marker hit target`).to.be.closeTo(24, 0.6);
  }
}

describe('every element in every host layout', () => {
  for (const layout of LAYOUTS) {
    describe(layout.name, () => {
      for (const tag of TAGS) {
        it(`gives ${tag} a sensible size, with no overflow and no uncaught error`, async () => {
          const page = watchPageErrors();
          const viewport = { width: window.innerWidth, height: window.innerHeight };
          try {
            if (layout.viewport) await setViewport({ width: layout.viewport, height: 640 });
            const stage = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
            const element = create(tag);
            place(stage, layout, element);
            if (layout.reveal) {
              await nextFrames();
              layout.reveal(stage);
            }
            await stateOf(element, 'ready');
            for (const space of layout.spaces ?? DEFAULT_SPACES) {
              stage.style.width = space === 'auto' ? '' : `${space}px`;
              await settled(element);
              await expectSensible(stage, layout, element);
            }
            expect(page.errors).to.deep.equal([]);
          } finally {
            page.stop();
            if (layout.viewport) await setViewport(viewport);
          }
        });
      }
    });
  }
});
