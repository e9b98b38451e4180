/** Reads the built site's pages from dist/, for tests that go through every page. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** URL paths of every built HTML page, e.g. "/", "/states/armenia/", "/404.html". */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, path).split('\\').join('/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}
