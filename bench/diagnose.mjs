// `node bench/diagnose.mjs`: where the milliseconds go, from a Chromium Performance trace
// (see docs/performance.md). The benchmark says how long; this says on what. Three modes:
//
//   node bench/diagnose.mjs hover [--page map|baseline|map,baseline] [--cpu 4] [--repeats 7] [--b DIR]
//   node bench/diagnose.mjs arrow|legend [--cpu 4] [--repeats 7] [--b DIR]
//       One page, loaded once; then a trace around real-input interactions (the same probes as
//       `npm run bench`). Each interaction's window, from the input's timeStamp to its frame
//       painted, is split into self time per kind of work (hit testing, event dispatch, script,
//       style, layout, paint…, idle), with what the timeline says about it (elements restyled,
//       objects laid out) and the JS functions sampled in it, named through the source map.
//       The first interaction of the page is shown apart: it pays one-off costs. Several pages
//       (--page map,baseline) or a second copy of the project (--b DIR, a prototype) are opened
//       side by side and their interactions interleaved under one trace, so that a busy machine
//       weighs on each alike.
//   node bench/diagnose.mjs load [--page map|baseline|floor|floor-geometry|floor-map] [--cpu 4] [--repeats 5] [--b DIR]
//       Traced cold loads, navigation to settled: the same split, up to ready and after it, the
//       requests' timing, and the JS functions.
//   node bench/diagnose.mjs ab --b DIR [--a DIR] [--cpu 1,4] [--runs 7] [--repeats 5]
//       A/B without tracing: alternating cold loads of bench/map.html served from two copies of
//       the project (each with its own dist/), measuring ready, painted, hover, arrow and legend
//       as the benchmark does. For prototypes: copy the project, change src/, build, compare.
//
// `--save FILE` also writes the (last) trace, to open in Chrome DevTools' Performance panel;
// `--invalidations` adds invalidation tracking to the trace (what invalidated style and layout,
// with stacks: open the saved trace in DevTools), which slows attribute writes many times over;
// `--raw` splits windows by trace event names instead of kinds of work; `--thread-time` shows
// thread (CPU) time instead of wall time: what the code costs whatever else the machine runs;
// `--stat min` or `--stat p25` shows each line's least value or lower quartile over the windows
// (or, in ab, the samples) instead of the median: on a busy machine, the least disturbed.
// It measures only; nothing here changes the widget.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import { browserPaths } from '../scripts/lib/browsers.mjs';
import { probes, readyRecorder } from './harness/in-page.js';
import { arrows, hovers, legendFilters, settle } from './harness/interactions.mjs';
import { breakdown, DIAGNOSIS_CATEGORIES, IDLE, INVALIDATION_CATEGORY, jsSamples, pageThread, spansOf, traceEvents } from './harness/trace.mjs';
import { sourceNamer } from './harness/sources.mjs';
import { median } from './harness/report.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    page: { type: 'string', default: 'map' },
    cpu: { type: 'string', default: '4' },
    repeats: { type: 'string' },
    runs: { type: 'string', default: '7' },
    a: { type: 'string', default: here },
    b: { type: 'string' },
    save: { type: 'string' },
    top: { type: 'string', default: '12' },
    raw: { type: 'boolean', default: false },
    'thread-time': { type: 'boolean', default: false },
    stat: { type: 'string', default: 'median' },
    invalidations: { type: 'boolean', default: false },
  },
});
const mode = positionals[0] ?? 'hover';
const PAGES = {
  map: { path: '/bench/map.html', event: 'opicescr-ready' },
  baseline: { path: '/bench/d3-baseline.html', event: 'baseline-ready' },
  floor: { path: '/bench/floor.html', event: 'floor-ready' },
  'floor-geometry': { path: '/bench/floor.html?geometry', event: 'floor-ready' },
  // The drawn floor: the same map in plain DOM, nothing else (bench/floor-map.js).
  'floor-map': { path: '/bench/floor-map.html', event: 'floor-ready' },
};
const VIEWPORT = { width: 1280, height: 800 };
const CATEGORIES = options.invalidations ? [...DIAGNOSIS_CATEGORIES, INVALIDATION_CATEGORY] : DIAGNOSIS_CATEGORIES;
const TOP = Number(options.top);
if (!options.page.split(',').every((name) => PAGES[name])) fail(`--page is one of ${Object.keys(PAGES).join(', ')}, or several with commas (interactions)`);
if (!['hover', 'arrow', 'legend', 'load', 'ab'].includes(mode)) fail('mode is hover, arrow, legend, load or ab');
if (!['median', 'min', 'p25'].includes(options.stat)) fail('--stat is median, min or p25');

