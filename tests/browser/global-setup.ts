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
    /** The folder served at siteUrl: dist/, or SITE_DIR when set (to test a build kept elsewhere). */
    siteDir: string;
    /** The same site built with BASE_PATH=/csto/ into .tmp/dist-sub, served under /csto/. */
    subPathUrl: string;
    /** Which server answers: scripts/serve.mjs, or nginx with deploy/ (tests/nginx/global-setup.ts). */
    server: 'node' | 'nginx';
  }
}

export default async function setup(project: TestProject) {
  const siteDir = process.env.SITE_DIR ?? 'dist';
  if (!existsSync(`${siteDir}/pagefind/pagefind.js`)) {
    throw new Error(
      `${siteDir}/ has no search index: run "npm run build" before the browser tests (npm test does).`
    );
  }
  const subPathDir = process.env.SUBPATH_SITE_DIR ?? '.tmp/dist-sub';
  if (!existsSync(`${subPathDir}/pagefind/pagefind.js`)) {
    throw new Error(
      `${subPathDir} has no build: run "npm run build:subpath" first (npm test does).`
    );
  }
  const server = await startServer({ dir: siteDir, port: 0 });
  const subPath = await startServer({ dir: subPathDir, port: 0, base: '/csto/' });
  project.provide('server', 'node');
  project.provide('siteUrl', server.url);
  project.provide('siteDir', siteDir);
  project.provide('subPathUrl', subPath.url);
  return async () => {
    await server.close();
    await subPath.close();
  };
}
