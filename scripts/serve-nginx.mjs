#!/usr/bin/env node
/**
 * Serves a build with the shipped nginx configuration (deploy/nginx.conf around the build's own
 * <dir>-nginx/site.conf), on 127.0.0.1, from a temporary prefix folder that is removed on stop.
 * Used by `npm run serve:nginx` (in the foreground until Ctrl+C) and by the server tests.
 *
 *   PORT=8080 npm run serve:nginx            (or: node scripts/serve-nginx.mjs --dir dist --port 8080 --base /csto/)
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ensureNginx } from './ensure-nginx.mjs';
import { nginxSiteFile } from './deploy-config.mjs';
import { basePath } from '../src/lib/site/base-path.ts';

const TEMPLATE = new URL('../deploy/nginx.conf', import.meta.url);

/** A port of 127.0.0.1 that nothing listens on right now. */
export function freePort(host = '127.0.0.1') {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, host, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => done(port));
    });
  });
}

/** The status of a GET of `url`, or the network error's message. */
const statusOf = (url) =>
  new Promise((done) => {
    request(url, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode));
    })
      .once('error', (error) => done(error.message))
      .end();
  });

/**
 * nginx's workers run as "nobody" when root starts it, unless a `user` directive says otherwise:
 * they could not read a build inside a folder only root may enter (a clone in root's home folder,
 * a mktemp -d folder). Run them as root then, as whoever started nginx; other users' workers are
 * theirs already (nginx ignores the directive, with a warning, when it is not root).
 */
const userDirective = () =>
  typeof process.getuid === 'function' && process.getuid() === 0
    ? `user ${userInfo().username};`
    : '# (not started as root: the workers run as the invoking user)';

const listening = (host, port) =>
  new Promise((done) => {
    const socket = connect(port, host, () => {
      socket.end();
      done(true);
    });
    socket.once('error', () => done(false));
  });

/** Starts nginx for the build in `dir`; resolves once it accepts connections. */
export async function startNginx({ dir = 'dist', port = 0, host = '127.0.0.1', base = '/' } = {}) {
  const root = resolve(dir);
  const site = resolve(nginxSiteFile(dir));
  if (!existsSync(join(root, 'index.html')) || !existsSync(site)) {
    throw new Error(
      `${dir} has no build with its nginx configuration (${nginxSiteFile(dir)}): run "npm run build" first.`
    );
  }
  const { nginx, brotliModule } = ensureNginx();
  const actualPort = port || (await freePort(host));
  const prefix = mkdtempSync(join(tmpdir(), 'csto-nginx-'));
  const remove = () => rmSync(prefix, { recursive: true, force: true });
  mkdirSync(join(prefix, 'temp'));
  const prefixPath = basePath(base).slice(1, -1); // "csto", "explainers/csto", or '' at the root
  let docRoot = root;
  if (prefixPath) {
    // The build lives at <docRoot>/csto/, as it would on a server whose site sits under /csto/.
    docRoot = join(prefix, 'html');
    mkdirSync(join(docRoot, ...prefixPath.split('/').slice(0, -1)), { recursive: true });
    symlinkSync(root, join(docRoot, prefixPath), 'dir');
  }
  const values = {
    brotliModule,
    user: userDirective(),
    prefix,
    host,
    port: String(actualPort),
    root: docRoot,
    site,
  };
  const config = readFileSync(TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key) => {
    if (!(key in values)) throw new Error(`deploy/nginx.conf: unknown placeholder {{${key}}}`);
    return values[key];
  });
  writeFileSync(join(prefix, 'nginx.conf'), config);

  const child = spawn(
    nginx,
    [
      '-p',
      prefix,
      '-e',
      join(prefix, 'error.log'),
      '-c',
      join(prefix, 'nginx.conf'),
      '-g',
      'daemon off;',
    ],
    { stdio: ['ignore', 'inherit', 'pipe'] }
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done(code ?? signal)));
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);

  const deadline = Date.now() + 10_000;
  for (;;) {
    const early = await Promise.race([
      exited,
      new Promise((done) => setTimeout(() => done(undefined), 100)),
    ]);
    if (early !== undefined) {
      const log = existsSync(join(prefix, 'error.log'))
        ? readFileSync(join(prefix, 'error.log'), 'utf8')
        : '';
      remove();
      throw new Error(`nginx stopped at start (${early}):\n${stderr}${log}`);
    }
    if (await listening(host, actualPort)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      remove();
      throw new Error(`nginx did not listen on ${host}:${actualPort} within 10 s:\n${stderr}`);
    }
  }
  const url = `http://${host}:${actualPort}/${prefixPath ? `${prefixPath}/` : ''}`;
  // A server that cannot read its files (permissions) still listens: ask for the home page once, and
  // stop at once with nginx's own error instead of letting every test time out.
  const status = await statusOf(url);
  if (status !== 200) {
    const log = existsSync(join(prefix, 'error.log'))
      ? readFileSync(join(prefix, 'error.log'), 'utf8').trim()
      : '';
    child.kill('SIGKILL');
    await exited;
    remove();
    throw new Error(
      `nginx listens on ${host}:${actualPort} but cannot serve ${dir}: GET ${url} answered ${status}. nginx's error log says:\n${log || '(nothing)'}`
    );
  }
  return {
    url,
    prefix,
    async close() {
      process.removeListener('exit', stopOnExit);
      // SIGQUIT: finish the requests in flight, then stop.
      child.kill('SIGQUIT');
      await exited;
      remove();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  try {
    const server = await startNginx({
      dir: values.dir,
      port: Number(values.port),
      base: values.base,
    });
    console.log(
      `nginx is serving ${values.dir} at ${server.url} with deploy/nginx.conf (Ctrl+C to stop)`
    );
    if (!existsSync(join(values.dir, 'index.html.br')))
      console.log(
        'This build has no precompressed copies, so nginx sends every file uncompressed: build it with "npm run build:production" to serve brotli and gzip.'
      );
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
