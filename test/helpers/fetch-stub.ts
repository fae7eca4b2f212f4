// Replaces window.fetch for one test: each URL answers what the test says, and every call is
// recorded (URL and options) so tests can count requests and check how they were made.

import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/shared/loader.js';

export type Answer = Response | Error | (() => Response | Promise<Response>) | 'hang';

export interface FetchStub {
  calls: Array<{ url: string; init?: RequestInit }>;
  restore(): void;
}

export function stubFetch(answers: Record<string, Answer>): FetchStub {
  const original = window.fetch;
  const calls: FetchStub['calls'] = [];
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, init });
    const answer = answers[url] ?? answers[new URL(url).pathname];
    if (answer === undefined) return original(input, init);
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    }
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer() : answer.clone();
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });

/** An answer held back until the test calls `release()`: for what shows while data is on its way. */
export function heldAnswer(body: unknown): { answer: () => Promise<Response>; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { answer: async () => (await gate, json(body)), release };
}

let counter = 0;
/** A URL no other test uses, so the loader's per-page request sharing never leaks between tests. */
export const uniqueUrl = (name = 'status') => new URL(`/test-data/${name}-${++counter}-${Date.now()}.json`, location.href).href;

/** A small valid status file to edit in tests. */
export function minimalStatus(): Record<string, any> {
  return {
    schema: 'opicescr-status',
    version: '1.0.0',
    asOf: '2026-02-03',
    sources: [{ title: 'Test source', publisher: 'UN Treaty Collection', url: 'https://treaties.un.org/', retrieved: '2026-02-03' }],
    states: [
      { iso2: 'UY', name: 'Uruguay', icescr: { signature: '1967-02-21', consent: '1970-04-01', consentKind: 'ratification' }, op: { signature: '2009-09-24', consent: '2013-02-05', consentKind: 'ratification', art10: false, art11: false } },
      { iso2: 'CL', name: 'Chile', icescr: { signature: '1969-09-16', consent: '1972-02-10', consentKind: 'ratification' }, op: { signature: '2009-09-24' } },
      { iso2: 'AU', name: 'Australia', icescr: { signature: '1972-12-18', consent: '1975-12-10', consentKind: 'ratification' }, op: {} },
      { iso2: 'US', name: 'United States of America', icescr: { signature: '1977-10-05' }, op: {} },
    ],
    milestones: [{ date: '2008-12-10', text: { en: 'Adopted.', es: 'Adoptado.', fr: 'Adopté.' } }],
    coalition: { members: [{ organisation: 'Org', representative: 'Person' }], contacts: [{ email: 'a@example.org', languages: ['en'] }] },
  };
}

/** The LoadError a load ends with; fails the test if it succeeds or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error('expected the load to fail');
}
