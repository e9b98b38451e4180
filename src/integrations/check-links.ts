/**
 * Fails `astro build` when a built page links to a page or #fragment that does not exist, or
 * repeats an id. Runs after Astro has written dist/, before Pagefind indexes it.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { findLinkProblems, type BuiltPage } from '../lib/link-check';

export function checkLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'check-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        const built: BuiltPage[] = await Promise.all(
          pages.map(async ({ pathname }) => {
            const file = pathname === '' || pathname.endsWith('/') ? join(root, pathname, 'index.html') : join(root, pathname);
            const path = (base + pathname).replace(/\/+/g, '/');
            return { url: path, html: await readFile(file, 'utf8') };
          }),
        );
        const problems = findLinkProblems(built, base);
        if (problems.length > 0) {
          throw new Error(`Broken internal links or duplicate ids (${problems.length}):\n  ${problems.join('\n  ')}`);
        }
        logger.info(`${built.length} pages: every internal link and #fragment resolves, no duplicate ids`);
      },
    },
  };
}
