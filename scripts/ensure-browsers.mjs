// Runs before `npm test`: makes sure the browsers the tests need are on this machine. As root with
// apt it installs Debian's packages itself; otherwise it says in one line what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserPaths } from './lib/browsers.mjs';

const wanted = new Set((process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim()));
const browsers = browserPaths();
const missing = Object.entries(browsers)
  .filter(([name, browser]) => wanted.has(name) && !browser.installed)
  .map(([, browser]) => browser.debianPackage);

if (missing.length === 0) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  console.error(
    `Tests need ${missing.join(' and ')}: run \`sudo apt-get install -y ${missing.join(' ')}\` ` +
      '(or set CHROMIUM_BIN / FIREFOX_BIN, or BROWSERS=chromium to skip Firefox).',
  );
  process.exit(1);
}

console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
