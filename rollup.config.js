// Builds what the package publishes, and what the embed builder reads:
// - dist/opicescr.js: the one script partners embed, a classic script (works with `defer`), with
//   Lit inside; it registers every element. dist/opicescr.mjs: its ES module twin.
// - dist/i18n/<code>.json: the language packs the script fetches for languages other than English.
// - dist/opicescr-classes.mjs: the class-only entry for sites that bundle their own code; it
//   registers nothing and imports `lit` instead of bundling it.
// - demo/build/: the embed builder's facts (the element table, the regions, the languages, the SRI
//   hash of the built script). Never published.
// Every built script starts with a banner naming the package, its version and its licence.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { buildDefines, version } from './scripts/lib/build-constants.mjs';
import { guardLitPolicy } from './scripts/rollup/guard-lit-policy.mjs';
import { languagePacks } from './scripts/rollup/language-packs.mjs';
import { minifyTemplates } from './scripts/rollup/minify-templates.mjs';

const { name, license } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const banner = (extra = '') => `/*! ${name} ${version} | ${license} License | OP-ICESCR status widgets contributors${extra} */`;
/** The self-contained scripts carry Lit, whose licence asks that its notice go with it. */
const SELF_CONTAINED = banner(' | includes Lit, BSD-3-Clause, Google LLC');

/**
 * `bundlesLit`: the build carries Lit, whose Trusted Types policy is then guarded (see
 * scripts/rollup/guard-lit-policy.mjs); `emitPacks`: it also writes the language packs (one build
 * is enough).
 */
const plugins = ({ bundlesLit = false, emitPacks = false } = {}) => [
  nodeResolve({ browser: true }),
  ...(bundlesLit ? [guardLitPolicy()] : []),
  languagePacks({ emit: emitPacks }),
  // Dictionaries are JSON (src/i18n/*.json), imported by the modules that speak.
  esbuild({ target: 'es2022', tsconfig: './tsconfig.json', loaders: { '.json': 'json' }, define: buildDefines() }),
  minifyTemplates(),
];

// The classic script resolves its own URL from document.currentScript (see src/shared/script-url.ts);
// rollup's import.meta.url shim for IIFE would fall back to the page's <base>, so it is replaced
// by undefined there.
const noImportMetaUrl = {
  name: 'no-import-meta-url',
  resolveImportMeta(property) {
    return property === 'url' ? 'undefined' : null;
  },
};

/**
 * Terser drops every comment (Lit's notices are a tenth of its size), so the banner is terser's
 * preamble: written after minifying, and counted in the source map. `unsafe_arrows` turns the
 * function expressions terser makes when it inlines a function into arrows (it leaves any that use
 * `this`); nothing in the bundle constructs them with `new`.
 */
const minify = (preamble, options = {}) =>
  terser({ ecma: 2022, format: { comments: false, preamble }, compress: { passes: 3, pure_getters: true, keep_fargs: false, unsafe_arrows: true }, ...options });

/** Lit and its subpaths: imported, never bundled, by the class-only entry. */
const fromLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

/**
 * Writes the facts the embed builder needs about the script just written: its version and the
 * SRI hash of its exact bytes (read back from disk, after the banner and minifying).
 */
const embedFacts = {
  name: 'embed-facts',
  writeBundle({ file }) {
    const bytes = readFileSync(file);
    const facts = {
      package: name,
      version,
      script: 'dist/opicescr.js',
      integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
    };
    mkdirSync('demo/build', { recursive: true });
    writeFileSync('demo/build/embed-facts.json', `${JSON.stringify(facts, null, 2)}\n`);
  },
};

export default [
  {
    input: 'src/register.ts',
    plugins: [...plugins({ bundlesLit: true, emitPacks: true }), noImportMetaUrl],
    output: {
      file: 'dist/opicescr.js',
      format: 'iife',
      sourcemap: true,
      plugins: [minify(SELF_CONTAINED), embedFacts],
    },
  },
  {
    input: 'src/index.ts',
    plugins: plugins({ bundlesLit: true }),
    output: {
      file: 'dist/opicescr.mjs',
      format: 'es',
      sourcemap: true,
      plugins: [minify(SELF_CONTAINED, { module: true })],
    },
  },
  {
    input: 'src/classes.ts',
    plugins: plugins(),
    external: fromLit,
    output: {
      file: 'dist/opicescr-classes.mjs',
      format: 'es',
      sourcemap: true,
      plugins: [minify(banner(), { module: true })],
    },
  },
  {
    // The builder is a static page: it reads the element table, the regions and the languages
    // from this module rather than keeping lists of its own.
    input: 'demo/builder-facts.ts',
    plugins: plugins(),
    treeshake: { moduleSideEffects: false },
    output: { file: 'demo/build/builder-facts.js', format: 'es' },
  },
];
