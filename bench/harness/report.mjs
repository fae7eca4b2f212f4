// Turns the benchmark's raw loads into medians, ratios and the performance targets in
// docs/performance.md, and prints them: first the results table (markdown, to paste there), then
// the details a diagnosis needs. It never measures anything itself.

const KB = 1024;
/** One frame at 60 Hz: "within one frame of d3's hover". */
const FRAME_MS = 1000 / 60;
export const BUDGETS = { embedBytes: 60 * KB, scriptBytes: 30 * KB };
export const TARGETS = { aboveFloor: 0.5, hover: 1, slowPhone: 0.5, frameMs: FRAME_MS };

/** Medians per profile and page, interaction statistics, and the rows of the results table. */
export function summarise(results, { chromium, runs, repeats, profiles, slowPhone }) {
  const out = { chromium, runs, repeats };
  for (const { key } of profiles) {
    const pages = {};
    for (const [name, loads] of Object.entries(results[key])) pages[name] = summarisePage(loads);
    out[key] = pages;
  }
  const first = results.cpu1x;
  out.coverage = { ours: first.map[0].coverage, baseline: first.baseline[0].coverage };
  out.table = tableRows(out, profiles, slowPhone);
  return out;
}

function summarisePage(loads) {
  const runs = loads.filter((load) => !load.traced);
  const traced = loads.filter((load) => load.traced);
  const page = {
    loads: { untraced: runs.length, traced: traced.length },
    readyMs: median(runs.map((run) => run.readyMs)),
    firstReadyMs: median(runs.map((run) => run.firstReadyMs)),
    readyPaintedMs: median(runs.map((run) => run.readyPaintedMs)),
    heapMB: median(runs.map((run) => run.heapMB)),
    domNodes: median(runs.map((run) => run.domNodes)),
    bytes: {},
  };
  if (traced.length) {
    for (const field of ['scriptingMs', 'renderingMs', 'busyMs', 'scriptingToReadyMs', 'tracedReadyMs']) page[field] = median(traced.map((run) => run[field]));
  }
  for (const kind of new Set(runs.flatMap((run) => Object.keys(run.bytes)))) {
    page.bytes[kind] = Object.fromEntries(['requests', 'bodyBytes', 'wireBytes'].map((field) => [field, median(runs.map((run) => run.bytes[kind]?.[field] ?? 0))]));
  }
  if (runs[0]?.interactions) {
    page.interactions = {};
    for (const kind of Object.keys(runs[0].interactions)) {
      const samples = runs.flatMap((run) => run.interactions[kind]);
      const firsts = runs.map((run) => run.interactions[kind][0]);
      const stat = (field) => ({
        median: median(samples.map((sample) => sample[field])),
        p90: quantile(samples.map((sample) => sample[field]), 0.9),
        max: round(Math.max(...samples.map((sample) => sample[field])), 2),
        firstMedian: median(firsts.map((sample) => sample[field])),
      });
      page.interactions[kind] = { samples: samples.length, ...Object.fromEntries(['paintedMs', 'delayMs', 'workMs', 'waitMs', 'renderMs'].map((field) => [field, stat(field)])) };
    }
  }
  return page;
}

