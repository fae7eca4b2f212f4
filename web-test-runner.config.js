// Runs every test/**/*.test.ts in real browsers: Debian's Chromium (through playwright-core) and
// Firefox ESR (through puppeteer-core over WebDriver BiDi). BROWSERS=chromium narrows the run.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { summaryLineReporter } from './test/summary-reporter.js';
import { browserPaths } from './scripts/lib/browsers.mjs';
import { buildDefines } from './scripts/lib/build-constants.mjs';
import { jsonModules } from './scripts/lib/json-modules.mjs';
// The policy a hardened partner site serves (the demo's too), applied to the pages under test/fixtures/csp/.
import { STRICT_CSP } from './scripts/lib/static-server.mjs';
import { releaseCommands } from './test/release/server-commands.mjs';

const { chromium, firefox } = browserPaths();
const wanted = new Set((process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim()));

const browsers = [];
if (wanted.has('chromium')) {
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromium.path,
        headless: true,
        args: chromium.args,
      },
      // A fixed time zone keeps date formatting deterministic across machines.
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: 'UTC', locale: 'en-GB' }),
    }),
  );
}
if (wanted.has('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefox.path,
        headless: true,
        env: { ...process.env, TZ: 'UTC' },
      },
    }),
  );
}

/** The Trusted Types directives of docs/csp.md. */
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/**
 * The same policy on a page that enforces Trusted Types (test/fixtures/trusted-types/): one page
 * lists the policy the widgets create, as the README tells partners to, the other does not.
 */
const TRUSTED_TYPES_CSP = {
  '/test/fixtures/trusted-types/allowed.html': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`,
  '/test/fixtures/trusted-types/refused.html': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types host-policy`,
};

export default {
  files: process.env.TEST_FILES ?? 'test/**/*.test.ts',
  rootDir: '.',
  nodeResolve: true,
  middleware: [
    async function strictCsp(context, next) {
      await next();
      // The demo pages (the embed builder among them) are served under the policy too, as `npm start` does.
      const strict = context.path.startsWith('/test/fixtures/csp/') || (context.path.startsWith('/demo/') && context.path.endsWith('.html'));
      if (strict) context.set('Content-Security-Policy', STRICT_CSP);
      if (TRUSTED_TYPES_CSP[context.path]) context.set('Content-Security-Policy', TRUSTED_TYPES_CSP[context.path]);
      // Trusted Types as docs/csp.md tells partners to allow them.
      if (context.path.startsWith('/test/release/fixtures/trusted-types')) context.set('Content-Security-Policy', `${STRICT_CSP}; ${TRUSTED_TYPES}`);
    },
  ],
  plugins: [
    jsonModules(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json', define: buildDefines({ fromSource: true }) }),
    // Packing, hashing, the release check and a partner's page on another origin (test/release/).
    releaseCommands(),
  ],
  browsers,
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryLineReporter()],
};
