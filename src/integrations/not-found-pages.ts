/**
 * Puts each edition's "Page not found" where servers look for it: /404.html and /ru/404.html.
 * One route draws both (src/pages/[...lang]/404.astro), and Astro writes a page of a dynamic
 * route as a folder (404/index.html); only a root src/pages/404.astro gets a 404.html. Runs
 * after the build, before the aliases and the link check, which then see the final files.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LANGS, langPrefix } from '../i18n/langs';

export function notFoundPages(): AstroIntegration {
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const lang of LANGS) {
          const folder = join(root, langPrefix(lang), '404');
          const page = join(folder, 'index.html');
          if (!existsSync(page))
            throw new Error(
              `No ${page}: src/pages/[...lang]/404.astro must draw every edition's 404`
            );
          await rename(page, join(root, langPrefix(lang), '404.html'));
          await rmdir(folder);
        }
      },
    },
  };
}