/** The results table: label, ours, d3, floor, ratio, how the ratio is taken, and whether the target holds. */
function tableRows(summary, profiles, slowPhone) {
  const rows = [];
  const cpu = profiles.filter(({ key }) => key !== slowPhone);
  const aboveFloor = (ours, d3, floor) => round((ours - floor) / (d3 - floor), 2);
  for (const [label, field] of [['navigation → ready', 'readyMs'], ['main-thread scripting', 'scriptingMs']]) {
    for (const { key, rate } of cpu) {
      const { map, baseline, floor } = summary[key];
      const ratio = aboveFloor(map[field], baseline[field], floor[field]);
      rows.push({ label: `${label}, ${rate}x CPU`, unit: 'ms', ours: map[field], d3: baseline[field], floor: floor[field], ratio, ratioOf: 'above floor', target: `≤ ${TARGETS.aboveFloor.toFixed(2)}`, met: ratio <= TARGETS.aboveFloor });
    }
  }
  for (const [label, kind] of [['hover → details painted', 'hover'], ['keyboard arrow → painted', 'arrow'], ['legend filter → painted', 'legend']]) {
    for (const { key, rate } of cpu) {
      const ours = summary[key].map.interactions[kind].paintedMs.median;
      const d3 = summary[key].baseline.interactions.hover.paintedMs.median;
      const ratio = round(ours / d3, 2);
      if (kind === 'hover') {
        rows.push({ label: `${label}, ${rate}x CPU`, unit: 'ms', ours, d3, ratio, ratioOf: 'ours ÷ d3', target: '≤ 1.00', met: ratio <= TARGETS.hover });
      } else {
        // d3's map has no keyboard or legend filter: the target is its hover, within one frame.
        rows.push({ label: `${label}, ${rate}x CPU`, unit: 'ms', ours, d3, d3Is: 'hover', ratio, ratioOf: 'ours ÷ d3 hover', target: `≤ d3 hover + ${FRAME_MS.toFixed(1)} ms`, met: ours <= d3 + FRAME_MS });
      }
    }
  }
  const slow = summary[slowPhone];
  if (slow) {
    const { map, baseline, floor } = slow;
    const ratio = round(map.readyPaintedMs / baseline.readyPaintedMs, 2);
    rows.push({
      label: 'slow phone: navigation → map drawn', unit: 'ms', ours: map.readyPaintedMs, d3: baseline.readyPaintedMs, floor: floor.readyPaintedMs, ratio, ratioOf: 'ours ÷ d3',
      note: `above floor ${aboveFloor(map.readyPaintedMs, baseline.readyPaintedMs, floor.readyPaintedMs).toFixed(2)}`, target: `≤ ${TARGETS.slowPhone.toFixed(2)}`, met: ratio <= TARGETS.slowPhone,
    });
  }
  const { map, baseline } = summary[cpu[0].key];
  const theirScript = ['d3', 'topojson', 'code'].reduce((total, kind) => total + (baseline.bytes[kind]?.bodyBytes ?? 0), 0);
  rows.push({ label: 'whole embed, gzip', unit: 'KB', ours: map.bytes.embed.bodyBytes / KB, d3: baseline.bytes.embed.bodyBytes / KB, ratio: round(map.bytes.embed.bodyBytes / baseline.bytes.embed.bodyBytes, 2), ratioOf: 'ours ÷ d3', target: `≤ ${BUDGETS.embedBytes / KB} KB`, met: map.bytes.embed.bodyBytes <= BUDGETS.embedBytes });
  rows.push({ label: 'script, gzip', unit: 'KB', ours: map.bytes.script.bodyBytes / KB, d3: theirScript / KB, ratio: round(map.bytes.script.bodyBytes / theirScript, 2), ratioOf: 'ours ÷ d3', target: `≤ ${BUDGETS.scriptBytes / KB} KB`, met: map.bytes.script.bodyBytes <= BUDGETS.scriptBytes });
  return rows;
}