/** Width of a column of numbers. */
const COLUMN = 18;
/** The order breakdowns are printed in: roughly the order of the work in a frame. */
const LABEL_ORDER = [
  IDLE,
  'hit testing',
  'event dispatch: pointer and mouse events',
  'event dispatch: keyboard and focus events',
  'event dispatch: click',
  'script: listeners, timers, callbacks',
  'script: microtasks (Lit updates, observers)',
  'script: compile',
  'script: garbage collection',
  'HTML parsing (the page; Lit templates)',
  'stylesheet parsing',
  'style recalculation',
  'layout',
  'pre-paint',
  'paint',
  'layerize and commit',
  'accessibility tree',
  'resize observers',
  'intersection observers',
  'other work in tasks',
  'V8 interrupt callbacks (profiler, tracing)',
];

const { chromium: chromiumBinary } = browserPaths();
const browser = await chromium.launch({ executablePath: chromiumBinary.path, args: chromiumBinary.args });
console.log(`Chromium ${browser.version()}, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
try {
  if (mode === 'ab') await compare();
  else if (mode === 'load') await diagnoseLoads();
  else await diagnoseInteractions();
} finally {
  await browser.close();
}

// ——— Interactions ———

async function diagnoseInteractions() {
  // Every page (--page map,baseline) from every copy (--a, --b), opened side by side; their
  // interactions interleave under one trace, so that a busy machine weighs on all alike.
  const roots = options.b ? [['A', options.a], ['B', options.b]] : [['', options.a]];
  const variants = options.page.split(',').flatMap((pageName) =>
    roots.map(([letter, root]) => ({ label: `${pageName}${letter ? ` ${letter}` : ''}`, pageName, root: resolve(root) })),
  );
  for (const { label, root } of variants) console.log(`${label}: ${root}`);
  const traced = await traceInteractions(variants);
  const groups = [];
  for (const { label } of variants) {
    const { samples, results } = traced.get(label);
    console.log(`\n${mode} on ${label} at ${options.cpu}x CPU, input timeStamp → frame painted, ms: ${samples.map((sample) => sample.paintedMs.toFixed(1)).join(', ')}`);
    groups.push([`${label} first`, results.slice(0, 1)], [`${label} others`, results.slice(1)]);
  }
  printBreakdowns(groups);
  printJs(groups);
}

/** Each variant's page, loaded once; one trace around `repeats` rounds of interactions, each window split. */
async function traceInteractions(variants) {
  const rate = Number(options.cpu);
  const repeats = Number(options.repeats ?? 7);
  const opened = [];
  try {
    for (const variant of variants) {
      if (mode !== 'hover' && variant.pageName !== 'map') fail('the d3 baseline has a hover only');
      const server = await startStaticServer({ root: variant.root });
      const { page, cdp, scripts, context } = await openPage(server, variant.pageName, rate);
      opened.push({ ...variant, server, page, cdp, scripts, context, samples: [] });
      await page.goto(`${server.url}${PAGES[variant.pageName].path}`);
      await page.evaluate(() => window.__bench.settled);
      await settle(page);
    }
    await browser.startTracing(opened[0].page, { categories: CATEGORIES });
    for (let index = 0; index < repeats; index += 1) {
      for (const [number, variant] of opened.entries()) {
        const { page } = variant;
        // Marks name the variant: each page's renderer is its own process, and its clock its own.
        const mark = () => page.evaluate((name) => performance.mark(name), `bench-${number}-${index}`);
        const once = { repeats: 1, beforeEach: mark };
        if (mode === 'hover') variant.samples.push(...(await hovers(page, { ...once, baseline: variant.pageName === 'baseline' })));
        else if (mode === 'arrow') variant.samples.push(...(await arrows(page, once)));
        else variant.samples.push(...(await legendFilters(page, once)));
      }
    }
    const buffer = await browser.stopTracing();
    if (options.save) writeFileSync(options.save, buffer);
    const events = traceEvents(buffer);
    const out = new Map();
    for (const [number, variant] of opened.entries()) {
      const marks = events.filter((event) => event.cat === 'blink.user_timing' && event.name.startsWith(`bench-${number}-`));
      if (marks.length !== repeats) throw new Error(`${variant.label}: ${marks.length} marks in the trace, expected ${repeats}`);
      const thread = { pid: marks[0].pid, tid: marks[0].tid };
      // performance.now() of a mark and its trace time place the page's clock on the trace's.
      const offset = marks[0].ts - marks[0].args.data.startTime * 1000;
      const spans = spansOf(events, thread);
      const name = await sourceNamer(variant.scripts, variant.root);
      const results = variant.samples.map(({ raw }) => {
        const window = [offset + raw.t0 * 1000, offset + raw.tPaint * 1000];
        return { ...breakdown(spans, window, { raw: options.raw }), js: jsSamples(events, thread, window).map((sample) => ({ ...name(sample), ms: sample.ms })) };
      });
      out.set(variant.label, { samples: variant.samples, results });
    }
    return out;
  } finally {
    for (const variant of opened) {
      await variant.context.close().catch(() => {});
      await variant.server.close();
    }
  }
}

// ——— Cold loads ———

async function diagnoseLoads() {
  const rate = Number(options.cpu);
  const repeats = Number(options.repeats ?? 5);
  // With --b, cold loads of the two copies alternate, so that a busy machine weighs on both alike.
  const variants = (options.b ? [['A', options.a], ['B', options.b]] : [['', options.a]]).map(([letter, root]) => ({ letter, root: resolve(root), results: [] }));
  for (const variant of variants) variant.server = await startStaticServer({ root: variant.root });
  let lastTrace;
  try {
    for (let index = 0; index <= repeats; index += 1) {
      for (const variant of index % 2 ? variants : [...variants].reverse()) {
        const { page, cdp, scripts, context, requestTimes } = await openPage(variant.server, options.page, rate);
        const url = `${variant.server.url}${PAGES[options.page].path}`;
        await browser.startTracing(page, { categories: CATEGORIES });
        await page.goto(url, { waitUntil: 'commit' });
        const times = await page.evaluate(() => window.__bench.settled.then(() => ({ ready: window.__bench.allReadyAt, painted: window.__bench.paintedAt, settled: window.__bench.settledAt })));
        const buffer = await browser.stopTracing();
        await cdp.detach();
        await context.close();
        if (index === 0) continue; // the first load warms Chromium and the server's gzip memo
        lastTrace = buffer;
        const events = traceEvents(buffer);
        const thread = pageThread(events, url);
        const spans = spansOf(events, thread);
        const at = (ms) => thread.origin + ms * 1000;
        // Script ids are per page: each load names its own samples.
        const name = await sourceNamer(scripts, variant.root);
        const split = (window) => ({ ...breakdown(spans, window, { raw: options.raw }), js: jsSamples(events, thread, window).map((sample) => ({ ...name(sample), ms: sample.ms })) });
        variant.results.push({ times, toReady: split([thread.origin, at(times.ready)]), afterReady: split([at(times.ready), at(times.settled)]), requests: requestTimes() });
      }
    }
  } finally {
    for (const variant of variants) await variant.server.close();
  }
  if (options.save) writeFileSync(options.save, lastTrace);
  const groups = [];
  for (const { letter, root, results } of variants) {
    const prefix = letter ? `${letter} ` : '';
    const of = (field) => stat(results.map((r) => r.times[field])).toFixed(0);
    console.log(`\n${prefix}${letter ? `(${root}) ` : ''}cold loads of ${options.page} at ${rate}x CPU (${options.stat} of ${results.length}): ready ${of('ready')} ms, painted ${of('painted')} ms, settled ${of('settled')} ms`);
    console.log('  requests, ms since navigation: sent → response → finished');
    for (const path of new Set(results.flatMap((r) => r.requests.map((request) => request.path)))) {
      const at = (field) => stat(results.map((r) => r.requests.find((request) => request.path === path)?.[field]).filter(Number.isFinite));
      console.log(`    ${path.padEnd(46)} ${at('sent').toFixed(0).padStart(6)} → ${at('response').toFixed(0).padStart(6)} → ${at('finished').toFixed(0).padStart(6)}`);
    }
    groups.push([`${prefix}→ ready`, results.map((r) => r.toReady)], [`${prefix}ready → settled`, results.map((r) => r.afterReady)]);
  }
  printBreakdowns(groups);
  printJs(groups);
}

// ——— A/B ———

async function compare() {
  if (!options.b) fail('ab wants --b DIR (a copy of the project with its own build)');
  const roots = { A: resolve(options.a), B: resolve(options.b) };
  const rates = options.cpu.split(',').map(Number);
  const runs = Number(options.runs);
  const repeats = Number(options.repeats ?? 5);
  const servers = { A: await startStaticServer({ root: roots.A }), B: await startStaticServer({ root: roots.B }) };
  console.log(`A = ${roots.A}\nB = ${roots.B}\n${runs} alternating cold loads of bench/map.html each, ${repeats} repeats per interaction`);
  try {
    for (const rate of rates) {
      const results = { A: [], B: [] };
      for (let index = 0; index <= runs; index += 1) {
        for (const variant of index % 2 ? ['A', 'B'] : ['B', 'A']) {
          const { page, cdp, context } = await openPage(servers[variant], 'map', rate);
          await page.goto(`${servers[variant].url}/bench/map.html`, { waitUntil: 'commit' });
          const times = await page.evaluate(() => window.__bench.settled.then(() => ({ ready: window.__bench.allReadyAt, painted: window.__bench.paintedAt })));
          const hover = await hovers(page, { repeats, baseline: false });
          const arrow = await arrows(page, { repeats });
          const legend = await legendFilters(page, { repeats });
          await cdp.detach();
          await context.close();
          if (index > 0) results[variant].push({ ...times, hover, arrow, legend });
        }
      }
      const row = (label, pick) => {
        const [a, b] = ['A', 'B'].map((variant) => stat(results[variant].flatMap(pick)));
        console.log(`  ${label.padEnd(34)} ${a.toFixed(1).padStart(8)} ${b.toFixed(1).padStart(8)} ${(b / a).toFixed(2).padStart(7)} ${(b - a).toFixed(1).padStart(8)}`);
      };
      const title = `${rate}x CPU, ${options.stat === 'median' ? 'medians' : options.stat}`;
      console.log(`\n${title.padEnd(44)}A        B   B ÷ A    B − A`);
      row('navigation → ready', (r) => [r.ready]);
      row('navigation → ready + painted', (r) => [r.painted]);
      for (const kind of ['hover', 'arrow', 'legend']) {
        row(`${kind} → painted`, (r) => r[kind].map((sample) => sample.paintedMs));
        row(`${kind} → painted, first of load`, (r) => [r[kind][0].paintedMs]);
        row(`  ${kind}: work (→ DOM)`, (r) => r[kind].map((sample) => sample.workMs));
        row(`  ${kind}: render (frame → painted)`, (r) => r[kind].map((sample) => sample.renderMs));
      }
    }
  } finally {
    await servers.A.close();
    await servers.B.close();
  }
}

// ——— Shared ———

/** A fresh context and page with the probes installed, CPU throttled, scripts and requests recorded. */
async function openPage(server, pageName, rate) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light', locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  const scripts = new Map();
  cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => scripts.set(scriptId, url));
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => requests.set(requestId, { url: request.url, sentAt: timestamp }));
  cdp.on('Network.responseReceived', ({ requestId, timestamp }) => {
    const request = requests.get(requestId);
    if (request) request.responseAt = timestamp;
  });
  cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
    const request = requests.get(requestId);
    if (request) request.finishedAt = timestamp;
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const spec = PAGES[pageName];
  await page.addInitScript(readyRecorder, { event: spec.event, expect: 1 });
  await page.addInitScript(probes);
  // Request times are CDP timestamps (s); the navigation request's gives their zero.
  const requestTimes = () => {
    const all = [...requests.values()];
    const zero = all[0]?.sentAt ?? 0;
    const ms = (timestamp) => (timestamp - zero) * 1000;
    return all.map((request) => ({ path: new URL(request.url).pathname + new URL(request.url).search, sent: ms(request.sentAt), response: ms(request.responseAt), finished: ms(request.finishedAt) }));
  };
  return { context, page, cdp, scripts, requestTimes };
}


/** The statistic over windows or samples: the median, the least (--stat min) or the lower quartile (--stat p25). */
function stat(values) {
  if (options.stat === 'min') return Math.min(...values);
  if (options.stat === 'p25') {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 4)];
  }
  return median(values);
}

function printBreakdowns(groups) {
  const labels = new Set(LABEL_ORDER);
  for (const [, results] of groups) for (const result of results) for (const label of Object.keys(result.ms)) labels.add(label);
  if (options['thread-time']) labels.delete(IDLE);
  const timeField = options['thread-time'] ? 'cpuMs' : 'ms';
  console.log(`\n  ${(options['thread-time'] ? 'self thread (CPU) time, ms' : 'self time, ms').padEnd(52)}${groups.map(([title]) => title.padStart(COLUMN)).join('')}`);
  let totals = groups.map(() => 0);
  for (const label of labels) {
    const values = groups.map(([, results]) => stat(results.map((result) => result[timeField][label] ?? 0)));
    if (values.every((value) => Math.abs(value) < 0.05)) continue;
    totals = totals.map((total, index) => total + values[index]);
    console.log(`  ${label.padEnd(52)}${values.map((value) => value.toFixed(1).padStart(COLUMN)).join('')}`);
  }
  console.log(`  ${`(sum of the ${{ min: 'least values', p25: 'lower quartiles', median: 'medians' }[options.stat]})`.padEnd(52)}${totals.map((value) => value.toFixed(1).padStart(COLUMN)).join('')}`);
  const facts = (results, field) => stat(results.map((result) => result.facts[field]));
  for (const [field, label] of [['threadMs', 'thread (CPU) time in tasks, ms'], ['hitTests', 'hit tests'], ['styleRecalcs', 'style recalculations'], ['styleElements', 'elements restyled'], ['layouts', 'layouts'], ['layoutDirty', 'objects laid out (dirty)'], ['layoutTotal', 'layout objects in the page']]) {
    console.log(`  ${label.padEnd(52)}${groups.map(([, results]) => { const value = facts(results, field); return (Number.isInteger(value) ? String(value) : value.toFixed(1)).padStart(COLUMN); }).join('')}`);
  }
}

function printJs(groups) {
  for (const [title, results] of groups) {
    if (!results.length) continue;
    // Per window, then the statistic over windows (a name missing from a window counts 0 there).
    const perWindow = (key) =>
      results.map((result) => {
        const sums = new Map();
        for (const sample of result.js) sums.set(sample[key], (sums.get(sample[key]) ?? 0) + sample.ms);
        return sums;
      });
    const summarise = (key) => {
      const windows = perWindow(key);
      const names = new Set(windows.flatMap((sums) => [...sums.keys()]));
      return [...names].map((name) => [name, stat(windows.map((sums) => sums.get(name) ?? 0))]).sort((a, b) => b[1] - a[1]).slice(0, TOP);
    };
    const how = results.length > 1 ? `${{ min: 'least', p25: 'lower quartile', median: 'median' }[options.stat]} of ${results.length} windows` : '1 window';
    console.log(`\n  JS self time by source, ${title} (ms, ${how}; sampled, so wall time)`);
    for (const [file, ms] of summarise('file')) console.log(`    ${ms.toFixed(2).padStart(7)}  ${file}`);
    console.log(`  by function:`);
    for (const [where, ms] of summarise('where')) console.log(`    ${ms.toFixed(2).padStart(7)}  ${where}`);
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
