// `npm start`: serves the demo page with the widgets on the bundled data (after `npm run build`).
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const preferred = Number(process.env.PORT ?? 8000);

let server;
for (let port = preferred; !server && port < preferred + 20; port += 1) {
  try {
    server = await startStaticServer({ root, port, host: process.env.HOST ?? '127.0.0.1' });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
  }
}
if (!server) throw new Error(`No free port from ${preferred} to ${preferred + 19}; set PORT.`);
console.log(`Demo: ${server.url}/demo/   (Ctrl+C to stop)`);
