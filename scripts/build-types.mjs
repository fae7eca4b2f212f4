// Writes the package's TypeScript declarations into types/ (`npm run build:types`, part of
// `npm run build`): tsc emits them from src/index.ts (the registering entry) and src/classes.ts
// (the class-only entry). Two things tsc leaves undone are done here:
// - a declaration may import a JSON dictionary (src/i18n/*.json); that file is copied beside it,
//   so the import resolves for the package's users too;
// - tsc names the types it infers from Lit by the Lit package that defines them (`lit-html`,
//   `@lit/reactive-element`…), which the package does not depend on and a strict installer (pnpm)
//   does not expose; they are named through `lit`, which re-exports all of them;
// - the tag and event maps for `document.createElement('opicescr-map')` are declared once, in
//   classes.d.ts; index.d.ts imports that file so users of either entry get them.
// It never touches src/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = join(root, 'types');
const src = join(root, 'src');

rmSync(types, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.types.json')], {
  stdio: 'inherit',
});

function* declarations(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarations(path);
    else if (entry.name.endsWith('.d.ts')) yield path;
  }
}

const LIT_INTERNALS = /(['"])(?:lit-html|lit-element|@lit\/reactive-element)(?:\/[\w./-]+)?\1/g;
for (const file of declarations(types)) {
  const text = readFileSync(file, 'utf8');
  const named = text.replace(LIT_INTERNALS, "'lit'");
  if (named !== text) writeFileSync(file, named);
}

const JSON_IMPORT = /\bfrom\s+['"](\.{1,2}\/[^'"]+\.json)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+\.json)['"]\s*\)/g;
for (const file of declarations(types)) {
  for (const match of readFileSync(file, 'utf8').matchAll(JSON_IMPORT)) {
    const target = resolve(dirname(file), match[1] ?? match[2]);
    const source = join(src, relative(types, target));
    if (!existsSync(source)) throw new Error(`${relative(root, file)} imports ${match[1] ?? match[2]}, which is not in src/`);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
  }
}

const index = join(types, 'index.d.ts');
const indexText = readFileSync(index, 'utf8');
if (!/from '\.\/classes\.js'|import '\.\/classes\.js'/.test(indexText)) {
  writeFileSync(index, `${indexText}// The tag and event maps (HTMLElementTagNameMap…) are declared in classes.d.ts.\nimport './classes.js';\n`);
}
