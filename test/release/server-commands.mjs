// Node-side helpers for the release tests (test/release/*.test.ts), as web-test-runner server
// commands: the tests call them with `executeServerCommand` and make every assertion themselves.
// They pack the package, hash files, run the release check in scratch copies of the project,
// type-check a consumer of the packed package, and (Chromium only, through Playwright) open a
// partner's page on another origin with the npm CDN routed to the packed files. They never
// change the project's own files.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { referencePage, tagOrder } from '../../scripts/build-reference.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratchDirs = new Set();

/** A fresh directory under the system's temp dir, removed when the test run ends. */
function scratch(name) {
  const dir = mkdtempSync(join(tmpdir(), `opicescr-${name}-`));
  scratchDirs.add(dir);
  return dir;
}
process.once('exit', () => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

let packed;
/** The files `npm pack` would publish, as package-relative paths (asked once per run). */
function packList() {
  packed ??= run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout }) => JSON.parse(stdout)[0].files.map((file) => file.path).sort(),
  );
  return packed;
}

const sha384 = (path) => `sha384-${createHash('sha384').update(readFileSync(join(root, path))).digest('base64')}`;

/**
 * Runs steps in a scratch copy of what the release check reads (package.json, CHANGELOG.md, the
 * status file, the built scripts, the record of the last release if there is one):
 * `{ write: { path: text } }` replaces a file, `{ run: [args] }` runs scripts/release-check.mjs
 * there. Returns each run's exit code and output.
 */
async function releaseCheck({ steps }) {
  const dir = scratch('release');
  for (const path of ['package.json', 'CHANGELOG.md', 'data/opicescr-status.v1.json', 'release-record.json']) {
    if (!existsSync(join(root, path))) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(root, path), join(dir, path));
  }
  mkdirSync(join(dir, 'dist'));
  for (const name of readdirSync(join(root, 'dist'))) if (/\.m?js$/.test(name)) cpSync(join(root, 'dist', name), join(dir, 'dist', name));
  const results = [];
  for (const step of steps) {
    if (step.write) for (const [path, text] of Object.entries(step.write)) writeFileSync(join(dir, path), text);
    if (step.run) {
      try {
        const { stdout, stderr } = await run(process.execPath, [join(root, 'scripts/release-check.mjs'), ...step.run], { cwd: dir });
        results.push({ code: 0, stdout, stderr });
      } catch (error) {
        results.push({ code: error.code, stdout: error.stdout, stderr: error.stderr });
      }
    }
  }
  return results;
}

/**
 * Type-checks `files` (name → TypeScript source) in a scratch project that has the packed package
 * installed as node_modules/opicescr-widgets, next to the Lit it depends on. Returns tsc's exit
 * code and diagnostics.
 */
async function typeCheckConsumer({ files }) {
  const dir = scratch('consumer');
  const installed = join(dir, 'node_modules/opicescr-widgets');
  for (const path of await packList()) {
    mkdirSync(dirname(join(installed, path)), { recursive: true });
    cpSync(join(root, path), join(installed, path));
  }
  for (const dependency of ['lit']) {
    mkdirSync(dirname(join(dir, 'node_modules', dependency)), { recursive: true });
    symlinkSync(join(root, 'node_modules', dependency), join(dir, 'node_modules', dependency), 'dir');
  }
  const compilerOptions = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  try {
    await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir });
    return { code: 0, output: '' };
  } catch (error) {
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}

/** Every event fired in src/, with its file: what the manifest must document. */
function dispatchedEvents() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extname(entry.name) === '.ts') {
        // `new CustomEvent('name'…` or src/shared/events.ts's `emit(target, 'name'…`.
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/(?:new CustomEvent(?:<[^>]*>)?\(|\bemit\([^,()]+,)\s*['"]([^'"]+)['"]/g)) {
          found.push({ file: path.slice(root.length), event: match[1] });
        }
      }
    }
  };
  walk(join(root, 'src'));
  return found;
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading) =>
  heading
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');

