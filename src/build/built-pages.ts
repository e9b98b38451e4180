/**
 * The HTML pages of a built site (dist/): each file with the URL path it is served at,
 * e.g. dist/states/armenia/index.html → "/states/armenia/", dist/404.html → "/404.html".
 * Used by the link check, the published-anchors list and the tests. Node only.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltFile {
  /** Path of the HTML file on disk. */
  file: string;
  /** URL path below the base path, starting with "/". */
  path: string;
}

const SKIP = new Set(['pagefind', '_astro']);

export function builtPageFiles(dist: string): BuiltFile[] {
  const found: BuiltFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(file);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, file).split(sep).join('/');
        const path =
          rel === 'index.html'
            ? '/'
            : rel.endsWith('/index.html')
              ? `/${rel.slice(0, -'index.html'.length)}`
              : `/${rel}`;
        found.push({ file, path });
      }
    }
  };
  walk(dist);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
