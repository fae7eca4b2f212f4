// Rollup plugin: esbuild turns TypeScript into JavaScript one module at a time, and writes its
// small runtime helpers (such as __decorateClass, for Lit's decorators) into every module that
// needs them. This plugin moves those helpers into one shared module, so that the source can use
// one convention everywhere (decorators) while the bundle carries each helper once: the build pays
// for the bytes, not the code. The shared module holds whatever esbuild emits for a decorated class
// under the project's tsconfig; a helper outside that set stays where esbuild put it.
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import MagicString from 'magic-string';

const SHARED = '\0opicescr-esbuild-helpers';

/** The top-level `var __name = …;` statements esbuild prepends to a module. */
function helperDeclarations(ast) {
  const found = [];
  for (const node of ast.body) {
    if (node.type !== 'VariableDeclaration' || node.declarations.length !== 1) continue;
    const [declaration] = node.declarations;
    if (declaration.id.type === 'Identifier' && /^__[A-Za-z]+$/.test(declaration.id.name)) {
      found.push({ name: declaration.id.name, start: node.start, end: node.end });
    }
  }
  return found;
}

export function sharedEsbuildHelpers({ tsconfig }) {
  let helpers; // name → declaration source

  async function knownHelpers(parse) {
    if (helpers) return helpers;
    const sample = "import { d } from 'x';\nexport class A { @d a = 1; @d get b() { return 1; } @d static c = 1; }\n";
    const { code } = await transform(sample, { loader: 'ts', format: 'esm', target: 'es2022', tsconfigRaw: readFileSync(tsconfig, 'utf8') });
    helpers = new Map(helperDeclarations(parse(code)).map(({ name, start, end }) => [name, code.slice(start, end)]));
    return helpers;
  }

  return {
    name: 'shared-esbuild-helpers',
    resolveId: (id) => (id === SHARED ? SHARED : null),
    async load(id) {
      if (id !== SHARED) return null;
      const known = await knownHelpers((code) => this.parse(code));
      return `${[...known.values()].join('\n')}\nexport { ${[...known.keys()].join(', ')} };\n`;
    },
    async transform(code, id) {
      if (id === SHARED || !/\.[jt]s$/.test(id) || !code.includes('var __')) return null;
      const known = await knownHelpers((source) => this.parse(source));
      const shared = helperDeclarations(this.parse(code)).filter(({ name }) => known.has(name));
      if (!shared.length) return null;
      const edited = new MagicString(code);
      for (const { start, end } of shared) edited.remove(start, end);
      edited.prepend(`import { ${shared.map(({ name }) => name).join(', ')} } from '${SHARED}';\n`);
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
