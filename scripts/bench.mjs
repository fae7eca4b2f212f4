// `npm run bench`: what the map costs a visitor, side by side with a naive d3 map and a blank
// floor page, in one run (the byte budgets and performance targets in docs/performance.md).
// Builds the script, serves the project root on 127.0.0.1 and drives Debian's headless Chromium
// through playwright-core over cold loads of
//   bench/map.html          one <opicescr-map> at 800 px, as a partner embeds it;
//   bench/d3-baseline.html  the same choropleth hand-rolled with d3, topojson-client, world-atlas;
//   bench/floor.html        the same page shell fetching one small JSON file and drawing nothing:
//                           what no embed can beat, so targets are stated above it;
// at 1x and 4x CPU, then a slow-phone profile (4x CPU, 1.6 Mbit/s down, 150 ms round trip).
// Prints the results table of docs/performance.md (medians, ratios, targets) and details, and
// writes every run to bench/results/latest.json. The ratios from one run, not absolute times, are
// the result: this machine is small and shared. Method, and how to read and rerun it: docs/performance.md.
//
//   npm run bench                              9 cold loads per page and profile, 5 repeats per interaction
//   npm run bench -- --runs 3 --repeats 3 --no-build
//   npm run bench -- --no-slow --many          skip the slow phone; add the 50-element page
//
// It only measures; the pages and probes it uses must never change what the widget does.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startStaticServer } from './lib/static-server.mjs';
import { browserPaths } from './lib/browsers.mjs';
import { probes, readyRecorder } from '../bench/harness/in-page.js';
import { analyseLoad, TRACE_CATEGORIES } from '../bench/harness/trace.mjs';
import { printReport, summarise } from '../bench/harness/report.mjs';
import { baselineInteractions, HOVERED, mapInteractions } from '../bench/harness/interactions.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = new URL('../bench/results/', import.meta.url);

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    repeats: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    'no-slow': { type: 'boolean', default: false },
    many: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log(
    'npm run bench [-- --runs N (cold loads per page and profile, default 9)] [--repeats N (per interaction and load, default 5)]\n' +
      '              [--no-build] [--no-slow (skip the slow-phone profile)] [--many (add the 50-element page)]',
  );
  process.exit(0);
}
const RUNS = positiveInteger(options.runs, '--runs');
const REPEATS = positiveInteger(options.repeats, '--repeats');

/** CPU profiles: every page, traced and untraced, with interactions. */
const CPU_PROFILES = [
  { key: 'cpu1x', label: '1x CPU', rate: 1 },
  { key: 'cpu4x', label: '4x CPU', rate: 4 },
];
/**
 * The slow phone: 4x CPU and a throttled network, the raw figures of DevTools' "Fast 3G" preset
 * (DevTools itself multiplies its latency by 3.75; this does not). Only the first drawn map is timed.
 */
const SLOW_PHONE = {
  key: 'slowPhone',
  label: 'slow phone (4x CPU, 1.6 Mbit/s, 150 ms RTT)',
  rate: 4,
  network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
};
const PAGES = {
  map: { path: '/bench/map.html', event: 'opicescr-ready', expect: 1 },
  baseline: { path: '/bench/d3-baseline.html', event: 'baseline-ready', expect: 1 },
  floor: { path: '/bench/floor.html', event: 'floor-ready', expect: 1 },
  many: { path: '/bench/many.html', event: 'opicescr-ready', expect: 50 },
};
const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT_MS = 60_000;
const METHOD = {
  coldLoad: 'a fresh browser context per load (own renderer process, empty memory cache), Network.setCacheDisabled, viewport 1280x800, DPR 1; the order of pages rotates from run to run',
  throttling: 'Emulation.setCPUThrottlingRate 1 and 4, set before navigation; slow phone adds Network.emulateNetworkConditions (latency 150 ms, 1.6 Mbit/s down, 750 kbit/s up)',
  floor: 'bench/floor.html: the same page shell and stylesheet, one deferred script that fetches and parses the status file, draws nothing',
  ready: 'performance.now() (ms since navigation) when opicescr-ready / baseline-ready / floor-ready reached document; drawn = the frame after it painted (rAF, then setTimeout 0)',
  mainThread: 'separate traced cold loads (tracing slows pages, d3 more than ours): Chromium trace of the renderer main thread from navigationStart to settled (ready, 2 frames, idle); scripting = union of script events minus nested style/layout/paint',
  interactions: 'real input through CDP (page.mouse / page.keyboard); t0 = timeStamp of the mousemove / keydown / click; DOM change seen by a MutationObserver on the shadow root (ours) or the tooltip (d3); painted = first rAF after it, then setTimeout 0; every probe asserts the change happened and shows',
  bytes: 'CDP Network: gzip body = loadingFinished.encodedDataLength − response headers; the page (HTML, CSS) is not part of the embed; KB = 1024 bytes, as the budgets',
  server: 'scripts/lib/static-server.mjs (each file gzip -9 compressed once, as from a CDN)',
};

