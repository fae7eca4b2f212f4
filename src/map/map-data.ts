// The map's data as one phase: the status file and the world geometry (two shared requests),
// loaded at once or only when the map comes near the viewport, and a short grace for the geometry.
// Both files usually arrive together and the first view is built once, whole; if the geometry lags
// more than GEOMETRY_GRACE_MS behind the status file, the lookup, legend counts and table show
// first (phase `partial`: the host still sees `loading`) and the map follows. A geometry that fails
// leaves a view without the map (phase `error` with its data): the table lists every state.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FileController } from '../shared/file-controller.js';
import { loadStatus } from '../shared/loader.js';
import type { Phase } from '../shared/opicescr-element.js';
import { dataUrl } from '../shared/script-url.js';
import type { StatusData } from '../shared/status-file.js';
import { loadWorldGeometry, worldMap, type WorldAsset, type WorldMap } from './world-geometry.js';

export const GEOMETRY_GRACE_MS = 300;
/** How far outside the viewport a lazy map starts loading. */
const NEAR_VIEWPORT = '400px';

/** The options of the element that say what to load, and when. */
export interface MapSources {
  src: string | null;
  geometry: string | null;
  loading: string | null;
}

export class MapDataController implements ReactiveController {
  readonly status: FileController<StatusData>;
  private readonly geometry: FileController<WorldAsset>;
  /** False while a lazy map is far from the viewport. */
  private near: boolean;
  private observer: IntersectionObserver | undefined;
  private grace: ReturnType<typeof setTimeout> | undefined;
  /** Whether the view may show without the map: the grace is over, or the geometry came (or failed) once. */
  private viewWithoutMap = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & MapSources) {
    host.addController(this);
    this.near = !this.lazy;
    const enabled = () => this.near;
    this.status = new FileController(host, { url: () => dataUrl('status', host.src), load: loadStatus, enabled });
    this.geometry = new FileController(host, { url: () => dataUrl('geometry', host.geometry), load: loadWorldGeometry, enabled });
  }

  private get lazy(): boolean {
    return this.host.loading !== 'eager' && 'IntersectionObserver' in window;
  }

  hostConnected() {
    if (this.near) return;
    this.observer = new IntersectionObserver((records) => records.some((record) => record.isIntersecting) && this.comeNear(), {
      rootMargin: NEAR_VIEWPORT,
    });
    this.observer.observe(this.host);
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.grace);
    this.grace = undefined;
  }

  hostUpdate() {
    // `loading="eager"` set after the map was added loads it at once.
    if (!this.near && !this.lazy) this.comeNear();
  }

  private comeNear() {
    this.near = true;
    this.observer?.disconnect();
    this.observer = undefined;
    this.host.requestUpdate();
  }

  /** The indexed geometry, once it is in. */
  get world(): WorldMap | undefined {
    const asset = this.geometry.value;
    return asset && worldMap(asset);
  }

  get phase(): Phase<StatusData> {
    const status = this.status.file;
    if (status.state === 'failed') return { state: 'error', error: status.error };
    if (status.state === 'waiting') return { state: 'loading' };
    const geometry = this.geometry.file;
    if (geometry.state === 'done') return { state: 'ready', data: status.value };
    if (geometry.state === 'failed') return { state: 'error', error: geometry.error, data: status.value };
    return this.viewWithoutMap ? { state: 'partial', data: status.value } : { state: 'loading' };
  }

  hostUpdated() {
    if (this.geometry.file.state !== 'waiting') {
      // Once shown, the view stays up even while another geometry loads.
      this.viewWithoutMap = true;
      clearTimeout(this.grace);
    } else if (this.status.file.state === 'done' && !this.viewWithoutMap) {
      this.grace ??= setTimeout(() => {
        this.viewWithoutMap = true;
        this.host.requestUpdate();
      }, GEOMETRY_GRACE_MS);
    }
  }

  /** Asks again for whichever file failed, for every element that shares it. */
  retry() {
    this.geometry.retry();
    this.status.retry();
  }
}
