// `npm run bench`: what the map costs a visitor, measured side by side with a naive d3 baseline in
// the same run (issue 5). Builds the script, serves the project root on 127.0.0.1, and drives
// Debian's headless Chromium through playwright-core over several cold loads of bench/map.html,
// bench/d3-baseline.html, bench/floor.html and bench/many.html, unthrottled and with 4x CPU
// throttling. Prints medians and ratios (ours / d3), and writes every run to
// bench/results/latest.json. The ratio, not the absolute time, is the result: this machine is
// shared and small. The floor page fetches and parses the same data and draws nothing: the part of
// every number that no embed can remove here (navigation, the page, the network), so the table
// also gives each embed's share above it.
//
//   npm run bench                    7 cold loads per page and throttling, 5 repeats per interaction
//   npm run bench -- --runs 3 --repeats 3 --no-build
//
// What is measured, and how (also written into the JSON under `method`):
// - bytes: CDP Network events, per request the gzip body (loadingFinished.encodedDataLength minus
//   the response headers' encodedDataLength) and the wire total with headers; split by resource.
// - ready: performance.now() when `opicescr-ready` (all expected elements) or `baseline-ready`
//   reaches document, recorded by an init script; "ready+paint" adds the next frame after it.
// - main thread: a Chromium trace (devtools.timeline, v8.execute) of the page's renderer main
//   thread from navigationStart until the page settled (ready, two frames, then idle), in separate
//   cold loads: tracing slowed ready by 25 % for our map and 55 % for d3 here, so ready times,
//   bytes, heap and interactions come from untraced loads (the 50-element page alternates). Scripting is
//   the union of script events (EvaluateScript, v8.compile, FunctionCall, RunMicrotasks,
//   EventDispatch, TimerFire, FireAnimationFrame, GC…) minus style/layout/paint nested inside them;
//   style/layout/paint is the union of UpdateLayoutTree, Layout, PrePaint, Paint, Layerize, Commit…;
//   busy is the union of RunTask. CDP Performance.getMetrics' ScriptDuration was tried first and
//   left out: on this Chromium it reported 10–40 ms for a load whose trace shows 150–200 ms of
//   script, and jumped from run to run.
// - heap: JSHeapUsedSize from Performance.getMetrics after HeapProfiler.collectGarbage.
// - interactions (the map page): in-page probes, see PROBES below.
//
// The static server compresses each file once (gzip -9) and serves those bytes from then on, as a
// host or CDN serving pre-compressed files would.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from './lib/static-server.mjs';
import { chromium } from 'playwright-core';
import { browserPaths } from './lib/browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = new URL('../bench/results/', import.meta.url);

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    repeats: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log('npm run bench [-- --runs N (cold loads, default 7)] [--repeats N (per interaction, default 5)] [--no-build]');
  process.exit(0);
}
const RUNS = positiveInteger(options.runs, '--runs');
const REPEATS = positiveInteger(options.repeats, '--repeats');
const THROTTLING = [
  { key: 'unthrottled', label: 'unthrottled', rate: 1 },
  { key: 'cpu4x', label: '4x CPU', rate: 4 },
];
const PAGES = {
  map: { path: '/bench/map.html', event: 'opicescr-ready', expect: 1, interactions: 'map' },
  baseline: { path: '/bench/d3-baseline.html', event: 'baseline-ready', expect: 1, interactions: 'baseline' },
  many: { path: '/bench/many.html', event: 'opicescr-ready', expect: 50 },
  // What no embed of this data can go below here: fetch and parse the two files, draw nothing.
  floor: { path: '/bench/floor.html', event: 'floor-ready', expect: 1 },
};
const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT_MS = 30_000;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
const SCRIPT_EVENTS = new Set([
  'EvaluateScript', 'v8.evaluateModule', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'RunMicrotasks',
  'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'XHRLoad', 'XHRReadyStateChange',
  'MinorGC', 'MajorGC',
]);
const RENDER_EVENTS = new Set([
  'UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'Layout', 'PrePaint', 'Paint', 'PaintImage',
  'Layerize', 'Commit', 'UpdateLayer', 'UpdateLayerTree', 'HitTest',
]);
const METHOD = {
  coldLoad: 'a fresh browser context per load (own renderer process, empty memory cache), Network.setCacheDisabled, viewport 1280x800, DPR 1',
  throttling: 'Emulation.setCPUThrottlingRate 1 and 4, set before navigation',
  bytes: 'CDP Network: gzip body = loadingFinished.encodedDataLength − responseReceived.response.encodedDataLength; wire includes headers; the page (HTML, CSS) is not counted in the embed',
  ready: 'performance.now() when the last expected opicescr-ready / baseline-ready reached document (init script); readyPainted = after the next frame',
  mainThread: 'separate traced cold loads (tracing slowed ready by 25 % for our map and 55 % for d3); Chromium trace of the renderer main thread from navigationStart to settled (ready, 2 frames, idle): scripting = union of script events minus nested style/layout/paint; rendering = union of style/layout/paint events; busy = union of RunTask',
  heap: 'Performance.getMetrics JSHeapUsedSize after HeapProfiler.collectGarbage, once settled',
  interactions: 'in-page probes: t0 = input event timeStamp; delay = first listener − t0; work = DOM updated (MutationObserver/focusin) − first listener; render = style/layout/paint of the next frame (rAF → message posted from it); busy = work + render; nextPaint = that frame done − t0; every probe asserts the change happened',
  server: 'scripts/lib/static-server.mjs (each file gzip -9 compressed once, as from a CDN)',
};
/** The as-of probe: on the day the Protocol entered into force, 10 states had ratified it. */
const AS_OF = { day: '2013-05-05', ratified: '10' };


