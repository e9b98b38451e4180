/**
 * Fails `astro build` when a built page links to a page or #fragment that does not exist, or
 * repeats an id. Runs after Astro has written dist/, before Pagefind indexes it.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { findLinkProblems, type BuiltPage } from '../lib/built/link-check';
import { builtPageFiles } from '../build/built-pages';
import { basePath } from '../lib/site/base-path';

export function checkLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'check-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built: BuiltPage[] = await Promise.all(
          builtPageFiles(fileURLToPath(dir)).map(async ({ file, path }) => ({
            url: base + path.slice(1),
            html: await readFile(file, 'utf8'),
          }))
        );
        const problems = findLinkProblems(built, base);
        if (problems.length > 0) {
          throw new Error(
            `Broken internal links or duplicate ids (${problems.length}):\n  ${problems.join('\n  ')}`
          );
        }
        logger.info(
          `${built.length} pages: every internal link and #fragment resolves, no duplicate ids`
        );
      },
    },
  };
}
