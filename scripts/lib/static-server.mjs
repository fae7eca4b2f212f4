// A small static file server for the demo, the screenshots and the benchmark: the product is
// static files, so the demo is served the way a partner's host or a CDN would serve it, with a
// strict Content-Security-Policy to prove the widgets need nothing more.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/** Compressed bodies by path and modification time: compressed once, as a CDN serves them. */
const compressed = new Map();

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

/**
 * Serves files below `root` on 127.0.0.1. Responses are gzipped when the client asks, as any real
 * host does, so that byte counts in the benchmark are what visitors download.
 * @param {{ root: string, port?: number, host?: string, csp?: string | false }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, port = 0, host = '127.0.0.1', csp = STRICT_CSP }) {
  const top = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname === '/') {
        response.writeHead(302, { Location: '/demo/' });
        response.end();
        return;
      }
      let file = normalize(join(top, decodeURIComponent(pathname)));
      if (!file.startsWith(top + sep)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const { mtimeMs } = await stat(file);
      let body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'Access-Control-Allow-Origin': '*',
      };
      if (csp && extname(file) === '.html') headers['Content-Security-Policy'] = csp;
      if (/\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        const key = `${file} ${mtimeMs}`;
        if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
        body = compressed.get(key);
        headers['Content-Encoding'] = 'gzip';
      }
      // A length, as a static host sends, rather than chunks whose framing the bench would count.
      headers['Content-Length'] = String(body.length);
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR';
      response.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(missing ? 'Not found' : 'Server error');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
