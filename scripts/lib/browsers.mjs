// Where the test, screenshot and benchmark scripts find their browsers. Debian's packages are the
// default; CHROMIUM_BIN and FIREFOX_BIN point elsewhere. Nothing here downloads a browser.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function browserPaths() {
  const chromium = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
  const firefox = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
  return {
    chromium: { path: chromium, args: CHROMIUM_ARGS, installed: existsSync(chromium), debianPackage: 'chromium' },
    firefox: { path: firefox, installed: existsSync(firefox), debianPackage: 'firefox-esr' },
  };
}
