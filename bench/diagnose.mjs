// `node bench/diagnose.mjs`: where the milliseconds go, from a Chromium Performance trace
// (issue 13). The benchmark says how long; this says on what. Three modes:
//
//   node bench/diagnose.mjs hover [--page map|baseline] [--cpu 4] [--repeats 7]
//   node bench/diagnose.mjs arrow|legend [--cpu 4] [--repeats 7]
//       One page, loaded once; then a trace around real-input interactions (the same probes as
//       `npm run bench`). Each interaction's window, from the input's timeStamp to its frame
//       painted, is split into self time per kind of work (hit testing, event dispatch, script,
//       style, layout, paint…, idle), with what the timeline says about it (elements restyled,
//       objects laid out) and the JS functions sampled in it, named through the source map.
//       The first interaction of the page is shown apart: it pays one-off costs.
//   node bench/diagnose.mjs load [--page map|baseline|floor] [--cpu 4] [--repeats 5]
//       Traced cold loads, navigation to settled: the same split, up to ready and after it, the
//       requests' timing, and the JS functions.
//   node bench/diagnose.mjs ab --b DIR [--a DIR] [--cpu 1,4] [--runs 7] [--repeats 5]
//       A/B without tracing: alternating cold loads of bench/map.html served from two copies of
//       the project (each with its own dist/), measuring ready, painted, hover, arrow and legend
//       as the benchmark does. For prototypes: copy the project, change src/, build, compare.
//
// `--save FILE` also writes the (last) trace, to open in Chrome DevTools' Performance panel;
// `--raw` splits interaction windows by trace event names instead of kinds of work.
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
import { breakdown, DIAGNOSIS_CATEGORIES, jsSamples, pageThread, spansOf, traceEvents } from './harness/trace.mjs';
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
  },
});
const mode = positionals[0] ?? 'hover';
const PAGES = {
  map: { path: '/bench/map.html', event: 'opicescr-ready' },
  baseline: { path: '/bench/d3-baseline.html', event: 'baseline-ready' },
  floor: { path: '/bench/floor.html', event: 'floor-ready' },
  'floor-geometry': { path: '/bench/floor.html?geometry', event: 'floor-ready' },
};
const VIEWPORT = { width: 1280, height: 800 };
const TOP = Number(options.top);
if (!PAGES[options.page]) fail(`--page is one of ${Object.keys(PAGES).join(', ')}`);
if (!['hover', 'arrow', 'legend', 'load', 'ab'].includes(mode)) fail('mode is hover, arrow, legend, load or ab');

/** The order breakdowns are printed in: roughly the order of the work in a frame. */
const LABEL_ORDER = [
  'idle (no task running: waiting for input, network or the next frame)',
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
  else if (mode === 'load') await diagnoseLoads(options.a);
  else await diagnoseInteractions(options.a);
} finally {
  await browser.close();
}

// ——— Interactions ———

async function diagnoseInteractions(root) {
  const rate = Number(options.cpu);
  const repeats = Number(options.repeats ?? 7);
  const server = await startStaticServer({ root });
  try {
    const { page, cdp, scripts, context } = await openPage(server, options.page, rate);
    await page.goto(`${server.url}${PAGES[options.page].path}`);
    await page.evaluate(() => window.__bench.settled);
    await settle(page);
    await browser.startTracing(page, { categories: DIAGNOSIS_CATEGORIES });
    const mark = (index) => page.evaluate((name) => performance.mark(name), `bench-${index}`);
    const baseline = options.page === 'baseline';
    let samples;
    if (mode === 'hover') samples = await hovers(page, { repeats, baseline, beforeEach: mark });
    else if (baseline) fail('the d3 baseline has a hover only');
    else if (mode === 'arrow') samples = await arrows(page, { repeats, beforeEach: mark });
    else samples = await legendFilters(page, { repeats, beforeEach: mark });
    const buffer = await browser.stopTracing();
    if (options.save) writeFileSync(options.save, buffer);
    await cdp.detach();
    await context.close();

    const events = traceEvents(buffer);
    const marks = events.filter((event) => event.cat === 'blink.user_timing' && event.name.startsWith('bench-'));
    if (!marks.length) throw new Error('no marks in the trace');
    const thread = { pid: marks[0].pid, tid: marks[0].tid };
    // performance.now() of a mark and its trace time give the page clock's place on the trace's.
    const offset = marks[0].ts - marks[0].args.data.startTime * 1000;
    const spans = spansOf(events, thread);
    const name = await sourceNamer(scripts, root);
    const windows = samples.map(({ raw }) => [offset + raw.t0 * 1000, offset + raw.tPaint * 1000]);
    const results = windows.map((window) => ({ ...breakdown(spans, window, { raw: options.raw }), js: jsSamples(events, thread, window).map((sample) => ({ ...name(sample), ms: sample.ms })) }));
    console.log(`\n${mode} on ${options.page === 'map' ? 'our map' : 'the d3 baseline'} at ${rate}x CPU: ${repeats} interactions, real input; ms from the input's timeStamp to its frame painted`);
    console.log(`painted per interaction: ${samples.map((sample) => sample.paintedMs.toFixed(1)).join(', ')}`);
    printBreakdowns([['first', results.slice(0, 1)], [`median of the other ${results.length - 1}`, results.slice(1)]]);
    printJs([['first', results.slice(0, 1)], ['the others', results.slice(1)]]);
  } finally {
    await server.close();
  }
}

