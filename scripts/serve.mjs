#!/usr/bin/env node
/**
 * Serves the built site from dist/ the way a static host does: exact files, directory index
 * pages, the site's own 404 page with a real 404 status, and the base path (BASE_PATH) honoured.
 * Used by `npm start` and by the browser tests.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /csto/]
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { basePath } from '../src/lib/site/base-path.ts';
import { DEFAULT_LANG, LANGS, langOfPath, langPrefix } from '../src/i18n/langs.ts';

/** `compressed`: serve precompressed .br/.gz files beside the originals (see scripts/bench.mjs). */
export function startServer({
  dir = 'dist',
  port = 4321,
  host = '127.0.0.1',
  base = '/',
  compressed = false,
} = {}) {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root} has no index.html: build the site first (npm run build).`);
  }
  const prefix = basePath(base);
  const files = sirv(root, { dev: false, etag: true, gzip: compressed, brotli: compressed });
  // Each edition's own 404 page ("/ru/…" gets ru/404.html), as nginx's configuration does.
  const notFoundPages = new Map(
    LANGS.map((lang) => {
      const file = join(root, `.${langPrefix(lang)}/404.html`);
      return [lang, existsSync(file) ? readFileSync(file) : undefined];
    })
  );
  const notFound = (res, path = '/') => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFoundPages.get(langOfPath(path)) ?? notFoundPages.get(DEFAULT_LANG) ?? 'Not found');
  };
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (prefix !== '/' && (url === prefix.slice(0, -1) || url === '/')) {
      res.writeHead(302, { Location: prefix });
      return res.end();
    }
    if (!url.startsWith(prefix)) return notFound(res);
    req.url = `/${url.slice(prefix.length)}`;
    files(req, res, () => notFound(res, req.url));
  });
  return new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveListening({
        server,
        url: `http://${host}:${actualPort}${prefix}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  try {
    const { url } = await startServer({ ...values, port: Number(values.port) });
    console.log(`Serving ${values.dir} at ${url}  (Ctrl+C to stop)`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
