// The map's width on screen, from a ResizeObserver: what keeps markers, their 24 px hit targets and
// the patterns the same size in CSS pixels whatever the width. The observer reports after layout,
// so reading the width forces nothing, and it is observed from the start so that the first map
// painted already has its markers sized right. Observed on connect, released on disconnect.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The width assumed until the observer reports one. */
const DEFAULT_WIDTH_PX = 800;
/** Below this width markers get smaller dots: many share little room on a phone. */
const NARROW_PX = 480;
const MARKER_DOT_PX = 9;
const MARKER_DOT_NARROW_PX = 7;

export class MapSizeController implements ReactiveController {
  /** The frame's width in CSS pixels; 0 until the observer has reported. */
  width = 0;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The element whose width is the map's. */
    private readonly frame: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.observer = new ResizeObserver(() => {
      const width = this.frame()?.clientWidth ?? 0;
      if (width > 0 && Math.abs(width - this.width) >= 1) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The width to lay the map out for: the frame's, or a common one until it is known. */
  get widthPx(): number {
    return this.width || DEFAULT_WIDTH_PX;
  }

  /** CSS pixels per SVG unit for a view `viewWidth` units wide. */
  scale(viewWidth: number): number {
    return this.widthPx / viewWidth;
  }

  /** A marker's visible dot, in CSS pixels. */
  get dotPx(): number {
    return this.width && this.width < NARROW_PX ? MARKER_DOT_NARROW_PX : MARKER_DOT_PX;
  }
}