// ——— Cold loads ———

async function diagnoseLoads(root) {
  const rate = Number(options.cpu);
  const repeats = Number(options.repeats ?? 5);
  const server = await startStaticServer({ root });
  try {
    const results = [];
    let lastTrace;
    for (let index = 0; index <= repeats; index += 1) {
      const { page, cdp, scripts, context, requestTimes } = await openPage(server, options.page, rate);
      const url = `${server.url}${PAGES[options.page].path}`;
      await browser.startTracing(page, { categories: DIAGNOSIS_CATEGORIES });
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
      const name = await sourceNamer(scripts, root);
      const split = (window) => ({ ...breakdown(spans, window, { raw: options.raw }), js: jsSamples(events, thread, window).map((sample) => ({ ...name(sample), ms: sample.ms })) });
      results.push({
        times,
        toReady: split([thread.origin, at(times.ready)]),
        afterReady: split([at(times.ready), at(times.settled)]),
        requests: requestTimes(),
      });
    }
    if (options.save) writeFileSync(options.save, lastTrace);
    console.log(`\nCold loads of ${options.page} at ${rate}x CPU (medians of ${results.length}): ready ${median(results.map((r) => r.times.ready)).toFixed(0)} ms, painted ${median(results.map((r) => r.times.painted)).toFixed(0)} ms, settled ${median(results.map((r) => r.times.settled)).toFixed(0)} ms`);
    console.log('\nRequests (ms since navigation: sent → response → finished), medians');
    for (const path of new Set(results.flatMap((r) => r.requests.map((request) => request.path)))) {
      const of = (field) => median(results.map((r) => r.requests.find((request) => request.path === path)?.[field]).filter(Number.isFinite));
      console.log(`  ${path.padEnd(48)} ${of('sent').toFixed(0).padStart(6)} → ${of('response').toFixed(0).padStart(6)} → ${of('finished').toFixed(0).padStart(6)}`);
    }
    printBreakdowns([['navigation → ready', results.map((r) => r.toReady)], ['ready → settled', results.map((r) => r.afterReady)]]);
    printJs([['navigation → ready', results.map((r) => r.toReady)], ['ready → settled', results.map((r) => r.afterReady)]]);
  } finally {
    await server.close();
  }
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
        const [a, b] = ['A', 'B'].map((variant) => median(results[variant].flatMap(pick)));
        console.log(`  ${label.padEnd(34)} ${a.toFixed(1).padStart(8)} ${b.toFixed(1).padStart(8)} ${(b / a).toFixed(2).padStart(7)} ${(b - a).toFixed(1).padStart(8)}`);
      };
      console.log(`\n${rate}x CPU, medians                         A        B   B ÷ A    B − A`);
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


function printBreakdowns(groups) {
  const labels = new Set(LABEL_ORDER);
  for (const [, results] of groups) for (const result of results) for (const label of Object.keys(result.ms)) labels.add(label);
  console.log(`\n  ${'self time, ms'.padEnd(72)}${groups.map(([title]) => title.padStart(26)).join('')}`);
  let totals = groups.map(() => 0);
  for (const label of labels) {
    const values = groups.map(([, results]) => median(results.map((result) => result.ms[label] ?? 0)));
    if (values.every((value) => Math.abs(value) < 0.05)) continue;
    totals = totals.map((total, index) => total + values[index]);
    console.log(`  ${label.padEnd(72)}${values.map((value) => value.toFixed(1).padStart(26)).join('')}`);
  }
  console.log(`  ${'(sum of the medians)'.padEnd(72)}${totals.map((value) => value.toFixed(1).padStart(26)).join('')}`);
  const facts = (results, field) => median(results.map((result) => result.facts[field]));
  for (const [field, label] of [['threadMs', 'thread CPU time in tasks, ms (wall ÷ CPU rate, roughly)'], ['hitTests', 'hit tests'], ['styleRecalcs', 'style recalculations'], ['styleElements', 'elements restyled'], ['layouts', 'layouts'], ['layoutDirty', 'objects laid out (dirty)'], ['layoutTotal', 'layout objects in the page']]) {
    console.log(`  ${label.padEnd(72)}${groups.map(([, results]) => { const value = facts(results, field); return (Number.isInteger(value) ? String(value) : value.toFixed(1)).padStart(26); }).join('')}`);
  }
}

function printJs(groups) {
  for (const [title, results] of groups) {
    if (!results.length) continue;
    const byFile = new Map();
    const byFunction = new Map();
    for (const result of results) {
      for (const { file, where, ms: sampleMs } of result.js) {
        const sample = { ms: sampleMs };
        byFile.set(file, (byFile.get(file) ?? 0) + sample.ms / results.length);
        byFunction.set(where, (byFunction.get(where) ?? 0) + sample.ms / results.length);
      }
    }
    const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    console.log(`\n  JS self time by source, ${title} (ms, mean of ${results.length} window${results.length > 1 ? 's' : ''}; sampled)`);
    for (const [file, ms] of top(byFile)) console.log(`    ${ms.toFixed(2).padStart(7)}  ${file}`);
    console.log(`  by function:`);
    for (const [where, ms] of top(byFunction)) console.log(`    ${ms.toFixed(2).padStart(7)}  ${where}`);
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
