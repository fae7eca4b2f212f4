// Names JS samples for the diagnosis: a position in the minified dist/opicescr.js becomes the
// source file and function it came from, through the build's source map; other scripts (d3) keep
// their URL and function name. Groups by source file, so "lit-html" and "src/map/…" stand apart.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {Map<string, string>} urls scriptId → URL (from CDP Debugger.scriptParsed)
 * @param {string} root the served directory, where /dist/*.js.map are
 */
export async function sourceNamer(urls, root) {
  // @jridgewell/trace-mapping comes with terser (the build's minifier), so it is always installed.
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
  const maps = new Map();
  const mapFor = (url) => {
    if (!url) return undefined;
    if (maps.has(url)) return maps.get(url);
    const { pathname } = new URL(url);
    const file = join(root, `${pathname}.map`);
    const map = pathname.startsWith('/dist/') && existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : undefined;
    maps.set(url, map);
    return map;
  };
  /** { file, where } for one sample's function. */
  return ({ scriptId, line, column, name, native }) => {
    const url = urls.get(scriptId);
    const map = mapFor(url);
    if (map) {
      const original = originalPositionFor(map, { line: line + 1, column });
      if (original.source) {
        // "../src/map/x.ts", "../node_modules/lit-html/lit-html.js" (or, through a symlinked
        // node_modules, a longer path ending the same way).
        const file = original.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
        const called = native ? `${native} ← ${original.name ?? name.split(' ← ')[1]}` : original.name ?? name;
        return { file: packageOf(file), where: `${file}:${original.line} ${called ?? ''}`.trim() };
      }
    }
    const shortUrl = url ? new URL(url).pathname.replace(/^.*\/node_modules\//, '').replace(/^\//, '') : `script ${scriptId}`;
    return { file: url ? packageOf(shortUrl) : 'page and probes', where: `${shortUrl}:${line + 1} ${name || '(anonymous)'}` };
  };
}

/** "lit-html/lit-html.js" → "lit-html"; "src/map/state-layer.ts" stays. */
function packageOf(file) {
  if (file.startsWith('src/') || file.startsWith('bench/')) return file;
  const parts = file.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}
