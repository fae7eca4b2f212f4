// Builds the one script partners embed, as a classic script (dist/opicescr.js, works with `defer`)
// and as an ES module twin (dist/opicescr.mjs), both registering every element, plus the language
// packs (dist/i18n/<code>.json) the script fetches for languages other than English.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { buildDefines } from './scripts/lib/build-constants.mjs';
import { guardLitPolicy } from './scripts/rollup/guard-lit-policy.mjs';
import { languagePacks } from './scripts/rollup/language-packs.mjs';
import { minifyTemplates } from './scripts/rollup/minify-templates.mjs';
import { sharedEsbuildHelpers } from './scripts/rollup/shared-helpers.mjs';

/** `emitPacks`: whether this build also writes the language packs (one build is enough). */
const plugins = ({ emitPacks }) => [
  nodeResolve({ browser: true }),
  guardLitPolicy(),
  languagePacks({ emit: emitPacks }),
  esbuild({ target: 'es2022', tsconfig: './tsconfig.json', loaders: { '.json': 'json' }, define: buildDefines() }),
  sharedEsbuildHelpers({ tsconfig: './tsconfig.json' }),
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

const terserOptions = { ecma: 2022, format: { comments: false }, compress: { passes: 2 } };

export default [
  {
    input: 'src/register.ts',
    plugins: [...plugins({ emitPacks: true }), noImportMetaUrl],
    output: {
      file: 'dist/opicescr.js',
      format: 'iife',
      sourcemap: true,
      plugins: [terser(terserOptions)],
    },
  },
  {
    input: 'src/index.ts',
    plugins: plugins({ emitPacks: false }),
    output: {
      file: 'dist/opicescr.mjs',
      format: 'es',
      sourcemap: true,
      plugins: [terser({ ...terserOptions, module: true })],
    },
  },
];
