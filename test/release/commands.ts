// The browser side of test/release/server-commands.mjs: typed calls to the Node-side helpers the
// release and builder tests use. Assertions stay in the tests.
import { executeServerCommand } from '@web/test-runner-commands';

type Outcome<R> = { done: false } | { done: true; result: R } | { done: true; error: string };

/** Runs a release command on the server and waits for its outcome, however long it takes. */
async function run<R, P = unknown>(command: string, payload?: P): Promise<R> {
  const { job } = await executeServerCommand<{ job: number }, P | undefined>(command, payload);
  for (;;) {
    const outcome = await executeServerCommand<Outcome<R>, { id: number }>('release:job', { id: job });
    if (!outcome.done) continue;
    if ('error' in outcome) throw new Error(`${command} failed on the server: ${outcome.error}`);
    return outcome.result;
  }
}

export interface CheckRun {
  code: number;
  stdout: string;
  stderr: string;
}
export type CheckStep = { write: Record<string, string> } | { run: string[] };

export interface PartnerElement {
  tag: string;
  state: string | null;
  attributes: Record<string, string>;
  insideDiv: string | null;
  text: string;
}
export interface PartnerPage {
  origin: string;
  elements: PartnerElement[];
  requests: Array<{ path: string; status: number }>;
  problems: string[];
}

/** The files `npm pack` publishes, package-relative and sorted. */
export const packList = () => run<string[], undefined>('release:pack-list');

/** The files in dist/, dist/i18n/ and data/ on disk now. */
export const builtFiles = () => run<string[], undefined>('release:built-files');

/** The SRI value (`sha384-…`) of a file of the project, from its bytes on disk. */
export const sha384 = (path: string) => run<string, { path: string }>('release:sha384', { path });

/** A file of the project as it is on disk (the test server transforms the scripts it serves). */
export const readFile = (path: string) => run<string, { path: string }>('release:read', { path });

/** Runs the steps in a scratch copy of the project; returns each release-check run. */
export const releaseCheck = (steps: CheckStep[]) => run<CheckRun[], { steps: CheckStep[] }>('release:check', { steps });

/** Type-checks the files against the packed package installed in a scratch project. */
export const typeCheck = (files: Record<string, string>) =>
  run<{ code: number; output: string }, { files: Record<string, string> }>('release:types', { files });

/** Every event fired in src/, with the file it is in. */
export const dispatchedEvents = () => run<Array<{ file: string; event: string }>, undefined>('release:events');

/** Every relative link of README.md, CHANGELOG.md and docs/*.md, with whether its file and anchor exist. */
export const docLinks = () =>
  run<Array<{ page: string; target: string; path: string; exists: boolean; anchorFound: boolean }>, undefined>('release:doc-links');

/** Every line of the repository's text files that names a document kept outside the repository. */
export const outsideMentions = () => run<string[], undefined>('release:outside-mentions');

/** docs/reference.md as committed, and as scripts/build-reference.mjs writes it from the manifest now. */
export const reference = () => run<{ committed: string; generated: string }, undefined>('release:reference');

/** Chromium only: a page served from another origin, with the npm CDN answered from the packed files. */
export const partnerPage = (payload: { html: string; pageUrl: string; cdnBase: string }) =>
  run<PartnerPage, typeof payload>('release:partner-page', payload);

/** Chromium only: chooses in the builder (an iframe of the test page) as a person does, then copies. */
export const useBuilder = (payload: { frame: string; selects?: Record<string, string>; checks?: string[]; unchecks?: string[]; copy?: string }) =>
  run<boolean, typeof payload>('release:use-builder', payload);

export const inFirefox = () => /Firefox\//.test(navigator.userAgent);