/** Every relative link of README.md, CHANGELOG.md and docs/*.md, and whether its file and anchor exist. */
function docLinks() {
  const pages = ['README.md', 'CHANGELOG.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  const anchorsOf = (path) => {
    const text = readFileSync(join(root, path), 'utf8').replace(/```[\s\S]*?```/g, '');
    return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => slug(match[1].trim())));
  };
  const links = [];
  for (const page of pages) {
    const text = readFileSync(join(root, page), 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [file, anchor] = target.split('#');
      const path = file ? join(dirname(page), file).replaceAll('\\', '/') : page;
      const exists = existsSync(join(root, path));
      links.push({ page, target, path, exists, anchorFound: !anchor || (exists && path.endsWith('.md') && anchorsOf(path).has(anchor)) });
    }
  }
  return links;
}

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/**
 * Chromium only: opens `html` as a page of `pageUrl` (another origin than the test's) in the test's
 * browser context, with `cdnBase` answered from the packed files in the package's layout (anything
 * else under it is a 404, as on the CDN). Waits until every element of the product on the page
 * is ready or in error, and reports what a person looking at the page would see.
 */
async function openPartnerPage({ html, pageUrl, cdnBase }, session) {
  const files = new Set(await packList());
  const context = session.browser.getPage(session.id).context();
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    await page.route(`${cdnBase}**`, async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(new URL(cdnBase).pathname.length));
      const found = files.has(path);
      requests.push({ path, status: found ? 200 : 404 });
      // As the npm CDNs answer: any origin may read the files, and they never change.
      const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=31536000, immutable' };
      if (!found) return route.fulfill({ status: 404, headers, body: 'Not found' });
      return route.fulfill({ status: 200, headers: { ...headers, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }, body: readFileSync(join(root, path)) });
    });
    // The partner's site: the pasted page, and nothing else (no favicon, no other file).
    await page.route(`${new URL(pageUrl).origin}/**`, (route) =>
      route.request().url() === pageUrl
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto(pageUrl);
    await page
      .waitForFunction(
        () => {
          const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('opicescr-'));
          return elements.length > 0 && elements.every((element) => ['ready', 'stale', 'error'].includes(element.dataset.state ?? ''));
        },
        undefined,
        { timeout: 15000 },
      )
      .catch(() => {});
    const elements = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('opicescr-'))
        .map((element) => ({
          tag: element.localName,
          state: element.dataset.state ?? null,
          attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
          insideDiv: element.parentElement?.dataset.opicescr ?? null,
          shadowLang: element.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? null,
          text: element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 400) ?? '',
        })),
    );
    return { origin: await page.evaluate(() => location.origin), elements, requests, problems };
  } finally {
    await page.close();
  }
}

/** Chromium only: picks choices in the builder (in the iframe `frame`) as a person does, then copies. */
async function useBuilder({ frame, selects = {}, checks = [], unchecks = [], copy = 'Copy the code' }, session) {
  const page = session.browser.getPage(session.id);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  const builder = page.frameLocator(frame);
  for (const label of checks) await builder.getByLabel(label).check();
  for (const label of unchecks) await builder.getByLabel(label).uncheck();
  for (const [label, value] of Object.entries(selects)) {
    const control = builder.getByLabel(label, { exact: false });
    if ((await control.evaluate((element) => element.localName)) === 'select') await control.selectOption(value);
    else await control.fill(value);
  }
  // The code box follows the last choice asynchronously (the chosen language's texts may be on
  // their way): demo/builder.js marks its section aria-busy until then. Copy only what it settled on.
  await builder.locator('section.code:not([aria-busy])').waitFor({ state: 'attached', timeout: 10000 });
  await builder.getByRole('button', { name: copy }).click();
  return true;
}

/**
 * Every line of the repository's own text files that names a document kept outside it: the
 * workspace's shared folder, or its product and style notes by file name. What a maintainer needs
 * from those is said in docs/; the project cites that. (The patterns are assembled, so that this
 * file does not match itself.)
 */
