/** The built site as the tests see it: its pages, one page per template, and the production origin. */
import { readdirSync, readFileSync } from 'node:fs';
import { builtPageFiles } from '../../src/build/built-pages';
import { classesOf, startTags } from '../../src/lib/built/built-html';

/** URL paths of every page of the built site, e.g. "/", "/states/armenia/", "/404.html". */
export function builtPages(dist = 'dist'): string[] {
  return builtPageFiles(dist).map((page) => page.path);
}

/** The public origin `npm run build:nginx` builds .tmp/dist-production with (package.json). */
export const PRODUCTION_ORIGIN = 'https://csto-explainer.example';

/**
 * One page built by each page template (the .astro routes of src/pages/), for the checks that
 * repeat on a sample (axe in the dark theme, axe under nginx). every-page.test.ts fails when a
 * route is added without an entry here. Each template builds both editions: the sample's Russian
 * twin is `inRussian(path)`, and `TEMPLATE_SAMPLES` holds both.
 */
export const TEMPLATE_PAGES: Readonly<Record<string, string>> = {
  '[...lang]/index.astro': '/',
  '[...lang]/404.astro': '/404.html',
  '[...lang]/[slug].astro': '/analysis/',
  '[...lang]/a-z.astro': '/a-z/',
  '[...lang]/glossary.astro': '/glossary/',
  '[...lang]/people.astro': '/people/',
  '[...lang]/search.astro': '/search/',
  '[...lang]/data/index.astro': '/data/',
  '[...lang]/sources/index.astro': '/sources/',
  '[...lang]/sources/[id].astro': '/sources/forbes/',
  '[...lang]/states/index.astro': '/states/',
  '[...lang]/states/[id].astro': '/states/armenia/',
  '[...lang]/timeline/index.astro': '/timeline/',
  '[...lang]/timeline/[id].astro': '/timeline/kazakhstan-intervention-2022/',
};

/** The Russian edition's twin of an English path: "/states/armenia/" → "/ru/states/armenia/". */
export const inRussian = (path: string) => `/ru${path}`;

/** One page per template in each edition: the English samples, then their Russian twins. */
export const TEMPLATE_SAMPLES: readonly string[] = [
  ...Object.values(TEMPLATE_PAGES),
  ...Object.values(TEMPLATE_PAGES).map(inRussian),
];

/** The page templates: every .astro file under src/pages/, relative to it. */
export function pageTemplates(): string[] {
  return readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.astro'))
    .sort();
}

/**
 * A small set of pages that, together, show every kind of element the site renders (each tag,
 * and each tag with each of its classes) at least once: the template pages, then, greedily, the
 * page that adds the most kinds not yet shown. A check that depends on how elements look (axe's
 * contrast in the dark theme) then sees every component without opening every page.
 */
export function pagesShowingEveryElement(dist: string, start: readonly string[]): string[] {
  const kindsOf = new Map(
    builtPageFiles(dist).map(({ file, path }) => {
      const kinds = new Set<string>();
      for (const tag of startTags(readFileSync(file, 'utf8'))) {
        kinds.add(tag.name);
        for (const c of classesOf(tag)) kinds.add(`${tag.name}.${c}`);
      }
      return [path, kinds];
    })
  );
  const chosen = start.filter((path) => kindsOf.has(path));
  const shown = new Set(chosen.flatMap((path) => [...kindsOf.get(path)!]));
  for (;;) {
    let best: string | undefined;
    let gain = 0;
    for (const [path, kinds] of kindsOf) {
      const added = [...kinds].filter((kind) => !shown.has(kind)).length;
      if (added > gain) [best, gain] = [path, added];
    }
    if (!best) return chosen;
    chosen.push(best);
    for (const kind of kindsOf.get(best)!) shown.add(kind);
  }
}
