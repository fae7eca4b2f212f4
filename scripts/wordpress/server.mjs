// Starts Debian's WordPress for the plugin's browser tests, and stops it again. A private MariaDB and
// Apache with mod_php listen on free loopback ports; the site has its own database, wp-content and
// logs in one temporary directory, so a real site on the same machine is neither read nor changed.
// The only file written outside that directory is the site's Debian config
// (/etc/wordpress/config-<name>.php: Debian's wp-config.php reads nothing else), removed on stop.
// It must never leave a server running: every start is paired with stopWordPress(), which is also
// what a failed start calls before it throws.
//
//   node scripts/wordpress/server.mjs start   # prints the site (URL, users, directory) as JSON
//   node scripts/wordpress/server.mjs stop <directory>
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWordPressPackages } from './packages.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const WORDPRESS_ROOT = '/usr/share/wordpress';
const APACHE_MODULES = '/usr/lib/apache2/modules';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

/** The accounts the tests sign in with: one per role that matters for escaping. */
export const USERS = {
  admin: { login: 'admin', role: 'administrator' },
  author: { login: 'author', role: 'author' },
  contributor: { login: 'contributor', role: 'contributor' },
};

/** A free TCP port on the loopback interface, as the kernel hands one out. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns true; for servers starting up, whose readiness has no event. */
async function until(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(file) {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the whole site and installs WordPress; returns what the tests need to reach it. */
export async function startWordPress() {
  ensureWordPressPackages();
  const dir = mkdtempSync(join(tmpdir(), 'opicescr-wp-'));
  // MariaDB runs as mysql and Apache as www-data: both need to reach their files in here.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const dbPort = await freePort();
  const name = `opicescr-test-${port}`;
  const site = {
    dir,
    port,
    dbPort,
    url: `http://127.0.0.1:${port}`,
    configName: name,
    configFile: `/etc/wordpress/config-${name}.php`,
    contentDir: join(dir, 'wp-content'),
    debugLog: join(dir, 'debug.log'),
    password: randomBytes(12).toString('hex'),
    users: USERS,
  };
  writeFileSync(join(dir, 'site.json'), JSON.stringify(site, null, 2));
  try {
    await startDatabase(site);
    makeContentDir(site);
    writeSiteConfig(site);
    await startApache(site);
    runSitePhp(site, join(HERE, 'install-site.php'));
  } catch (error) {
    await stopWordPress(site, { keepFiles: true });
    throw new Error(`${error.message}\n(logs kept in ${dir})`, { cause: error });
  }
  return site;
}

async function startDatabase(site) {
  // The server runs as mysql and writes its socket and pid file beside its data.
  const own = join(site.dir, 'mariadb');
  const data = join(own, 'data');
  mkdirSync(data, { recursive: true });
  execFileSync('chown', ['-R', 'mysql:mysql', own]);
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${data}`, '--user=mysql', '--skip-test-db', '--auth-root-authentication-method=socket'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const log = openSync(join(site.dir, 'mariadb.log'), 'a');
  const daemon = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      '--user=mysql',
      `--socket=${join(own, 'mariadb.sock')}`,
      `--pid-file=${join(own, 'mariadb.pid')}`,
      '--bind-address=127.0.0.1',
      `--port=${site.dbPort}`,
      '--skip-name-resolve',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=32M',
      '--performance-schema=OFF',
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  daemon.unref();
  let exited = false;
  daemon.once('exit', () => (exited = true));
  await until(
    'MariaDB',
    () => {
      if (exited) throw new Error(`MariaDB did not start (see ${join(site.dir, 'mariadb.log')})`);
      return sql(site, 'SELECT 1', { quiet: true }) !== undefined;
    },
    START_TIMEOUT_MS,
  );
  sql(
    site,
    `CREATE DATABASE wordpress CHARACTER SET utf8mb4;
     CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '${site.password}';
     GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';`,
  );
}

/** Runs SQL as the database's root over its socket; undefined if the server is not up (quiet). */
function sql(site, statements, { quiet = false } = {}) {
  try {
    return execFileSync('mariadb', ['--no-defaults', `--socket=${join(site.dir, 'mariadb', 'mariadb.sock')}`, '-u', 'root', '-e', statements], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', quiet ? 'ignore' : 'pipe'],
    });
  } catch (error) {
    if (quiet) return undefined;
    throw error;
  }
}

function uid(user) {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }));
}
function gid(user) {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }));
}

/** A wp-content of the site's own, writable by the web server (plugins are installed by upload). */
function makeContentDir(site) {
  for (const sub of ['', 'plugins', 'themes', 'uploads', 'upgrade', 'languages']) mkdirSync(join(site.contentDir, sub), { recursive: true });
  const themes = join(WORDPRESS_ROOT, 'wp-content', 'themes');
  for (const theme of readdirSync(themes)) {
    if (theme.startsWith('twenty')) symlinkSync(join(themes, theme), join(site.contentDir, 'themes', theme));
  }
  execFileSync('chown', ['-R', 'www-data:www-data', site.contentDir]);
  writeFileSync(site.debugLog, '');
  chownSync(site.debugLog, uid('www-data'), gid('www-data'));
}

