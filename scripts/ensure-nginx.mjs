#!/usr/bin/env node
/**
 * The server tests and `npm run serve:nginx` run Debian's nginx with its brotli_static module.
 * This finds both, installs them with apt-get when running as root, or stops with a message
 * saying how to install them. NGINX_PATH and NGINX_BROTLI_MODULE point at other copies.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static'];
const find = () => ({
  nginx: [process.env.NGINX_PATH, '/usr/sbin/nginx'].find((path) => path && existsSync(path)),
  brotliModule: [
    process.env.NGINX_BROTLI_MODULE,
    '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
  ].find((path) => path && existsSync(path)),
});

/**
 * { nginx, brotliModule }: paths of the nginx binary and of the brotli_static module.
 * @returns {{ nginx: string, brotliModule: string }}
 */
export function ensureNginx() {
  let found = find();
  if (found.nginx && found.brotliModule)
    return { nginx: found.nginx, brotliModule: found.brotliModule };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(
      `nginx or its brotli module not found: installing Debian's ${PACKAGES.join(' and ')} (about 10 s)…`
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    // Installing does not start a server here (no init system); the tests start their own.
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], {
      stdio: 'inherit',
      env,
    });
    found = find();
    if (found.nginx && found.brotliModule)
      return { nginx: found.nginx, brotliModule: found.brotliModule };
  }
  throw new Error(
    `The server tests need nginx with the brotli_static module, and ${found.nginx ? 'the module' : 'nginx'} was not found.\n` +
      `  On Debian or Ubuntu: sudo apt-get install -y ${PACKAGES.join(' ')}\n` +
      '  Elsewhere: set NGINX_PATH=/path/to/nginx and NGINX_BROTLI_MODULE=/path/to/ngx_http_brotli_static_module.so'
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureNginx());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
