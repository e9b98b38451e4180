/**
 * The nginx project: the same site checks as the browser project, against the shipped nginx
 * configuration instead of the Node server. Serves the production-like build .tmp/dist-production
 * (SITE_URL=https://csto-explainer.example, `npm run build:nginx`) at the root and the sub-path
 * build .tmp/dist-sub under /csto/, each from its own nginx on a free port of 127.0.0.1, and
 * stops both at the end. `npm test` builds both first.
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startNginx } from '../../scripts/serve-nginx.mjs';

const PRODUCTION_DIR = '.tmp/dist-production';

export default async function setup(project: TestProject) {
  for (const [dir, command] of [
    [PRODUCTION_DIR, 'build:nginx'],
    ['.tmp/dist-sub', 'build:subpath'],
  ] as const) {
    if (!existsSync(`${dir}/pagefind/pagefind.js`))
      throw new Error(`${dir} has no build: run "npm run ${command}" first (npm test does).`);
  }
  const site = await startNginx({ dir: PRODUCTION_DIR });
  const subPath = await startNginx({ dir: '.tmp/dist-sub', base: '/csto/' }).catch(
    async (error) => {
      await site.close();
      throw error;
    }
  );
  project.provide('server', 'nginx');
  project.provide('siteUrl', site.url);
  project.provide('siteDir', PRODUCTION_DIR);
  project.provide('subPathUrl', subPath.url);
  return async () => {
    await site.close();
    await subPath.close();
  };
}
