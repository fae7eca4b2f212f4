// Drives the interactions the benchmark times, with real input through CDP (Playwright's mouse and
// keyboard), on a page where the probes of in-page.js are installed and the map is ready. Each
// returns one sample per repeat; a probe that did not see its change happen throws.

/** Where the pointer waits between hovers: in the page's margin, outside either map. */
export const AWAY = { x: 4, y: 4 };
/** The state hovered: one large shape in both embeds, so the centre of its box is inside it. */
export const HOVERED = { iso2: 'BR', name: 'Brazil' };
/** The as-of probe: on the day the Protocol entered into force, 10 states had ratified it. */
export const AS_OF = { day: '2013-05-05', ratified: '10' };

/** Hover, arrow key, legend filter and `as-of` on our map, in that order. */
export async function mapInteractions(page, { repeats, kinds = ['hover', 'arrow', 'legend', 'asOf'] }) {
  const samples = {};
  if (kinds.includes('hover')) samples.hover = await hovers(page, { repeats, baseline: false });
  if (kinds.includes('arrow')) samples.arrow = await arrows(page, { repeats });
  if (kinds.includes('legend')) samples.legend = await legendFilters(page, { repeats });
  if (kinds.includes('asOf')) samples.asOf = await asOfChanges(page, { repeats });
  return samples;
}

/** The d3 baseline has a hover tooltip only. */
export async function baselineInteractions(page, { repeats }) {
  return { hover: await hovers(page, { repeats, baseline: true }) };
}

/** `repeats` real pointer moves from outside the map to the centre of Brazil's drawn shape. */
export async function hovers(page, { repeats, baseline, beforeEach }) {
  const probe = (fn, ...args) => page.evaluate(fn, args);
  const label = baseline ? 'd3 hover' : 'hover';
  const centre = await probe(([iso2, onBaseline]) => window.__probe.stateCentre(iso2, onBaseline), HOVERED.iso2, baseline);
  if (centre.error) throw new Error(`${label}: ${centre.error}`);
  const samples = [];
  for (let index = 0; index < repeats; index += 1) {
    await page.mouse.move(AWAY.x, AWAY.y);
    await settle(page);
    const before = await probe(([onBaseline]) => window.__probe.detailsText(onBaseline), baseline);
    if (before) throw new Error(`${label}: details still show "${before}" with the pointer off the map`);
    await beforeEach?.(index);
    const done = await nextDone(page);
    await probe(([name, onBaseline]) => window.__probe.armHover(name, onBaseline), HOVERED.name, baseline);
    await page.mouse.move(centre.x, centre.y);
    samples.push(await resultOf(page, done));
    if (!(await probe(([name, onBaseline]) => window.__probe.hoverShown(name, onBaseline), HOVERED.name, baseline))) {
      throw new Error(`${label}: the details of ${HOVERED.name} are not on screen after the hover`);
    }
  }
  await page.mouse.move(AWAY.x, AWAY.y);
  await settle(page);
  return samples;
}

/** Arrow keys, until focus, panel and ring have moved to another state. */
export async function arrows(page, { repeats, beforeEach }) {
  const probe = (fn, ...args) => page.evaluate(fn, args);
  const first = await probe(() => window.__probe.focusFirstState());
  if (first.error || !first.iso2) throw new Error(`arrow key: ${first.error ?? 'focus did not land on a state'}`);
  await settle(page);
  const samples = [];
  for (let index = 0; index < repeats; index += 1) {
    const from = await probe(() => window.__probe.focusedState());
    await beforeEach?.(index);
    const done = await nextDone(page);
    await probe(([iso2]) => window.__probe.armArrow(iso2), from);
    await page.keyboard.press('ArrowRight');
    samples.push(await resultOf(page, done));
    await settle(page);
  }
  await probe(() => window.__probe.blur());
  await settle(page);
  return samples;
}

/** The legend's "ratified" filter on (timed), then off again (checked). */
export async function legendFilters(page, { repeats, beforeEach }) {
  const probe = (fn, ...args) => page.evaluate(fn, args);
  const button = await probe(([category]) => window.__probe.legendButton(category), 'ratified');
  if (button.error) throw new Error(`legend: ${button.error}`);
  await page.mouse.move(button.x, button.y);
  await settle(page);
  const samples = [];
  for (let index = 0; index < repeats; index += 1) {
    await beforeEach?.(index);
    const done = await nextDone(page);
    await probe(([category]) => window.__probe.armLegend(category), 'ratified');
    await page.mouse.click(button.x, button.y);
    samples.push(await resultOf(page, done));
    if (!(await probe(([category]) => window.__probe.legendApplied(category), 'ratified'))) {
      throw new Error('legend: after the filter, not every state of another category is dimmed (or one of its own is)');
    }
    await settle(page);
    await page.mouse.click(button.x, button.y);
    await settle(page);
    const after = await probe(([category]) => window.__probe.legendButton(category), 'ratified');
    if (after.pressed !== 'false') throw new Error('legend: a second click did not clear the filter');
  }
  return samples;
}

/** `as-of` set to the day of entry into force (timed, from script), then cleared (checked). */
export async function asOfChanges(page, { repeats }) {
  const probe = (fn, ...args) => page.evaluate(fn, args);
  const today = await probe(() => window.__probe.ratifiedCount());
  const samples = [];
  for (let index = 0; index < repeats; index += 1) {
    const result = await probe(([day, expected]) => window.__probe.asOf(day, expected), AS_OF.day, AS_OF.ratified);
    samples.push(timesOf(result));
    await probe(() => window.__probe.clearAsOf());
    await settle(page);
    const count = await probe(() => window.__probe.ratifiedCount());
    if (count !== today) throw new Error(`as-of: clearing it left ${count} ratified, expected ${today}`);
  }
  return samples;
}

export function settle(page) {
  return page.evaluate(() => window.__probe.settle());
}

/**
 * Waits for the armed probe's result without asking the page anything meanwhile: the probe calls
 * the exposed `__benchDone` once its frame is painted, and only then is the result read.
 */
async function resultOf(page, done) {
  await done.finished;
  return timesOf(await page.evaluate(() => window.__probe.result()));
}

const doneWaiters = new WeakMap();

/** `{ finished }`: a promise for the next `__benchDone` call of the page (exposed once per page). */
async function nextDone(page) {
  if (!doneWaiters.has(page)) {
    doneWaiters.set(page, []);
    await page.exposeFunction('__benchDone', () => doneWaiters.get(page).shift()?.());
  }
  return { finished: new Promise((resolve) => doneWaiters.get(page).push(resolve)) };
}

/** painted = input → frame painted; its parts: delay (→ first listener), work (→ DOM changed), wait (→ frame), render (→ painted). */
export function timesOf(result) {
  if (!result?.ok) throw new Error(result?.error ?? 'the probe returned nothing');
  const { t0, tHandler, tDom, tFrame, tPaint } = result;
  return {
    paintedMs: round(tPaint - t0, 2),
    delayMs: round(tHandler - t0, 2),
    workMs: round(tDom - tHandler, 2),
    waitMs: round(tFrame - tDom, 2),
    renderMs: round(tPaint - tFrame, 2),
    // The raw times (performance.now()), so a trace of the same page can be cut to this window.
    raw: { t0, tHandler, tDom, tFrame, tPaint },
  };
}

function round(value, digits = 1) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
