/**
 * Serves the built site on free ports of 127.0.0.1 for the whole browser project: dist/ at the
 * root (inject('siteUrl')) and the sub-path build .tmp/dist-sub under /csto/ (inject('subPathUrl')).
 * `npm test` builds both before the browser tests.
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    /** The same site built with BASE_PATH=/csto/ into .tmp/dist-sub, served under /csto/. */
    subPathUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('dist/ has no search index: run "npm run build" before the browser tests (npm test does).');
  }
  if (!existsSync('.tmp/dist-sub/pagefind/pagefind.js')) {
    throw new Error('.tmp/dist-sub has no build: run "BASE_PATH=/csto/ OUT_DIR=.tmp/dist-sub npm run build" first (npm test does).');
  }
  const server = await startServer({ dir: 'dist', port: 0 });
  const subPath = await startServer({ dir: '.tmp/dist-sub', port: 0, base: '/csto/' });
  project.provide('siteUrl', server.url);
  project.provide('subPathUrl', subPath.url);
  return async () => {
    await server.close();
    await subPath.close();
  };
}
