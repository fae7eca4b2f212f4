// One data file of an element (the status file, the map's geometry, the resources list) as a
// reactive controller: a @lit/task over the file's URL and the shared loader, so an element
// re-renders when its file arrives or fails, a URL change aborts the old wait, and "Try again" in
// any element asks once for every element that shares the URL (src/shared/loader.ts).

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { LoadError, onRetry, retryShared } from './loader.js';

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
  private readonly task: Task<readonly [string, boolean], T | typeof initialState>;
  private watched: string | undefined;
  private stopWatching: (() => void) | undefined;
  /** The error as the element reports it, made once per failure so it is reported once. */
  private failure: { cause: unknown; error: LoadError } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FileOptions<T>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: async ([url, enabled]) => {
        this.watch(url);
        return enabled ? options.load(url) : initialState;
      },
      args: () => [options.url(), options.enabled?.() ?? true] as const,
    });
  }

  hostConnected() {
    if (this.watched) this.watch(this.watched, true);
  }

  hostDisconnected() {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  get file(): FileState<T> {
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return { state: 'done', value: this.task.value as T };
      case TaskStatus.ERROR:
        return { state: 'failed', error: this.errorOf(this.task.error) };
      default:
        return { state: 'waiting' };
    }
  }

  get value(): T | undefined {
    return this.task.status === TaskStatus.COMPLETE ? (this.task.value as T) : undefined;
  }

  /** Asks the network again for this file, for every element that shares it. */
  retry() {
    if (this.task.status === TaskStatus.ERROR && this.watched) retryShared(this.watched);
  }

  /** Listens for retries of the URL being loaded (and only that one). */
  private watch(url: string, again = false) {
    if (url === this.watched && this.stopWatching && !again) return;
    this.stopWatching?.();
    this.watched = url;
    this.stopWatching = onRetry(url, () => {
      if (this.task.status === TaskStatus.ERROR) void this.task.run();
    });
  }

  private errorOf(cause: unknown): LoadError {
    if (cause instanceof LoadError) return cause;
    const known = this.failure;
    if (known && known.cause === cause) return known.error;
    const error = new LoadError('NETWORK', String(cause), this.watched ?? '');
    this.failure = { cause, error };
    return error;
  }
}
