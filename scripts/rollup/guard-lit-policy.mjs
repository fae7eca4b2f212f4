// Rollup plugin: a page's Trusted Types policy must not break the script. Lit creates its policy
// "lit-html" while its module is evaluated; where the page's `trusted-types` directive does not
// allow that name (or allows it once, and the script is included twice), createPolicy throws, the
// whole script stops, no element is defined, and the host page sees an uncaught error. This routes
// that one call through src/shared/trusted-types.ts, which records the refusal for
// src/register.ts to report. The build fails if Lit no longer makes exactly one such call, so an
// upgrade of Lit cannot silently drop the guard.
import { fileURLToPath } from 'node:url';

const GUARD = fileURLToPath(new URL('../../src/shared/trusted-types.ts', import.meta.url));
const LIT_HTML = /[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/;
const CALL = /([\w$]+)\.createPolicy\(/g;

export function guardLitPolicy() {
  let guarded = 0;
  return {
    name: 'guard-lit-policy',
    buildStart() {
      guarded = 0;
    },
    transform(code, id) {
      if (!LIT_HTML.test(id)) return null;
      const calls = code.match(CALL) ?? [];
      if (calls.length !== 1) this.error(`expected one createPolicy call in ${id}, found ${calls.length}: update ${import.meta.url}`);
      guarded += 1;
      // The import goes last (imports are hoisted) so that no line of Lit moves.
      const guardedCode = code.replace(CALL, '__opicescrCreatePolicy($1, ');
      return { code: `${guardedCode}\nimport { createPolicy as __opicescrCreatePolicy } from ${JSON.stringify(GUARD)};\n`, map: null };
    },
    buildEnd(error) {
      if (!error && guarded === 0) this.error('lit-html was not bundled through guard-lit-policy: its createPolicy call is unguarded');
    },
  };
}
