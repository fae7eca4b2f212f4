// One data file of an element (the status file, the map's geometry, the resources list) as a
// reactive controller: the file at the element's current URL, as it stands (waiting, done or
// failed), re-rendering the element when it settles. A URL that changes while a request is on its
// way makes that request's answer stale, so only the current URL's answer is ever shown; "Try
// again" in any element asks once for every element that shares the URL (src/shared/loader.ts).
//
// This is the job @lit/task does, cut to what the elements use: the package's byte budget is 30 KB
// gzip, and @lit/task cost 0.65 KB of it for a controller that wrapped it anyway (docs/architecture.md).

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError, onRetry, retryShared } from './loader.js';
import type { Phase } from './opicescr-element.js';

export interface FileOptions<T> {
  /** The absolute URL to load (see dataUrl in src/shared/script-url.ts). */
  url: () => string;
  load: (url: string) => Promise<T>;
  /** False while the element should not load yet (a lazy map far from the viewport). */
  enabled?: () => boolean;
}

export type FileState<T> =
  | { state: 'waiting' }
  | { state: 'done'; value: T }
  | { state: 'failed'; error: LoadError };

export class FileController<T> implements ReactiveController {
  file: FileState<T> = { state: 'waiting' };
  /** The URL being loaded, or '' while disabled. */
  private current = '';
  private stopWatching: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FileOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.current) this.watch(this.current);
  }

  hostDisconnected() {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** Before each render: a new URL (or the element coming near) starts a request. */
  hostUpdate() {
    const url = this.options.enabled?.() === false ? '' : this.options.url();
    if (url === this.current) return;
    this.current = url;
    this.file = { state: 'waiting' };
    if (url) {
      this.watch(url);
      this.load(url);
    }
  }

  get value(): T | undefined {
    return this.file.state === 'done' ? this.file.value : undefined;
  }

  /** The file as an element's phase, for elements that show this one file. */
  get phase(): Phase<T> {
    const { file } = this;
    return file.state === 'done' ? { state: 'ready', data: file.value } : file.state === 'failed' ? { state: 'error', error: file.error } : { state: 'loading' };
  }

  /** Asks the network again for this file, for every element that shares it. */
  retry() {
    if (this.file.state === 'failed') retryShared(this.current);
  }

  private load(url: string) {
    this.options.load(url).then(
      (value) => this.settle(url, { state: 'done', value }),
      (cause) => this.settle(url, { state: 'failed', error: cause instanceof LoadError ? cause : new LoadError('NETWORK', String(cause), url) }),
    );
  }

  private settle(url: string, file: FileState<T>) {
    if (url !== this.current) return; // The element asks for another file now.
    this.file = file;
    this.host.requestUpdate();
  }

  /** Listens for retries of the URL being loaded (and only that one). */
  private watch(url: string) {
    this.stopWatching?.();
    this.stopWatching = onRetry(url, () => {
      if (this.file.state !== 'failed' || url !== this.current) return;
      this.file = { state: 'waiting' };
      this.host.requestUpdate();
      this.load(url);
    });
  }
}
