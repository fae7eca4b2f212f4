// Reads Chromium traces (devtools.timeline categories) for the benchmark and the diagnosis: which
// events are script and which are style/layout/paint, the page's renderer main thread, and time as
// unions of spans, so that nested events are never counted twice. It only reads; it never decides
// what a good number is.

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];

export const SCRIPT_EVENTS = new Set([
  'EvaluateScript', 'v8.evaluateModule', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'RunMicrotasks',
  'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'XHRLoad', 'XHRReadyStateChange',
  'MinorGC', 'MajorGC',
]);
// Style/layout/paint found inside script (a forced layout) is taken out of script.
export const RENDER_EVENTS = new Set([
  'UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'Layout', 'PrePaint', 'Paint', 'PaintImage',
  'Layerize', 'Commit', 'UpdateLayer', 'UpdateLayerTree', 'HitTest',
]);

/** The events of a trace buffer. */
export function traceEvents(buffer) {
  const parsed = JSON.parse(buffer.toString('utf8'));
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The renderer main thread that navigated to `url`, and the trace time of its navigationStart. */
export function pageThread(events, url) {
  const navigation = events.find((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url);
  if (!navigation) throw new Error(`the trace has no navigationStart for ${url}`);
  return { pid: navigation.pid, tid: navigation.tid, origin: navigation.ts };
}

/** Complete spans [from, to, name, args, thread µs] (µs) of one thread: X events, and B/E pairs matched up. */
export function spansOf(events, { pid, tid }) {
  const spans = [];
  const open = [];
  for (const event of events) {
    if (event.pid !== pid || event.tid !== tid) continue;
    if (event.ph === 'X') spans.push([event.ts, event.ts + (event.dur ?? 0), event.name, event.args, event.tdur]);
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.findLastIndex((candidate) => candidate.name === event.name);
      if (begin >= 0) {
        const start = open.splice(begin, 1)[0];
        spans.push([start.ts, event.ts, event.name, { ...start.args, ...event.args }, start.tts !== undefined && event.tts !== undefined ? event.tts - start.tts : undefined]);
      }
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * Main-thread time from navigationStart to `readyMs` and to `settledMs` (performance.now() times
 * of the page): scripting = union of script events minus the style/layout/paint nested in them;
 * rendering = union of style/layout/paint; busy = union of tasks.
 */
export function analyseLoad(buffer, url, { readyMs, settledMs }) {
  const events = traceEvents(buffer);
  const thread = pageThread(events, url);
  const spans = spansOf(events, thread);
  const script = spans.filter(([, , name]) => SCRIPT_EVENTS.has(name));
  const render = spans.filter(([, , name]) => RENDER_EVENTS.has(name));
  const tasks = spans.filter(([, , name]) => name === 'RunTask');
  const upTo = (endMs) => {
    const window = [thread.origin, thread.origin + endMs * 1000];
    const scriptSpans = clip(script, window);
    const renderSpans = clip(render, window);
    return {
      scripting: ms(length(scriptSpans) - length(intersect(scriptSpans, renderSpans))),
      rendering: ms(length(renderSpans)),
      busy: ms(length(clip(tasks, window))),
    };
  };
  const toReady = upTo(readyMs);
  const toSettled = upTo(settledMs);
  return {
    tracedReadyMs: round(readyMs),
    scriptingMs: toSettled.scripting,
    renderingMs: toSettled.rendering,
    busyMs: toSettled.busy,
    scriptingToReadyMs: toReady.scripting,
    busyToReadyMs: toReady.busy,
  };
}

/** Spans cut to [from, to] (µs), merged. */
export function clip(spans, [from, to]) {
  return union(spans.map(([start, end]) => [Math.max(start, from), Math.min(end, to)]).filter(([start, end]) => end > start));
}

export function union(spans) {
  const sorted = spans.map(([from, to]) => [from, to]).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

export function intersect(a, b) {
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

export function length(spans) {
  return spans.reduce((total, [from, to]) => total + (to - from), 0);
}

const ms = (us) => round(us / 1000, 1);

function round(value, digits = 1) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

// ——— Where the time of one window goes (the diagnosis) ———

/** Time in a window when no task runs: waiting for input, the network or the next frame. */
export const IDLE = 'idle (no task: waiting for network or a frame)';

/** Categories for the diagnosis: the timeline and JS samples. */
export const DIAGNOSIS_CATEGORIES = [
  ...TRACE_CATEGORIES,
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-v8.cpu_profiler',
  'blink',
  'loading',
];
/**
 * What invalidated style and layout, with a JS stack for each invalidation: only on request, as it
 * costs far more than it measures (a legend filter's 200 class changes took 30 times longer).
 */
export const INVALIDATION_CATEGORY = 'disabled-by-default-devtools.timeline.invalidationTracking';

/**
 * What one main-thread trace event counts as in a breakdown. Events not named here are
 * transparent: their time goes to the nearest named event around them (a RunTask at worst).
 */
export function labelOf(name, args) {
  switch (name) {
    case 'RunTask':
      return 'other work in tasks';
    case 'HitTest':
      return 'hit testing';
    case 'EventDispatch': {
      const type = args?.data?.type ?? '';
      if (/^(pointer|mouse)/.test(type)) return 'event dispatch: pointer and mouse events';
      if (/^(key|focus|blur)/.test(type)) return 'event dispatch: keyboard and focus events';
      if (type === 'click') return 'event dispatch: click';
      return `event dispatch: ${type || 'other'}`;
    }
    case 'FunctionCall':
    case 'TimerFire':
    case 'FireAnimationFrame':
    case 'FireIdleCallback':
    case 'EvaluateScript':
    case 'v8.evaluateModule':
      return 'script: listeners, timers, callbacks';
    case 'RunMicrotasks':
      return 'script: microtasks (Lit updates, observers)';
    case 'v8.compile':
    case 'v8.compileModule':
      return 'script: compile';
    case 'MinorGC':
    case 'MajorGC':
      return 'script: garbage collection';
    case 'ParseHTML':
      return 'HTML parsing (the page; Lit templates)';
    case 'UpdateLayoutTree':
      return 'style recalculation';
    case 'ParseAuthorStyleSheet':
      return 'stylesheet parsing';
    case 'Layout':
      return 'layout';
    case 'PrePaint':
      return 'pre-paint';
    case 'Paint':
      return 'paint';
    case 'Layerize':
    case 'Commit':
    case 'UpdateLayer':
    case 'UpdateLayerTree':
      return 'layerize and commit';
    case 'LocalFrameView::RunAccessibilitySteps':
      return 'accessibility tree';
    case 'LocalFrameView::NotifyResizeObservers':
      return 'resize observers';
    case 'LocalFrameView::UpdateViewportIntersectionsForSubtree':
      return 'intersection observers';
    case 'V8.InvokeApiInterruptCallbacks':
      return 'V8 interrupt callbacks (profiler, tracing)';
    default:
      return undefined;
  }
}

/**
 * Self time per label inside [from, to] (µs, trace clock) on one thread: each named event's time
 * minus that of named events inside it; `idle` is what no task covers. Also counts what the
 * timeline says about style and layout work (elements restyled, objects laid out). `raw` labels
 * every event by its own trace name instead, to look inside "other work in tasks".
 */
export function breakdown(spans, [from, to], { raw = false } = {}) {
  const self = new Map();
  const selfCpu = new Map();
  const add = (map, label, us) => map.set(label, (map.get(label) ?? 0) + us);
  const stack = [];
  const facts = { styleElements: 0, layoutDirty: 0, layoutTotal: 0, layouts: 0, hitTests: 0, styleRecalcs: 0 };
  for (const [start, end, name, args, threadUs] of spans) {
    if (end <= from || start >= to) continue;
    while (stack.length && stack[stack.length - 1].end <= start) stack.pop();
    const label = raw ? (name === 'EventDispatch' ? `EventDispatch ${args?.data?.type}` : name) : labelOf(name, args);
    const clipped = Math.min(end, to) - Math.max(start, from);
    // Thread time (what the CPU ran: under emulated throttling, or on a busy machine, the thread
    // also waits), in proportion when the event is cut by the window.
    const cpu = threadUs === undefined ? clipped : (threadUs * clipped) / Math.max(1, end - start);
    if (label) {
      add(self, label, clipped);
      add(selfCpu, label, cpu);
      const parent = stack.findLast((open) => open.label);
      if (parent) {
        add(self, parent.label, -clipped);
        add(selfCpu, parent.label, -cpu);
      }
    }
    if (name === 'UpdateLayoutTree') {
      facts.styleRecalcs += 1;
      facts.styleElements += args?.elementCount ?? 0;
    }
    if (name === 'Layout') {
      facts.layouts += 1;
      facts.layoutDirty += args?.beginData?.dirtyObjects ?? 0;
      facts.layoutTotal = Math.max(facts.layoutTotal, args?.beginData?.totalObjects ?? 0);
    }
    if (name === 'HitTest') facts.hitTests += 1;
    stack.push({ end, label });
  }
  const tasks = clip(spans.filter(([, , name]) => name === 'RunTask'), [from, to]);
  // Thread time: what the CPU really ran. Under emulated CPU throttling the renderer is paused
  // between slices, so wall time (all the rest) is about rate × thread time.
  facts.threadMs = 0;
  for (const [start, end, name, , threadUs] of spans) {
    if (name !== 'RunTask' || end <= from || start >= to || threadUs === undefined) continue;
    facts.threadMs += (threadUs * (Math.min(end, to) - Math.max(start, from))) / Math.max(1, end - start) / 1000;
  }
  self.set(IDLE, to - from - length(tasks));
  const ms = (map) => Object.fromEntries([...map].map(([label, us]) => [label, us / 1000]));
  return { ms: ms(self), cpuMs: ms(selfCpu), facts };
}

/**
 * JS self time inside [from, to] from the trace's CPU profile samples, per function: the sample's
 * script and position, for the caller to map to sources. Returns [{ scriptId, line, column, name, ms }].
 */
export function jsSamples(events, { pid, tid }, [from, to]) {
  const byKey = new Map();
  const nodes = new Map();
  // The profile starts on the page's thread; its chunks come from the sampler thread, with its id.
  const profile = events.find((event) => event.name === 'Profile' && event.pid === pid && event.tid === tid);
  if (!profile) return [];
  let time = profile.args.data.startTime;
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.pid !== pid || event.id !== profile.id) continue;
    const { cpuProfile, timeDeltas = [] } = event.args.data;
    for (const node of cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const samples = cpuProfile?.samples ?? [];
    for (let index = 0; index < samples.length; index += 1) {
      const previous = time;
      time += timeDeltas[index] ?? 0;
      if (previous === undefined || time <= from || previous >= to) continue;
      let node = nodes.get(samples[index]);
      if (!node || node.callFrame.codeType !== 'JS') continue;
      // A built-in (insertBefore, importNode…) counts for the script that called it.
      let native;
      while (node && !Number(node.callFrame.scriptId)) {
        native ??= node.callFrame.functionName;
        node = nodes.get(node.parent);
      }
      if (!node) continue;
      const frame = node.callFrame;
      const name = native ? `${native} ← ${frame.functionName || '(anonymous)'}` : frame.functionName;
      const key = `${frame.scriptId}:${frame.lineNumber}:${frame.columnNumber}:${name}`;
      const entry = byKey.get(key) ?? { scriptId: String(frame.scriptId), line: frame.lineNumber, column: frame.columnNumber, name, native, ms: 0 };
      entry.ms += (Math.min(time, to) - Math.max(previous, from)) / 1000;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}
