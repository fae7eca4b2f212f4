// Builds the one script partners embed, as a classic script (dist/opicescr.js, works with `defer`)
// and as an ES module twin (dist/opicescr.mjs). Both register all three elements.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { guardLitPolicy } from './scripts/rollup/guard-lit-policy.mjs';
import { minifyCssLiterals } from './scripts/rollup/minify-css-literals.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const plugins = [
  nodeResolve({ browser: true }),
  guardLitPolicy(),
  esbuild({
    target: 'es2022',
    tsconfig: './tsconfig.json',
    define: { __OPICESCR_VERSION__: JSON.stringify(version) },
  }),
  minifyCssLiterals(),
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
    plugins: [...plugins, noImportMetaUrl],
    output: {
      file: 'dist/opicescr.js',
      format: 'iife',
      sourcemap: true,
      plugins: [terser(terserOptions)],
    },
  },
  {
    input: 'src/index.ts',
    plugins,
    output: {
      file: 'dist/opicescr.mjs',
      format: 'es',
      sourcemap: true,
      plugins: [terser({ ...terserOptions, module: true })],
    },
  },
];