export function printReport(summary, machine) {
  const load = machine.loadAverage;
  console.log(`\n### Issue 13 table: Chromium ${summary.chromium}, medians of ${summary.runs} cold loads (interactions: ${summary.runs} × ${summary.repeats} repeats)`);
  console.log(`Machine: ${machine.cpus} cores, load average ${load.before.join(' ')} before, ${load.after.join(' ')} after (1, 5, 15 min)\n`);
  console.log('| | ours | d3 | blank floor | ours above floor ÷ d3 above floor (hover, arrow, legend, slow phone, bytes: ours ÷ d3) | target |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const row of summary.table) {
    const value = (number) => (number === undefined ? '' : row.unit === 'KB' ? `${number.toFixed(1)} KB` : `${number >= 100 ? number.toFixed(0) : number.toFixed(1)} ms`);
    const d3 = row.d3Is ? `(${row.d3Is}) ${value(row.d3)}` : value(row.d3);
    const ratio = `${row.ratio.toFixed(2)}${row.note ? ` (${row.note})` : ''}`;
    console.log(`| ${row.label} | ${value(row.ours)} | ${d3} | ${value(row.floor)} | ${ratio} | ${row.target} ${row.met ? 'met' : '**not met**'} |`);
  }

  const cpu = ['cpu1x', 'cpu4x'].filter((key) => summary[key]);
  console.log(`\nInteractions, ms: median of all repeats [p90] (median of each load's first); painted = delay + work + wait + render`);
  console.log('delay: input → first listener (frame alignment); work: → DOM changed (handlers, Lit update);');
  console.log('wait: → next frame starts; render: that frame (style, layout, paint) → painted');
  const show = (stat) => `${stat.median.toFixed(1)} [${stat.p90.toFixed(1)}] (${stat.firstMedian.toFixed(1)})`.padStart(21);
  for (const key of cpu) {
    console.log(`  ${key === 'cpu1x' ? '1x CPU' : '4x CPU'}${''.padEnd(26)}${['painted', 'delay', 'work', 'wait', 'render'].map((title) => title.padStart(21)).join('')}`);
    const line = (label, stats) => console.log(`    ${label.padEnd(30)}${['paintedMs', 'delayMs', 'workMs', 'waitMs', 'renderMs'].map((field) => show(stats[field])).join('')}`);
    const ours = summary[key].map.interactions;
    line('ours: hover → details', ours.hover);
    line('ours: arrow key → focus moved', ours.arrow);
    line('ours: legend filter', ours.legend);
    line('ours: as-of set → updated', ours.asOf);
    line('d3: hover → tooltip', summary[key].baseline.interactions.hover);
  }

  console.log('\nLoads, ms (medians)                    ours      d3   floor   ours above floor ÷ d3 above floor');
  const rows = [
    ['ready', 'readyMs'],
    ['ready + painted', 'readyPaintedMs'],
    ['scripting (trace)', 'scriptingMs'],
    ['style/layout/paint (trace)', 'renderingMs'],
    ['main thread busy (trace)', 'busyMs'],
    ['JS heap after GC (MB)', 'heapMB'],
  ];
  for (const key of [...cpu, 'slowPhone'].filter((each) => summary[each])) {
    console.log(`  ${key}`);
    for (const [label, field] of rows) {
      const { map, baseline, floor } = summary[key];
      if (map[field] === undefined) continue;
      const ratio = (map[field] - floor[field]) / (baseline[field] - floor[field]);
      console.log(`    ${label.padEnd(32)} ${fixed(map[field]).padStart(7)} ${fixed(baseline[field]).padStart(7)} ${fixed(floor[field]).padStart(7)}   ${Number.isFinite(ratio) ? ratio.toFixed(2) : ''}`);
    }
  }

  const bytes = summary.cpu1x;
  const kb = (entry) => (entry ? `${(entry.bodyBytes / KB).toFixed(1)} (${entry.requests})` : '');
  const sum = (...entries) => entries.filter(Boolean).reduce((total, entry) => ({ requests: total.requests + entry.requests, bodyBytes: total.bodyBytes + entry.bodyBytes }), { requests: 0, bodyBytes: 0 });
  console.log('\nBytes (gzip body, KB; requests)                 ours           d3     floor');
  const line = (label, a, b, c) => console.log(`  ${label.padEnd(44)} ${kb(a).padStart(10)} ${kb(b).padStart(12)} ${kb(c).padStart(9)}`);
  line('script / d3 + topojson-client + code', bytes.map.bytes.script, sum(bytes.baseline.bytes.d3, bytes.baseline.bytes.topojson, bytes.baseline.bytes.code), bytes.floor.bytes.code);
  line('status file', bytes.map.bytes.status, bytes.baseline.bytes.status, bytes.floor.bytes.status);
  line('geometry / world-atlas 110m', bytes.map.bytes.geometry, bytes.baseline.bytes.atlas);
  line('whole embed', bytes.map.bytes.embed, bytes.baseline.bytes.embed, bytes.floor.bytes.embed);
  console.log(`  states drawn: ours ${summary.coverage.ours.drawn}/${summary.coverage.ours.states}, d3 ${summary.coverage.baseline.drawn}/${summary.coverage.baseline.states}`);

  for (const key of cpu) {
    const many = summary[key].many;
    if (!many) continue;
    console.log(
      `\n50 elements, ${key}: all ready ${fixed(many.readyMs)} ms (first ${fixed(many.firstReadyMs)}), ready + painted ${fixed(many.readyPaintedMs)} ms, ` +
        `scripting ${fixed(many.scriptingMs)} ms, busy ${fixed(many.busyMs)} ms, heap ${fixed(many.heapMB)} MB, ${many.domNodes} DOM nodes`,
    );
  }
  if (load.before[0] > machine.cpus / 2) {
    console.log(`\nThe machine was busy before the run (load ${load.before[0].toFixed(2)} on ${machine.cpus} cores): expect noisy absolute times; compare ratios, or rerun when it is idle.`);
  }
}

function fixed(value) {
  if (value === undefined || !Number.isFinite(value)) return '';
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export function median(values) {
  return quantile(values, 0.5);
}

function quantile(values, q) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  if (q === 0.5) {
    const middle = Math.floor(sorted.length / 2);
    return round(sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2, 2);
  }
  return round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)], 2);
}

function round(value, digits = 1) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