const status = JSON.parse(readFileSync(new URL('../data/opicescr-status.v1.json', import.meta.url), 'utf8'));
const STATE_CODES = new Set(status.states.map((state) => state.iso2));

const started = Date.now();
const loadBefore = loadavg()[0];
if (!options['no-build']) await run('npm', ['run', 'build']);

const { chromium: chromiumBinary } = browserPaths();
if (!chromiumBinary.installed) fail(`No Chromium at ${chromiumBinary.path}: apt-get install chromium, or set CHROMIUM_BIN.`);
let server;
let browser;
const results = { unthrottled: {}, cpu4x: {} };
let coverage;
try {
  server = await startStaticServer({ root });
  browser = await chromium.launch({ executablePath: chromiumBinary.path, args: chromiumBinary.args });
  console.log(`Chromium ${browser.version()}, ${RUNS} cold loads per page and throttling, ${REPEATS} repeats per interaction`);
  // One unrecorded load of each page: starts Chromium's services and fills the gzip memo.
  for (const name of Object.keys(PAGES)) await coldLoad(name, 1, { traced: false, interactions: false });
  for (const throttling of THROTTLING) {
    const byPage = results[throttling.key];
    for (const name of Object.keys(PAGES)) byPage[name] = [];
    for (let index = 0; index < RUNS; index += 1) {
      // Tracing slows the page (and d3's twice as much as ours), so ready times, bytes,
      // heap and interactions come from untraced loads and main-thread time from traced ones: map
      // and baseline get one of each per run; the heavy 50-element page alternates.
      const loads = [
        ['map', false], ['baseline', false], ['floor', false], ['map', true], ['baseline', true], ['floor', true], ['many', index % 2 === 1],
      ];
      if (RUNS === 1) loads.push(['many', true]);
      // Rotate the order so that drift on a busy machine does not favour one page.
      const order = [...loads.slice(index % loads.length), ...loads.slice(0, index % loads.length)];
      for (const [name, traced] of order) {
        const result = await coldLoad(name, throttling.rate, { traced, interactions: !traced });
        byPage[name].push(result);
        if (name === 'baseline') coverage ??= result.coverage;
      }
      if (process.stdout.isTTY) process.stdout.write(`\r${throttling.label}: ${index + 1}/${RUNS} runs`);
    }
    process.stdout.write(process.stdout.isTTY ? '\n' : `${throttling.label}: ${RUNS} runs done\n`);
  }
} finally {
  await browser?.close();
  await server?.close();
}