async function outsideMentions() {
  const outside = ['..', 'shared', ''].join('/');
  const notes = ['SPEC', 'STYLE', 'TOOLCHAIN'].map((name) => `${name}.md`);
  const { stdout } = await run('git', ['ls-files', '-z'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  const found = [];
  for (const path of stdout.split('\0').filter(Boolean)) {
    if (!/\.(ts|js|mjs|json|md|html|css|php|txt|sh|yml)$|^\.ci\//.test(path) || path === 'package-lock.json') continue;
    readFileSync(join(root, path), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        // Modules of src/ name that path when they import from src/shared/: only other mentions count.
        const elsewhere = line.includes(outside) && !/from '\.\.\/shared\/[\w/-]+\.js'/.test(line);
        if (elsewhere || notes.some((note) => line.includes(note))) found.push(`${path}:${index + 1}: ${line.trim()}`);
      });
  }
  return found;
}

const COMMANDS = {
  'release:pack-list': () => packList(),
  'release:sha384': ({ path }) => sha384(path),
  // The bytes on disk: the test server transforms the scripts it serves.
  'release:read': ({ path }) => readFileSync(join(root, path), 'utf8'),
  'release:check': releaseCheck,
  'release:types': typeCheckConsumer,
  'release:events': () => dispatchedEvents(),
  'release:doc-links': () => docLinks(),
  'release:outside-mentions': outsideMentions,
  // What the build and the data pipeline put in dist/ and data/ (one level, and dist/i18n/).
  'release:built-files': () =>
    ['dist', 'dist/i18n', 'data'].flatMap((dir) =>
      existsSync(join(root, dir))
        ? readdirSync(join(root, dir), { withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => `${dir}/${entry.name}`)
        : [],
    ),
  'release:reference': () => ({
    committed: readFileSync(join(root, 'docs/reference.md'), 'utf8'),
    generated: referencePage(
      JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')),
      tagOrder(readFileSync(join(root, 'src/shared/element-kinds.ts'), 'utf8')),
    ),
  }),
  'release:partner-page': openPartnerPage,
  'release:use-builder': useBuilder,
};
const PLAYWRIGHT_ONLY = new Set(['release:partner-page', 'release:use-builder']);
/**
 * Commands whose answer depends only on the project's files and the payload: each browser asks the
 * same, and the machine is shared, so each is computed once per run.
 */
const PURE = new Set(['release:built-files', 'release:pack-list', 'release:sha384', 'release:read', 'release:check', 'release:types', 'release:events', 'release:doc-links', 'release:reference']);
const answers = new Map();

/**
 * The browser gives a server command 20 s to answer, and packing or type-checking takes longer on
 * a busy machine. So a command starts a job and answers its number at once; `release:job` then
 * answers the job's outcome, or `{ done: false }` after waiting a while, and is asked again.
 */
const jobs = new Map();
let jobCount = 0;
const JOB_WAIT_MS = 10000;

async function jobOutcome({ id }) {
  const job = jobs.get(id);
  if (!job) throw new Error(`no job ${id}`);
  let timer;
  const waited = new Promise((resolve) => (timer = setTimeout(resolve, JOB_WAIT_MS, { done: false })));
  const outcome = await Promise.race([job, waited]);
  clearTimeout(timer);
  if (outcome.done) jobs.delete(id);
  return outcome;
}

/** The web-test-runner plugin that answers these commands. */
export function releaseCommands() {
  return {
    name: 'release-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'release:job') return jobOutcome(payload);
      if (!(command in COMMANDS)) return undefined;
      if (PLAYWRIGHT_ONLY.has(command) && session.browser.type !== 'playwright') {
        throw new Error(`${command} needs the Playwright (Chromium) launcher`);
      }
      const id = ++jobCount;
      const key = `${command} ${JSON.stringify(payload ?? {})}`;
      const compute = () => Promise.resolve().then(() => COMMANDS[command](payload ?? {}, session));
      if (PURE.has(command) && !answers.has(key)) answers.set(key, compute());
      jobs.set(
        id,
        (PURE.has(command) ? answers.get(key) : compute())
          .then(
            (result) => ({ done: true, result }),
            (error) => ({ done: true, error: String(error?.stack ?? error) }),
          ),
      );
      return { job: id };
    },
  };
}
