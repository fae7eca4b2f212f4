// Makes sure Debian's WordPress and what it runs on are installed: the web server with PHP and the
// database server the plugin's browser tests start for themselves. As root with apt it installs the
// missing packages itself, without letting apt start their system services (a test machine must not
// be left with a web server on port 80); otherwise it says in one line what to install.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

/** Debian bookworm's packages: WordPress 6.1, a default theme, MariaDB, Apache with mod_php. */
export const WORDPRESS_PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'apache2',
  'libapache2-mod-php',
  'php-mysql',
  'php-xml',
  'php-mbstring',
];

function installed(name) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).includes('install ok installed');
  } catch {
    return false;
  }
}

/** Installs what is missing, or throws with the command to run. */
export function ensureWordPressPackages() {
  const missing = WORDPRESS_PACKAGES.filter((name) => !installed(name));
  if (missing.length === 0) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(`The WordPress tests need Debian packages: run \`sudo apt-get install -y --no-install-recommends ${missing.join(' ')}\``);
  }
  console.log(`Installing Debian's ${missing.join(', ')} for the WordPress tests…`);
  // Debian's way to keep maintainer scripts from starting services: a policy-rc.d that says no.
  // Only ours is removed afterwards; a machine that already has one keeps it.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\n# Written by the OP-ICESCR WordPress tests while apt runs.\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureWordPressPackages();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