const summary = summarise(results);
printTables(summary);
// The run itself keeps about two cores busy, so only the load before it says whether others were.
const loadAfter = loadavg()[0];
if (loadBefore > cpus().length / 2) {
  console.log(`\nThe machine was busy before the run (load average ${loadBefore.toFixed(1)} on ${cpus().length} cores): expect noisy numbers; rerun when it is idle.`);
}
mkdirSync(resultsDir, { recursive: true });
const out = fileURLToPath(new URL('latest.json', resultsDir));
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      machine: { loadAverage: { before: round(loadBefore, 2), after: round(loadAfter, 2) }, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: summary.chromium },
      options: { runs: RUNS, repeats: REPEATS, viewport: VIEWPORT, throttling: THROTTLING.map(({ key, rate }) => ({ key, rate })) },
      method: METHOD,
      summary,
      runs: results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${out.replace(root, '')} in ${Math.round((Date.now() - started) / 1000)} s`);

// ——— One cold load ———

/**
 * Loads one page in a fresh browser context (own process, empty caches, cache disabled) with the
 * given CPU throttling; measures bytes, ready, the main thread (trace) and heap; then, if asked,
 * the page's interactions. Throws on any page error, failed request or unverified probe.
 */
async function coldLoad(name, rate, { traced, interactions }) {
  const spec = PAGES[name];
  const url = `${server.url}${spec.path}`;
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light', locale: 'en-GB', serviceWorkers: 'block' });
  const problems = [];
  let tracing = false;
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) => requests.set(requestId, { url: request.url }));
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      const request = requests.get(requestId);
      if (!request) return;
      request.status = response.status;
      request.headerBytes = response.encodedDataLength;
      request.encoding = Object.entries(response.headers).find(([header]) => header.toLowerCase() === 'content-encoding')?.[1];
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const request = requests.get(requestId);
      if (request) request.wireBytes = encodedDataLength;
    });
    cdp.on('Network.loadingFailed', ({ requestId, errorText, canceled }) => {
      if (!canceled) problems.push(`request failed: ${requests.get(requestId)?.url} ${errorText}`);
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(READY_RECORDER, { event: spec.event, expect: spec.expect });
    await page.addInitScript(PROBES);

    if (traced) {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      tracing = true;
    }
    await page.goto(url, { waitUntil: 'commit' });
    await withTimeout(page.evaluate(() => window.__bench.settled), LOAD_TIMEOUT_MS, `${name}: not ready within ${LOAD_TIMEOUT_MS / 1000} s`);
    const times = await page.evaluate(() => {
      const { firstReadyAt, allReadyAt, paintedAt, settledAt, errors } = window.__bench;
      return { firstReadyAt, allReadyAt, paintedAt, settledAt, errors };
    });
    const trace = traced ? await browser.stopTracing() : undefined;
    tracing = false;
    if (times.errors.length) problems.push(...times.errors);

    if (problems.length) throw new Error(problems.join('\n'));
    let metrics = {};
    if (!traced) {
      await cdp.send('HeapProfiler.collectGarbage');
      metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name: key, value }) => [key, value]));
    }
    const check = await page.evaluate(() => window.__probe.check());
    const pageCoverage = verifyPage(name, spec, check);

    await waitForResponses(requests);
    for (const request of requests.values()) {
      if (request.status >= 400) problems.push(`HTTP ${request.status} ${request.url}`);
      const kind = classify(request.url);
      if (kind !== 'page' && request.encoding !== 'gzip') problems.push(`not gzipped: ${request.url}`);
    }
    const bytes = countBytes(requests);

    let interactionTimes;
    if (interactions && spec.interactions === 'map') interactionTimes = await mapInteractions(page);
    if (interactions && spec.interactions === 'baseline') interactionTimes = await baselineInteractions(page);
    if (problems.length) throw new Error(problems.join('\n'));
    if (traced) return { traced, ...analyseTrace(trace, url, times), coverage: pageCoverage };
    return {
      traced,
      readyMs: round(times.allReadyAt),
      firstReadyMs: round(times.firstReadyAt),
      readyPaintedMs: round(times.paintedAt),
      settledMs: round(times.settledAt),
      heapMB: round(metrics.JSHeapUsedSize / 2 ** 20, 2),
      domNodes: metrics.Nodes,
      bytes,
      coverage: pageCoverage,
      interactions: interactionTimes,
    };
  } catch (error) {
    error.message = `${name} (${rate}x CPU): ${error.message}`;
    throw error;
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await context.close();
  }
}

function verifyPage(name, spec, check) {
  if (name === 'floor') {
    if (check.floor?.states !== STATE_CODES.size) throw new Error(`the floor page parsed ${check.floor?.states} states`);
    return { states: STATE_CODES.size, drawn: 0 };
  }
  const states = check.elements.map((element) => element.state);
  if (spec.event === 'opicescr-ready') {
    if (check.elements.length !== spec.expect) throw new Error(`expected ${spec.expect} elements, found ${check.elements.length}`);
    const notReady = states.filter((state) => state !== 'ready' && state !== 'stale');
    if (notReady.length) throw new Error(`elements not ready: ${notReady.join(', ')}`);
    const drawn = check.firstMapCodes.filter((code) => STATE_CODES.has(code));
    if (drawn.length !== STATE_CODES.size) throw new Error(`the map draws ${drawn.length} of ${STATE_CODES.size} states`);
    return { states: STATE_CODES.size, drawn: drawn.length };
  }
  if (!check.baseline) throw new Error('the baseline did not report what it drew');
  const { drawn, missing } = check.baseline;
  if (drawn < 150) throw new Error(`the baseline draws only ${drawn} states`);
  return { states: STATE_CODES.size, drawn, missing };
}

// ——— In-page code (init scripts: they run before the page's own, and are exempt from its CSP) ———

/** Records when the expected number of elements reported ready, the next frame, and settling. */
function READY_RECORDER({ event, expect }) {
  const bench = { firstReadyAt: undefined, allReadyAt: undefined, paintedAt: undefined, settledAt: undefined, errors: [] };
  const targets = new Set();
  bench.settled = new Promise((resolve) => {
    document.addEventListener('opicescr-error', (error) => {
      bench.errors.push(`opicescr-error ${JSON.stringify(error.detail)}`);
      resolve();
    });
    document.addEventListener(event, (ready) => {
      const now = performance.now();
      bench.firstReadyAt ??= now;
      targets.add(ready.target);
      if (targets.size < expect || bench.allReadyAt !== undefined) return;
      bench.allReadyAt = now;
      // The frame that shows it: rAF runs before style, layout and paint; a message posted there
      // runs after them.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          bench.paintedAt = performance.now();
          requestAnimationFrame(() =>
            requestIdleCallback(() => {
              bench.settledAt = performance.now();
              resolve();
            }, { timeout: 2000 }),
          );
        };
        channel.port2.postMessage(0);
      });
    });
  });
  window.__bench = bench;
}

/**
 * Interaction probes. `measure` arms listeners for the input's event types on window (capture),
 * then resolves once `condition` holds, with these times on the performance.now() clock:
 * - t0: the input event's timeStamp (when the browser received the input);
 * - tHandler: when the first listener ran (these listeners are on window, capture: they run first).
 *   tHandler − t0 is input delay; for pointer moves it is mostly Chromium aligning them to frames;
 * - tDom: when the condition was first seen true: checked in a MutationObserver on the shadow root
 *   (it runs right after Lit's update microtask), after focusin, and on every frame as a fallback;
 * - tFrame / tPaint: the next requestAnimationFrame callback after tDom, and a message posted from
 *   it, which runs once that frame's style, layout and paint are done.
 * "work" = tDom − tHandler (handlers and Lit update); "render" = tPaint − tFrame (that frame's
 * style/layout/paint); work + render is the main-thread cost that must fit in a 16 ms frame;
 * "next paint" = tPaint − t0 also includes input delay and waiting for the frame, as Event
 * Timing's duration (and INP) would.
 * A condition not seen within 5 s rejects: the bench cannot time what did not happen.
 */
function PROBES() {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const tFrame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ tFrame, tPaint: performance.now() });
        channel.port2.postMessage(0);
      }),
    );
  const map = () => document.querySelector('opicescr-map');
  const shadow = () => map().shadowRoot;
  let pending;

  function measure({ label, root, inputTypes, condition }) {
    let t0;
    let tHandler;
    let tDom;
    let frameLoop;
    const observer = new MutationObserver(() => test());
    const onInput = (event) => {
      tHandler ??= performance.now();
      t0 = t0 === undefined ? event.timeStamp : Math.min(t0, event.timeStamp);
      queueMicrotask(test);
    };
    const onFocus = () => queueMicrotask(test);
    let finish;
    let timer;
    const cleanup = () => {
      observer.disconnect();
      for (const type of inputTypes) window.removeEventListener(type, onInput, true);
      root.removeEventListener('focusin', onFocus, true);
      cancelAnimationFrame(frameLoop);
      clearTimeout(timer);
    };
    function test() {
      if (tDom !== undefined || t0 === undefined || !condition()) return;
      tDom = performance.now();
      cleanup();
      afterPaint().then(({ tFrame, tPaint }) => finish({ ok: true, t0, tHandler, tDom, tFrame, tPaint }));
    }
    const loop = () => {
      test();
      if (tDom === undefined) frameLoop = requestAnimationFrame(loop);
    };
    const result = new Promise((resolve) => {
      finish = resolve;
      timer = setTimeout(() => {
        cleanup();
        resolve({ ok: false, error: `${label}: ${t0 === undefined ? 'no input event arrived' : 'the expected change did not happen'} within 5 s` });
      }, 5000);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    for (const type of inputTypes) window.addEventListener(type, onInput, true);
    root.addEventListener('focusin', onFocus, true);
    frameLoop = requestAnimationFrame(loop);
    return result;
  }

  const rectOf = (element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x: x + width / 2, y: y + height / 2, width, height };
  };

  window.__probe = {
    /** Waits for two frames and an idle period. */
    settle: () => nextFrame().then(nextFrame).then(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }))),
    check() {
      const elements = [...document.querySelectorAll('opicescr-map, opicescr-timeline, opicescr-contact')].map((element) => ({
        tag: element.localName,
        state: element.dataset.state,
      }));
      const first = map();
      const firstMapCodes = first ? [...new Set([...first.shadowRoot.querySelectorAll('[data-iso]')].map((element) => element.dataset.iso))] : [];
      return { elements, firstMapCodes, baseline: window.baselineResult, floor: window.floorResult };
    },
    /** Centre of a state on the map (or the baseline), checked to be that state at that point. */
    stateCentre(iso2, baseline) {
      const root = baseline ? document : shadow();
      const element = root.querySelector(`[data-iso="${iso2}"]`);
      if (!element) return { error: `no [data-iso="${iso2}"]` };
      const centre = rectOf(element);
      const hit = root.elementFromPoint(centre.x, centre.y)?.closest('[data-iso], [data-shape-of]');
      const code = hit?.getAttribute('data-iso') ?? hit?.getAttribute('data-shape-of');
      if (code !== iso2) return { error: `the centre of ${iso2} hits ${code ?? 'nothing'}` };
      return centre;
    },
    detailsShown: (baseline) =>
      baseline ? !document.getElementById('baseline-tooltip').hidden : !!shadow().querySelector('.details'),
    armHover(name, baseline) {
      const root = baseline ? document.getElementById('baseline-map') : shadow();
      pending = measure({
        label: 'hover',
        root,
        inputTypes: ['pointermove', 'mousemove', 'pointerover'],
        condition: baseline
          ? () => {
              const tooltip = document.getElementById('baseline-tooltip');
              return !tooltip.hidden && tooltip.textContent.includes(name);
            }
          : () => shadow().querySelector('.details')?.textContent.includes(name) ?? false,
      });
    },
    focusFirstState() {
      const target = shadow().querySelector('[data-iso][tabindex="0"]');
      if (!target) return { error: 'no state holds the tab stop ([data-iso][tabindex="0"])' };
      target.focus();
      return { iso2: shadow().activeElement?.dataset?.iso };
    },
    focusedState: () => shadow().activeElement?.dataset?.iso,
    blur: () => shadow().activeElement?.blur(),
    armArrow(from) {
      pending = measure({
        label: 'arrow key',
        root: shadow(),
        inputTypes: ['keydown'],
        condition: () => {
          const iso2 = shadow().activeElement?.dataset?.iso;
          return !!iso2 && iso2 !== from;
        },
      });
    },
    legendButton(category) {
      const button = shadow().querySelector(`button.legend-entry[data-category="${category}"]`);
      return button ? { ...rectOf(button), pressed: button.getAttribute('aria-pressed') } : { error: `no legend button for ${category}` };
    },
    armLegend(category) {
      pending = measure({
        label: 'legend filter',
        root: shadow(),
        inputTypes: ['click'],
        condition: () =>
          shadow().querySelector(`button.legend-entry[data-category="${category}"]`)?.getAttribute('aria-pressed') === 'true' &&
          shadow().querySelectorAll('.dim').length > 0,
      });
    },
    ratifiedCount: () => shadow().querySelector('button.legend-entry[data-category="ratified"] .count')?.textContent.trim(),
    async asOf(day, expected) {
      const element = map();
      const t0 = performance.now();
      element.setAttribute('as-of', day);
      await element.updateComplete;
      const tDom = performance.now();
      const count = window.__probe.ratifiedCount();
      const { tFrame, tPaint } = await afterPaint();
      if (count !== expected) return { ok: false, error: `as-of ${day}: the legend counts ${count} ratified, expected ${expected}` };
      return { ok: true, t0, tHandler: t0, tDom, tFrame, tPaint };
    },
    async clearAsOf() {
      map().removeAttribute('as-of');
      await map().updateComplete;
    },
    result: () => pending,
  };
}

// ——— Interactions ———

async function mapInteractions(page) {
  const probe = (fn, ...args) => page.evaluate(fn, args);
  const settle = () => page.evaluate(() => window.__probe.settle());
  const away = { x: 4, y: 4 };
  const samples = { hover: [], arrow: [], legend: [], asOf: [] };
  const name = status.states.find((state) => state.iso2 === 'BR').name;

  // (a) Pointer over Brazil until its details show.
  const centre = await probe(([iso2]) => window.__probe.stateCentre(iso2, false), 'BR');
  if (centre.error) throw new Error(`hover: ${centre.error}`);
  for (let index = 0; index < REPEATS; index += 1) {
    await page.mouse.move(away.x, away.y);
    await settle();
    if (await probe(() => window.__probe.detailsShown(false))) throw new Error('hover: the details panel is still open with the pointer off the map');
    await probe(([n]) => window.__probe.armHover(n, false), name);
    await page.mouse.move(centre.x, centre.y);
    samples.hover.push(await resultOf(page));
  }
  await page.mouse.move(away.x, away.y);
  await settle();

  // (b) Arrow key until focus moves to another state.
  const first = await probe(() => window.__probe.focusFirstState());
  if (first.error || !first.iso2) throw new Error(`arrow key: ${first.error ?? 'focus did not land on a state'}`);
  await settle();
  for (let index = 0; index < REPEATS; index += 1) {
    const from = await probe(() => window.__probe.focusedState());
    await probe(([iso2]) => window.__probe.armArrow(iso2), from);
    await page.keyboard.press('ArrowRight');
    samples.arrow.push(await resultOf(page));
    await settle();
  }
  await probe(() => window.__probe.blur());
  await settle();

  // (c) A legend filter: "ratified" on (measured), then off again.
  const button = await probe(([category]) => window.__probe.legendButton(category), 'ratified');
  if (button.error) throw new Error(`legend: ${button.error}`);
  await page.mouse.move(button.x, button.y);
  await settle();
  for (let index = 0; index < REPEATS; index += 1) {
    await probe(([category]) => window.__probe.armLegend(category), 'ratified');
    await page.mouse.click(button.x, button.y);
    samples.legend.push(await resultOf(page));
    await settle();
    await page.mouse.click(button.x, button.y);
    await settle();
    const after = await probe(([category]) => window.__probe.legendButton(category), 'ratified');
    if (after.pressed !== 'false') throw new Error('legend: a second click did not clear the filter');
  }

  // (d) `as-of` set to the day of entry into force (measured), then cleared.
  const today = await probe(() => window.__probe.ratifiedCount());
  for (let index = 0; index < REPEATS; index += 1) {
    const result = await probe(([day, expected]) => window.__probe.asOf(day, expected), AS_OF.day, AS_OF.ratified);
    samples.asOf.push(timesOf(result));
    await probe(() => window.__probe.clearAsOf());
    await settle();
    const count = await probe(() => window.__probe.ratifiedCount());
    if (count !== today) throw new Error(`as-of: clearing it left ${count} ratified, expected ${today}`);
  }
  return samples;
}

async function baselineInteractions(page) {
  const probe = (fn, ...args) => page.evaluate(fn, args);
  const name = status.states.find((state) => state.iso2 === 'BR').name;
  const centre = await probe(([iso2]) => window.__probe.stateCentre(iso2, true), 'BR');
  if (centre.error) throw new Error(`baseline hover: ${centre.error}`);
  const samples = { hover: [] };
  for (let index = 0; index < REPEATS; index += 1) {
    await page.mouse.move(4, 4);
    await page.evaluate(() => window.__probe.settle());
    if (await probe(() => window.__probe.detailsShown(true))) throw new Error('baseline hover: the tooltip is still shown with the pointer off the map');
    await probe(([n]) => window.__probe.armHover(n, true), name);
    await page.mouse.move(centre.x, centre.y);
    samples.hover.push(await resultOf(page));
  }
  return samples;
}

async function resultOf(page) {
  return timesOf(await page.evaluate(() => window.__probe.result()));
}

function timesOf(result) {
  if (!result?.ok) throw new Error(result?.error ?? 'the probe returned nothing');
  const { t0, tHandler, tDom, tFrame, tPaint } = result;
  return {
    delayMs: round(tHandler - t0, 2),
    workMs: round(tDom - tHandler, 2),
    renderMs: round(tPaint - tFrame, 2),
    busyMs: round(tDom - tHandler + (tPaint - tFrame), 2),
    nextPaintMs: round(tPaint - t0, 2),
  };
}

// ——— Network ———

function classify(url) {
  const { pathname } = new URL(url);
  if (pathname.endsWith('/dist/opicescr.js')) return 'script';
  if (pathname.endsWith('/opicescr-status.v1.json')) return 'status';
  if (pathname.endsWith('/opicescr-world.v2.json')) return 'geometry';
  if (pathname.endsWith('/d3.min.js')) return 'd3';
  if (pathname.endsWith('/topojson-client.min.js')) return 'topojson';
  if (pathname.endsWith('/bench/d3-baseline.js') || pathname.endsWith('/bench/floor.js')) return 'code';
  if (pathname.endsWith('/countries-110m.json')) return 'atlas';
  return 'page'; // the host page itself (HTML, CSS): not part of the embed
}

async function waitForResponses(requests) {
  for (let waited = 0; waited < 2000; waited += 50) {
    if ([...requests.values()].every((request) => request.wireBytes !== undefined || request.url.startsWith('data:'))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Per kind: requests, gzip body bytes and wire bytes (with headers); `embed` sums all but the page. */
function countBytes(requests) {
  const byKind = {};
  for (const request of requests.values()) {
    if (request.url.startsWith('data:')) continue;
    const kind = classify(request.url);
    const entry = (byKind[kind] ??= { requests: 0, bodyBytes: 0, wireBytes: 0 });
    entry.requests += 1;
    entry.wireBytes += request.wireBytes ?? 0;
    entry.bodyBytes += (request.wireBytes ?? 0) - (request.headerBytes ?? 0);
  }
  const embed = { requests: 0, bodyBytes: 0, wireBytes: 0 };
  for (const [kind, entry] of Object.entries(byKind)) {
    if (kind === 'page') continue;
    embed.requests += entry.requests;
    embed.bodyBytes += entry.bodyBytes;
    embed.wireBytes += entry.wireBytes;
  }
  return { ...byKind, embed };
}

// ——— Trace ———

/** Main-thread time of the page's renderer, from navigationStart to ready and to settled. */
function analyseTrace(buffer, url, times) {
  const parsed = JSON.parse(buffer.toString('utf8'));
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const navigation = events.find((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url);
  if (!navigation) throw new Error('the trace has no navigationStart for the page');
  const { pid, tid, ts: origin } = navigation;
  const script = [];
  const render = [];
  const tasks = [];
  const open = [];
  for (const event of events) {
    if (event.pid !== pid || event.tid !== tid) continue;
    let span;
    if (event.ph === 'X') span = [event.ts, event.ts + (event.dur ?? 0), event.name];
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.findLastIndex((candidate) => candidate.name === event.name);
      if (begin >= 0) span = [open.splice(begin, 1)[0].ts, event.ts, event.name];
    }
    if (!span) continue;
    if (SCRIPT_EVENTS.has(span[2])) script.push(span);
    else if (RENDER_EVENTS.has(span[2])) render.push(span);
    else if (span[2] === 'RunTask') tasks.push(span);
  }
  const upTo = (endMs) => {
    const end = origin + endMs * 1000;
    const clip = (spans) => union(spans.map(([from, to]) => [Math.max(from, origin), Math.min(to, end)]).filter(([from, to]) => to > from));
    const scriptSpans = clip(script);
    const renderSpans = clip(render);
    const ms = (value) => round(value / 1000, 1);
    return {
      scripting: ms(length(scriptSpans) - length(intersect(scriptSpans, renderSpans))),
      rendering: ms(length(renderSpans)),
      busy: ms(length(clip(tasks))),
    };
  };
  const toReady = upTo(times.allReadyAt);
  const toSettled = upTo(times.settledAt);
  return {
    tracedReadyMs: round(times.allReadyAt),
    scriptingMs: toSettled.scripting,
    renderingMs: toSettled.rendering,
    busyMs: toSettled.busy,
    scriptingToReadyMs: toReady.scripting,
    busyToReadyMs: toReady.busy,
  };
}

function union(spans) {
  const sorted = spans.map(([from, to]) => [from, to]).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

function intersect(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i][0], b[j][0]);
    const to = Math.min(a[i][1], b[j][1]);
    if (to > from) out.push([from, to]);
    if (a[i][1] < b[j][1]) i += 1;
    else j += 1;
  }
  return out;
}

function length(spans) {
  return spans.reduce((total, [from, to]) => total + (to - from), 0);
}

// ——— Summary and tables ———

function summarise(all) {
  const out = { chromium: browser.version(), coverage: { ours: all.unthrottled.map[0].coverage, baseline: coverage } };
  for (const { key } of THROTTLING) {
    const pages = {};
    for (const [name, loads] of Object.entries(all[key])) {
      const runs = loads.filter((load) => !load.traced);
      const tracedRuns = loads.filter((load) => load.traced);
      const page = {
        loads: { untraced: runs.length, traced: tracedRuns.length },
        readyMs: median(runs.map((run) => run.readyMs)),
        firstReadyMs: median(runs.map((run) => run.firstReadyMs)),
        readyPaintedMs: median(runs.map((run) => run.readyPaintedMs)),
        scriptingMs: median(tracedRuns.map((run) => run.scriptingMs)),
        renderingMs: median(tracedRuns.map((run) => run.renderingMs)),
        busyMs: median(tracedRuns.map((run) => run.busyMs)),
        scriptingToReadyMs: median(tracedRuns.map((run) => run.scriptingToReadyMs)),
        tracedReadyMs: median(tracedRuns.map((run) => run.tracedReadyMs)),
        heapMB: median(runs.map((run) => run.heapMB)),
        domNodes: median(runs.map((run) => run.domNodes)),
        bytes: {},
      };
      for (const kind of Object.keys(runs[0].bytes)) {
        page.bytes[kind] = {
          requests: median(runs.map((run) => run.bytes[kind]?.requests ?? 0)),
          bodyBytes: median(runs.map((run) => run.bytes[kind]?.bodyBytes ?? 0)),
          wireBytes: median(runs.map((run) => run.bytes[kind]?.wireBytes ?? 0)),
        };
      }
      if (runs[0].interactions) {
        page.interactions = {};
        for (const kind of Object.keys(runs[0].interactions)) {
          const samples = runs.flatMap((run) => run.interactions[kind]);
          const firsts = runs.map((run) => run.interactions[kind][0]);
          const stat = (field) => ({ median: median(samples.map((sample) => sample[field])), max: round(Math.max(...samples.map((sample) => sample[field])), 2), firstMedian: median(firsts.map((sample) => sample[field])) });
          page.interactions[kind] = { samples: samples.length, delayMs: stat('delayMs'), workMs: stat('workMs'), renderMs: stat('renderMs'), busyMs: stat('busyMs'), nextPaintMs: stat('nextPaintMs') };
        }
      }
      pages[name] = page;
    }
    const ratio = (field) => round(pages.map[field] / pages.baseline[field], 2);
    pages.ratios = {
      embedBytes: round(pages.map.bytes.embed.bodyBytes / pages.baseline.bytes.embed.bodyBytes, 2),
      readyMs: ratio('readyMs'),
      readyPaintedMs: ratio('readyPaintedMs'),
      scriptingMs: ratio('scriptingMs'),
      busyMs: ratio('busyMs'),
      heapMB: ratio('heapMB'),
    };
    // Each embed's own share: what it costs above the floor page, ours ÷ d3's.
    const aboveFloor = (field) => round((pages.map[field] - pages.floor[field]) / (pages.baseline[field] - pages.floor[field]), 2);
    pages.ratiosAboveFloor = { readyMs: aboveFloor('readyMs'), readyPaintedMs: aboveFloor('readyPaintedMs'), scriptingMs: aboveFloor('scriptingMs'), busyMs: aboveFloor('busyMs') };
    out[key] = pages;
  }
  return out;
}

function printTables(summary) {
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const unthrottled = summary.unthrottled;
  const ours = unthrottled.map.bytes;
  const theirs = unthrottled.baseline.bytes;
  console.log(`\nEmbed bytes (gzip body in KiB; requests)       ours          d3 baseline`);
  const line = (label, a, b) => console.log(`  ${label.padEnd(44)} ${(a ? `${kb(a.bodyBytes)} (${a.requests})` : '').padStart(12)}  ${(b ? `${kb(b.bodyBytes)} (${b.requests})` : '').padStart(12)}`);
  line('script (ours) / d3 + topojson-client + code', ours.script, sum(theirs.d3, theirs.topojson, theirs.code));
  line('status file', ours.status, theirs.status);
  line('geometry / world-atlas 110m', ours.geometry, theirs.atlas);
  line('whole embed', ours.embed, theirs.embed);
  console.log(`  ratio ours / d3: ${unthrottled.ratios.embedBytes.toFixed(2)}   (on the wire, with headers: ${kb(ours.embed.wireBytes)} vs ${kb(theirs.embed.wireBytes)} KiB)`);
  console.log(`  states drawn: ours ${summary.coverage.ours.drawn}/${summary.coverage.ours.states}, d3 baseline ${summary.coverage.baseline.drawn}/${summary.coverage.baseline.states}`);

  const columns = THROTTLING.map(({ key, label }) => ({ key, label }));
  console.log(`\nOne map, 800 px (medians of ${RUNS} cold loads; main thread from ${RUNS} more, traced)`);
  console.log(`  ${''.padEnd(30)}${columns.map(({ label }) => `${label.padStart(9)}: ours      d3   ratio`).join('   ')}`);
  const rows = [
    ['navigation → ready (ms)', 'readyMs'],
    ['navigation → ready + paint (ms)', 'readyPaintedMs'],
    ['scripting (ms, trace)', 'scriptingMs'],
    ['style/layout/paint (ms, trace)', 'renderingMs'],
    ['main thread busy (ms, trace)', 'busyMs'],
    ['JS heap after GC (MB)', 'heapMB'],
  ];
  for (const [label, field] of rows) {
    const cells = columns.map(({ key }) => {
      const pages = summary[key];
      const a = pages.map[field];
      const b = pages.baseline[field];
      const show = (value) => (field === 'heapMB' ? value.toFixed(2) : value >= 100 ? value.toFixed(0) : value.toFixed(1));
      return `${show(a).padStart(15)} ${show(b).padStart(7)} ${(a / b).toFixed(2).padStart(7)}`;
    });
    console.log(`  ${label.padEnd(30)}${cells.join('   ')}`);
  }

  console.log(`\nThe floor (bench/floor.html: fetches and parses the same two data files, draws nothing) and each embed's share above it`);
  console.log(`  ${''.padEnd(30)}${columns.map(({ label }) => `${label.padStart(9)}: floor  ours−floor ÷ d3−floor`).join('   ')}`);
  for (const [label, field] of rows.filter(([, field]) => field in summary.unthrottled.ratiosAboveFloor)) {
    const cells = columns.map(({ key }) => {
      const floor = summary[key].floor[field];
      return `${(floor >= 100 ? floor.toFixed(0) : floor.toFixed(1)).padStart(16)} ${summary[key].ratiosAboveFloor[field].toFixed(2).padStart(20)}`;
    });
    console.log(`  ${label.padEnd(30)}${cells.join('   ')}`);
  }

  const loads = summary.unthrottled.many.loads;
  console.log(`\n50 elements (10 maps, 20 timelines, 20 contacts; medians of ${loads.untraced} cold loads, main thread of ${loads.traced} traced)`);
  for (const { key, label } of columns) {
    const many = summary[key].many;
    console.log(
      `  ${label.padEnd(12)} all ready ${many.readyMs.toFixed(0)} ms (first ${many.firstReadyMs.toFixed(0)}), ready + paint ${many.readyPaintedMs.toFixed(0)} ms, ` +
        `scripting ${many.scriptingMs.toFixed(0)} ms, busy ${many.busyMs.toFixed(0)} ms, heap ${many.heapMB.toFixed(2)} MB, ${many.domNodes} DOM nodes, ` +
        `${many.bytes.embed.requests} requests, ${kb(many.bytes.embed.bodyBytes)} KiB`,
    );
  }

  console.log(`\nInteractions on the map, ms: median of all repeats (median of the first repeat of each load).`);
  console.log(`delay = input → first listener; work = listener → DOM updated; render = that frame's style/layout/paint;`);
  console.log(`work + render is the main-thread cost that must fit in one 16 ms frame; next paint = input → frame painted`);
  const labels = { hover: 'pointer over a state → details', arrow: 'arrow key → focus moved', legend: 'legend filter click', asOf: 'as-of change → updated' };
  for (const { key, label } of columns) {
    console.log(`  ${label}`);
    const show = (stat) => `${stat.median.toFixed(1)} (${stat.firstMedian.toFixed(1)})`.padStart(15);
    console.log(`    ${''.padEnd(32)}${['delay', 'work', 'render', 'work+render', 'next paint'].map((title) => title.padStart(15)).join('')}  ≤16?`);
    const print = (name, stats) =>
      console.log(
        `    ${name.padEnd(32)}${[stats.delayMs, stats.workMs, stats.renderMs, stats.busyMs, stats.nextPaintMs].map(show).join('')}  ${stats.busyMs.median <= 16 ? 'yes' : 'NO'}`,
      );
    for (const [kind, stats] of Object.entries(summary[key].map.interactions)) print(labels[kind], stats);
    print('d3 baseline: pointer → tooltip', summary[key].baseline.interactions.hover);
  }
}

function sum(...entries) {
  return entries.filter(Boolean).reduce((total, entry) => ({ requests: total.requests + entry.requests, bodyBytes: total.bodyBytes + entry.bodyBytes, wireBytes: total.wireBytes + entry.wireBytes }), { requests: 0, bodyBytes: 0, wireBytes: 0 });
}

// ——— Helpers ———

function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return round(sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2, 2);
}

function round(value, digits = 1) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function positiveInteger(value, name) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) fail(`${name} wants a whole number ≥ 1, not ${value}`);
  return number;
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() => clearTimeout(timer));
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))));
  });
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
