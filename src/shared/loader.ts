// The only module that calls fetch. Every element on a page that names the same URL shares one
// request; a failed request is forgotten so that "Try again" asks the network afresh. Responses are
// read with a size limit and a timeout, never with credentials, and every failure becomes a
// LoadError whose code is part of the public contract (docs/elements.md, "States and events"; each
// code explained in docs/troubleshooting.md).

import { FileProblem } from './file-checks.js';
import { readStatusFile, type StatusData } from './status-file.js';

export type LoadErrorCode = 'HTTP' | 'NETWORK' | 'TIMEOUT' | 'PARSE' | 'SCHEMA_UNSUPPORTED' | 'INVALID' | 'TOO_LARGE';

export interface LoadErrorFacts {
  /** The HTTP status, for `HTTP`. */
  status?: number;
  /** The file's version, for `SCHEMA_UNSUPPORTED`. */
  version?: string;
  /** What is wrong with the file, for `INVALID` ("states[3].iso2 is missing"). */
  problem?: string;
}

export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly code: LoadErrorCode,
    message: string,
    readonly url: string,
    readonly facts: LoadErrorFacts = {},
  ) {
    super(message);
  }
}

export interface LoadOptions {
  /** Give up after this many milliseconds (default 15 s: a slow phone on a slow network). */
  timeoutMs?: number;
  /** Refuse bodies larger than this many bytes once decoded. */
  maxBytes?: number;
}

/** Turns parsed JSON into checked data, throwing FileProblem (or any Error) when it cannot. */
export type JsonReader<T> = (raw: unknown) => T;

const DEFAULT_TIMEOUT_MS = 15_000;
const STATUS_MAX_BYTES = 2 * 1024 * 1024;

/** The requests under way or answered, per reader and URL (readers are a handful of module functions). */
const requests = new Map<JsonReader<unknown>, Map<string, Promise<unknown>>>();
/** Where "Try again" is announced: the event's detail is the URL to ask for again. */
const retries = new EventTarget();

/** Loads and checks the status file at `url` (absolute), sharing the request with every other caller. */
export function loadStatus(url: string, options: LoadOptions = {}): Promise<StatusData> {
  return loadJson(url, readStatusFile, { maxBytes: STATUS_MAX_BYTES, ...options });
}

/** Loads JSON from `url` once per page and reader; a failure is not cached. */
export function loadJson<T>(url: string, read: JsonReader<T>, options: LoadOptions = {}): Promise<T> {
  let ofReader = requests.get(read);
  if (!ofReader) requests.set(read, (ofReader = new Map()));
  let request = ofReader.get(url) as Promise<T> | undefined;
  if (!request) {
    request = fetchJson(url, options).then((raw) => checked(url, raw, read));
    ofReader.set(url, request);
    request.catch(() => ofReader.delete(url));
  }
  return request;
}

/**
 * Calls `listener` whenever any element asks to try `url` again; returns what stops it. Every
 * element that shares a request listens, so one "Try again" heals them all.
 */
export function onRetry(url: string, listener: () => void): () => void {
  const heard = (event: Event) => (event as CustomEvent<string>).detail === url && listener();
  retries.addEventListener('retry', heard);
  return () => retries.removeEventListener('retry', heard);
}

/**
 * Asks for `url` again on behalf of every element that shares it. A failed request is already
 * forgotten, so the first listener starts one new request and the others, in the same task, share it.
 */
export function retryShared(url: string): void {
  retries.dispatchEvent(new CustomEvent('retry', { detail: url }));
}

async function fetchJson(url: string, { timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = Infinity }: LoadOptions) {
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', signal: abort.signal });
    } catch {
      throw failure(timedOut);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw new LoadError('HTTP', `${url} answered HTTP ${response.status}`, url, { status: response.status });
    }
    const text = await readText(response, url, maxBytes, () => failure(timedOut));
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new LoadError('PARSE', `${url} is not valid JSON (${(error as Error).message})`, url);
    }
  } finally {
    clearTimeout(timer);
  }

  /** Why the network gave nothing (or not all): the time ran out, or the connection failed. */
  function failure(late: boolean) {
    return late ? new LoadError('TIMEOUT', `${url} did not answer within ${timeoutMs} ms`, url) : new LoadError('NETWORK', `${url} could not be reached`, url);
  }
}

/** Reads the body as UTF-8 (a byte order mark is dropped by TextDecoder), stopping at `maxBytes`. */
async function readText(response: Response, url: string, maxBytes: number, failure: () => LoadError) {
  const tooLarge = () => new LoadError('TOO_LARGE', `${url} is larger than ${maxBytes} bytes`, url);
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const decoder = new TextDecoder('utf-8');
  if (!response.body) return decoder.decode(new Uint8Array(await response.arrayBuffer()));
  const reader = response.body.getReader();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        void reader.cancel().catch(() => {});
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    throw error instanceof LoadError ? error : failure();
  }
  return text + decoder.decode();
}

function checked<T>(url: string, raw: unknown, read: JsonReader<T>): T {
  try {
    return read(raw);
  } catch (error) {
    if (error instanceof FileProblem && error.unsupportedVersion) {
      const version = error.unsupportedVersion;
      throw new LoadError('SCHEMA_UNSUPPORTED', `${url} has version ${version}; this widget reads 1.x`, url, { version });
    }
    const problem = (error as Error).message;
    throw new LoadError('INVALID', `${url}: ${problem}`, url, { problem });
  }
}