const status = JSON.parse(readFileSync(new URL('../data/opicescr-status.v1.json', import.meta.url), 'utf8'));
const STATE_CODES = new Set(status.states.map((state) => state.iso2));
if (status.states.find((state) => state.iso2 === HOVERED.iso2)?.name !== HOVERED.name) fail(`The status file does not name ${HOVERED.iso2} ${HOVERED.name}: update bench/harness/interactions.mjs`);

const started = Date.now();
const loadBefore = loadavg();
if (!options['no-build']) await run('npm', ['run', 'build']);

const { chromium: chromiumBinary } = browserPaths();
if (!chromiumBinary.installed) fail(`No Chromium at ${chromiumBinary.path}: apt-get install chromium, or set CHROMIUM_BIN.`);
const profiles = [...CPU_PROFILES, ...(options['no-slow'] ? [] : [SLOW_PHONE])];
const pagesMeasured = ['map', 'baseline', 'floor', ...(options.many ? ['many'] : [])];
const results = Object.fromEntries(profiles.map(({ key }) => [key, {}]));
let server;
let browser;
let chromiumVersion;
try {
  server = await startStaticServer({ root });
  browser = await chromium.launch({ executablePath: chromiumBinary.path, args: chromiumBinary.args });
  chromiumVersion = browser.version();
  console.log(`Chromium ${chromiumVersion}; ${RUNS} cold loads per page and profile, ${REPEATS} repeats per interaction; load average ${loadBefore.map((value) => value.toFixed(2)).join(' ')} on ${cpus().length} cores`);
  // One unrecorded load of each page: starts Chromium's services and fills the gzip memo.
  for (const name of pagesMeasured) await coldLoad(name, CPU_PROFILES[0], { traced: false, interactions: false });
  for (const profile of profiles) {
    const byPage = results[profile.key];
    const slow = profile === SLOW_PHONE;
    const names = slow ? ['map', 'baseline', 'floor'] : pagesMeasured;
    for (const name of names) byPage[name] = [];
    for (let index = 0; index < RUNS; index += 1) {
      // Ready times, bytes, heap and interactions come from untraced loads, main-thread time from
      // traced ones (tracing slows a page). The heavy 50-element page alternates.
      const loads = slow
        ? [['map', false], ['baseline', false], ['floor', false]]
        : [['map', false], ['baseline', false], ['floor', false], ['map', true], ['baseline', true], ['floor', true]];
      if (!slow && options.many) loads.push(['many', index % 2 === 1 || RUNS === 1]);
      // Rotate the order so that drift on a busy machine does not favour one page.
      const order = [...loads.slice(index % loads.length), ...loads.slice(0, index % loads.length)];
      for (const [name, traced] of order) byPage[name].push(await coldLoad(name, profile, { traced, interactions: !traced && !slow }));
      progress(`${profile.label}: ${index + 1}/${RUNS} runs`);
    }
    progress(`${profile.label}: ${RUNS} runs done`, true);
  }
} finally {
  await browser?.close();
  await server?.close();
}

const loadAfter = loadavg();
const summary = summarise(results, { chromium: chromiumVersion, runs: RUNS, repeats: REPEATS, profiles, slowPhone: SLOW_PHONE.key });
const machine = {
  loadAverage: { before: loadBefore.map((value) => round(value, 2)), after: loadAfter.map((value) => round(value, 2)) },
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: chromiumVersion,
};
printReport(summary, machine);
mkdirSync(resultsDir, { recursive: true });
const out = fileURLToPath(new URL('latest.json', resultsDir));
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      machine,
      options: { runs: RUNS, repeats: REPEATS, viewport: VIEWPORT, profiles: profiles.map(({ key, rate, network }) => ({ key, rate, network })) },
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
 * Loads one page in a fresh browser context (own process, empty caches, cache disabled) under
 * `profile`; measures bytes, ready and painted, heap or (traced) the main thread; then, if asked,
 * the page's interactions. Throws on any page error, failed request or unverified probe.
 */