function writeSiteConfig(site) {
  const salt = () => randomBytes(32).toString('base64');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  const php = `<?php
// The OP-ICESCR plugin's test site (scripts/wordpress/server.mjs); removed when the site stops.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '${site.password}' );
define( 'DB_HOST', '127.0.0.1:${site.dbPort}' );
define( 'WP_HOME', '${site.url}' );
define( 'WP_SITEURL', '${site.url}' );
define( 'WP_CONTENT_DIR', '${site.contentDir}' );
define( 'WP_CONTENT_URL', '${site.url}/wp-content' );
// Core files are root's: without this WordPress asks for FTP credentials to install a plugin.
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${site.debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
// No network beyond loopback here: fail at once instead of waiting for api.wordpress.org.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
${keys.map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
`;
  writeFileSync(site.configFile, php, { mode: 0o640 });
  chownSync(site.configFile, 0, gid('www-data'));
}

async function startApache(site) {
  const php = readdirSync(APACHE_MODULES).find((file) => /^libphp[\d.]*\.so$/.test(file));
  if (!php) throw new Error('No PHP module for Apache (libapache2-mod-php) found');
  const modules = ['mpm_prefork', 'authz_core', 'dir', 'mime', 'alias', 'env', 'setenvif', 'rewrite', 'headers'];
  const conf = `# The OP-ICESCR plugin's test site (scripts/wordpress/server.mjs).
ServerRoot /etc/apache2
${modules.map((module) => `LoadModule ${module}_module ${APACHE_MODULES}/mod_${module}.so`).join('\n')}
LoadModule php_module ${APACHE_MODULES}/${php}
Listen 127.0.0.1:${site.port}
ServerName 127.0.0.1
User www-data
Group www-data
PidFile ${join(site.dir, 'apache.pid')}
Mutex file:${site.dir} default
ErrorLog ${join(site.dir, 'apache-error.log')}
LogFormat "%h %t \\"%r\\" %>s %b" plain
CustomLog ${join(site.dir, 'apache-access.log')} plain
StartServers 2
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 24
TypesConfig /etc/mime.types
AddType application/json .json
DocumentRoot ${WORDPRESS_ROOT}
DirectoryIndex index.php index.html
Alias /wp-content ${site.contentDir}
SetEnv WORDPRESS_CONFIG ${site.configName}
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory ${WORDPRESS_ROOT}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${site.contentDir}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${WORDPRESS_ROOT}/wp-content/themes>
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
php_admin_flag display_errors off
php_admin_value upload_max_filesize 16M
php_admin_value post_max_size 16M
`;
  const file = join(site.dir, 'apache.conf');
  writeFileSync(file, conf);
  execFileSync('apache2', ['-f', file, '-k', 'start'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await until(
    'Apache',
    async () => {
      try {
        await fetch(`${site.url}/wp-includes/images/blank.gif`);
        return true;
      } catch {
        return false;
      }
    },
    START_TIMEOUT_MS,
  );
}

/**
 * Runs a PHP file with WordPress's command-line environment for this site: the site's Debian
 * config, and HTTP_HOST, which Debian's wp-config.php reads. Returns what the file prints.
 */
export function runSitePhp(site, file, env = {}) {
  return execFileSync('php', ['-d', 'display_errors=stderr', file], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      WORDPRESS_CONFIG: site.configName,
      OPICESCR_SITE: JSON.stringify(site),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Stops Apache and MariaDB (waiting until they are gone) and removes what the site wrote. */
export async function stopWordPress(site, { keepFiles = false } = {}) {
  const problems = [];
  const apachePid = readPid(join(site.dir, 'apache.pid'));
  if (apachePid) {
    try {
      process.kill(apachePid, 'SIGTERM');
      await until('Apache to stop', () => !processAlive(apachePid), STOP_TIMEOUT_MS);
    } catch (error) {
      problems.push(error.message);
    }
  }
  const dbPid = readPid(join(site.dir, 'mariadb', 'mariadb.pid'));
  if (dbPid) {
    try {
      process.kill(dbPid, 'SIGTERM');
      await until('MariaDB to stop', () => !processAlive(dbPid), STOP_TIMEOUT_MS);
    } catch (error) {
      problems.push(error.message);
    }
  }
  rmSync(site.configFile, { force: true });
  if (!keepFiles && problems.length === 0) rmSync(site.dir, { recursive: true, force: true });
  if (problems.length) throw new Error(problems.join('; '));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const site = await startWordPress();
    console.log(JSON.stringify(site, null, 2));
  } else if (command === 'stop' && dir && existsSync(join(dir, 'site.json'))) {
    await stopWordPress(JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')));
  } else {
    console.error('usage: node scripts/wordpress/server.mjs start | stop <directory>');
    process.exit(2);
  }
}
