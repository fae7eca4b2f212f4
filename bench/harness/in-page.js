// The benchmark's code that runs inside the measured pages, installed as init scripts (they run
// before the page's own scripts and are exempt from its CSP). Playwright serialises each function
// on its own, so each one must stay self-contained: no imports, no outer variables. They measure
// and verify; they must never change what the page does, beyond the listeners they add.

/**
 * Records when the expected number of elements reported ready (`event` on document), when the
 * frame that shows them was painted, and when the page settled (two more frames, then idle).
 * Times are performance.now(): milliseconds since navigation started.
 */
export function readyRecorder({ event, expect }) {
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
      // The frame that shows it: a requestAnimationFrame callback runs before that frame's style,
      // layout and paint; a timer set from it runs once they are done.
      requestAnimationFrame(() =>
        setTimeout(() => {
          bench.paintedAt = performance.now();
          requestAnimationFrame(() =>
            requestIdleCallback(() => {
              bench.settledAt = performance.now();
              resolve();
            }, { timeout: 2000 }),
          );
        }, 0),
      );
    });
  });
  window.__bench = bench;
}

/**
 * Interaction probes, the same for our map and the d3 baseline. `measure` arms listeners and
 * resolves with these times (performance.now() clock) once `condition` holds:
 * - t0: the `timeStamp` of the input's own event (`mousemove`, `keydown` or `click`): when the
 *   browser received the input, before any frame alignment or queueing;
 * - tHandler: when the first listener of any of the input's events ran (window, capture phase:
 *   before the page's own). tHandler − t0 is input delay;
 * - tDom: when the condition was first seen true. Seen in a MutationObserver on the nodes that
 *   change (our shadow root; the d3 tooltip), which runs as a microtask right after the change,
 *   so shadow DOM costs the measurement no extra frame; and on focusin, for focus moves;
 * - tFrame / tPaint: the first requestAnimationFrame callback after tDom, and a setTimeout(0)
 *   set from it, which runs once that frame's style, layout and paint are done.
 * painted = tPaint − t0 is what the visitor waits for (as Event Timing's duration, and INP).
 * A condition not seen within 5 s fails the probe: the bench cannot time what did not happen.
 */