async function coldLoad(name, profile, { traced, interactions }) {
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
    const requests = watchRequests(cdp, problems);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.rate });
    await page.addInitScript(readyRecorder, { event: spec.event, expect: spec.expect });
    await page.addInitScript(probes);

    if (traced) {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      tracing = true;
    }
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    await withTimeout(page.evaluate(() => window.__bench.settled), LOAD_TIMEOUT_MS, `${name}: not ready within ${LOAD_TIMEOUT_MS / 1000} s`);
    const times = await page.evaluate(() => {
      const { firstReadyAt, allReadyAt, paintedAt, settledAt, errors } = window.__bench;
      return { firstReadyAt, allReadyAt, paintedAt, settledAt, errors };
    });
    const trace = traced ? await browser.stopTracing() : undefined;
    tracing = false;
    problems.push(...times.errors);
    if (problems.length) throw new Error(problems.join('\n'));

    let metrics = {};
    if (!traced) {
      await cdp.send('HeapProfiler.collectGarbage');
      metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name: key, value }) => [key, value]));
    }
    const coverage = verifyPage(name, spec, await page.evaluate(() => window.__probe.check()));
    await waitForResponses(requests);
    for (const request of requests.values()) {
      if (request.status >= 400) problems.push(`HTTP ${request.status} ${request.url}`);
      if (classify(request.url) !== 'page' && request.encoding !== 'gzip') problems.push(`not gzipped: ${request.url}`);
    }
    if (problems.length) throw new Error(problems.join('\n'));
    if (traced) return { traced, ...analyseLoad(trace, url, { readyMs: times.allReadyAt, settledMs: times.settledAt }), coverage };

    // Network throttling is for the load only: interactions never touch the network.
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    let interactionTimes;
    if (interactions && name === 'map') interactionTimes = await mapInteractions(page, { repeats: REPEATS });
    if (interactions && name === 'baseline') interactionTimes = await baselineInteractions(page, { repeats: REPEATS });
    if (problems.length) throw new Error(problems.join('\n'));
    return {
      traced,
      readyMs: round(times.allReadyAt),
      firstReadyMs: round(times.firstReadyAt),
      readyPaintedMs: round(times.paintedAt),
      settledMs: round(times.settledAt),
      heapMB: round(metrics.JSHeapUsedSize / 2 ** 20, 2),
      domNodes: metrics.Nodes,
      bytes: countBytes(requests),
      coverage,
      interactions: interactionTimes,
    };
  } catch (error) {
    error.message = `${name} (${profile.label}): ${error.message}`;
    throw error;
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await context.close();
  }
}

/** Checks that the page drew what it claims: every state for ours, most for d3, data for the floor. */
function verifyPage(name, spec, check) {
  if (name === 'floor') {
    if (check.floor?.states !== STATE_CODES.size) throw new Error(`the floor page parsed ${check.floor?.states} states`);
    return { states: STATE_CODES.size, drawn: 0 };
  }
  if (spec.event === 'opicescr-ready') {
    if (check.elements.length !== spec.expect) throw new Error(`expected ${spec.expect} elements, found ${check.elements.length}`);
    const notReady = check.elements.map((element) => element.state).filter((state) => state !== 'ready' && state !== 'stale');
    if (notReady.length) throw new Error(`elements not ready: ${notReady.join(', ')}`);
    const drawn = check.firstMapCodes.filter((code) => STATE_CODES.has(code));
    if (drawn.length !== STATE_CODES.size) throw new Error(`the map draws ${drawn.length} of ${STATE_CODES.size} states`);
    return { states: STATE_CODES.size, drawn: drawn.length };
  }
  if (!check.baseline) throw new Error('the baseline did not report what it drew');
  const { drawn, missing, paths } = check.baseline;
  if (drawn < 150 || paths < 150) throw new Error(`the baseline draws only ${drawn} states (${paths} paths)`);
  return { states: STATE_CODES.size, drawn, missing };
}

// ——— Network ———

function watchRequests(cdp, problems) {
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
  return requests;
}

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
  for (let waited = 0; waited < 5000; waited += 50) {
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

// ——— Helpers ———

function progress(message, done = false) {
  if (process.stdout.isTTY) process.stdout.write(`\r${message}${done ? '\n' : ''}`);
  else if (done) console.log(message);
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