export function probes() {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const map = () => document.querySelector('opicescr-map');
  const shadow = () => map().shadowRoot;
  const tooltip = () => document.getElementById('baseline-tooltip');
  let pending;

  function measure({ label, observe, t0Type, inputTypes, condition }) {
    const times = { t0: undefined, tHandler: undefined, tDom: undefined, tFrame: undefined, tPaint: undefined };
    const seen = [];
    let finish;
    let timer;
    const observer = new MutationObserver(() => test());
    const onInput = (event) => {
      times.tHandler ??= performance.now();
      seen.push(event.type);
      if (event.type === t0Type && times.t0 === undefined) times.t0 = event.timeStamp;
    };
    const onFocus = () => test();
    const cleanup = () => {
      observer.disconnect();
      for (const type of inputTypes) window.removeEventListener(type, onInput, true);
      for (const node of observe) node.removeEventListener('focusin', onFocus, true);
      clearTimeout(timer);
    };
    function test() {
      if (times.tDom !== undefined || times.tHandler === undefined || !condition()) return;
      times.tDom = performance.now();
      requestAnimationFrame(() => {
        times.tFrame = performance.now();
        setTimeout(() => {
          times.tPaint = performance.now();
          cleanup();
          if (times.t0 === undefined) finish({ ok: false, error: `${label}: the change happened but no ${t0Type} event arrived (saw ${seen.join(', ') || 'nothing'})` });
          else finish({ ok: true, ...times });
          // Tells the bench, which asks nothing of the page while the interaction runs: a CDP
          // evaluate then would be a task of its own inside the timed window.
          window.__benchDone?.();
        }, 0);
      });
    }
    const result = new Promise((resolve) => {
      finish = resolve;
      timer = setTimeout(() => {
        cleanup();
        resolve({ ok: false, error: `${label}: ${times.tHandler === undefined ? 'no input event arrived' : 'the expected change did not happen'} within 5 s` });
        window.__benchDone?.();
      }, 5000);
    });
    for (const node of observe) {
      observer.observe(node, { subtree: true, childList: true, attributes: true, characterData: true });
      node.addEventListener('focusin', onFocus, true);
    }
    for (const type of inputTypes) window.addEventListener(type, onInput, true);
    return result;
  }

  const centreOf = (element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x: x + width / 2, y: y + height / 2, width, height };
  };
  /** The details panel's heading (ours) or the tooltip's text (d3), if shown (a panel kept hidden does not count). */
  const detailsText = (baseline) => {
    if (baseline) return tooltip().hidden ? '' : tooltip().textContent;
    return shadow().querySelector('.details:not([hidden]) h3')?.textContent.trim() ?? '';
  };
  const shown = (element) => !!element && element.getBoundingClientRect().height > 0;
  /** A state's shape or marker is drawn dimmed. */
  const dimmed = (element) => !!(element?.matches('.fill') ? element : element?.querySelector('.fill'))?.classList.contains('dim');

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
      const baselinePaths = document.querySelectorAll('#baseline-map path.country').length;
      return { elements, firstMapCodes, baseline: window.baselineResult && { ...window.baselineResult, paths: baselinePaths }, floor: window.floorResult };
    },
    /**
     * The centre of a state's drawn shape (its bounding box), checked to hit that state: where a
     * real pointer is sent. Brazil is one large shape in both embeds, so the centre is inside it.
     */
    stateCentre(iso2, baseline) {
      const root = baseline ? document : shadow();
      const element = root.querySelector(`[data-iso="${iso2}"]`);
      if (!element) return { error: `no [data-iso="${iso2}"]` };
      const centre = centreOf(element);
      const hit = root.elementFromPoint(centre.x, centre.y)?.closest('[data-iso], [data-shape-of]');
      const code = hit?.getAttribute('data-iso') ?? hit?.getAttribute('data-shape-of');
      if (code !== iso2) return { error: `the centre of ${iso2} hits ${code ?? 'nothing'}` };
      return centre;
    },
    detailsText,
    armHover(name, baseline) {
      pending = measure({
        label: 'hover',
        observe: [baseline ? tooltip() : shadow()],
        t0Type: 'mousemove',
        inputTypes: ['pointerover', 'pointerenter', 'pointermove', 'mouseover', 'mouseenter', 'mousemove'],
        condition: () => (baseline ? detailsText(true).includes(name) : detailsText(false) === name),
      });
    },
    /** After a hover: the details are really on screen and name the state. */
    hoverShown(name, baseline) {
      const element = baseline ? tooltip() : shadow().querySelector('.details:not([hidden])');
      return shown(element) && detailsText(baseline).includes(name);
    },
    focusFirstState() {
      const target = shadow().querySelector('[data-iso][tabindex="0"]');
      if (!target) return { error: 'no state holds the tab stop ([data-iso][tabindex="0"])' };
      target.focus();
      return { iso2: shadow().activeElement?.dataset?.iso };
    },
    focusedState: () => shadow().activeElement?.dataset?.iso,
    blur: () => shadow().activeElement?.blur(),
    /**
     * An arrow key is done when focus is on another state, its panel names it and the focus
     * ring is drawn: what a keyboard user sees.
     */
    armArrow(from) {
      const moved = () => {
        const focused = shadow().activeElement;
        const iso2 = focused?.dataset?.iso;
        if (!iso2 || iso2 === from) return false;
        const name = focused.getAttribute('aria-label')?.split(':')[0];
        return detailsText(false) === name && !!shadow().querySelector('.ring.focus');
      };
      pending = measure({ label: 'arrow key', observe: [shadow()], t0Type: 'keydown', inputTypes: ['keydown'], condition: moved });
    },
    legendButton(category) {
      const button = shadow().querySelector(`button.legend-entry[data-category="${category}"]`);
      return button ? { ...centreOf(button), pressed: button.getAttribute('aria-pressed') } : { error: `no legend button for ${category}` };
    },
    /**
     * A legend filter: the press (pointerdown) is an earlier input; the click comes with the
     * release, and is timed. In the window, a cheap sign (the button pressed, one state of another
     * category dimmed: the map paints every state in one go); legendApplied checks all of them after.
     */
    armLegend(category) {
      const other = shadow().querySelector(`[data-category]:not(button):not([data-category="${category}"]):not([data-category="none"])`);
      const started = () =>
        shadow().querySelector(`button.legend-entry[data-category="${category}"]`)?.getAttribute('aria-pressed') === 'true' && dimmed(other);
      pending = measure({ label: 'legend filter', observe: [shadow()], t0Type: 'click', inputTypes: ['pointerup', 'mouseup', 'click'], condition: started });
    },
    /**
     * After a legend filter: its button is pressed, every state of another category is dimmed and
     * none of its own. Territories (category "none") are not states: a filter leaves them alone.
     */
    legendApplied(category) {
      const root = shadow();
      if (root.querySelector(`button.legend-entry[data-category="${category}"]`)?.getAttribute('aria-pressed') !== 'true') return false;
      const states = [...root.querySelectorAll('[data-category]:not(button)')].filter((element) => element.dataset.category !== 'none');
      const others = states.filter((element) => element.dataset.category !== category);
      return others.length > 0 && others.every(dimmed) && !states.some((element) => element.dataset.category === category && dimmed(element));
    },
    ratifiedCount: () => shadow().querySelector('button.legend-entry[data-category="ratified"] .count')?.textContent.trim(),
    /** An `as-of` change, set from script (no input event): t0 is when it was set. */
    async asOf(day, expected) {
      const element = map();
      const t0 = performance.now();
      element.setAttribute('as-of', day);
      await element.updateComplete;
      const tDom = performance.now();
      const count = window.__probe.ratifiedCount();
      const { tFrame, tPaint } = await new Promise((resolve) =>
        requestAnimationFrame(() => {
          const frame = performance.now();
          setTimeout(() => resolve({ tFrame: frame, tPaint: performance.now() }), 0);
        }),
      );
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
